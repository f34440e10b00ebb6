/**
 * Who speaks a quote the attribution stage found no source for, where the text names them
 * right next to it, as the guide has it ("a quote with its speaker in the sentence before or
 * after"): a sentence that introduces it with a colon ("The Chronicle's Paine Knickerbocker
 * summed it up neatly: “...”"), or a name right after its closing mark ("“Take a ride on this
 * one”, Brooks Robinson greeted Hansen").
 *
 * @module
 */
import type { EntityMention } from "../entities/types.ts";
import type { TextSpan } from "./attribution.ts";
import { sentenceStarts } from "./speaker_subjects.ts";
import { namesBody } from "./speaker_types.ts";

/** How far back the sentence introducing a quote is read. */
const INTRO_REACH = 300;

/**
 * The person who speaks a quote with no source, by the text right around it: the first person
 * named in the sentence that ends in a colon right before the quote's opening mark, who
 * `subject` accepts (no one inside someone's quoted words, no object of a preposition); else the
 * person named right after its closing mark and a comma, before a word in lower case (a verb:
 * "”, Brooks Robinson greeted"). `people` are the article's person mentions in text order; a
 * "person" named like a body is none ({@linkcode namesBody}).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { quoteSpeakerAround } from "./speaker_quotes.ts";
 * const text = "Critic Ann Lee summed it up: “A long picture.”";
 * const lee = { article: "a", outlet: "X", sentence: 0, start: 7, end: 14, surface: "Ann Lee", entity: "Ann Lee", type: "person" as const };
 * const content = { start: text.indexOf("A long"), end: text.indexOf(".”") + 1 };
 * assert.equal(quoteSpeakerAround(text, content, [lee], () => true)?.entity, "Ann Lee");
 * ```
 */
export function quoteSpeakerAround(
  text: string,
  content: TextSpan,
  people: readonly EntityMention[],
  subject: (m: EntityMention) => boolean,
): EntityMention | undefined {
  const person = (m: EntityMention) => m.type === "person" && !namesBody(m.entity);
  // Introduced: "... summed it up neatly: “".
  const colon = text.slice(Math.max(0, content.start - 4), content.start).match(/:\s*[\u201C"]\s*$/);
  if (colon) {
    const end = content.start - colon[0].length;
    const window = text.slice(Math.max(0, end - INTRO_REACH), end);
    const start = end - window.length + (sentenceStarts(window).at(-1) ?? 0);
    const first = people.find((m) => m.start >= start && m.end <= end && person(m) && subject(m));
    if (first) return first;
  }
  // Followed: "”, Brooks Robinson greeted Hansen".
  const after = text.slice(content.end, content.end + 6).match(/^[.,!?]?[\u201D"][.,]?,?\s+/);
  if (after && /,/.test(after[0])) {
    const at = content.end + after[0].length;
    const named = people.find((m) => m.start === at && person(m));
    if (named && /^\s+\p{Ll}/u.test(text.slice(named.end, named.end + 20))) return named;
  }
  return undefined;
}

/**
 * People a text describes without naming them, as the subject that opens a sentence ("The
 * hotel owner shrugged.", "A Boston taxi driver remarks that ..."): what a newsroom's "he"
 * right after stands for when no one was named since.
 *
 * @module
 */
import type { TextSpan } from "./phrases.ts";
import type { Speaker } from "./speaker_context.ts";

/** A described subject: its words without the article ("hotel owner"), and where it is. */
export interface DescribedSubject extends TextSpan {
  /** The description without its article and what follows its head ("hotel owner"). */
  name: string;
}

/**
 * Head nouns of a person by their ending (driver, conductor, scientist, policeman, physician),
 * "man" and "woman" themselves, save the common nouns that end so (the words of {@linkcode NOT_AGENTS}).
 */
const AGENT = /^(?:\p{Ll}{2,}(?:er|or|ist|ian)|\p{Ll}*man)$/u;

/** Nouns that end like a person's and name a thing. */
const NOT_AGENTS: ReadonlySet<string> = new Set([
  "paper",
  "letter",
  "order",
  "number",
  "matter",
  "water",
  "center",
  "centre",
  "corner",
  "power",
  "river",
  "weather",
  "tower",
  "chapter",
  "quarter",
  "border",
  "meter",
  "winter",
  "summer",
  "shelter",
  "cover",
  "door",
  "floor",
  "error",
  "motor",
  "factor",
  "sector",
  "color",
  "colour",
  "minor",
  "major",
  "interior",
  "exterior",
  "corridor",
  "human",
]);

/**
 * Where the sentences of a stretch of text start: at 0, and after a full stop, a question or
 * an exclamation (and a closing mark), or a line break; a full stop after an abbreviation
 * ("Mr.", "Gov.", "J.") ends no sentence.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { sentenceStarts } from "./speaker_subjects.ts";
 * assert.deepEqual(sentenceStarts("Mr. Cole left. He came back."), [0, 15]);
 * ```
 */
export function sentenceStarts(window: string): number[] {
  const starts = [0];
  for (const m of window.matchAll(/[.!?][\u201D"']?\s+|\n\s*/g)) {
    if (m[0][0] === "." && /(?:^|[\s(])\p{Lu}\p{Ll}{0,2}$/u.test(window.slice(Math.max(0, m.index - 4), m.index))) {
      continue;
    }
    starts.push(m.index + m[0].length);
  }
  return starts;
}

/** A sentence that opens with an article (after a conjunction, if any), then its first five words. */
const OPENING = /^(?:(?:But|And|Then|So)\s+)?(?:The|A|An)\s+((?:[\p{L}-]+[\s,]*){1,5})/u;

/** How far back a described subject is looked for: the pronoun's sentence and the one before. */
const LOOK_BACK = 400;

/**
 * The person described as the subject opening the sentence of an offset (before it) or the
 * sentence before, the nearest first; none when neither opens with a description of a person.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { describedSubjectBefore } from "./speaker_subjects.ts";
 * const text = "The hotel owner shrugged. “Same thing”, he said.";
 * assert.equal(describedSubjectBefore(text, text.indexOf("he said"))?.name, "hotel owner");
 * assert.equal(describedSubjectBefore("The paper fell. He said no.", 16), undefined);
 * ```
 */
export function describedSubjectBefore(text: string, offset: number): DescribedSubject | undefined {
  const from = Math.max(0, offset - LOOK_BACK);
  const window = text.slice(from, offset);
  // The pronoun's own sentence, then the one before it: a sentence of someone's quoted words
  // between them is no narrative one ("The man stuck the nozzle in. “What car is it”? He asked").
  const starts = sentenceStarts(window);
  const quoted = starts.length > 2 && /^[\u201C"]/.test(window.slice(starts.at(-2)!));
  for (const start of (quoted ? [starts.at(-3)!, starts.at(-1)!] : starts.slice(-2)).reverse()) {
    if (start === 0 && from > 0) continue;
    const match = window.slice(start).match(OPENING);
    if (!match) continue;
    // The head: the first word of a person, up to three modifiers in, that a verb or a comma follows.
    const words = [...match[1].matchAll(/([\p{L}-]+)(\s*,)?/gu)];
    for (const [k, w] of words.slice(0, 4).entries()) {
      const next = words[k + 1];
      const followed = w[2] !== undefined || next !== undefined && /^\p{Ll}/u.test(next[1]);
      if (!AGENT.test(w[1]) || NOT_AGENTS.has(w[1]) || !followed) continue;
      const at = from + start + match.index! + match[0].length - match[1].length;
      const end = at + w.index! + w[1].length;
      return { name: window.slice(at - from, end - from).replace(/\s+/g, " "), start: at, end };
    }
  }
  return undefined;
}

/**
 * Whether a speaker is several people or a body, what "they" can stand for: an organisation
 * or a place, or a description whose head is plural ("experts", "the stewards at Bowie").
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { isGroupSpeaker } from "./speaker_subjects.ts";
 * assert.equal(isGroupSpeaker({ name: "tax experts", type: "unnamed", via: "description" }), true);
 * assert.equal(isGroupSpeaker({ name: "hotel owner", type: "unnamed", via: "description" }), false);
 * assert.equal(isGroupSpeaker({ name: "Jerome Leavitt", type: "person", via: "name" }), false);
 * ```
 */
export function isGroupSpeaker(speaker: Speaker): boolean {
  if (speaker.type === "organization" || speaker.type === "place") return true;
  if (speaker.type !== "unnamed") return false;
  const head = speaker.name.split(/\s+(?:of|from|for|at|in|on|to|with|before|who|which|that)\s+/i)[0];
  const last = head.trim().split(/\s+/).at(-1) ?? "";
  return /^\p{Ll}+s$/u.test(last) && !/ss$/.test(last);
}

/**
 * The couple a "they" may stand for: the last person named after "Mr. and Mrs." before an
 * offset ("Mr. and Mrs. Stephen M. Kochanek reported the theft. They told police ..."), within
 * `window` characters.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { coupleBefore } from "./speaker_subjects.ts";
 * const text = "Mr. and Mrs. John Smith reported the theft. They told police.";
 * const smith = { start: 13, end: 23 };
 * assert.equal(coupleBefore(text, [smith], text.indexOf("They")), smith);
 * ```
 */
export function coupleBefore<M extends TextSpan>(
  text: string,
  people: readonly M[],
  offset: number,
  window = 300,
): M | undefined {
  for (let i = people.length - 1; i >= 0; i--) {
    const m = people[i];
    if (m.start >= offset) continue;
    if (offset - m.start > window) break;
    if (/\bMr\.?\s+and\s+Mrs\.?\s*$/.test(text.slice(Math.max(0, m.start - 16), m.start))) return m;
  }
  return undefined;
}

/**
 * The group a name modifies, as a definite description ("the Brevard visitors" of "The
 * Brevard visitors had little to say"): a determiner, the name, and a plural common noun
 * right after it, then a word that no verb's object opens; none when the name heads its
 * phrase ("The Pentagon wants more troops", "the Kremlin insists on talks").
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { modifiedGroup } from "./speaker_subjects.ts";
 * const text = "The Brevard visitors arrived. The Brevard group left.";
 * assert.equal(modifiedGroup(text, { start: 4, end: 11 }), "the Brevard visitors");
 * assert.equal(modifiedGroup(text, { start: 34, end: 41 }), undefined);
 * assert.equal(modifiedGroup("The Pentagon wants more troops.", { start: 4, end: 12 }), undefined);
 * ```
 */
export function modifiedGroup(text: string, m: TextSpan): string | undefined {
  if (!/(?:^|[^\p{L}])(?:the|The) $/u.test(text.slice(Math.max(0, m.start - 5), m.start))) return undefined;
  const noun = text.slice(m.end, m.end + 45).match(/^ (\p{Ll}{3,}(?:s|men))\b(?! of\b) +(\p{L}+)/u);
  // "The Pentagon wants more troops", "the Kremlin insists on": a verb, its object or
  // complement after it, and the name heads its phrase.
  if (!noun || VERB_OBJECT_OPENERS.has(noun[2].toLowerCase())) return undefined;
  return `the ${text.slice(m.start, m.end)} ${noun[1]}`;
}

/**
 * Words that open what follows a verb, not a subject's verb: after "The Pentagon wants",
 * "the Kremlin insists", they tell a verb from a plural noun ("the Brevard visitors said").
 */
const VERB_OBJECT_OPENERS: ReadonlySet<string> = new Set([
  "a",
  "an",
  "the",
  "that",
  "to",
  "on",
  "in",
  "for",
  "with",
  "more",
  "no",
  "not",
  "its",
  "his",
  "her",
  "their",
  "it",
  "this",
  "these",
  "those",
  "some",
  "any",
  "all",
]);

/** A title subject: the title's words without the article ("President"), its head word, and where the sentence it opens ends. */
export interface TitledSubject extends TextSpan {
  /** The title's words without the article ("Soviet Premier"). */
  name: string;
  /** Its last word in lower case ("premier"), what a holder is named with. */
  head: string;
  /** Where the sentence it opens ends (the next sentence's start, or the offset looked back from). */
  sentenceEnd: number;
}

/** A sentence that opens with "The" and a title of up to three capitalised words, then a word in lower case. */
const TITLED = /^(?:(?:But|And|Then|So|Yet)\s+)?The\s+((?:\p{Lu}[\p{L}.-]*\s+){0,2}\p{Lu}[\p{L}-]+)\s+\p{Ll}/u;

/**
 * The title that opens as the subject the pronoun's sentence or the sentence before, the
 * nearest first ("The President knew ... But he was convinced"): capitalised words after
 * "The" and before a word in lower case (a verb, "The Mayor spoke"); its holder is for the
 * caller to find. None when neither sentence opens so.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { titledSubjectBefore } from "./speaker_subjects.ts";
 * const text = "The President knew it. But he was sure.";
 * assert.equal(titledSubjectBefore(text, text.indexOf("he was"))?.head, "president");
 * assert.equal(titledSubjectBefore("The paper fell. He said no.", 16), undefined);
 * ```
 */
export function titledSubjectBefore(text: string, offset: number): TitledSubject | undefined {
  const from = Math.max(0, offset - LOOK_BACK);
  const window = text.slice(from, offset);
  const last = sentenceStarts(window).slice(-2);
  for (const [k, start] of [...last.entries()].reverse()) {
    if (start === 0 && from > 0) continue;
    const match = window.slice(start).match(TITLED);
    if (!match) continue;
    const at = from + start + match[0].indexOf(match[1], match[0].length - match[1].length - 3);
    const name = match[1];
    const head = (name.split(/\s+/).at(-1) ?? "").toLowerCase();
    return {
      name,
      head,
      start: at,
      end: at + name.length,
      sentenceEnd: k + 1 < last.length ? from + last[k + 1] : offset,
    };
  }
  return undefined;
}

/** A group of people described as the subject opening a sentence, with where that sentence ends. */
export interface GroupSubject extends DescribedSubject {
  /** Where the sentence it opens ends (the next sentence's start, or the offset looked before). */
  sentenceEnd: number;
}

/** Plural nouns of people that end like no agent ({@linkcode AGENT}): "officials", "experts". */
const PEOPLE_PLURALS: ReadonlySet<string> = new Set([
  "officials",
  "experts",
  "critics",
  "students",
  "delegates",
  "residents",
  "citizens",
  "parents",
  "diplomats",
  "analysts",
  "economists",
  "scientists",
]);

/** A sentence's opening words after a conjunction and a determiner, if any: its first four words, then what follows. */
const GROUP_OPENING =
  /^(?:(?:But|And|Then|So)\s+)?(?:(?:The|Some|Many|Most|Several|Both|Other|These|Those)\s+)?((?:[\p{L}-]+[^\S\n]+){0,3}[\p{L}-]+)/u;

/** Whether a word is the plural of a person's noun ("miners", "officials", "policemen"). */
function peoplePlural(word: string): boolean {
  const singular = word.replace(/men$/, "man").replace(/s$/, "");
  return PEOPLE_PLURALS.has(word) || /^\p{Ll}{3,}s$/u.test(word) && AGENT.test(singular) && !NOT_AGENTS.has(singular) ||
    /^\p{Ll}+men$/u.test(word);
}

/**
 * The group of people described as the subject opening the sentence of an offset (before it) or
 * the sentence before, the nearest first, what "they" stands for ("Welsh coal miners,
 * Communist-led, are up in arms. They threaten to strike."): its head a plural of a person's
 * noun ("miners", "officials"); none when neither sentence opens so.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { groupSubjectBefore } from "./speaker_subjects.ts";
 * const text = "Welsh coal miners, Communist-led, are angry. They threaten to strike.";
 * assert.equal(groupSubjectBefore(text, text.indexOf("They"))?.name, "Welsh coal miners");
 * assert.equal(groupSubjectBefore("Coal prices rose. They fell later.", 18), undefined);
 * ```
 */
export function groupSubjectBefore(text: string, offset: number): GroupSubject | undefined {
  const from = Math.max(0, offset - LOOK_BACK);
  const window = text.slice(from, offset);
  const last = sentenceStarts(window).slice(-2);
  for (const [s, start] of [...last.entries()].reverse()) {
    if (start === 0 && from > 0) continue;
    const stretch = window.slice(start);
    const match = stretch.match(GROUP_OPENING);
    if (!match) continue;
    // The head: the first plural of people, then a comma or a word in lower case ("Welsh coal miners, ...").
    const at = from + start + match[0].length - match[1].length;
    const words = match[1].split(/\s+/);
    const rest = text.slice(at + match[1].length, at + match[1].length + 3);
    const k = words.findIndex((w, i) =>
      peoplePlural(w) && (i + 1 < words.length ? /^\p{Ll}/u.test(words[i + 1]) : /^\s*,|^\s+\p{Ll}/u.test(rest))
    );
    if (k < 0) continue;
    const name = words.slice(0, k + 1).join(" ");
    return {
      name,
      start: at,
      end: at + match[1].indexOf(words[k]) + words[k].length,
      // The end of the sentence it opens (s, its place among the two looked at), not of the word k.
      sentenceEnd: s + 1 < last.length ? from + last[s + 1] : offset,
    };
  }
  return undefined;
}

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
import { SPEECH_VERBS } from "./cues.ts";

/**
 * What ends a sentence that introduces a quote, with the quote's opening mark after it, across
 * a paragraph break too: a colon, a dash ("--", "—"), or "as follows" ("Our correspondent
 * cabled as follows --"); a single mark opens a quote inside a quote ("“Said Hodges: ' ...").
 */
const INTRODUCES = /(?::|--|\u2014|\bas follows[\s,]*)\s*[\u201C"\u2018']\s*$/;

/** How far back the sentence introducing a quote is read. */
const INTRO_REACH = 300;

/** Where the sentence that ends at `end` starts: the last sentence start within {@linkcode INTRO_REACH} before it. */
function sentenceStartBefore(text: string, end: number): number {
  const window = text.slice(Math.max(0, end - INTRO_REACH), end);
  return end - window.length + (sentenceStarts(window).at(-1) ?? 0);
}

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
  // Introduced: "... summed it up neatly: “", "... cabled as follows -- “".
  const colon = text.slice(Math.max(0, content.start - 40), content.start).match(INTRODUCES);
  if (colon) {
    const end = content.start - colon[0].length;
    const start = sentenceStartBefore(text, end);
    // A quote inside a quote ("“Said Hodges: ' ...") is introduced inside the outer one's words.
    const nested = /[\u2018']\s*$/.test(colon[0]);
    const first = people.find((m) => m.start >= start && m.end <= end && person(m) && (nested || subject(m)));
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

/** Pronouns that are the subject of their clause, as they are written. */
const SUBJECT_PRONOUN = /(?:^|[\s,;(])(he|she|they|we|He|She|They|We)(?=[\s,])/;

/** Determiners that open a described subject ("The hotel owner", "Our staff man", "A reporter"). */
const DESCRIBED = /^(?:(?:But|And|Then|So)\s+)?(?:The|A|An|Our|His|Her|Its|Their|One of the|One of our)\s/;

/** Irregular past forms of the verbs of saying, by their lemma. */
const IRREGULAR: Readonly<Record<string, string>> = { said: "say", told: "tell", wrote: "write" };

/** The lemma of a verb of saying as written ("asked" → "ask", "says" → "say"), or none when it is not one. */
function speechLemma(word: string): string | undefined {
  const w = word.toLowerCase();
  if (IRREGULAR[w]) return IRREGULAR[w];
  for (const stem of [w, w.replace(/s$/, ""), w.replace(/es$/, ""), w.replace(/ed$/, ""), w.replace(/d$/, "")]) {
    if (SPEECH_VERBS.has(stem)) return stem;
  }
  return undefined;
}

/** Whether a word is written like a verb of a clause's predicate: a verb of saying, or a past form ("cabled"). */
const verbLike = (word: string) => speechLemma(word) !== undefined || /^\p{Ll}{3,}ed$/u.test(word);

/**
 * The described subject opening a stretch of text, up to its verb ("Our staff man cabled" →
 * "Our staff man", "A reporter asked" → "A reporter"): a determiner and at most five words,
 * the first that reads as a verb ending it; none when no such verb comes.
 */
function describedSubject(stretch: string, at: number): TextSpan | undefined {
  const opening = stretch.match(DESCRIBED);
  if (!opening) return undefined;
  const start = at + (opening[0].match(/^(?:(?:But|And|Then|So)\s+)?/)?.[0].length ?? 0);
  let end = at + opening[0].length;
  for (const [k, w] of [...stretch.slice(opening[0].length).matchAll(/[\p{L}'-]+|[^\p{L}\s'-]/gu)].entries()) {
    if (k > 5 || !/^[\p{L}'-]+$/u.test(w[0])) return undefined;
    if (k > 0 && verbLike(w[0])) return { start, end };
    end = at + opening[0].length + w.index! + w[0].length;
  }
  return undefined;
}

/**
 * Phrases that give whose words a quote is, the source in their first group: "as Chairman
 * Lloyd put it", "as the members see it", "in the words of Anatole France", "in Senator
 * Gore's words".
 */
const WORDS_OF: readonly RegExp[] = [
  /\bas\s+((?:[^\s,;:\u201C\u201D"]+\s+){0,6}?[^\s,;:\u201C\u201D"]+)\s+(?:puts?|phrased?|phrases|says|said|sees?|saw)\s+it\b/dg,
  /\bin\s+the\s+(?:very\s+)?words\s+of\s+((?:[^\s,.;:\u201C\u201D"]+\s+){0,5}[^\s,.;:\u201C\u201D"]+)/dg,
  /\bin\s+((?:[^\s,;:\u201C\u201D"]+\s+){0,5}?[^\s,;:\u201C\u201D"]+?)(?:'s|')\s+(?:own\s+)?words\b/dg,
];

/** The source a phrase of {@linkcode WORDS_OF} gives in a stretch of text starting at `at`: the last such phrase there. */
function wordsOfIn(stretch: string, at: number): TextSpan | undefined {
  let found: TextSpan | undefined;
  for (const phrase of WORDS_OF) {
    for (const m of stretch.matchAll(phrase)) {
      const [start, end] = m.indices![1]!;
      if (!found || at + start > found.start) found = { start: at + start, end: at + end };
    }
  }
  return found;
}

/**
 * The source of a quote given by a phrase of whose words it is, in its own sentence before its
 * opening mark ("..., as Chairman Lloyd put it, “...”") or right after its closing mark
 * ("“...”, as Lloyd put it.").
 */
function wordsOf(text: string, content: TextSpan): TextSpan | undefined {
  const open = text.slice(Math.max(0, content.start - 4), content.start).match(/[\u201C"\u2018']\s*$/);
  if (open) {
    const end = content.start - open[0].length;
    const at = sentenceStartBefore(text, end);
    const before = wordsOfIn(text.slice(at, end), at);
    if (before) return before;
  }
  const close = text.slice(content.end, content.end + 8).match(/^[.,!?]*[\u201D"\u2019'][.,]?,?[^\S\n]+(?=as\s)/);
  if (!close) return undefined;
  const at = content.end + close[0].length;
  const after = text.slice(at, at + 100).match(/^[^.;:!?\n\u201C]*/)![0];
  return wordsOfIn(after, at);
}

/**
 * The source of a quote the attribution stage found no source or cue for, where the text
 * gives it right around the quote, as news style writes it: the source of a phrase of whose
 * words they are, in the quote's sentence ("as Chairman Lloyd put it, “...”", "in the words of
 * Anatole France, “...”", "“...”, as Lloyd put it"); else a pronoun or a description (a name
 * there is {@linkcode quoteSpeakerAround}'s): the subject of the sentence that introduces the
 * quote with a colon, a dash or "as follows", in the same paragraph or at the end of the one
 * before ("In a speech he set out his view in these words: “...”", "Our staff man cabled as
 * follows -- “...”"); else the subject of a verb of saying right after its closing mark
 * ("“Is it”? He asked.", "“...”, explains the club's treasurer."), or the agent of a passive
 * right after it ("hailed as “...” by the magazine"). The span is the source as
 * written, for the speaker rules to resolve as any source.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { quoteSourceAround } from "./speaker_quotes.ts";
 * const text = "Our staff man cabled as follows --\n\n“The plant runs all night.”";
 * const content = { start: text.indexOf("The plant"), end: text.indexOf("night.") + 6 };
 * const source = quoteSourceAround(text, content)!;
 * assert.equal(text.slice(source.start, source.end), "Our staff man");
 * ```
 */
export function quoteSourceAround(text: string, content: TextSpan): TextSpan | undefined {
  const idiom = wordsOf(text, content);
  if (idiom) return idiom;
  const intro = text.slice(Math.max(0, content.start - 40), content.start).match(INTRODUCES);
  if (intro) {
    const end = content.start - intro[0].length;
    const at = sentenceStartBefore(text, end);
    const sentence = text.slice(at, end);
    // Words inside quotation marks are someone else's: a pronoun there is none of the introducer's.
    const outside = sentence.replace(/[\u201C"][^\u201D"]*[\u201D"]/g, (q) => " ".repeat(q.length));
    const pronoun = outside.match(SUBJECT_PRONOUN);
    const described = describedSubject(sentence, at);
    if (described && (!pronoun || described.start < at + pronoun.index!)) return described;
    if (pronoun) {
      const start = at + pronoun.index! + pronoun[0].length - pronoun[1].length;
      return { start, end: start + pronoun[1].length };
    }
  }
  // After: "”? He asked", "”. A reporter asked", "”, explains the club's treasurer".
  // In the same paragraph: a quote ending one is followed by none of its cues.
  const close = text.slice(content.end, content.end + 8).match(/^[.,!?]*[\u201D"][.,!?]*[^\S\n]+/);
  if (!close) return undefined;
  const at = content.end + close[0].length;
  const after = text.slice(at, at + 200);
  // The agent of a passive the quote is the complement of: "was hailed as “...” by the magazine".
  const agent = /^[\u201D"][^\S\n]+$/.test(close[0]) &&
    after.match(/^by\s+([^,.;:!?\u201C"]{1,60}?)(?=\s+and\s|[,.;:!?]|$)/d);
  if (agent) return { start: at + agent.indices![1]![0], end: at + agent.indices![1]![1] };
  // The pronoun's own length: the space after it may be a line break or a tab ("He\nasked").
  const pronoun = after.match(/^(he|she|they|He|She|They)\s+(\p{Ll}+)/u);
  if (pronoun && speechLemma(pronoun[2])) return { start: at, end: at + pronoun[1].length };
  const described = describedSubject(after, at);
  if (described && speechLemma(text.slice(described.end).match(/^\s+(\p{L}+)/u)?.[1] ?? "")) return described;
  // Inverted, after a comma: "”, explains the slender treasurer of the club."
  const inverted = /,/.test(close[0]) && after.match(/^(\p{Ll}+)\s+((?:the|a|an)\s[^.,;:!?\u201C"]{1,80})/u);
  if (inverted && speechLemma(inverted[1])) {
    const start = at + inverted[1].length + after.slice(inverted[1].length).search(/\S/);
    return { start, end: start + inverted[2].trimEnd().length };
  }
  return undefined;
}

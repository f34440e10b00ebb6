/**
 * The role a person's mention plays in its sentence, as the pronoun resolution of
 * {@linkcode resolveSpeakers} (`speakers.ts`) weighs its candidates: whether the name
 * stands in a clause that opens the sentence before the main clause ("Soon after Loper
 * leaked the news, Frankie got so mad that he vowed ..."), where it is not the subject
 * that a later "he" continues.
 *
 * @module
 */
import type { EntityMention } from "../entities/types.ts";

/** Words that open a subordinate clause. */
const SUBORDINATORS = new Set([
  "after",
  "before",
  "when",
  "whenever",
  "while",
  "as",
  "although",
  "though",
  "since",
  "until",
  "once",
  "if",
  "unless",
  "because",
  "whereas",
]);

/** Adverbs that may come before a subordinator ("Soon after", "Even before"). */
const SUBORDINATOR_ADVERBS = new Set(["soon", "shortly", "just", "even", "long", "only", "right", "but", "and"]);

/** Prepositions that may open a phrase before the main clause, or put a name in one ("Tooling through Sydney"). */
const PREPOSITIONS = new Set([
  "in",
  "at",
  "on",
  "through",
  "during",
  "with",
  "without",
  "from",
  "under",
  "despite",
  "for",
  "by",
  "like",
  "unlike",
  "among",
  "following",
  "upon",
  "amid",
  "to",
  "into",
  "near",
  "of",
  "across",
  "around",
  "toward",
  "towards",
]);

/** Abbreviations whose full stop ends no sentence ("Mr. Hart"). */
const ABBREVIATION =
  /(?:^|[\s(])(?:Mr|Mrs|Ms|Dr|St|Gen|Sen|Rep|Gov|Lt|Col|Capt|Sgt|Jr|Sr|Atty|Prof|Rev|Mt|Ft|No|\p{Lu})$/u;

/** Where the sentence holding an offset begins (bounded: 400 characters back). */
function sentenceStart(text: string, offset: number): number {
  const from = Math.max(0, offset - 400);
  const before = text.slice(from, offset);
  let start = from === 0 ? 0 : -1;
  for (const b of before.matchAll(/[.!?][\u201D"')]*\s+(?=[\u201C"'(]*\p{Lu})|\n\s*/gu)) {
    const word = before.slice(0, b.index);
    if (b[0][0] === "." && ABBREVIATION.test(word)) continue;
    start = from + b.index + b[0].length;
  }
  return start;
}

/** Where the sentence holding an offset ends (bounded: 400 characters on). */
function sentenceEnd(text: string, offset: number): number {
  const after = text.slice(offset, offset + 400);
  for (const b of after.matchAll(/[.!?][\u201D"')]*(?:\s+|$)|\n/g)) {
    if (b[0][0] === "." && ABBREVIATION.test(after.slice(0, b.index))) continue;
    return offset + b.index;
  }
  return offset + after.length;
}

/**
 * Whether a mention stands in a clause that opens its sentence and ends at a comma before
 * the main clause: a subordinate clause ("Soon after Loper left the room, Frankie got
 * angry"), or a participle or a prepositional phrase that holds the name as the object of
 * a preposition ("Driving through Sydney last week, Moss fell"). Such a name is not the
 * main clause's subject.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { inFrontedClause } from "./speaker_roles.ts";
 * const text = "Soon after Ann Lowe left, Bo Ford got angry.";
 * const at = (surface: string) => {
 *   const start = text.indexOf(surface);
 *   const base = { article: "a", outlet: "X", sentence: 0, type: "person" as const };
 *   return { ...base, start, end: start + surface.length, surface, entity: surface };
 * };
 * assert.equal(inFrontedClause(text, at("Ann Lowe")), true);
 * assert.equal(inFrontedClause(text, at("Bo Ford")), false);
 * ```
 */
export function inFrontedClause(text: string, m: EntityMention): boolean {
  const start = sentenceStart(text, m.start);
  if (start < 0) return false;
  const lead = text.slice(start, m.start);
  if (/[,;:]|--|\u2014/.test(lead)) return false;
  const comma = text.indexOf(",", m.end);
  if (comma < 0 || comma > sentenceEnd(text, m.end)) return false;
  const words = lead.toLowerCase().split(/[^\p{L}'.-]+/u).filter(Boolean).map((w) => w.replace(/\.$/, ""));
  if (!words.length) return false;
  const opener = SUBORDINATOR_ADVERBS.has(words[0]) && words.length > 1 ? words[1] : words[0];
  if (SUBORDINATORS.has(opener)) return true;
  // A participle or a preposition opening the sentence: only a name that is a preposition's object.
  const first = lead.trim().split(/\s+/)[0].replace(/^[\u201C"'(]+/, "");
  const participle = /^\p{Lu}\p{Ll}+(?:ing|ed)$/u.test(first);
  if (!participle && !PREPOSITIONS.has(words[0])) return false;
  return words.length > 1 && PREPOSITIONS.has(words[words.length - 1]);
}

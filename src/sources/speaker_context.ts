/**
 * What the words around a name say about it, for resolving a relation's speaker: the
 * titles a person is named with ("Sheriff Felix Tabb", "Felix Tabb, the sheriff,"),
 * whether a name is the object of a preposition or a modifier ("from his wife",
 * "a Tyler lawyer"), and which words mark a woman. The text is read a bounded number
 * of characters around each name.
 *
 * @module
 */
import type { EntityMention } from "../entities/types.ts";
import { NOT_ENTITY_HEADS, ORGANIZATION_HEADS } from "../text/english.ts";
import { OFFICE_HEADS, WORK_NOUNS } from "./cues.ts";

/** What kind of speaker a relation has: an entity's type, or `unnamed` for a description. */
export type SpeakerType = "person" | "organization" | "place" | "unnamed";

/** The speaker types, in the order tables show them. */
export const SPEAKER_TYPES: readonly SpeakerType[] = ["person", "organization", "place", "unnamed"];

/** A relation's speaker. */
export interface Speaker {
  /** The entity's canonical name, or the description as written ("a Lebanese official"). */
  name: string;
  /** Its type. */
  type: SpeakerType;
  /** How the source was resolved. */
  via: "name" | "pronoun" | "title" | "office" | "description";
}

/** Words that end a title run before a name: function words and verbs of saying. */
const NOT_TITLE = new Set([
  "the",
  "a",
  "an",
  "and",
  "or",
  "but",
  "by",
  "to",
  "with",
  "for",
  "from",
  "in",
  "on",
  "at",
  "as",
  "said",
  "says",
  "told",
  "that",
  "when",
  "while",
  "after",
  "before",
  "his",
  "her",
  "their",
  "its",
  "was",
  "is",
  "be",
  "been",
  "has",
  "had",
  "have",
  "who",
  "which",
  "than",
  "then",
  "also",
]);

/**
 * Words before a name that make it the object of a preposition or a modifier of a noun,
 * not the one a later "he" stands for ("received by al-Araji", "a Tyler lawyer").
 */
const OBJECT_BEFORE = new Set([
  "of",
  "in",
  "at",
  "from",
  "by",
  "for",
  "with",
  "to",
  "on",
  "against",
  "about",
  "under",
  "over",
  "into",
  "near",
  "toward",
  "towards",
  "than",
  "a",
  "an",
  "like",
  "behind",
  "between",
  "among",
  "without",
]);

/** Titles and words that mark a woman. */
const FEMALE = new Set([
  "mrs",
  "miss",
  "ms",
  "mme",
  "madame",
  "princess",
  "queen",
  "lady",
  "sister",
  "duchess",
  "countess",
  "councilwoman",
  "congresswoman",
  "spokeswoman",
  "chairwoman",
  "businesswoman",
  "actress",
  "wife",
  "mother",
  "daughter",
  "widow",
  "she",
  "her",
]);

/** The words of a stretch of text, each with its offset. */
function wordsOf(text: string): { word: string; at: number }[] {
  const out: { word: string; at: number }[] = [];
  for (const m of text.matchAll(/[\p{L}][\p{L}.'\u2019-]*/gu)) out.push({ word: m[0], at: m.index });
  return out;
}

/** The text before a mention, cut at the last clause mark within `chars` characters. */
function clauseBefore(text: string, start: number, chars: number): string {
  const before = text.slice(Math.max(0, start - chars), start);
  let cut = -1;
  for (let i = before.length - 1; i >= 0; i--) {
    const c = before[i];
    if (/[,;:()\n\u201C\u201D"!?]/.test(c)) {
      cut = i;
      break;
    }
    // A full stop ends a sentence unless it ends an abbreviation ("Gov.", "Mrs.", "J.").
    if (c === "." && !/(?:^|[\s(])(?:\p{Lu}[\p{L}]{0,3}|\p{Lu})$/u.test(before.slice(Math.max(0, i - 5), i))) {
      cut = i;
      break;
    }
  }
  return before.slice(cut + 1);
}

/**
 * The title words right before a mention, lower-cased, without a final full stop
 * ("Former Vice-President Richard M. Nixon": former, vice-president; "the Secretary of
 * State Dean Rusk": secretary, of, state): at most five words, back to a function word or to a
 * capitalised word before a lower-case one ("Mayor visits Buckley": visits).
 */
export function titleWordsBefore(text: string, m: EntityMention): string[] {
  const words = wordsOf(clauseBefore(text, m.start, 64));
  const out: string[] = [];
  for (let i = words.length - 1; i >= 0 && out.length < 5; i--) {
    const w = words[i].word.toLowerCase().replace(/\.$/, "");
    // A function word, a possessive or an initial ("R. L." of a name the entity stage shortened) ends the title.
    if (NOT_TITLE.has(w) || /['\u2019]s$/.test(w) || /^\p{L}$/u.test(w)) break;
    // "of" belongs to a title only between capitalised words ("Secretary of State").
    if (w === "of" && !(i > 0 && /^\p{Lu}/u.test(words[i - 1].word) && out.length)) break;
    // A capitalised word before a lower-case one other than "of" is no part of the title: a
    // headline's subject ("Mayor visits Buckley"), a name ("Bronx Democratic leader" keeps "leader").
    const lower = out.length && /^\p{Ll}/u.test(words[i + 1].word) && out[out.length - 1] !== "of";
    if (lower && /^\p{Lu}/u.test(words[i].word)) break;
    out.push(w);
  }
  return out.reverse();
}

/**
 * The kin noun a mention is in apposition to, before it ("his wife, former Olympic Diving
 * Champion Zoe Ann Olsen": wife), lower-cased; none when no kin noun and comma come right
 * before the mention and its capitalised titles.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { kinBefore } from "./speaker_context.ts";
 * const text = "He met his wife, former Champion Zoe Olsen.";
 * const m = { article: "a", outlet: "X", sentence: 0, start: 33, end: 42, surface: "Zoe Olsen", entity: "Zoe Olsen", type: "person" as const };
 * assert.deepEqual(kinBefore(text, m), ["wife"]);
 * ```
 */
export function kinBefore(text: string, m: EntityMention): string[] {
  const before = text.slice(Math.max(0, m.start - 80), m.start);
  const kin = before.match(
    /\b(wife|widow|mother|daughter|sister|bride|fiancee|husband|son|brother|father),\s+(?:former\s+|late\s+)?(?:\p{Lu}[\p{L}.'-]*\s+){0,4}$/u,
  );
  return kin ? [kin[1].toLowerCase()] : [];
}

/** Words that open what modifies the head of an apposition ("economist of Harris Trust"). */
const APPOSITION_MODIFIERS: ReadonlySet<string> = new Set(["of", "at", "for", "with", "in", "from"]);

/**
 * The words of an apposition after a mention (", the SNSC secretary,", ", director of
 * the corps,"), lower-cased: after a determiner any words, else words whose last is in
 * lower case (a common noun: "assistant secretary of state for economic affairs").
 */
export function appositionAfter(text: string, m: EntityMention): string[] {
  const after = text.slice(m.end, m.end + 90);
  const match = after.match(/^,\s+(the\s+|a\s+|an\s+|who is\s+|now\s+|former\s+)?([^,.;:\u201C\u201D"()]{1,70})[,.;]/i);
  if (!match) return [];
  let words = match[2].trim().split(/\s+/);
  if (!match[1] && !/^\p{Ll}/u.test(words[words.length - 1])) {
    // "Beryl W. Sprinkel, economist of Harris Trust & Savings Bank,": the head before what
    // modifies it, when that head is in lower case; the named modifier is no title.
    const at = words.findIndex((w) => APPOSITION_MODIFIERS.has(w));
    if (at < 1 || !words.slice(0, at).every((w) => /^\p{Ll}/u.test(w))) return [];
    words = words.slice(0, at);
  }
  return [...(match[1]?.trim().toLowerCase() === "former" ? ["former"] : []), ...words]
    .map((w) => w.toLowerCase().replace(/['\u2019]s$/, "").replace(/[^\p{L}-]/gu, ""))
    .filter(Boolean);
}

/**
 * Whether a mention only modifies the person named right after it, over capitalised title
 * words and nothing else ("Transylvania Symphony Conductor Pfohl", where the entity stage
 * took "Symphony" for a person), or the common noun of a body, an office, a work or a plan
 * right after it ("the Christian Anti-Communist Crusade school", "the Kennedy
 * administration", data/english.yaml's lists and the office words): that mention is no
 * subject a later pronoun stands for.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { modifiesName } from "./speaker_context.ts";
 * const text = "Symphony Conductor Pfohl said so. Mary and Pfohl left.";
 * const at = (s: string, from = 0) => ({ start: text.indexOf(s, from), end: text.indexOf(s, from) + s.length });
 * const m = (s: string, from = 0) => ({ article: "a", outlet: "X", sentence: 0, ...at(s, from), surface: s, entity: s, type: "person" as const });
 * assert.equal(modifiesName(text, m("Symphony"), m("Pfohl")), true);
 * assert.equal(modifiesName(text, m("Mary"), m("Pfohl", 20)), false);
 * const school = "He attended the Kern Crusade school.";
 * const crusade = { article: "a", outlet: "X", sentence: 0, start: 16, end: 28, surface: "Kern Crusade", entity: "Kern Crusade", type: "person" as const };
 * assert.equal(modifiesName(school, crusade, undefined), true);
 * ```
 */
export function modifiesName(text: string, m: EntityMention, next: EntityMention | undefined): boolean {
  const noun = text.slice(m.end, m.end + 30).match(/^ +(\p{Ll}+)\b/u)?.[1] ?? "";
  if ([ORGANIZATION_HEADS, OFFICE_HEADS, WORK_NOUNS, NOT_ENTITY_HEADS].some((words) => words.has(noun))) return true;
  if (!next || next.type !== "person" || m.type !== "person" || next.entity === m.entity || next.start < m.end) {
    return false;
  }
  return next.start - m.end <= 40 && /^(?: +\p{Lu}[\p{L}.]*)* +$/u.test(text.slice(m.end, next.start));
}

/**
 * Whether a definite determiner opens the noun phrase that ends right before an offset,
 * over one to three modifiers ("the New England-born |President", "his old |Coach"): a
 * source whose span left its determiner and modifiers out is then definite all the same.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { determinedBefore } from "./speaker_context.ts";
 * const text = "Then the New England-born President remarked that it was fine.";
 * assert.equal(determinedBefore(text, text.indexOf("President")), true);
 * assert.equal(determinedBefore("Yesterday President Kennedy said so.", 10), false);
 * ```
 */
export function determinedBefore(text: string, offset: number): boolean {
  return /(?:^|[^\p{L}])(?:the|his|her|its|their) +(?:[\p{L}'\u2019-]+ +){1,3}$/iu.test(
    text.slice(Math.max(0, offset - 60), offset),
  );
}

/**
 * Whether a mention is the object of a preposition or a noun's modifier (the word before
 * it and its titles is "by", "of", "a" ...), or stands in parentheses: not a subject that a
 * later pronoun stands for.
 */
export function isObject(text: string, m: EntityMention): boolean {
  const before = text.slice(Math.max(0, m.start - 64), m.start);
  if (/\(\s*$/.test(before) || /\d\s*$/.test(before)) return true;
  const words = wordsOf(before);
  let i = words.length - 1 - titleWordsBefore(text, m).length;
  // A possessive or an article before the titles ("by Iraq's National Security Advisor al-Araji", "on the Hunter Campus").
  if (i >= 0 && (/['\u2019]s$/.test(words[i].word) || /^the$/i.test(words[i].word))) i--;
  if (i < 0) return false;
  const w = words[i];
  // Only a word next to the name or its titles counts, not one before a comma.
  const next = i + 1 < words.length ? words[i + 1].at : before.length;
  if (/[,;:.!?"\u201C\u201D]/.test(before.slice(w.at + w.word.length, next))) return false;
  return OBJECT_BEFORE.has(w.word.toLowerCase());
}

/** Whether words (titles, apposition) mark a woman. */
export function isFemale(words: Iterable<string>): boolean {
  for (const w of words) if (FEMALE.has(w)) return true;
  return false;
}

/** Words that may open a sentence before its subject ("But Jackie had gone ..."). */
const OPENERS = new Set(["but", "and", "so", "then", "yet", "now"]);

/**
 * Whether a mention is the subject that opens its sentence: only capitalised words (titles:
 * "Sports Writer Ensign Ritchie") or a conjunction ("But Jackie") before it since the sentence began.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { opensSentence } from "./speaker_context.ts";
 * const text = "He left. But Sheriff Ray Cole stayed.";
 * const m = {
 *   article: "a",
 *   outlet: "X",
 *   sentence: 1,
 *   start: 21,
 *   end: 29,
 *   surface: "Ray Cole",
 *   entity: "Ray Cole",
 *   type: "person" as const,
 * };
 * assert.equal(text.slice(m.start, m.end), "Ray Cole");
 * assert.equal(opensSentence(text, m), true); // only a conjunction and a title before it
 * ```
 */
export function opensSentence(text: string, m: EntityMention): boolean {
  const before = text.slice(Math.max(0, m.start - 64), m.start);
  const cut = Math.max(before.search(/[.!?\u201D"\n][^.!?\u201D"\n]*$/), -1);
  if (cut < 0 && m.start > 64) return false;
  const words = before.slice(cut + 1).split(/\s+/).filter(Boolean);
  return words.length <= 4 && words.every((w, i) =>
    /^\p{Lu}/u.test(w) && !(i === 0 && /^(?:A|An|The)$/.test(w)) ||
    i === 0 && OPENERS.has(w.toLowerCase())
  );
}

/** The last word of a span's text, lower-cased, without a possessive. */
export function headOf(text: string): string {
  const words = text.replace(/['\u2019]s\b/g, "").split(/[\s\-]+/).filter((w) => /\p{L}/u.test(w));
  return (words[words.length - 1] ?? "").toLowerCase().replace(/[^\p{L}]/gu, "");
}

/** The words of a name, lower-cased, without full stops. */
export function nameWords(name: string): string[] {
  return name.toLowerCase().replace(/['\u2019]s\b/g, "").split(/[\s]+/).map((w) => w.replace(/[^\p{L}\p{N}-]/gu, ""))
    .filter(Boolean);
}

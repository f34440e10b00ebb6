/**
 * Titles of works in quotation marks ("the film “Operation Abolition”"): names, not
 * quotes, so neither a scare quote nor a speaker's words.
 *
 * @module
 */
import type { TextSpan } from "./phrases.ts";
import { WORK_LEADS, WORK_NOUNS } from "./cues.ts";
import { ENGLISH, ORGANIZATION_HEADS } from "../text/english.ts";

const GROUP_NOUNS = ENGLISH.group_nouns;
const MEMBER_NOUNS = ENGLISH.member_nouns;

/** A quotation: the marks' span and the words inside them. */
export interface QuotedSpan {
  /** The opening mark's offset. */
  start: number;
  /** Just past the closing mark. */
  end: number;
  /** Inside the marks. */
  inner: TextSpan;
}

/** Words a title writes in lower case ("Pride and Prejudice", "Francesca Da Rimini"). */
const MINOR = new Set([
  "a",
  "an",
  "the",
  "and",
  "or",
  "but",
  "of",
  "in",
  "on",
  "at",
  "to",
  "for",
  "by",
  "with",
  "from",
  "as",
  "de",
  "da",
  "di",
  "du",
  "la",
  "le",
  "von",
  "van",
]);

/** Words of `WORK_LEADS` that are bare prepositions: a group's noun before one leads no title. */
const PREPOSITIONS = new Set(["in", "on", "from", "during", "with", "of", "at"]);

/**
 * Whether a word before a preposition is a noun of a group, an organisation or its members
 * ("groups", "factions", "leaders", "party"): "armed groups in “Axis of Resistance”" holds a
 * name at a distance, a scare quote, where "a role in “Golden Arrow”" leads a title.
 */
function namesGroup(word: string | undefined): boolean {
  const w = word?.toLowerCase() ?? "";
  const one = w.replace(/s$/, "");
  return GROUP_NOUNS.has(w) || MEMBER_NOUNS.has(w) || ORGANIZATION_HEADS.has(w) || ORGANIZATION_HEADS.has(one);
}

/** Words skipped between a work noun and its title ("the film", "novel, ", "series of the"). */
const BETWEEN = new Set(["the", "a", "an", "of", "his", "her", "their", "its", "new", ","]);

/** How far back a title's lead or work noun is looked for, in characters. */
const LOOK_BACK = 60;

/**
 * Whether the words of a quote are written as a title: each word capitalised or a number,
 * but for short words of grammar, ten words at most, and no sentence's full stop at the end.
 */
function titleCased(words: string): boolean {
  if (/[.!?]$/.test(words) && !/\b(?:Mr|Mrs|Dr|St|Jr)\.$/.test(words)) return false;
  const parts = words.split(/\s+/).map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, "")).filter(Boolean);
  if (parts.length === 0 || parts.length > 10 || !/^[\p{Lu}\p{N}]/u.test(parts[0])) return false;
  return parts.every((w) => /^[\p{Lu}\p{N}]/u.test(w) || MINOR.has(w));
}

/** The words and commas before an offset, last first, within the sentence and `LOOK_BACK` characters. */
function wordsBefore(text: string, offset: number): string[] {
  let from = Math.max(0, offset - LOOK_BACK);
  const window = text.slice(from, offset);
  // Stop at the sentence or paragraph before.
  const stop = Math.max(window.lastIndexOf("\n"), window.search(/[.!?;:]\s[^.!?;:]*$/));
  from = stop >= 0 ? stop + 1 : 0;
  return (window.slice(from).match(/[\p{L}\p{N}'’-]+|,/gu) ?? []).reverse();
}

/**
 * Which quotes are titles of works: a quote written as a title ("Pride and Prejudice") right
 * after a word of `WORK_LEADS` ("a role in “Golden Arrow”"; a preposition not after a noun of
 * a group: "armed groups in “Axis of Resistance”" is a scare quote), or after a noun of `WORK_NOUNS`
 * with only a determiner, "of" or a comma between ("the film “Operation Abolition”", "the
 * novel, “The Last Hurrah”"), or next in a list after such a title (“Random Harvest”, “Madame
 * Curie” and “Mrs. Miniver”). Quotes are in text order; the work is linear in their number.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { worksAmong } from "./work_titles.ts";
 *
 * const text = "She starred in “Golden Arrow” and “Old Music”, and she called it “a lark”.";
 * const at = (s: string) => text.indexOf(s);
 * const quote = (s: string) => ({ start: at(s) - 1, end: at(s) + s.length + 1, inner: { start: at(s), end: at(s) + s.length } });
 * const quotes = [quote("Golden Arrow"), quote("Old Music"), quote("a lark")];
 * assert.deepEqual([...worksAmong(text, quotes)], [0, 1]);
 * ```
 */
export function worksAmong(text: string, quotes: readonly QuotedSpan[]): Set<number> {
  const works = new Set<number>();
  for (let i = 0; i < quotes.length; i++) {
    const q = quotes[i];
    if (!titleCased(text.slice(q.inner.start, q.inner.end))) continue;
    const prev = quotes[i - 1];
    if (prev && works.has(i - 1) && /^\s*(?:,|,?\s*(?:and|or|to))\s*$/.test(text.slice(prev.end, q.start))) {
      works.add(i);
      continue;
    }
    const before = wordsBefore(text, q.start);
    const lead = before[0]?.toLowerCase();
    if (lead && WORK_LEADS.has(lead) && !(PREPOSITIONS.has(lead) && namesGroup(before[1]))) {
      works.add(i);
      continue;
    }
    let k = 0;
    while (k < before.length && k < 4 && BETWEEN.has(before[k].toLowerCase())) k++;
    const noun = before[k]?.toLowerCase();
    if (noun && (WORK_NOUNS.has(noun) || WORK_NOUNS.has(noun.replace(/s$/, "")))) works.add(i);
  }
  return works;
}

/**
 * A source that is a description, read as news style introduces one: the name set in
 * apposition right after it ("according to decorator consultant, Leland Alden"), or the
 * person it was introduced as, with an indefinite article, earlier in the article ("an American
 * missionary ... the American said").
 *
 * @module
 */
import type { EntityMention } from "../entities/types.ts";
import type { TextSpan } from "./attribution.ts";

/**
 * The person named in apposition right after a source that is a description: a comma, a
 * person's name, then the end of the clause (a comma, a full stop, a semicolon, a colon or the
 * text's end). `people` are the article's person mentions in text order.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { namedAfter } from "./speaker_descriptions.ts";
 * const text = "It is cheap, according to the shop's manager, Ann Lee.";
 * const start = text.indexOf("Ann Lee");
 * const lee = { article: "a", outlet: "X", sentence: 0, start, end: start + 7, surface: "Ann Lee", entity: "Ann Lee", type: "person" as const };
 * const source = { start: text.indexOf("the shop's"), end: text.indexOf(", Ann") };
 * assert.equal(namedAfter(text, source, [lee])?.entity, "Ann Lee");
 * // A name that opens a clause of its own is no apposition.
 * const other = "It is cheap, said the manager, Ann Lee agreed.";
 * const at = other.indexOf("Ann Lee");
 * const manager = { start: other.indexOf("the manager"), end: other.indexOf(", Ann") };
 * assert.equal(namedAfter(other, manager, [{ ...lee, start: at, end: at + 7 }]), undefined);
 * ```
 */
export function namedAfter(
  text: string,
  source: TextSpan,
  people: readonly EntityMention[],
): EntityMention | undefined {
  const comma = text.slice(source.end, source.end + 4).match(/^,[^\S\n]+/);
  if (!comma) return undefined;
  const at = source.end + comma[0].length;
  const named = people.find((m) => m.start === at);
  if (!named || named.type !== "person") return undefined;
  return /^(?:,?\s+Jr\.?)?\s*(?:[,.;:]|$)/.test(text.slice(named.end, named.end + 8)) ? named : undefined;
}

/** Words that end the noun phrase of a description (what modifies it after, a verb), or open another. */
const PHRASE_ENDS = new Set([
  "of",
  "who",
  "that",
  "which",
  "in",
  "at",
  "on",
  "for",
  "with",
  "from",
  "to",
  "and",
  "or",
  "is",
  "was",
  "has",
  "had",
  "says",
  "said",
  "told",
  "the",
  "a",
  "an",
  "his",
  "her",
  "its",
  "their",
  "between",
  "by",
  "about",
  "over",
  "against",
]);

/** How far back an introduction is looked for. */
const REACH = 3000;

/**
 * The description a definite source ("the American", "the official") continues: the nearest
 * noun phrase before `at` (within {@linkcode REACH}) that opens with "a" or "an" and holds the
 * source's head word (`head`, as written) among its first four words; the phrase up to that
 * word, and for a capitalised head (a demonym as a noun: "an American missionary") the common
 * noun after it; without its article. None when no such phrase comes before.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { introducedAs } from "./speaker_descriptions.ts";
 * const text = "An American missionary paid his bill. “I'm a missionary”, the American said.";
 * assert.equal(introducedAs(text, text.indexOf("the American"), "American"), "American missionary");
 * const official = "A Lebanese official spoke first. Later the official said no.";
 * assert.equal(introducedAs(official, official.indexOf("the official"), "official"), "Lebanese official");
 * assert.equal(introducedAs(official, official.indexOf("the official"), "minister"), undefined);
 * ```
 */
export function introducedAs(text: string, at: number, head: string): string | undefined {
  if (!/^[\p{L}-]+$/u.test(head)) return undefined;
  const from = Math.max(0, at - REACH);
  const phrase = new RegExp(`(?<![\\p{L}])(?:a|an|A|An)\\s+((?:[\\p{L}-]+\\s+){0,3}?${head})(?![\\p{L}-])`, "gu");
  let last: RegExpMatchArray | undefined;
  for (const m of text.slice(from, at).matchAll(phrase)) last = m;
  if (!last) return undefined;
  const words = last[1].split(/\s+/);
  // A singular description: "an agreement between the leaders" introduces no "the leaders".
  if (words.slice(0, -1).some((w) => PHRASE_ENDS.has(w.toLowerCase())) || /[^s]s$/.test(head)) return undefined;
  if (!/^\p{Lu}/u.test(head)) return last[1].replace(/\s+/g, " ");
  const next = text.slice(from + last.index! + last[0].length, at).match(/^[^\S\n]+(\p{Ll}+)\b/u);
  const noun = next && !PHRASE_ENDS.has(next[1]) && !/(?:ed|ly)$/.test(next[1]) ? ` ${next[1]}` : "";
  return last[1].replace(/\s+/g, " ") + noun;
}

/**
 * A description of someone in a body the article names, with that body's name: "the
 * principal of the school" with the school `body` finds ("principal of South Philadelphia High
 * School"), "South Philadelphia High's principal" with the organisation named before the
 * possessive (its entity, from `mentions`, the mentions inside the source). None for any
 * other source, or when no body is named.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { bodyDescription } from "./speaker_descriptions.ts";
 * const body = (word: string) => word === "school" ? "Central High School" : undefined;
 * assert.equal(bodyDescription("The principal of the school", [], body), "principal of Central High School");
 * assert.equal(bodyDescription("The principal of the bank", [], body), undefined);
 * assert.equal(bodyDescription("a teacher of the school", [], body), undefined); // a new one, not "the"
 * const central = { article: "a", outlet: "X", sentence: 0, start: 0, end: 12, surface: "Central High", entity: "Central High School", type: "organization" as const };
 * assert.equal(bodyDescription("Central High's principal", [central], body), "principal of Central High School");
 * ```
 */
export function bodyDescription(
  written: string,
  mentions: readonly EntityMention[],
  body: (word: string) => string | undefined,
): string | undefined {
  const of = written.match(/^[Tt]he\s+((?:\p{Ll}[\p{L}-]*\s+){0,2}\p{Ll}[\p{L}-]*)\s+(of|at)\s+the\s+(\p{Ll}+)$/u);
  if (of) {
    const name = body(of[3]);
    return name ? `${of[1]} ${of[2]} ${name}` : undefined;
  }
  const owned = written.match(/^(.+?)['\u2019]s\s+((?:\p{Ll}[\p{L}-]*\s+){0,2}\p{Ll}[\p{L}-]*)$/u);
  if (!owned) return undefined;
  const org = mentions.find((m) => m.type === "organization");
  return org ? `${owned[2]} of ${org.entity}` : undefined;
}

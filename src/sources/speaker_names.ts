/**
 * Small name helpers of speaker resolution ({@linkcode resolveSpeakers} of `speakers.ts`):
 * generations after a name, names that agree or disagree, descriptions of one person, and
 * the mention named last before an offset.
 *
 * @module
 */
import type { EntityMention } from "../entities/types.ts";
import { DOCUMENT_HEADS, MEMBER_BODIES, NOT_SOURCE_HEADS, OFFICE_HEADS, SOURCE_PRONOUNS } from "./cues.ts";
import { headOf, nameWords } from "./speaker_context.ts";

/** Generations written after a name, lower-cased without a full stop. */
export const SUFFIXES: ReadonlySet<string> = new Set(["jr", "sr", "ii", "iii", "iv"]);

/**
 * The last of some words ("" for none).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { last } from "./speaker_names.ts";
 * assert.equal(last(["joseph", "harvey"]), "harvey");
 * ```
 */
export const last = (words: readonly string[]): string => words[words.length - 1] ?? "";

/**
 * A name's words without a generation after them ("Harvey Jr" → "Harvey").
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { bare } from "./speaker_names.ts";
 * assert.deepEqual(bare(["harvey", "jr"]), ["harvey"]);
 * ```
 */
export const bare = (words: string[]): string[] =>
  words.length > 1 && SUFFIXES.has(last(words)) ? words.slice(0, -1) : words;

/**
 * Whether a description is of one person ("one Republican senator", "the taxi driver"): a
 * singular head in lower case that is no office, body or document.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { isSomeone } from "./speaker_names.ts";
 * assert.equal(isSomeone("one Republican senator"), true);
 * assert.equal(isSomeone("the jury"), false);
 * ```
 */
export function isSomeone(description: string): boolean {
  const head = headOf(description);
  return /^\p{Ll}/u.test(description.split(/\s+/).at(-1) ?? "") && !/s$/.test(head) && !OFFICE_HEADS.has(head) &&
    !DOCUMENT_HEADS.has(head) && !MEMBER_BODIES[head] && !NOT_SOURCE_HEADS.has(head) && !SOURCE_PRONOUNS[head];
}

/**
 * Whether two names have the same words, case and punctuation aside, or one is the other's last words.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { sameName } from "./speaker_names.ts";
 * assert.equal(sameName("Ivan Allen", "Allen"), true);
 * assert.equal(sameName("Ivan Allen", "Ivan"), false);
 * ```
 */
export function sameName(a: string, b: string): boolean {
  const x = nameWords(a);
  const y = nameWords(b);
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  return short.length > 0 && short.every((w, i) => long[long.length - short.length + i] === w);
}

/**
 * Whether an entity's name and a surface of it disagree on given names: the same last word
 * but a first name or initial of the surface that the entity's name lacks ("Jackie Brandt"
 * for "R. L. Brandt").
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { conflicts } from "./speaker_names.ts";
 * assert.equal(conflicts("Jackie Brandt", "R. L. Brandt"), true);
 * assert.equal(conflicts("Jackie Brandt", "Brandt"), false);
 * ```
 */
export function conflicts(entity: string, surface: string): boolean {
  const e = nameWords(entity);
  const s = nameWords(surface);
  return s.length > 1 && e[e.length - 1] === s[s.length - 1] && s.slice(0, -1).some((w) => !e.includes(w));
}

/**
 * Of some mentions, the one that starts last before an offset; none when none does.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { nearestBefore } from "./speaker_names.ts";
 * const at = (start: number) => ({ article: "a", outlet: "X", sentence: 0, start, end: start + 3, surface: "Jim", entity: "Jim", type: "person" as const });
 * assert.equal(nearestBefore([at(5), at(40), at(90)], 60)?.start, 40);
 * assert.equal(nearestBefore([at(90)], 60), undefined);
 * ```
 */
export function nearestBefore(mentions: readonly EntityMention[], offset: number): EntityMention | undefined {
  let best: EntityMention | undefined;
  for (const m of mentions) if (m.start < offset && (!best || m.start > best.start)) best = m;
  return best;
}

/**
 * The first names a familiar form may be made from, lower-cased: the form without its
 * ending "-ie", "-y" or "-ey", and without a doubled consonant before it ("frankie" →
 * "frank", "tommy" → "tomm", "tom"); none for a word with no such ending.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { familiarStems } from "./speaker_names.ts";
 * assert.deepEqual(familiarStems("frankie"), ["frank"]);
 * assert.deepEqual(familiarStems("tommy"), ["tomm", "tom"]);
 * assert.deepEqual(familiarStems("frank"), []);
 * ```
 */
export function familiarStems(word: string): string[] {
  const ending = word.match(/^(\p{L}{2,}?)(?:ie|ey|y)$/u);
  if (!ending) return [];
  const stem = ending[1];
  const doubled = /(\p{L})\1$/u.test(stem) ? [stem.slice(0, -1)] : [];
  return [stem, ...doubled];
}

/**
 * Whether a name is a surname after words that describe its person rather than name them
 * ("Leatherneck Shoup", "Valedictorian Holmes"): two words or more, and none before the last
 * a given name (as `givenName` tells, from a word in lower case) or an initial.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { describedSurname } from "./speaker_names.ts";
 * const givenName = (w: string) => ["david", "jackie"].includes(w);
 * assert.equal(describedSurname(["leatherneck", "shoup"], givenName), true);
 * assert.equal(describedSurname(["jackie", "shoup"], givenName), false);
 * assert.equal(describedSurname(["d", "shoup"], givenName), false);
 * assert.equal(describedSurname(["shoup"], givenName), false);
 * ```
 */
export function describedSurname(words: readonly string[], givenName: (word: string) => boolean): boolean {
  return words.length > 1 && words.slice(0, -1).every((w) => w.length > 1 && !givenName(w));
}

/**
 * Whether a short name written without the words of a fuller one is that name, the words of
 * both lower-cased, without a generation: a familiar form of one of its given names
 * ("frankie" of "frank sinatra", never of "ann frank"), or, with `givenName`, a surname after
 * words that describe its person, for a fuller name of that surname with given names
 * ("leatherneck shoup" of "david m shoup").
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { looseName } from "./speaker_names.ts";
 * const givenName = (w: string) => w === "david";
 * assert.equal(looseName(["frankie"], ["frank", "sinatra"]), true);
 * assert.equal(looseName(["frankie"], ["ann", "frank"]), false);
 * assert.equal(looseName(["leatherneck", "shoup"], ["david", "m", "shoup"], givenName), true);
 * assert.equal(looseName(["leatherneck", "shoup"], ["marine", "shoup"], givenName), false);
 * ```
 */
export function looseName(
  short: readonly string[],
  full: readonly string[],
  givenName?: (word: string) => boolean,
): boolean {
  if (full.length < 2) return false;
  if (short.length === 1) return familiarStems(short[0]).some((stem) => full.slice(0, -1).includes(stem));
  return !!givenName && last(full) === last(short) && describedSurname(short, givenName) &&
    withGivenNames(full, givenName);
}

/**
 * Whether a name, its words lower-cased, names its person with given names: not a surname
 * after words that describe the person ({@linkcode describedSurname}); any name when no
 * `givenName` tells given names.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { withGivenNames } from "./speaker_names.ts";
 * const givenName = (w: string) => w === "david";
 * assert.equal(withGivenNames(["david", "m", "shoup"], givenName), true);
 * assert.equal(withGivenNames(["leatherneck", "shoup"], givenName), false);
 * assert.equal(withGivenNames(["leatherneck", "shoup"]), true);
 * ```
 */
export function withGivenNames(words: readonly string[], givenName?: (word: string) => boolean): boolean {
  return !givenName || !describedSurname(words, givenName);
}

/**
 * Names compared as names: keys that ignore case, accents, hyphens, apostrophes and
 * the Arabic article, and a tolerance for spelling variants ("Larjani", "Qassim").
 *
 * @module
 */

/** Arabic articles and the like that a name may carry or drop ("al-Sudani", "Sudani"). */
export const NAME_PARTICLES: ReadonlySet<string> = new Set(["al", "el", "ul"]);

/**
 * The key of one word: lower case, accents removed, apostrophes and full stops dropped.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { wordKey } from "./names.ts";
 * assert.equal(wordKey("U.S."), "us");
 * assert.equal(wordKey("Kata'ib"), "kataib");
 * ```
 */
export function wordKey(word: string): string {
  // Character codes rather than regular expressions: keys are taken for most words of a text.
  let plain = true;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c < 32 || c > 126) {
      return word.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/['’`.]/g, "");
    }
    if (plain && !isAsciiLetter(c)) plain = false;
  }
  return plain ? word.toLowerCase() : word.toLowerCase().replace(/['`.]/g, "");
}

/** Whether a character code is an ASCII letter. */
function isAsciiLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
}

/** Whether a name is words of ASCII letters, one space apart (`/^[A-Za-z]+(?: [A-Za-z]+)*$/`). */
function isPlainName(name: string): boolean {
  const n = name.length;
  if (n === 0) return false;
  for (let i = 0; i < n; i++) {
    const c = name.charCodeAt(i);
    if (isAsciiLetter(c)) continue;
    // A space between two letters.
    if (c !== 32 || i === 0 || i === n - 1 || !isAsciiLetter(name.charCodeAt(i + 1))) return false;
  }
  return true;
}

/**
 * The key of a name: its words' keys, hyphens read as spaces, Arabic articles
 * ("al", "el") and a final possessive left out.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { nameKey } from "./names.ts";
 * assert.equal(nameKey("Mohammed Shia Al-Sudani's"), "mohammed shia sudani");
 * assert.equal(nameKey("al-Sudani"), "sudani");
 * ```
 */
export function nameKey(name: string): string {
  // Words of plain letters, one space apart (most names): no possessive, hyphen or accent to read.
  if (isPlainName(name)) {
    const key = name.toLowerCase();
    if (!key.includes(" ")) return key;
    const words = key.split(" ");
    const kept = words.filter((w) => !NAME_PARTICLES.has(w));
    return kept.length === words.length ? key : (kept.length ? kept : words).join(" ");
  }
  const words = name.replace(/['’]s$/i, "").split(/[\s\-‐]+/).map(wordKey).filter((w) => w !== "");
  const kept = words.filter((w) => !NAME_PARTICLES.has(w));
  return (kept.length ? kept : words).join(" ");
}

/**
 * The optimal string alignment distance between two strings: insertions, deletions,
 * substitutions and transpositions of adjacent characters each cost 1.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { editDistance } from "./names.ts";
 * assert.equal(editDistance("larjani", "larijani"), 1); // an insertion
 * assert.equal(editDistance("theran", "tehran"), 1); // a transposition
 * ```
 */
export function editDistance(a: string, b: string): number {
  const d: number[][] = [];
  for (let i = 0; i <= a.length; i++) d.push([i]);
  for (let j = 1; j <= b.length; j++) d[0][j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
      }
    }
  }
  return d[a.length][b.length];
}

/**
 * The consonant skeleton of a word key: its first letter, then its consonants, with
 * doubled letters written once. Transliterations of one Arabic or Persian name share
 * it ("qasim", "qassim": "qsm").
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { skeleton } from "./names.ts";
 * assert.equal(skeleton("qassim"), "qsm");
 * ```
 */
export function skeleton(key: string): string {
  const rest = key.slice(1).replace(/[aeiouy]/g, "");
  return ((key[0] ?? "") + rest).replace(/(.)\1+/g, "$1");
}

const DEMONYM_ENDINGS = /^(?:i|is|n|ns|an|ans|ian|ians|ese|ish)$/;

/**
 * Whether two word keys are spellings of one name: equal, or both of five letters or
 * more and one edit apart or with the same consonant skeleton, and not a word and
 * its demonym ("israel", "israeli").
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { similarWords } from "./names.ts";
 * assert.equal(similarWords("larjani", "larijani"), true);
 * assert.equal(similarWords("iraq", "iran"), false);
 * assert.equal(similarWords("israel", "israeli"), false);
 * ```
 */
export function similarWords(a: string, b: string): boolean {
  if (a === b) return true;
  if (a.length < 5 || b.length < 5 || Math.abs(a.length - b.length) > 2) return false;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (long.startsWith(short) && DEMONYM_ENDINGS.test(long.slice(short.length))) return false;
  if (long.startsWith(short.replace(/[aeiou]$/, "")) && DEMONYM_ENDINGS.test(long.slice(short.length - 1))) {
    return false;
  }
  if (withinOneEdit(a, b)) return true;
  const sa = skeleton(a);
  return sa.length >= 4 && sa === skeleton(b) && Math.abs(a.length - b.length) <= 2;
}

/**
 * Whether two name keys are spellings of one name: the same number of words, each
 * pair of words {@linkcode similarWords}.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { similarNames } from "./names.ts";
 * assert.equal(similarNames("qassim araji", "qasim araji"), true);
 * assert.equal(similarNames("qasim araji", "qassem soleimani"), false);
 * ```
 */
export function similarNames(a: string, b: string): boolean {
  return a === b || similarNameWords(a.split(" "), b.split(" "));
}

/**
 * {@linkcode similarNames} for names already split into their words.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { similarNameWords } from "./names.ts";
 * assert.equal(similarNameWords(["qassim", "araji"], ["qasim", "araji"]), true);
 * ```
 */
export function similarNameWords(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (!similarWords(a[i], b[i])) return false;
  return true;
}

/**
 * Whether a short name key is a shorter form of a longer person's name: its words
 * appear in order in the longer one and it ends with the same surname ("sudani" and
 * "mohammed sudani" in "mohammed shia sudani").
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { isShortFormOf } from "./names.ts";
 * assert.equal(isShortFormOf("larijani", "ali larijani"), true);
 * assert.equal(isShortFormOf("ali", "ali larijani"), false);
 * ```
 */
export function isShortFormOf(short: string, long: string): boolean {
  return isShortFormOfWords(short.split(" "), long.split(" "));
}

/**
 * {@linkcode isShortFormOf} for names already split into their words.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { isShortFormOfWords } from "./names.ts";
 * assert.equal(isShortFormOfWords(["larijani"], ["ali", "larijani"]), true);
 * ```
 */
export function isShortFormOfWords(s: readonly string[], l: readonly string[]): boolean {
  if (s.length >= l.length) return false;
  if (!similarWords(s[s.length - 1], l[l.length - 1])) return false;
  let j = 0;
  for (let i = 0; i < s.length - 1; i++) {
    while (j < l.length - 1 && l[j] !== s[i]) j++;
    if (j >= l.length - 1) return false;
    j++;
  }
  return true;
}

/**
 * A URL- and file-safe id for a name.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { entityId } from "./names.ts";
 * assert.equal(entityId("Mohammed Shia al-Sudani"), "mohammed-shia-al-sudani");
 * ```
 */
export function entityId(name: string): string {
  return name.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}

/**
 * Whether two strings are at most one edit apart (insertion, deletion, substitution or
 * transposition of neighbours): `editDistance(a, b) <= 1`, in linear time.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { withinOneEdit } from "./names.ts";
 * assert.equal(withinOneEdit("larijani", "larjani"), true);
 * assert.equal(withinOneEdit("qasim", "qassem"), false);
 * ```
 */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > 1) return false;
  let i = 0;
  while (i < la && i < lb && a[i] === b[i]) i++;
  if (la === lb) {
    // One substitution, or one transposition of neighbours.
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return la > lb ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/**
 * An index of keys by a word of theirs, for finding the keys whose word may be similar
 * (`similarWords`) to a given word without comparing with every key: a word of five
 * letters or more is filed under itself, each of its one-letter deletions and its
 * consonant skeleton (of four letters or more), so that two words within one edit share
 * an entry, and so do two with the same skeleton; a shorter word, similar only to
 * itself, under itself alone. Entries are kept as 30-bit hashes of those strings, so
 * lookups return a superset: test each candidate with the exact predicate.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { WordBlocks } from "./names.ts";
 * const index = new WordBlocks<string>();
 * index.add("larijani", "ali larijani");
 * assert.deepEqual(index.candidates("larjani"), ["ali larijani"]);
 * ```
 */
export class WordBlocks<T> {
  readonly #blocks = new Map<number, T[]>();

  /** Files a value under a word. */
  add(word: string, value: T): void {
    for (const e of entryHashes(word)) {
      const list = this.#blocks.get(e);
      if (list) list.push(value);
      else this.#blocks.set(e, [value]);
    }
  }

  /** The values filed under words that may be similar to this one (each once, in the order first found). */
  candidates(word: string): T[] {
    // Most lookups find a handful of values: a list is searched for repeats until it
    // grows past a few, a set then.
    const out: T[] = [];
    let seen: Set<T> | undefined;
    for (const e of entryHashes(word)) {
      const list = this.#blocks.get(e);
      if (!list) continue;
      for (const v of list) {
        if (seen) {
          if (!seen.has(v)) {
            seen.add(v);
            out.push(v);
          }
        } else if (!out.includes(v)) {
          out.push(v);
          if (out.length > 8) seen = new Set(out);
        }
      }
    }
    return out;
  }
}

const HASH_BASE = 131;
const HASH_MASK = 0x3fffffff;

/**
 * Hashes of a word, of its skeleton and of its distinct one-letter deletions; of a word
 * of fewer than five letters, its own hash alone (set apart from the others'). Each
 * aliases pass looks the same words up several times, so the last 50,000 are remembered.
 */
function entryHashes(word: string): number[] {
  let out = hashCache.get(word);
  if (out) return out;
  if (hashCache.size >= 50_000) hashCache.clear();
  out = computeEntryHashes(word);
  hashCache.set(word, out);
  return out;
}

const hashCache = new Map<string, number[]>();
let prefix = new Int32Array(64);
let suffix = new Int32Array(64);
let power = new Int32Array(64);

function computeEntryHashes(word: string): number[] {
  const n = word.length;
  if (n < 5) return [(stringHash(word) ^ 0x1b873593) & HASH_MASK];
  if (n + 1 > prefix.length) [prefix, suffix, power] = [0, 0, 0].map(() => new Int32Array(2 * n + 2));
  // prefix[i]: hash of word[0, i); suffix[i]: hash of word[i, n); power[k]: HASH_BASE ** k.
  prefix[0] = 0;
  power[0] = 1;
  for (let i = 0; i < n; i++) {
    prefix[i + 1] = Math.imul(prefix[i], HASH_BASE) + word.charCodeAt(i);
    power[i + 1] = Math.imul(power[i], HASH_BASE);
  }
  suffix[n] = 0;
  for (let i = n - 1; i >= 0; i--) suffix[i] = Math.imul(word.charCodeAt(i), power[n - 1 - i]) + suffix[i + 1];
  const out = [prefix[n] & HASH_MASK];
  const skel = skeleton(word);
  if (skel.length >= 4) out.push((stringHash(skel) ^ 0x2545f491) & HASH_MASK);
  for (let i = 0; i < n; i++) {
    // Deleting either of two equal neighbours gives one string.
    if (i > 0 && word.charCodeAt(i) === word.charCodeAt(i - 1)) continue;
    out.push((Math.imul(prefix[i], power[n - 1 - i]) + suffix[i + 1]) & HASH_MASK);
  }
  return out;
}

function stringHash(s: string): number {
  let h = 0;
  for (let i = 0; i < s.length; i++) h = (Math.imul(h, HASH_BASE) + s.charCodeAt(i)) | 0;
  return h;
}

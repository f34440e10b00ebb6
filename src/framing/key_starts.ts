/**
 * A filter on the first two characters of a set of keys: most tokens of a text start no
 * key of the framing lexicon (or no agent's name), and are let go without being hashed.
 *
 * @module
 */

/** The lower-case form of an ASCII code unit. */
const lowerAscii = (c: number): number => c >= 65 && c <= 90 ? c + 32 : c;

/**
 * How the keys of a set start: whether a word may be one of them, from its first two
 * characters. `has` is never false for a key; it is true for some words that are none.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { KeyStarts } from "./key_starts.ts";
 * const starts = new KeyStarts(["hezbollah", "israel"]);
 * assert.equal(starts.has("hezbollah"), true);
 * assert.equal(starts.has("here"), true); // starts as a key does: look it up
 * assert.equal(starts.has("the"), false); // no key starts with "th"
 * assert.equal(starts.hasStem("Israelis"), true); // its stem, "israeli", may be a key
 * ```
 */
export class KeyStarts {
  /** ascii[a · 128 + b]: a key starts with the ASCII characters a, b. */
  readonly #ascii = new Uint8Array(128 * 128);
  /** a · 65536 + b for the keys that start otherwise. */
  readonly #other = new Set<number>();
  /** Whether a key is shorter than two characters. */
  readonly #short: boolean;

  /** The filter of these keys. */
  constructor(keys: Iterable<string>) {
    let short = false;
    for (const key of keys) {
      if (key.length < 2) short = true;
      else {
        const a = key.charCodeAt(0);
        const b = key.charCodeAt(1);
        if (a < 128 && b < 128) this.#ascii[a * 128 + b] = 1;
        else this.#other.add(a * 0x10000 + b);
      }
    }
    this.#short = short;
  }

  /** Whether a key may be this word: false when none starts as it does. */
  has(word: string): boolean {
    if (word.length < 2) return this.#short;
    const a = word.charCodeAt(0);
    const b = word.charCodeAt(1);
    return a < 128 && b < 128 ? this.#ascii[a * 128 + b] === 1 : this.#other.has(a * 0x10000 + b);
  }

  /**
   * Whether a key may be `stemWord(word)`, without making it: stemWord lower-cases the
   * word and keeps at least its first two characters (a shorter word whole), and lower
   * case maps ASCII characters one to one. True (check the stem) for other words.
   */
  hasStem(word: string): boolean {
    const a = word.charCodeAt(0);
    const b = word.charCodeAt(1);
    if (word.length >= 2 && a < 128 && b < 128) return this.#ascii[lowerAscii(a) * 128 + lowerAscii(b)] === 1;
    return word.length === 0 || (word.length === 1 && a < 128) ? this.#short : true;
  }
}

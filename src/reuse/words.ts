/**
 * The words text reuse compares: runs of letters and digits (an apostrophe between two
 * of them kept inside the word), normalised so that case, curly or straight quotes and
 * the kind of dash do not matter, each with its offsets into the original text and its hash.
 *
 * @module
 */
import { hashWord, mix32 } from "./shingles.ts";

/** The words of a text as text reuse compares them. */
export interface ReuseWords {
  /** Each word, normalised ({@linkcode normaliseWord}). */
  words: string[];
  /** Offset of each word's first character in the original text. */
  starts: number[];
  /** Offset just past each word's last character in the original text. */
  ends: number[];
  /** Each word's hash (`hashWord` of the normalised word), worked out as the word is read. */
  hashes: Uint32Array;
}

/** A letter or a digit (of any script). */
const WORD_CHAR = /^[\p{L}\p{N}]$/u;
/** The apostrophes and single quotes a word may hold, all read as `'`. */
const APOSTROPHES = /[\u2019\u2018\u02BC]/g;
/** Whether a code unit is an apostrophe a word may hold. */
const isApostrophe = (c: number) => c === 0x27 || c === 0x2019 || c === 0x2018 || c === 0x02bc;

/** The length (1 or 2 code units) of the letter or digit at `i`, or 0 when there is none. */
function wordCharAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 0x80) return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) ? 1 : 0;
  const cp = text.codePointAt(i)!;
  const len = cp > 0xffff ? 2 : 1;
  return WORD_CHAR.test(String.fromCodePoint(cp)) ? len : 0;
}

/**
 * A word in the form text reuse compares: Unicode compatibility form (NFKC), lower case,
 * every apostrophe written `'`.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { normaliseWord } from "./words.ts";
 * assert.equal(normaliseWord("Iran\u2019s"), "iran's");
 * assert.equal(normaliseWord("ＢＥＩＲＵＴ"), "beirut"); // full-width letters
 * ```
 */
export function normaliseWord(word: string): string {
  return word.normalize("NFKC").toLowerCase().replace(APOSTROPHES, "'");
}

/**
 * The words of a text with their offsets. Punctuation, quotation marks and dashes are
 * not words, so `“Beirut — Tehran”` and `"Beirut - Tehran"` give the same words, and a
 * hyphenated word is two (`al-Sudani` and `al–Sudani` read alike).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { hashWord } from "./shingles.ts";
 * import { reuseWords } from "./words.ts";
 * const text = "“Iran’s envoy — in BEIRUT.”";
 * const { words, starts, ends, hashes } = reuseWords(text);
 * assert.deepEqual(words, ["iran's", "envoy", "in", "beirut"]);
 * assert.equal(text.slice(starts[0], ends[0]), "Iran’s");
 * assert.deepEqual([...hashes], words.map(hashWord));
 * ```
 */
export function reuseWords(text: string): ReuseWords {
  const words: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  const hashes: number[] = [];
  // Lower case once, where that keeps every offset (it does but for a few letters, such as "İ").
  const lower = text.toLowerCase();
  const same = lower.length === text.length;
  let i = 0;
  const n = text.length;
  while (i < n) {
    let len = wordCharAt(text, i);
    if (len === 0) {
      i++;
      continue;
    }
    const start = i;
    let ascii = true;
    // FNV-1a of the lower-cased code units, as hashWord reads an ASCII word (other words are hashed whole).
    let h = 0x811c9dc5;
    for (;;) {
      const c = text.charCodeAt(i);
      if (len === 2 || c >= 0x80) ascii = false;
      h = Math.imul(h ^ (c >= 0x41 && c <= 0x5a ? c + 32 : c), 0x01000193);
      i += len;
      if (i >= n) break;
      len = wordCharAt(text, i);
      if (len) continue;
      // An apostrophe between two letters or digits is part of the word.
      if (isApostrophe(text.charCodeAt(i)) && i + 1 < n && (len = wordCharAt(text, i + 1))) {
        if (text.charCodeAt(i) !== 0x27) ascii = false;
        h = Math.imul(h ^ 0x27, 0x01000193);
        i++;
        continue;
      }
      break;
    }
    const word = ascii && same ? lower.slice(start, i) : normaliseWord(text.slice(start, i));
    words.push(word);
    hashes.push(ascii && same ? mix32(h >>> 0) : hashWord(word));
    starts.push(start);
    ends.push(i);
  }
  return { words, starts, ends, hashes: Uint32Array.from(hashes) };
}

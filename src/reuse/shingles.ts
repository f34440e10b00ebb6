/**
 * Hashes of words and of word shingles (runs of k consecutive words), and winnowing:
 * the fingerprints text reuse indexes. Every hash is a 32-bit unsigned integer, the
 * same on every run and every machine.
 *
 * @module
 */

/**
 * The 32-bit finaliser of MurmurHash3 (`fmix32`): spreads every bit of its input over
 * the output.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { mix32 } from "./shingles.ts";
 * assert.equal(mix32(0), 0);
 * assert.notEqual(mix32(1), mix32(2));
 * assert.ok(mix32(1) >= 0 && mix32(1) < 2 ** 32);
 * ```
 */
export function mix32(x: number): number {
  x ^= x >>> 16;
  x = Math.imul(x, 0x85ebca6b);
  x ^= x >>> 13;
  x = Math.imul(x, 0xc2b2ae35);
  x ^= x >>> 16;
  return x >>> 0;
}

/**
 * The 32-bit FNV-1a hash of a word (of its UTF-16 code units), mixed by {@linkcode mix32}.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { hashWord } from "./shingles.ts";
 * assert.equal(hashWord("beirut"), hashWord("beirut"));
 * assert.notEqual(hashWord("beirut"), hashWord("tehran"));
 * ```
 */
export function hashWord(word: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < word.length; i++) {
    h ^= word.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return mix32(h >>> 0);
}

/**
 * The hash of each shingle of `k` consecutive words: entry i is the shingle of words i
 * to i + k − 1, so a text of n words has n − k + 1 shingles (none when n < k). The
 * order of the words counts.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { hashWord, shingleHashes } from "./shingles.ts";
 * const words = ["a", "b", "c", "a", "b", "c"].map(hashWord);
 * const shingles = shingleHashes(words, 3);
 * assert.equal(shingles.length, 4);
 * assert.equal(shingles[0], shingles[3]); // "a b c" twice
 * assert.notEqual(shingles[0], shingles[1]); // "a b c", "b c a"
 * ```
 */
export function shingleHashes(wordHashes: ArrayLike<number>, k: number): Uint32Array {
  const n = Math.max(0, wordHashes.length - k + 1);
  const out = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    // The word hashes combined in order (each step a multiply and a rotation), then mixed once.
    let h = k;
    for (let j = 0; j < k; j++) {
      h = Math.imul(h ^ wordHashes[i + j], 0x9e3779b1);
      h = (h << 13) | (h >>> 19);
    }
    out[i] = mix32(h >>> 0);
  }
  return out;
}

/**
 * Winnowing (Schleimer, Wilkerson and Aiken 2003): the positions of the hashes chosen as
 * fingerprints, the smallest hash of every window of `w` consecutive hashes (the
 * rightmost when two tie), each position once, in order. A window's choice depends on
 * its hashes alone, so two texts that share a run of w hashes choose the same
 * fingerprint in it: with k-word shingles, every run of w + k − 1 or more words two
 * texts share gives both at least one common fingerprint. A text with fewer than w
 * hashes takes its smallest.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { winnow } from "./shingles.ts";
 * assert.deepEqual(winnow([5, 3, 8, 1, 9, 4], 3), [1, 3]); // windows' minima: 3, 1, 1, 1
 * assert.deepEqual(winnow([2, 2], 4), [1]); // shorter than a window: its smallest, rightmost
 * ```
 */
export function winnow(hashes: ArrayLike<number>, w: number): number[] {
  const out: number[] = [];
  const n = hashes.length;
  if (n === 0) return out;
  const last = Math.max(0, n - w);
  for (let start = 0; start <= last; start++) {
    const end = Math.min(n, start + w);
    let best = start;
    for (let i = start + 1; i < end; i++) if (hashes[i] <= hashes[best]) best = i;
    if (out.length === 0 || out[out.length - 1] !== best) out.push(best);
  }
  return out;
}

/**
 * MinHash signatures (one permutation hashing) and banding (Broder 1997; Leskovec,
 * Rajaraman and Ullman, *Mining of Massive Datasets*, ch. 3): a fixed-length summary of a set of shingle hashes whose
 * agreement with another estimates the two sets' Jaccard similarity, and the band keys
 * that bring similar sets together without comparing every pair. Seeded and
 * deterministic.
 *
 * @module
 */
import { mix32 } from "./shingles.ts";

/**
 * The MinHash signature of a set of 32-bit hashes, by one permutation hashing with
 * densification (Li, Owen and Zhang 2012; Shrivastava and Li 2014): each hash is
 * permuted once (`mix32(x XOR seed)`) and falls into one of `n` bins by its value, each
 * bin keeps its smallest, and an empty bin takes the value of the next bin to its right
 * that is not empty (circularly), mixed with the distance, so that two sets agree on it
 * only when they agree on that bin. One hash a shingle rather than `n`. The share of
 * places where two signatures agree estimates the Jaccard similarity of the sets. An
 * empty set gives all 2³² − 1.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { minhash, signatureAgreement } from "./minhash.ts";
 * const a = minhash([1, 2, 3, 4], 64, 7);
 * assert.equal(a.length, 64);
 * assert.deepEqual(minhash([4, 3, 2, 1], 64, 7), a); // a set: the order does not count
 * assert.equal(signatureAgreement(a, minhash([1, 2, 3, 4, 4], 64, 7)), 1);
 * assert.ok(signatureAgreement(a, minhash([5, 6, 7, 8], 64, 7)) < 0.5);
 * ```
 */
export function minhash(hashes: ArrayLike<number>, n: number, seed: number): Uint32Array {
  const sig = new Uint32Array(n).fill(0xffffffff);
  const filled = new Uint8Array(n);
  const s = mix32(seed >>> 0);
  for (let j = 0; j < hashes.length; j++) {
    const v = mix32((hashes[j] ^ s) >>> 0);
    const bin = Math.floor((v / 4294967296) * n);
    filled[bin] = 1;
    if (v < sig[bin]) sig[bin] = v;
  }
  if (hashes.length === 0) return sig;
  for (let i = 0; i < n; i++) {
    if (filled[i]) continue;
    let d = 1;
    while (!filled[(i + d) % n]) d++;
    sig[i] = mix32((sig[(i + d) % n] ^ Math.imul(d, 0x9e3779b1)) >>> 0);
  }
  return sig;
}

/**
 * The share of places where two signatures of the same length agree: the estimate of
 * the Jaccard similarity of their sets.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { signatureAgreement } from "./minhash.ts";
 * assert.equal(signatureAgreement(new Uint32Array([1, 2, 3, 4]), new Uint32Array([1, 2, 0, 0])), 0.5);
 * ```
 */
export function signatureAgreement(a: Uint32Array, b: Uint32Array): number {
  let same = 0;
  for (let i = 0; i < a.length; i++) if (a[i] === b[i]) same++;
  return a.length ? same / a.length : 0;
}

/**
 * The band keys of a signature: it is cut into bands of `rows` values, and each band's
 * values hashed to one key (with the band's index, so that equal values in two bands
 * give two keys). Two sets of Jaccard similarity J share at least one key with
 * probability 1 − (1 − J^rows)^bands.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { bandKeys } from "./minhash.ts";
 * const keys = bandKeys(new Uint32Array([1, 2, 1, 2]), 2);
 * assert.equal(keys.length, 2);
 * assert.notEqual(keys[0], keys[1]); // the same values in two bands: two keys
 * assert.deepEqual(bandKeys(new Uint32Array([1, 2, 9, 9]), 2)[0], keys[0]); // the first band agrees
 * ```
 */
export function bandKeys(signature: Uint32Array, rows: number): Uint32Array {
  const bands = Math.floor(signature.length / rows);
  const out = new Uint32Array(bands);
  for (let b = 0; b < bands; b++) {
    let h = mix32(b + 1);
    for (let r = 0; r < rows; r++) h = mix32((Math.imul(h, 0x9e3779b1) ^ signature[b * rows + r]) >>> 0);
    out[b] = h;
  }
  return out;
}

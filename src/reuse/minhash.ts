/**
 * MinHash signatures and banding (Broder 1997; Leskovec, Rajaraman and Ullman, *Mining of
 * Massive Datasets*, ch. 3): a fixed-length summary of a set of shingle hashes whose
 * agreement with another estimates the two sets' Jaccard similarity, and the band keys
 * that bring similar sets together without comparing every pair. Seeded and
 * deterministic.
 *
 * @module
 */
import { mix32 } from "./shingles.ts";

/** The multipliers (odd) and addends of `n` hash functions drawn from one seed (splitmix32). */
function seeds(n: number, seed: number): { a: Uint32Array; b: Uint32Array } {
  const a = new Uint32Array(n);
  const b = new Uint32Array(n);
  let s = seed >>> 0;
  for (let i = 0; i < n; i++) {
    s = (s + 0x9e3779b9) >>> 0;
    a[i] = mix32(s) | 1;
    s = (s + 0x9e3779b9) >>> 0;
    b[i] = mix32(s);
  }
  return { a, b };
}

const SEED_CACHE = new Map<string, { a: Uint32Array; b: Uint32Array }>();

/**
 * The MinHash signature of a set of 32-bit hashes (themselves well mixed, as
 * `shingleHashes` gives them): for each of `n` hash functions h_i(x) = (a_i x + b_i) mod
 * 2³² (a_i odd; a_i and b_i drawn from `seed`), the smallest value over the set. An
 * empty set gives all 2³² − 1. The share of places where two signatures agree estimates
 * the Jaccard similarity of the sets.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { minhash, signatureAgreement } from "./minhash.ts";
 * const a = minhash([1, 2, 3, 4], 64, 7);
 * assert.equal(a.length, 64);
 * assert.deepEqual(minhash([4, 3, 2, 1], 64, 7), a); // a set: the order does not count
 * assert.equal(signatureAgreement(a, minhash([1, 2, 3, 4, 4], 64, 7)), 1);
 * ```
 */
export function minhash(hashes: ArrayLike<number>, n: number, seed: number): Uint32Array {
  const key = `${n}:${seed}`;
  let s = SEED_CACHE.get(key);
  if (!s) SEED_CACHE.set(key, s = seeds(n, seed));
  const sig = new Uint32Array(n);
  const count = hashes.length;
  for (let i = 0; i < n; i++) {
    const a = s.a[i], b = s.b[i];
    let min = 0xffffffff;
    for (let j = 0; j < count; j++) {
      const v = (Math.imul(hashes[j], a) + b) >>> 0;
      if (v < min) min = v;
    }
    sig[i] = min;
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

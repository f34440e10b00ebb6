/**
 * Dispersion: whether a term is spread over a group's articles or comes from one.
 *
 * @module
 */

/**
 * Gries's DP, "deviation of proportions" (Gries 2008), and its normalised form
 * (Lijffijt & Gries 2012).
 *
 * With parts i (articles) of sizes sᵢ as shares of the whole (Σ sᵢ = 1) and the
 * term's frequencies vᵢ as shares of its total (Σ vᵢ = 1), DP = ½ Σ |vᵢ − sᵢ|:
 * 0 when the term is spread exactly as the text is, near 1 when it sits in one small
 * part. DP_norm = DP / (1 − min sᵢ). With one part both are 0; for a term that never
 * occurs they are NaN-free: 0.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { gries } from "framelens";
 * // Two articles of equal size, the term only in the first: DP = ½ (|1 − ½| + |0 − ½|).
 * assert.deepEqual(gries([2, 0], [100, 100]), { dp: 0.5, dpNorm: 1 });
 * assert.deepEqual(gries([1, 1], [100, 100]), { dp: 0, dpNorm: 0 }); // spread as the text is
 * ```
 *
 * @param freqs The term's frequency in each part.
 * @param sizes Each part's size (counted terms).
 */
export function gries(freqs: readonly number[], sizes: readonly number[]): { dp: number; dpNorm: number } {
  const f = freqs.reduce((s, x) => s + x, 0);
  const total = sizes.reduce((s, x) => s + x, 0);
  if (f === 0 || total === 0 || sizes.length < 2) return { dp: 0, dpNorm: 0 };
  let dp = 0;
  let minS = 1;
  for (let i = 0; i < sizes.length; i++) {
    const s = sizes[i] / total;
    minS = Math.min(minS, s);
    dp += Math.abs(freqs[i] / f - s);
  }
  dp /= 2;
  return { dp, dpNorm: minS < 1 ? dp / (1 - minS) : 0 };
}

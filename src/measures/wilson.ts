/**
 * The Wilson score interval for a proportion.
 *
 * @module
 */

/** The normal quantile of a 95% two-sided interval: Φ⁻¹(0.975). */
export const Z95 = 1.959963984540054;

/** A proportion's confidence interval: its lower and upper bound, both in [0, 1]. */
export interface ProportionInterval {
  /** Lower bound. */
  low: number;
  /** Upper bound. */
  high: number;
}

/** Options for {@linkcode wilsonInterval}. */
export interface WilsonOptions {
  /** The normal quantile: 1.96 (Z95) for a 95% interval, the default. */
  z?: number;
}

/**
 * The Wilson score interval (Wilson 1927; Newcombe 1998, method 3) of `successes` out
 * of `trials`: with p = successes / trials and z the normal quantile,
 *
 *   centre = (p + z²/2n) / (1 + z²/n)
 *   half   = z / (1 + z²/n) × √(p(1 − p)/n + z²/4n²)
 *
 * and the interval is centre ± half. Unlike p ± z√(p(1−p)/n) it stays inside [0, 1] and
 * does not shrink to a point at 0 or n successes, which is why Brown, Cai and DasGupta
 * (2001) recommend it for small n. Null without trials.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { wilsonInterval } from "framelens";
 * const { low, high } = wilsonInterval(2, 4)!;
 * assert.deepEqual([low.toFixed(2), high.toFixed(2)], ["0.15", "0.85"]);
 * assert.equal(wilsonInterval(0, 0), null); // no trials
 * assert.throws(() => wilsonInterval(5, 4), /5 out of 4/);
 * ```
 *
 * @throws {RangeError} when the counts are not whole numbers with 0 ≤ successes ≤ trials.
 */
export function wilsonInterval(
  successes: number,
  trials: number,
  options: WilsonOptions = {},
): ProportionInterval | null {
  if (
    !Number.isInteger(successes) || !Number.isInteger(trials) || successes < 0 || trials < 0 || successes > trials
  ) {
    throw new RangeError(`Cannot compute a Wilson interval of ${successes} out of ${trials}: not 0 ≤ k ≤ n integers`);
  }
  if (trials === 0) return null;
  const z = options.z ?? Z95;
  const n = trials;
  const p = successes / n;
  const z2 = z * z;
  const denominator = 1 + z2 / n;
  const centre = (p + z2 / (2 * n)) / denominator;
  const half = z / denominator * Math.sqrt(p * (1 - p) / n + z2 / (4 * n * n));
  return {
    low: successes === 0 ? 0 : Math.max(0, centre - half),
    high: successes === n ? 1 : Math.min(1, centre + half),
  };
}

/**
 * A cache keyed by a pair of numbers: the statistics of keyness and log-odds depend on
 * two counts, which take far fewer distinct pairs than there are terms.
 *
 * @module
 */

/**
 * Values kept by a pair of numbers, such as the two counts that a statistic depends on:
 * one lookup, by a small integer, for whole numbers a < 2¹⁴ and b < 2¹⁶; two otherwise.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { PairCache } from "./pair_cache.ts";
 * const cache = new PairCache<string>();
 * cache.set(3, 1, "three and one");
 * assert.equal(cache.get(3, 1), "three and one");
 * assert.equal(cache.get(1, 3), undefined); // pairs are ordered
 * ```
 */
export class PairCache<V> {
  #small = new Map<number, V>();
  #byFirst = new Map<number, Map<number, V>>();

  /** The value kept for (a, b), if any. */
  get(a: number, b: number): V | undefined {
    if (isSmall(a, 0x4000) && isSmall(b, 0x10000)) return this.#small.get(a * 0x10000 + b);
    return this.#byFirst.get(a)?.get(b);
  }

  /** Keeps a value for (a, b). */
  set(a: number, b: number, value: V): void {
    if (isSmall(a, 0x4000) && isSmall(b, 0x10000)) {
      this.#small.set(a * 0x10000 + b, value);
      return;
    }
    let inner = this.#byFirst.get(a);
    if (!inner) this.#byFirst.set(a, inner = new Map());
    inner.set(b, value);
  }
}

/** Whether x is a whole number in [0, below). */
function isSmall(x: number, below: number): boolean {
  return x >= 0 && x < below && Math.floor(x) === x;
}

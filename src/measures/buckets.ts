/**
 * Ordering rows by a numeric key without comparing rows: the corpus measures order
 * hundreds of thousands of rows by a count or a score that takes far fewer distinct
 * values, so the rows go into one bucket per value and the buckets are concatenated.
 *
 * @module
 */

/**
 * Rows kept in one bucket per key value: add them in the order wanted among equal keys,
 * then take them out largest key first.
 *
 * The result is that of a stable sort of the rows, in the order they were added, with
 * the comparator `(x, y) => key(y) - key(x)`; keys are told apart as a `Map` tells them
 * apart, so 0 and −0 share a bucket, as they tie under that comparator. Keys must not
 * be NaN.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { KeyBuckets } from "./buckets.ts";
 * const buckets = new KeyBuckets<string>();
 * buckets.add(1, "b");
 * buckets.add(3, "a");
 * buckets.add(1, "c");
 * assert.deepEqual(buckets.descending(), ["a", "b", "c"]);
 * ```
 */
export class KeyBuckets<T> {
  #buckets = new Map<number, T[]>();

  /** The bucket of a key, created empty when new: push into it to add rows under that key. */
  bucket(key: number): T[] {
    let list = this.#buckets.get(key);
    if (!list) this.#buckets.set(key, list = []);
    return list;
  }

  /** Adds a row under its key, after the rows already added under an equal key. */
  add(key: number, row: T): void {
    this.bucket(key).push(row);
  }

  /** Every row, largest key first; rows with equal keys in the order they were added. */
  descending(): T[] {
    return this.appendDescending<T[]>([]);
  }

  /**
   * Appends every row to `out` (an array, or anything rows are pushed to, such as a
   * `RowColumns`), largest key first, rows with equal keys in the order they were added;
   * returns `out`.
   */
  appendDescending<O extends { push(row: T): unknown }>(out: O): O {
    const keys = [...this.#buckets.keys()].sort((x, y) => y - x);
    for (const key of keys) for (const row of this.#buckets.get(key)!) out.push(row);
    return out;
  }
}

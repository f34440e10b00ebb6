/**
 * Reading items in order while the next few are already being read: for files whose
 * reads mostly wait on the disk (article files, cache entries).
 *
 * @module
 */

/**
 * Reads items `0 … count − 1` in order, each started up to `ahead` items before it is
 * asked for: `at(i)` resolves to `read(i)`. Items must be asked for in order, once each.
 * A read that fails rejects where its item is asked for, not before.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { readAhead } from "./read_ahead.ts";
 * const files = ["a.md", "b.md", "c.md"];
 * const started: string[] = [];
 * const read = (i: number) => (started.push(files[i]), Promise.resolve(files[i].toUpperCase()));
 * const at = readAhead(files.length, read, 1); // in real use: (i) => Deno.readTextFile(files[i])
 * assert.equal(await at(0), "A.MD");
 * assert.deepEqual(started, ["a.md", "b.md"]); // the next one is already being read
 * assert.equal(await at(1), "B.MD");
 * assert.equal(await at(2), "C.MD");
 * ```
 */
export function readAhead<T>(count: number, read: (i: number) => Promise<T>, ahead: number): (i: number) => Promise<T> {
  const reading = new Map<number, Promise<T>>();
  let next = 0;
  return (i) => {
    for (; next < count && next <= i + ahead; next++) {
      const p = read(next);
      p.catch(() => {});
      reading.set(next, p);
    }
    const p = reading.get(i) ?? read(i);
    reading.delete(i);
    return p;
  };
}

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
 * const at = readAhead(files.length, (i) => Deno.readTextFile(files[i]), 16);
 * for (let i = 0; i < files.length; i++) console.log((await at(i)).length);
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

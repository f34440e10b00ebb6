/**
 * Tables held as columns rather than as row objects (issue 19, memory): a list of rows
 * that an array's readers read as an array, each row made when it is read.
 *
 * @module
 */

/**
 * A read-only list of `length` rows, row `i` made by `at(i)` each time it is read: to
 * every reader an array (`Array.isArray`, indexes, `length`, iteration, `slice`,
 * `filter` and the other array methods, `deepEqual`), which holds no row. A table of
 * millions of rows then holds what `at` reads (columns of numbers, say) rather than an
 * object a row. Reading a row costs a call through the proxy (about a microsecond):
 * for tables read a few times over (written, charted), not for inner loops. Inspected
 * (`console.log`, a notebook cell's output), it shows its rows; a write (`sort`, `push`,
 * an assignment) throws a TypeError that says so. A row is a new object each time it
 * is read, so a change to a row is not kept: change a copy (`[...rows]`).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { rowView } from "./row_view.ts";
 * const counts = Int32Array.from([3, 1, 2]);
 * let made = 0;
 * const rows = rowView(counts.length, (i) => (made++, { term: `t${i}`, count: counts[i] }));
 * assert.ok(Array.isArray(rows));
 * assert.deepEqual(rows.slice(1), [{ term: "t1", count: 1 }, { term: "t2", count: 2 }]);
 * assert.equal(rows.filter((r) => r.count > 1).length, 2);
 * assert.equal(made, 5); // each row made when read: none is held
 * ```
 */
export function rowView<T>(length: number, at: (i: number) => T): readonly T[] {
  const indexOf = (key: string | symbol): number => {
    if (typeof key !== "string") return -1;
    const c = key.charCodeAt(0);
    if (!(c >= 48 && c <= 57)) return -1;
    const i = +key;
    return Number.isInteger(i) && i < length && String(i) === key ? i : -1;
  };
  // Shown (console.log, Deno.inspect, a notebook cell's output) as its rows: an inspection
  // reads the proxy's target, not through the proxy. Only the rows shown are made.
  const target: T[] = [];
  Object.defineProperty(target, Symbol.for("Deno.customInspect"), {
    value: (inspect: (value: unknown, options: unknown) => string, options: { iterableLimit?: number }) => {
      const shown: T[] = new Array(length);
      for (let i = 0; i < Math.min(length, options?.iterableLimit ?? 100); i++) shown[i] = at(i);
      return inspect(shown, options);
    },
  });
  const readOnly = (): never => {
    throw new TypeError(
      "Cannot change a table whose rows are made when read: it is read-only; [...rows] is a copy to change",
    );
  };
  return new Proxy(target, {
    get: (target, key, receiver) => {
      if (key === "length") return length;
      const i = indexOf(key);
      return i >= 0 ? at(i) : Reflect.get(target, key, receiver);
    },
    has: (target, key) => indexOf(key) >= 0 || Reflect.has(target, key),
    ownKeys: (target) => [...Array.from({ length }, (_, i) => String(i)), ...Reflect.ownKeys(target)],
    getOwnPropertyDescriptor: (target, key) => {
      if (key === "length") return { value: length, writable: true, enumerable: false, configurable: false };
      const i = indexOf(key);
      if (i >= 0) return { value: at(i), writable: false, enumerable: true, configurable: true };
      return Reflect.getOwnPropertyDescriptor(target, key);
    },
    set: readOnly,
    defineProperty: readOnly,
    deleteProperty: readOnly,
  });
}

import assert from "node:assert/strict";
import { KeyBuckets } from "../../src/measures/buckets.ts";

Deno.test("KeyBuckets gives rows by descending key, rows of equal keys in the order added", () => {
  const buckets = new KeyBuckets<string>();
  for (const [key, row] of [[1, "b"], [3, "a"], [1, "c"], [2, "d"], [3, "e"]] as const) buckets.add(key, row);
  assert.deepEqual(buckets.descending(), ["a", "e", "d", "b", "c"]);
});

Deno.test("KeyBuckets orders as a stable sort by (x, y) => key(y) - key(x) does, 0 and -0 tied", () => {
  // A fixed pseudo-random sequence of keys with many repeats, negative keys, 0 and −0, ±Infinity.
  let seed = 7;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const pool = [0, -0, 1, -1, 2.5, -2.5, 1e-300, Infinity, -Infinity, 42];
  const rows = Array.from({ length: 500 }, (_, i) => ({ i, key: pool[Math.floor(next() * pool.length)] }));
  const buckets = new KeyBuckets<{ i: number; key: number }>();
  for (const r of rows) buckets.add(r.key, r);
  const sorted = [...rows].sort((x, y) => y.key - x.key);
  assert.deepEqual(buckets.descending().map((r) => r.i), sorted.map((r) => r.i));
});

Deno.test("KeyBuckets.bucket() adds under a key, and appendDescending() adds to a given array", () => {
  const buckets = new KeyBuckets<number>();
  buckets.bucket(5).push(50, 51);
  buckets.add(7, 70);
  buckets.bucket(5).push(52);
  assert.deepEqual(buckets.appendDescending([1]), [1, 70, 50, 51, 52]);
  assert.deepEqual(new KeyBuckets<number>().descending(), []);
});

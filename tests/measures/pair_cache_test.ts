import assert from "node:assert/strict";
import { PairCache } from "../../src/measures/pair_cache.ts";

Deno.test("PairCache keeps a value per pair of numbers, small or not", () => {
  const cache = new PairCache<string>();
  for (const [a, b] of [[0, 0], [3, 1], [1, 3], [0x4000, 2], [2, 0x10000], [1.5, 2], [-1, 4], [1e9, 1e9]]) {
    assert.equal(cache.get(a, b), undefined);
    cache.set(a, b, `${a},${b}`);
  }
  for (const [a, b] of [[0, 0], [3, 1], [1, 3], [0x4000, 2], [2, 0x10000], [1.5, 2], [-1, 4], [1e9, 1e9]]) {
    assert.equal(cache.get(a, b), `${a},${b}`);
  }
  assert.equal(cache.get(3, 2), undefined);
});

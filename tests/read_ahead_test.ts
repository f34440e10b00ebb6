import assert from "node:assert/strict";
import { readAhead } from "../src/read_ahead.ts";

Deno.test("readAhead() gives each item in order, starting at most `ahead` reads beyond the one asked for", async () => {
  const started: number[] = [];
  const at = readAhead(10, (i) => {
    started.push(i);
    return Promise.resolve(i * i);
  }, 3);
  assert.deepEqual(started, [], "nothing is read before the first item is asked for");
  assert.equal(await at(0), 0);
  assert.deepEqual(started, [0, 1, 2, 3]);
  const got = [0];
  for (let i = 1; i < 10; i++) {
    got.push(await at(i));
    assert.ok(started.length <= Math.min(10, i + 4), `${started.length} reads started at item ${i}`);
  }
  assert.deepEqual(got, [0, 1, 4, 9, 16, 25, 36, 49, 64, 81]);
  assert.deepEqual(started, [0, 1, 2, 3, 4, 5, 6, 7, 8, 9], "each item read once");
});

Deno.test("readAhead() rejects a failed read where its item is asked for, and goes on after it", async () => {
  const at = readAhead(
    3,
    (i) => i === 1 ? Promise.reject(new Error(`item ${i} is unreadable`)) : Promise.resolve(i),
    2,
  );
  assert.equal(await at(0), 0);
  await assert.rejects(() => at(1), /item 1 is unreadable/);
  assert.equal(await at(2), 2);
});

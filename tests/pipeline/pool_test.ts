import assert from "node:assert/strict";
import { runPool } from "../../src/pipeline/pool.ts";

const workerUrl = new URL("../fixtures/pool/square_worker.ts", import.meta.url);

async function squares(items: number[], threads: number, chunkSize?: number) {
  const out: number[] = new Array(items.length);
  const where: string[] = [];
  await runPool<{ offset: number }, number, number>({
    workerUrl,
    count: items.length,
    threads,
    chunkSize,
    init: { offset: 0 },
    item: (i) => items[i],
    local: (i) => {
      where.push("local");
      if (items[i] < 0) throw new Error(`negative item ${items[i]}`);
      return Promise.resolve(items[i] * items[i]);
    },
    onItem: (i, v) => {
      out[i] = v;
    },
  });
  return { out, local: where.length };
}

Deno.test("runPool() gives every item's value in its place, on this thread alone or with workers", async () => {
  const items = Array.from({ length: 200 }, (_, i) => i);
  const expected = items.map((i) => i * i);
  const one = await squares(items, 1);
  assert.deepEqual(one.out, expected);
  assert.equal(one.local, 200, "one thread: no worker");
  const three = await squares(items, 3, 4);
  assert.deepEqual(three.out, expected);
  assert.ok(three.local < 200, "the workers took some chunks");
});

Deno.test("runPool() fails with the worker's message when an item fails in a worker, and stops its workers", async () => {
  // Item 0 goes to this thread, so the negative item must fail in a worker or here: both name it.
  const items = [1, 2, 3, 4, 5, 6, 7, 8, -9, 10, 11, 12];
  await assert.rejects(() => squares(items, 2, 1), /negative item -9/);
});

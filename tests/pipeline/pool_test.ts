import assert from "node:assert/strict";
import { runPool, StartedWorkers } from "../../src/pipeline/pool.ts";

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

Deno.test("runPool() takes workers started ahead, which give the same values; close() stops those not taken", async () => {
  const items = Array.from({ length: 120 }, (_, i) => i);
  const init = { offset: 0 };
  const started = new StartedWorkers(workerUrl, 2, init);
  const out: number[] = new Array(items.length);
  let local = 0;
  try {
    await runPool<{ offset: number }, number, number>({
      workerUrl,
      count: items.length,
      threads: 2,
      chunkSize: 4,
      init,
      started,
      item: (i) => items[i],
      local: (i) => {
        local++;
        return Promise.resolve(items[i] * items[i]);
      },
      onItem: (i, v) => {
        out[i] = v;
      },
    });
  } finally {
    // One of the two was taken (two threads: this one and one worker); the other is stopped here.
    assert.equal(started.take(5).length, 1);
    started.close();
  }
  assert.deepEqual(out, items.map((i) => i * i));
  assert.ok(local < items.length, "the started worker took some chunks");
});

Deno.test("runPool() refuses workers started with another init", async () => {
  const started = new StartedWorkers(workerUrl, 1, { offset: 0 });
  try {
    await assert.rejects(
      () =>
        runPool<{ offset: number }, number, number>({
          workerUrl,
          count: 10,
          threads: 2,
          init: { offset: 0 },
          started,
          item: (i) => i,
          local: (i) => Promise.resolve(i),
          onItem: () => {},
        }),
      /another module or were sent another init/,
    );
  } finally {
    started.close();
  }
});

Deno.test("runPool() sends workers started without an init its own, which they then use; an init is sent once", async () => {
  const started = new StartedWorkers<{ offset: number }>(workerUrl, 1); // loading their code, waiting for an init
  assert.equal(started.init, undefined);
  const out: number[] = [];
  // This thread's first item waits for the worker's first value, so the worker takes chunks however slowly it starts.
  let workerGave = () => {};
  const fromWorkerYet = new Promise<void>((resolve) => workerGave = resolve);
  try {
    await runPool<{ offset: number }, number, number>({
      workerUrl,
      count: 40,
      threads: 2,
      chunkSize: 2,
      init: { offset: 1000 }, // the worker adds it to each square: its values show it got this init
      started,
      item: (i) => i,
      local: () => fromWorkerYet.then(() => -1),
      onItem: (i, v) => {
        out[i] = v;
        if (v !== -1) workerGave();
      },
    });
    assert.deepEqual(started.init, { offset: 1000 });
    assert.throws(() => started.sendInit({ offset: 0 }), /sent their init already/);
  } finally {
    started.close();
  }
  const fromWorker = out.filter((v) => v !== -1);
  assert.ok(fromWorker.length > 0, "the worker took some chunks");
  assert.ok(fromWorker.every((v) => v >= 1000), "with the init the run sent");
});

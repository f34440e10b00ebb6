/**
 * A pool of threads for per-article work: this thread and `threads - 1` Deno workers
 * take small chunks of articles from one queue until it is empty. This thread is warm
 * (its code compiled, its resources loaded) and starts at once while the workers load
 * theirs; the chunks keep every thread busy to the end whatever the articles' lengths.
 *
 * @module
 */

/** What the main thread sends a pool worker. */
export type PoolRequest<Init, Item> =
  | { kind: "init"; init: Init }
  | { kind: "chunk"; chunk: number; items: Item[] }
  | { kind: "close" };

/** What a pool worker sends back. */
export type PoolReply<T> =
  | { kind: "item"; chunk: number; position: number; value: T }
  | { kind: "chunk-done"; chunk: number }
  | { kind: "error"; message: string };

/** Options for {@linkcode runPool}. */
export interface PoolOptions<Init, Item, T> {
  /** The worker module (which calls {@linkcode servePool}). */
  workerUrl: URL;
  /** Number of items. */
  count: number;
  /** Threads, this one included (1: this thread alone, no worker). */
  threads: number;
  /** Sent once to each worker before any chunk. */
  init: Init;
  /** The payload of item `index` for a worker. */
  item: (index: number) => Item;
  /** Does item `index` on this thread. */
  local: (index: number) => Promise<T>;
  /** Receives each item's value, from whichever thread, in any order. */
  onItem: (index: number, value: T) => void | Promise<void>;
  /** Items per chunk (default: an eighth of an even share of the items left, 1 to 16). */
  chunkSize?: number;
  /**
   * Workers started ahead with the same module and init, or with none yet (this run sends its own):
   * taken first, the others started here.
   */
  started?: StartedWorkers<Init>;
}

/**
 * Pool workers started ahead of their items, so that they load their code and
 * resources while this thread does something else (reads the corpus): hand them to
 * {@linkcode runPool} as `started`. Each set serves one run; {@linkcode close} stops
 * workers that no run took.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { runPool, StartedWorkers } from "./pool.ts";
 * // A worker module (in real use a file of its own) that squares numbers.
 * const source = `import { servePool } from "${new URL("./pool.ts", import.meta.url)}";
 * servePool(async () => async (x) => x * x);`;
 * const workerUrl = new URL(URL.createObjectURL(new Blob([source], { type: "text/javascript" })));
 * const started = new StartedWorkers(workerUrl, 1, {}); // starts loading now
 * try {
 *   const squares: number[] = [];
 *   await runPool({
 *     workerUrl,
 *     count: 4,
 *     threads: 2,
 *     init: started.init,
 *     item: (i) => i,
 *     local: (i) => Promise.resolve(i * i),
 *     onItem: (i, value: number) => void (squares[i] = value),
 *     started,
 *   });
 *   assert.deepEqual(squares, [0, 1, 4, 9]);
 * } finally {
 *   started.close();
 * }
 * ```
 */
export class StartedWorkers<Init> {
  #workers: Worker[];
  #init: Init | undefined;
  /** The worker module. */
  readonly workerUrl: URL;

  /**
   * Starts `count` workers of `workerUrl` and sends each `init`. Without `init` they
   * load their code only, and wait for the init that {@linkcode sendInit} or the run
   * that takes them sends (one that this thread makes meanwhile, say).
   */
  constructor(workerUrl: URL, count: number, init?: Init) {
    this.workerUrl = workerUrl;
    this.#workers = Array.from({ length: Math.max(0, Math.floor(count)) }, () => {
      const worker = new Worker(workerUrl, { type: "module" });
      // A worker that fails before a run takes it is not handed out (the run starts
      // another, whose failure it then reports).
      worker.onerror = (e) => {
        e.preventDefault();
        this.#failed.add(worker);
      };
      return worker;
    });
    if (init !== undefined) this.sendInit(init);
  }

  /** The init payload every worker was sent (undefined: none yet). */
  get init(): Init | undefined {
    return this.#init;
  }

  /**
   * Sends every worker its init payload, once.
   *
   * @throws {Error} when the workers were sent one already.
   */
  sendInit(init: Init): void {
    if (this.#init !== undefined) throw new Error("the started workers were sent their init already");
    this.#init = init;
    for (const worker of this.#workers) worker.postMessage({ kind: "init", init } as PoolRequest<Init, never>);
  }

  #failed = new Set<Worker>();

  /** Takes up to `n` of the workers (a run then owns them and stops them when it ends). */
  take(n: number): Worker[] {
    const taken: Worker[] = [];
    while (taken.length < n && this.#workers.length) {
      const worker = this.#workers.shift()!;
      if (this.#failed.has(worker)) worker.terminate();
      else taken.push(worker);
    }
    return taken;
  }

  /** Stops the workers no run took. */
  close(): void {
    for (const worker of this.#workers.splice(0)) worker.terminate();
  }
}

/**
 * Lets queued messages (the workers' replies) be handled. A timer, not a message to
 * itself: a message through a channel came back before the workers' (digesting the
 * Brown corpus on two threads took 3.37–3.62 s against 2.74–3.11 s, their chunks handed
 * out late). Nested zero-delay timers wait about 2.25 ms each here.
 */
const yieldToEvents = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Runs items on this thread and on `threads - 1` workers from one queue of chunks.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { runPool } from "./pool.ts";
 * // A worker module (in real use a file of its own) that squares numbers.
 * const source = `import { servePool } from "${new URL("./pool.ts", import.meta.url)}";
 * servePool(async () => async (x) => x * x);`;
 * const workerUrl = new URL(URL.createObjectURL(new Blob([source], { type: "text/javascript" })));
 * const numbers = [3, 1, 4, 1, 5, 9, 2, 6];
 * const squares: number[] = [];
 * await runPool({
 *   workerUrl,
 *   count: numbers.length,
 *   threads: 2, // this thread and one worker
 *   init: {},
 *   item: (i) => numbers[i],
 *   local: (i) => Promise.resolve(numbers[i] ** 2),
 *   onItem: (i, value: number) => void (squares[i] = value),
 * });
 * assert.deepEqual(squares, [9, 1, 16, 1, 25, 81, 4, 36]);
 * ```
 *
 * @throws {Error} naming the worker's message when a worker fails.
 */
export async function runPool<Init, Item, T>(o: PoolOptions<Init, Item, T>): Promise<void> {
  const threads = Math.max(1, Math.min(Math.floor(o.threads), o.count));
  // Chunks of `chunkSize`, or by default guided: an eighth of an even share of what is
  // left, 1 to 16 items, so that chunks shrink towards the end and no thread is left
  // waiting long for another's last chunk.
  const sizeAt = (left: number) => o.chunkSize ?? Math.max(1, Math.min(16, Math.ceil(left / threads / 8)));
  const chunks: number[][] = [];
  for (let i = 0; i < o.count;) {
    const size = Math.min(sizeAt(o.count - i), o.count - i);
    chunks.push(Array.from({ length: size }, (_, k) => i + k));
    i += size;
  }
  let next = 0;
  const pending: Promise<void>[] = [];
  let failure: Error | undefined;
  const workers: Worker[] = [];
  const finished = Array.from({ length: threads - 1 }, () => Promise.withResolvers<void>());
  // Failures surface where the promises are awaited, not as unhandled rejections before.
  const track = (p: Promise<void>) => {
    p.catch(() => {});
    pending.push(p);
  };
  for (const f of finished) f.promise.catch(() => {});
  if (
    o.started &&
    (o.started.workerUrl.href !== o.workerUrl.href || (o.started.init !== undefined && o.started.init !== o.init))
  ) {
    throw new Error("the started workers run another module or were sent another init");
  }
  if (o.started && o.started.init === undefined) o.started.sendInit(o.init);
  const ready = o.started?.take(threads - 1) ?? [];
  for (let w = 0; w < threads - 1; w++) {
    const worker = ready[w] ?? new Worker(o.workerUrl, { type: "module" });
    workers.push(worker);
    let inFlight = 0;
    const send = () => {
      if (failure || next >= chunks.length) {
        if (inFlight === 0) finished[w].resolve();
        return;
      }
      const c = next++;
      inFlight++;
      worker.postMessage({ kind: "chunk", chunk: c, items: chunks[c].map(o.item) } as PoolRequest<Init, Item>);
    };
    const fail = (message: string) => {
      failure ??= new Error(`a worker failed (${message})`);
      finished[w].reject(failure);
    };
    worker.onmessage = (e: MessageEvent<PoolReply<T>>) => {
      const m = e.data;
      if (m.kind === "item") track(Promise.resolve().then(() => o.onItem(chunks[m.chunk][m.position], m.value)));
      else if (m.kind === "chunk-done") {
        inFlight--;
        send();
      } else fail(m.message);
    };
    worker.onerror = (e) => {
      e.preventDefault();
      fail(e.message);
    };
    if (!ready[w]) worker.postMessage({ kind: "init", init: o.init } as PoolRequest<Init, Item>);
    // Two chunks ahead: a worker never waits for this thread to hand it the next one.
    send();
    send();
  }
  try {
    while (!failure && next < chunks.length) {
      for (const i of chunks[next++]) {
        const value = await o.local(i);
        track(Promise.resolve().then(() => o.onItem(i, value)));
      }
      // Alone, this thread has no message to wait for (49 yields, about 0.11 s, for 500 articles).
      if (threads > 1) await yieldToEvents();
    }
    await Promise.all(finished.map((f) => f.promise));
    if (failure) throw failure;
    await Promise.all(pending);
  } finally {
    for (const worker of workers) worker.terminate();
  }
}

/**
 * The worker side of {@linkcode runPool}: `setup` receives the init payload once and
 * returns the function that does one item; every chunk's items are done in order and
 * posted back.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { runPool } from "./pool.ts";
 * // The worker module: `setup` reads the init once (here an offset) and returns the work.
 * const source = `import { servePool } from "${new URL("./pool.ts", import.meta.url)}";
 * servePool(async (init) => async (x) => x + init.offset);`;
 * const workerUrl = new URL(URL.createObjectURL(new Blob([source], { type: "text/javascript" })));
 * const sums: number[] = [];
 * await runPool({
 *   workerUrl,
 *   count: 3,
 *   threads: 2,
 *   chunkSize: 1,
 *   init: { offset: 100 },
 *   item: (i) => i,
 *   local: (i) => Promise.resolve(i + 100),
 *   onItem: (i, value: number) => void (sums[i] = value),
 * });
 * assert.deepEqual(sums, [100, 101, 102]);
 * ```
 */
export function servePool<Init, Item, T>(setup: (init: Init) => Promise<(item: Item) => Promise<T>>): void {
  const scope = self as unknown as {
    onmessage: ((e: MessageEvent<PoolRequest<Init, Item>>) => void) | null;
    postMessage(m: PoolReply<T>): void;
    close(): void;
  };
  let work: Promise<(item: Item) => Promise<T>> | undefined;
  // Chunks are done one after the other, in the order they came.
  let queue = Promise.resolve();
  scope.onmessage = (e) => {
    const m = e.data;
    if (m.kind === "init") work = setup(m.init);
    else if (m.kind === "close") scope.close();
    else {
      queue = queue.then(async () => {
        try {
          const f = await work!;
          for (let p = 0; p < m.items.length; p++) {
            scope.postMessage({ kind: "item", chunk: m.chunk, position: p, value: await f(m.items[p]) });
          }
          scope.postMessage({ kind: "chunk-done", chunk: m.chunk });
        } catch (err) {
          scope.postMessage({ kind: "error", message: err instanceof Error ? err.message : String(err) });
        }
      });
    }
  };
}

/**
 * Running per-article work on several Deno workers: the articles are cut into
 * contiguous shards of about equal text length, one per worker, and each worker sends
 * back one message per article and then `done`.
 *
 * @module
 */

/** What a shard worker sends back: one message per item, then `done` (or `error`). */
export type ShardReply<T> =
  | { kind: "item"; index: number; value: T }
  | { kind: "done" }
  | { kind: "error"; message: string };

/**
 * Cuts items into `n` contiguous shards of about equal weight (text length), so that
 * the workers are equally busy and each keeps the corpus order.
 *
 * @example
 * ```ts
 * shardByWeight([5, 5, 5, 5], 2); // [[0, 1], [2, 3]]
 * ```
 *
 * @returns For each shard, the indexes of its items (empty shards left out).
 */
export function shardByWeight(weights: readonly number[], n: number): number[][] {
  const shards: number[][] = Array.from({ length: Math.max(1, n) }, () => []);
  const total = weights.reduce((s, w) => s + w, 0);
  let acc = 0;
  weights.forEach((w, i) => {
    const k = Math.min(shards.length - 1, Math.floor((acc / Math.max(1, total)) * shards.length));
    shards[k].push(i);
    acc += w;
  });
  return shards.filter((s) => s.length);
}

/**
 * Runs items on `workers` Deno workers started from `workerUrl`. Each worker receives
 * `request(indexes)` for its shard and answers with {@linkcode ShardReply} messages;
 * `onItem` gets each item's index (into the whole list) and value as they arrive.
 *
 * @example
 * ```ts
 * await runShards(new URL("./digest_worker.ts", import.meta.url), weights, 2,
 *   (shard) => ({ items: shard.map((i) => items[i]) }), (i, value) => out[i] = value);
 * ```
 *
 * @throws {Error} naming the worker's message when a worker fails.
 */
export async function runShards<T>(
  workerUrl: URL,
  weights: readonly number[],
  workers: number,
  request: (shard: number[]) => unknown,
  onItem: (index: number, value: T) => void,
): Promise<void> {
  await Promise.all(
    shardByWeight(weights, workers).map((shard) =>
      new Promise<void>((resolve, reject) => {
        const worker = new Worker(workerUrl, { type: "module" });
        worker.onmessage = (e: MessageEvent<ShardReply<T>>) => {
          const m = e.data;
          if (m.kind === "item") {
            try {
              onItem(shard[m.index], m.value);
            } catch (err) {
              worker.terminate();
              reject(err);
            }
            return;
          }
          worker.terminate();
          if (m.kind === "done") resolve();
          else reject(new Error(`a worker failed (${m.message})`));
        };
        worker.onerror = (e) => {
          e.preventDefault();
          worker.terminate();
          reject(new Error(`a worker failed (${e.message})`));
        };
        worker.postMessage(request(shard));
      })
    ),
  );
}

/**
 * The worker side of {@linkcode runShards}: answers one request by calling `each` on
 * every item (in order) and posting its value, then `done`; any exception is posted
 * as `error` with its message.
 *
 * @example
 * ```ts
 * serveShard<Request, Parts>(async (req, post) => {
 *   for (let i = 0; i < req.items.length; i++) post(i, await work(req.items[i]));
 * });
 * ```
 */
export function serveShard<Req, T>(
  work: (request: Req, post: (index: number, value: T) => void) => void | Promise<void>,
): void {
  const scope = self as unknown as {
    onmessage: ((e: MessageEvent<Req>) => void) | null;
    postMessage(m: ShardReply<T>): void;
  };
  scope.onmessage = async (e: MessageEvent<Req>) => {
    try {
      await work(e.data, (index, value) => scope.postMessage({ kind: "item", index, value }));
      scope.postMessage({ kind: "done" });
    } catch (err) {
      scope.postMessage({ kind: "error", message: err instanceof Error ? err.message : String(err) });
    }
  };
}

/**
 * A Deno worker of {@linkcode PngPool}: for each SVG document it is sent, the PNG image
 * from the cache when it is given a cache folder and a key and the image is there, or
 * else rendered (and then stored there); it sends back the image, or the renderer's
 * message, and what the cache lookup found. A job that the pool's own thread has
 * claimed first (see {@linkcode PngPool.help}) is skipped without a reply.
 *
 * @module
 */
import { type CacheStats, DiskCache } from "../pipeline/cache.ts";
import { svgToPng } from "./png.ts";
import { cachedPng, FREE, TAKEN_BY_WORKER } from "./png_pool.ts";

/** One image to make. */
interface Job {
  id: number;
  svg: string;
  /** The cache folder and the image's key in it, or none. */
  cache?: { dir: string; key: string };
  /** Who took the job: claimed here before it is started. */
  claim: Int32Array;
}

const scope = self as unknown as {
  onmessage: ((e: MessageEvent<Job>) => void) | null;
  postMessage(m: unknown): void;
};
const caches = new Map<string, DiskCache>();

/** The image, and the change in the cache's counts that finding it made. */
async function make(job: Job): Promise<{ png: Uint8Array; stats?: CacheStats }> {
  if (!job.cache) return { png: await svgToPng(job.svg) };
  const cache = caches.get(job.cache.dir) ??
    caches.set(job.cache.dir, new DiskCache(job.cache.dir)).get(job.cache.dir)!;
  const before = { ...cache.stats };
  const png = await cachedPng(job.svg, cache, job.cache.key);
  const stats = {
    hits: cache.stats.hits - before.hits,
    misses: cache.stats.misses - before.misses,
    rebuilt: cache.stats.rebuilt - before.rebuilt,
  };
  return { png, stats };
}

// One image at a time, in the order they came.
let queue = Promise.resolve();
scope.onmessage = (e) => {
  const job = e.data;
  queue = queue.then(async () => {
    if (Atomics.compareExchange(job.claim, 0, FREE, TAKEN_BY_WORKER) !== FREE) return;
    try {
      scope.postMessage({ id: job.id, ...(await make(job)) });
    } catch (err) {
      scope.postMessage({ id: job.id, error: err instanceof Error ? err.message : String(err) });
    }
  });
};

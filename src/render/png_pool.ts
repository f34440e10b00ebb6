/**
 * PNG images of charts, rendered as they come on several threads while this thread
 * goes on with other work, and kept in a cache under a hash of their SVG and the
 * renderer's code. With several threads, a job is posted to a worker as soon as it is
 * asked for, and the worker looks in the cache itself: this thread may be busy (building
 * the next section of a report) until every image is wanted. This thread is one of the
 * threads: once it is free it calls {@linkcode PngPool.help}, and renders the jobs no
 * worker has started, the last first, while the workers take them from the front.
 *
 * @module
 */
import { Buffer } from "node:buffer";
import { type CacheStats, type DiskCache, sha256 } from "../pipeline/cache.ts";
import { codeFingerprint } from "../pipeline/fingerprint.ts";
import { svgToPng } from "./png.ts";

/** Options for {@linkcode PngPool}. */
export interface PngPoolOptions {
  /**
   * Threads that render, this one included (default 1). With 1, images are rendered on
   * this thread when asked for; with more, on `threads - 1` workers, this thread being
   * free meanwhile, and on this thread too once it calls {@linkcode PngPool.help}.
   */
  threads?: number;
  /** Where rendered images are kept, under a hash of their SVG and the renderer's code. */
  cache?: DiskCache;
}

/** A message from a PNG worker: the image and what its cache lookup found, or the renderer's message. */
type Reply = { id: number; png: Uint8Array; stats?: CacheStats } | { id: number; error: string };

/**
 * Who took a job, in the one-integer shared buffer sent with it: a worker and this
 * thread both claim it with a compare-and-exchange from {@linkcode FREE}, so that
 * exactly one renders it.
 */
export const FREE = 0, TAKEN_BY_WORKER = 1, TAKEN_HERE = 2;

/** A job posted to a worker. */
interface Job extends PromiseWithResolvers<Uint8Array> {
  svg: string;
  key: string;
  claim: Int32Array;
}

/** One worker and the jobs it has been given. */
interface Slot {
  worker: Worker;
  jobs: Map<number, Job>;
}

/**
 * Renders SVG documents as PNG images; the same SVG is rendered once per pool and once
 * per cache. Close the pool when done: its workers keep the process alive.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { PngPool } from "./png_pool.ts";
 * const svg = (text: string) =>
 *   `<svg xmlns="http://www.w3.org/2000/svg" width="40" height="10"><text y="9">${text}</text></svg>`;
 * const pool = new PngPool({ threads: 2 });
 * try {
 *   const first = pool.render(svg("Iran")); // starts at once on the worker
 *   const second = pool.render(svg("Iraq"));
 *   await pool.help(); // this thread renders what the worker has not started
 *   const pngs = await Promise.all([first, second]);
 *   assert.equal(pngs.length, 2);
 *   assert.equal(pool.render(svg("Iran")), first); // the same SVG is rendered once
 * } finally {
 *   pool.close();
 * }
 * ```
 */
export class PngPool {
  readonly #threads: number;
  readonly #cache?: DiskCache;
  readonly #renderer: string;
  readonly #images = new Map<string, Promise<Uint8Array>>();
  readonly #slots: Slot[] = [];
  #next = 0;
  #closed = false;

  constructor(options: PngPoolOptions = {}) {
    this.#threads = Math.max(1, Math.floor(options.threads ?? 1));
    this.#cache = options.cache;
    this.#renderer = options.cache ? codeFingerprint(new URL("./png.ts", import.meta.url)) : "";
  }

  /**
   * The PNG image of an SVG document: from the cache, or rendered (on a worker when the
   * pool has several threads).
   *
   * @throws {Error} naming the renderer's message when the SVG cannot be rendered.
   */
  render(svg: string): Promise<Uint8Array> {
    if (this.#closed) return Promise.reject(new Error("the PNG pool is closed"));
    let image = this.#images.get(svg);
    if (!image) {
      image = this.#make(svg);
      // A failure surfaces where the image is awaited, not as an unhandled rejection.
      image.catch(() => {});
      this.#images.set(svg, image);
    }
    return image;
  }

  /**
   * Renders on this thread, one after the other, the jobs that no worker has started,
   * the most recently asked for first (a worker takes them in the order they came), until
   * none is left. Call it when this thread would otherwise wait for images. Returns the
   * number of images it rendered (or read from the cache) here.
   *
   * @example
   * ```ts
   * import assert from "node:assert/strict";
   * import { PngPool } from "./png_pool.ts";
   * const svgs = ["Iran", "Iraq", "Lebanon"].map((text) =>
   *   `<svg xmlns="http://www.w3.org/2000/svg" width="60" height="10"><text y="9">${text}</text></svg>`
   * );
   * const pool = new PngPool(); // one thread: each image rendered when asked for, nothing left to help with
   * try {
   *   const images = svgs.map((svg) => pool.render(svg));
   *   assert.equal(await pool.help(), 0);
   *   assert.equal((await Promise.all(images)).length, 3);
   * } finally {
   *   pool.close();
   * }
   * ```
   */
  async help(): Promise<number> {
    for (let here = 0;; here++) {
      let found: Job | undefined;
      for (const slot of this.#slots) {
        for (const [id, job] of [...slot.jobs].reverse()) {
          if (Atomics.compareExchange(job.claim, 0, FREE, TAKEN_HERE) === FREE) {
            slot.jobs.delete(id);
            found = job;
            break;
          }
        }
        if (found) break;
      }
      if (!found) return here;
      try {
        found.resolve(await this.#here(found.svg, found.key));
      } catch (e) {
        found.reject(e);
      }
    }
  }

  /** Stops the workers; images not yet rendered are refused. */
  close(): void {
    this.#closed = true;
    for (const slot of this.#slots) {
      slot.worker.terminate();
      for (const job of slot.jobs.values()) job.reject(new Error("the PNG pool was closed"));
      slot.jobs.clear();
    }
  }

  #make(svg: string): Promise<Uint8Array> {
    const key = this.#cache ? sha256(`${this.#renderer}\u0000${svg}`) : "";
    // A worker looks in the cache itself: the job is posted at once, so that it starts
    // while this thread is still busy (building the next section), not when it is free
    // to read the cache.
    if (this.#threads > 1) return this.#onWorker(svg, key);
    return this.#here(svg, key);
  }

  /** The image, rendered on this thread (or read from the cache). */
  #here(svg: string, key: string): Promise<Uint8Array> {
    return this.#cache ? cachedPng(svg, this.#cache, key) : svgToPng(svg);
  }

  #onWorker(svg: string, key: string): Promise<Uint8Array> {
    if (this.#closed) return Promise.reject(new Error("the PNG pool was closed"));
    // The worker with the fewest jobs waiting.
    if (this.#slots.length < this.#threads - 1) this.#slots.push(this.#start());
    const slot = this.#slots.reduce((a, b) => (b.jobs.size < a.jobs.size ? b : a));
    const id = this.#next++;
    const claim = new Int32Array(new SharedArrayBuffer(4));
    const job: Job = { ...Promise.withResolvers<Uint8Array>(), svg, key, claim };
    slot.jobs.set(id, job);
    const cache = this.#cache ? { dir: this.#cache.dir, key } : undefined;
    slot.worker.postMessage({ id, svg, cache, claim });
    return job.promise;
  }

  #start(): Slot {
    const worker = new Worker(new URL("./png_worker.ts", import.meta.url), { type: "module" });
    const slot: Slot = { worker, jobs: new Map() };
    worker.onmessage = (e: MessageEvent<Reply>) => {
      const m = e.data;
      const job = slot.jobs.get(m.id);
      if (!job) return;
      slot.jobs.delete(m.id);
      if ("png" in m) {
        if (m.stats && this.#cache) {
          for (const k of ["hits", "misses", "rebuilt"] as const) this.#cache.stats[k] += m.stats[k];
        }
        job.resolve(m.png);
      } else job.reject(new Error(m.error));
    };
    worker.onerror = (e) => {
      e.preventDefault();
      // The worker is gone: its jobs fail, and later images go to the others (or a new one).
      worker.terminate();
      const at = this.#slots.indexOf(slot);
      if (at >= 0) this.#slots.splice(at, 1);
      for (const job of slot.jobs.values()) job.reject(new Error(`a PNG worker failed (${e.message})`));
      slot.jobs.clear();
    };
    return slot;
  }
}

/**
 * The PNG image of an SVG document from the cache under `key`, or rendered and stored
 * there. Used by {@linkcode PngPool} on this thread and by its workers.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { DiskCache } from "framelens";
 * import { cachedPng } from "./png_pool.ts";
 * const dir = await Deno.makeTempDir();
 * const cache = new DiskCache(dir);
 * const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="20" height="10"><text y="9">Iran</text></svg>';
 * const png = await cachedPng(svg, cache, "ab12"); // rendered and stored
 * assert.deepEqual(await cachedPng(svg, cache, "ab12"), png); // read from the cache
 * assert.deepEqual(cache.stats, { hits: 1, misses: 1, rebuilt: 0 });
 * await Deno.remove(dir, { recursive: true });
 * ```
 */
export async function cachedPng(svg: string, cache: DiskCache, key: string): Promise<Uint8Array> {
  const hit = await cache.get<string>("png", key);
  if (typeof hit === "string") return new Uint8Array(Buffer.from(hit, "base64"));
  const png = await svgToPng(svg);
  await cache.set("png", key, Buffer.from(png).toString("base64"));
  return png;
}

/**
 * Renders SVG documents as PNG images, in the same order, on `threads` threads (this
 * one and `threads - 1` workers), reading and storing them in the cache.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { DiskCache } from "framelens";
 * import { svgsToPngs } from "./png_pool.ts";
 * const dir = await Deno.makeTempDir();
 * const svgs = ["Iran", "Iraq"].map((text) =>
 *   `<svg xmlns="http://www.w3.org/2000/svg" width="40" height="10"><text y="9">${text}</text></svg>`
 * );
 * const pngs = await svgsToPngs(svgs, { cache: new DiskCache(dir), threads: 2 });
 * assert.equal(pngs.length, 2); // in the order of the SVGs
 * await Deno.remove(dir, { recursive: true });
 * ```
 *
 * @throws {Error} naming the renderer's message when an SVG cannot be rendered.
 */
export async function svgsToPngs(svgs: readonly string[], options: PngPoolOptions = {}): Promise<Uint8Array[]> {
  const pool = new PngPool(options);
  try {
    // The largest first, so that no worker is left with a large one at the end.
    const order = svgs.map((_, i) => i).sort((a, b) => svgs[b].length - svgs[a].length);
    const images: Promise<Uint8Array>[] = new Array(svgs.length);
    for (const i of order) images[i] = pool.render(svgs[i]);
    await pool.help();
    return await Promise.all(images);
  } finally {
    pool.close();
  }
}

/**
 * PNG images of many charts at once: each read from the cache when the same SVG was
 * rendered before (keyed by the SVG and the renderer's code), the others rendered on
 * several threads. Rendering is WebAssembly work on its own memory, which two threads
 * share well: four large Brown charts took 4.5–4.9 s on one thread and 2.8–3.0 s on two
 * (one run each, on the README's machine).
 *
 * @module
 */
import { Buffer } from "node:buffer";
import { type DiskCache, sha256, sourceFilesHash } from "../pipeline/cache.ts";
import { runPool } from "../pipeline/pool.ts";
import { svgToPng } from "./png.ts";

/** Options for {@linkcode svgsToPngs}. */
export interface SvgsToPngsOptions {
  /** Where rendered images are kept, under a hash of their SVG and the renderer's code. */
  cache?: DiskCache;
  /** Threads that render, this one included. Default 1. */
  threads?: number;
}

/**
 * Renders SVG documents as PNG images, in the same order; an SVG rendered before is
 * read from the cache, the others are rendered on `threads` threads and stored.
 *
 * @example
 * ```ts
 * const [png] = await svgsToPngs([renderSvg(spec)], { cache: new DiskCache("out/cache"), threads: 2 });
 * ```
 *
 * @throws {Error} naming the renderer's message when an SVG cannot be rendered.
 */
export async function svgsToPngs(svgs: readonly string[], options: SvgsToPngsOptions = {}): Promise<Uint8Array[]> {
  const { cache } = options;
  const renderer = cache ? sourceFilesHash(["../render/png.ts"]) : "";
  const keys = svgs.map((svg) => (cache ? sha256(`${renderer}\u0000${svg}`) : ""));
  const pngs: Uint8Array[] = new Array(svgs.length);
  const todo: number[] = [];
  for (let i = 0; i < svgs.length; i++) {
    const hit = cache ? await cache.get<string>("png", keys[i]) : undefined;
    if (typeof hit === "string") pngs[i] = new Uint8Array(Buffer.from(hit, "base64"));
    else todo.push(i);
  }
  // The largest first, so that no thread is left with a large one at the end.
  todo.sort((a, b) => svgs[b].length - svgs[a].length);
  await runPool<null, string, Uint8Array>({
    workerUrl: new URL("./png_worker.ts", import.meta.url),
    count: todo.length,
    threads: options.threads ?? 1,
    chunkSize: 1,
    init: null,
    item: (j) => svgs[todo[j]],
    local: (j) => svgToPng(svgs[todo[j]]),
    onItem: async (j, png) => {
      const i = todo[j];
      pngs[i] = png;
      if (cache) await cache.set("png", keys[i], Buffer.from(png).toString("base64"));
    },
  });
  return pngs;
}

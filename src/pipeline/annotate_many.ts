/**
 * Annotating a corpus: from the cache where possible, the rest on one thread or on
 * several Deno workers over article shards. The result is the same either way.
 *
 * @module
 */
import type { AnnotatedArticle, Article } from "../types.ts";
import { annotateArticle, loadResources, type LoadResourcesOptions, type Resources } from "./annotate.ts";
import {
  annotationKey,
  type CacheStats,
  type DiskCache,
  packAnnotation,
  type PackedAnnotation,
  resourcesFingerprint,
  unpackAnnotation,
} from "./cache.ts";
import type { WorkerRequest } from "./worker.ts";
import { runShards } from "./shards.ts";

/** Options for {@linkcode annotateMany}. */
export interface AnnotateManyOptions {
  /** The resources (read with `loadResources` when not given). */
  resources?: Resources;
  /** The resource files, for workers (which read them themselves). */
  resourceFiles?: LoadResourcesOptions;
  /** A cache to read from and write to. */
  cache?: DiskCache;
  /** Worker threads for the articles not in the cache. Default 1 (this thread). */
  workers?: number;
  /** Called after each article with the number done and the total. */
  onProgress?: (done: number, total: number) => void;
}

/** Annotated articles, and where they came from. */
export interface AnnotateManyResult {
  /** In the order of the input. */
  annotated: AnnotatedArticle[];
  /** Articles read from the cache. */
  fromCache: number;
  /** Articles annotated in this run. */
  annotatedNow: number;
  /** The cache's lookups (all zero without a cache). */
  cacheStats: CacheStats;
}

/**
 * Annotates articles, reusing cached annotations whose key (content, outlet and
 * pipeline version) matches, and storing the new ones.
 *
 * @example
 * ```ts
 * const cache = new DiskCache("out/cache");
 * const { annotated, fromCache } = await annotateMany(corpus.articles, { cache, workers: 2 });
 * ```
 */
export async function annotateMany(
  articles: Article[],
  options: AnnotateManyOptions = {},
): Promise<AnnotateManyResult> {
  const resources = options.resources ?? await loadResources(options.resourceFiles);
  const cache = options.cache;
  const fingerprint = cache ? resourcesFingerprint(resources) : "";
  const out: (AnnotatedArticle | undefined)[] = new Array(articles.length);
  const keys = articles.map((a) => (cache ? annotationKey(a, fingerprint) : ""));
  let done = 0;
  const tick = () => options.onProgress?.(++done, articles.length);
  const todo: number[] = [];
  for (let i = 0; i < articles.length; i++) {
    if (cache) {
      const packed = await cache.get<PackedAnnotation>("annotate", keys[i]);
      if (packed) {
        try {
          out[i] = unpackAnnotation(packed, articles[i]);
          tick();
          continue;
        } catch {
          cache.stats.hits--;
          cache.stats.rebuilt++;
        }
      }
    }
    todo.push(i);
  }
  const store = async (i: number, packed: PackedAnnotation) => {
    if (cache) await cache.set("annotate", keys[i], packed);
  };
  const workers = Math.max(1, Math.floor(options.workers ?? 1));
  if (workers > 1 && todo.length > 1) {
    const writes: Promise<void>[] = [];
    await runShards<PackedAnnotation>(
      new URL("./worker.ts", import.meta.url),
      todo.map((i) => articles[i].text.length),
      Math.min(workers, todo.length),
      (shard): WorkerRequest => ({
        articles: shard.map((j) => articles[todo[j]]),
        resources: options.resourceFiles ?? {},
      }),
      (j, packed) => {
        const i = todo[j];
        out[i] = unpackAnnotation(packed, articles[i]);
        writes.push(store(i, packed));
        tick();
      },
    ).catch((e) => {
      throw new Error(`Cannot annotate: ${e.message}`);
    });
    await Promise.all(writes);
  } else {
    for (const i of todo) {
      const a = annotateArticle(articles[i], resources);
      out[i] = a;
      if (cache) await store(i, packAnnotation(a));
      tick();
    }
  }
  return {
    annotated: out as AnnotatedArticle[],
    fromCache: articles.length - todo.length,
    annotatedNow: todo.length,
    cacheStats: cache ? { ...cache.stats } : { hits: 0, misses: 0, rebuilt: 0 },
  };
}

/**
 * Annotating a corpus: from the cache where possible, the rest on one thread or on a
 * pool of Deno workers (`runPool`). The result is the same either way.
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
import { runPool } from "./pool.ts";

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
  await runPool<LoadResourcesOptions, Article, PackedAnnotation>({
    workerUrl: new URL("./worker.ts", import.meta.url),
    count: todo.length,
    threads: Math.max(1, Math.floor(options.workers ?? 1)),
    init: options.resourceFiles ?? {},
    item: (j) => articles[todo[j]],
    local: (j) => Promise.resolve(packAnnotation(annotateArticle(articles[todo[j]], resources))),
    onItem: async (j, packed) => {
      const i = todo[j];
      out[i] = unpackAnnotation(packed, articles[i]);
      if (cache) await cache.set("annotate", keys[i], packed);
      tick();
    },
  }).catch((e) => {
    throw new Error(`Cannot annotate: ${e.message}`);
  });
  return {
    annotated: out as AnnotatedArticle[],
    fromCache: articles.length - todo.length,
    annotatedNow: todo.length,
    cacheStats: cache ? { ...cache.stats } : { hits: 0, misses: 0, rebuilt: 0 },
  };
}

/**
 * Digesting a corpus: each article's digest from the cache where its parts are still
 * valid, the missing parts computed on this thread or on a pool of Deno workers
 * (`runPool`). An article is annotated only when one of its parts must be redone
 * and its annotation is not in the cache. The result is the same whichever way.
 *
 * @module
 */
import type { AnnotatedArticle, Article, Sentence } from "../types.ts";
import { annotateArticle, opaqueSpans, type TextSpan } from "./annotate.ts";
import {
  annotationKey,
  type CacheStats,
  type DiskCache,
  packAnnotation,
  type PackedAnnotation,
  sha256,
  unpackAnnotation,
} from "./cache.ts";
import {
  type ArticleDigest,
  DIGEST_STAGES,
  type DigestFiles,
  type DigestParts,
  digestParts,
  type DigestStage,
  type DigestTools,
  emptyStageTimes,
  loadDigestTools,
  type StageTimes,
} from "./digest.ts";
import { type AnyStage, STAGES } from "../stages/registry.ts";
import { runPool, StartedWorkers } from "./pool.ts";
import type { FramingMatcher } from "../framing/match.ts";
import { readAhead } from "../read_ahead.ts";
import { partReader, READ_BACK_STAGES, type ReadBackCounts, readingBack } from "./read_back.ts";

/** A digest as the cache stores it: each part with the fingerprint of the stage that made it. */
export interface PackedDigest {
  /** Word count. */
  words: number;
  /** Sentences as [start, end, firstToken, lastToken]. */
  sentences: number[][];
  /** Opaque tokens as [start, end] (absent: none). */
  opaque?: number[][];
  /** The parts, by stage: each as its stage packs it (`digest.pack`). */
  parts: Partial<Record<DigestStage, { fp: string; data: unknown }>>;
}

/** The stages with a per-article part, in the order of the registry. */
const PART_STAGES: readonly (AnyStage & { name: DigestStage })[] = STAGES.filter((s) =>
  s.digest
) as (AnyStage & { name: DigestStage })[];

/**
 * The version of the digest cache's entries (the words, the sentences and the parts'
 * envelope; each part's own packing is in its stage's fingerprint).
 */
const DIGEST_FORMAT = "digest-2";

/** Options for {@linkcode digestMany}. */
export interface DigestManyOptions {
  /** The tools (read with `loadDigestTools(files)` when not given). */
  tools?: DigestTools;
  /** Other resource files (workers read them themselves). */
  files?: DigestFiles;
  /** A cache to read from and write to. */
  cache?: DiskCache;
  /** Worker threads for the articles with parts to compute. Default 1 (this thread). */
  workers?: number;
  /** Called after each article with the number done and the total. */
  onProgress?: (done: number, total: number) => void;
  /** Workers started ahead with {@linkcode startDigestWorkers}, sent their init by this run. */
  started?: StartedWorkers<DigestWorkerInit>;
  /**
   * With a cache: the parts of the stages that declare `digest.readBack` are not held in
   * the digests but read back from the cache each time they are read (`read_back.ts`), so
   * that the digests of a large corpus hold only the small parts. Default false.
   */
  readBack?: boolean;
}

/** The digest workers' URL. */
const DIGEST_WORKER = new URL("./digest_worker.ts", import.meta.url);

/** What each digest worker is sent first. */
function workerInit(
  files: DigestFiles | undefined,
  cache: DiskCache | undefined,
  framing?: FramingMatcher,
): DigestWorkerInit {
  return { files: files ?? {}, cacheDir: cache?.dir, ...(framing ? { framing } : {}) };
}

/**
 * Starts the workers of a later {@linkcode digestMany} run (`workers - 1` of them:
 * this thread is one), so that they load their code while this thread reads the corpus;
 * the run sends them their files, cache and this thread's compiled framing lexicon.
 * Pass the result as `started` and close it when done (it stops the workers no run took).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { digestMany, loadCorpus } from "framelens";
 * import { startDigestWorkers } from "./digest_many.ts";
 * const started = startDigestWorkers({ workers: 2 }); // one worker; this thread is the other
 * try {
 *   const { articles } = await loadCorpus(); // while the worker loads its code
 *   const { digests } = await digestMany(articles, { workers: 2, started });
 *   assert.deepEqual(digests.map((d) => d.article.id), articles.map((a) => a.id));
 * } finally {
 *   started.close();
 * }
 * ```
 */
export function startDigestWorkers(
  options: Pick<DigestManyOptions, "workers">,
): StartedWorkers<DigestWorkerInit> {
  const count = Math.max(1, Math.floor(options.workers ?? 1)) - 1;
  return new StartedWorkers<DigestWorkerInit>(DIGEST_WORKER, count);
}

/** Digests, and where they came from. */
export interface DigestManyResult {
  /** In the order of the input. */
  digests: ArticleDigest[];
  /** Articles whose whole digest came from the cache. */
  fromCache: number;
  /** Articles annotated (tokenized) in this run. */
  annotatedNow: number;
  /** For each stage, the articles it ran on in this run. */
  stagesRun: Record<DigestStage, number>;
  /** The digest cache's lookups (all zero without a cache). */
  cacheStats: CacheStats;
  /** Milliseconds in each stage, over all threads. */
  times: StageTimes;
  /** How many times each stage's part has been read back so far (with `readBack`; counted as they are read). */
  readsBack: ReadBackCounts;
}

/** What a worker is asked to do for one article. */
export interface DigestItem {
  /** The article. */
  article: Article;
  /** The stages to run. */
  stages: DigestStage[];
  /** The cached parts of the stages they need (the others are run). */
  given?: Partial<DigestParts>;
  /** Its annotation's cache key ("" without a cache). */
  annotationKey: string;
  /**
   * Its digest's cache key, with a cache: when every stage runs, the thread that digests
   * it stores the digest (so that a worker's digests are not all packed and written on
   * this thread). Otherwise {@linkcode digestMany} stores it, merged with the cached parts.
   */
  digestKey?: string;
  /**
   * Stages whose parts the reply leaves out once this thread has stored the digest: their
   * reader reads them back from the entry (`readBack`), so a worker's copy of them would
   * be copied to the thread that asked only to be dropped there.
   */
  leaveOut?: DigestStage[];
}

/** What comes back for one article. */
export interface DigestReply {
  /** Word count. */
  words: number;
  /** Opaque tokens as [start, end]. */
  opaque: number[][];
  /** Packed sentences. */
  sentences: number[][];
  /** The parts computed. */
  parts: Partial<DigestParts>;
  /** Whether the article was annotated (not read from the cache). */
  annotated: boolean;
  /** Milliseconds per stage. */
  times: StageTimes;
}

/**
 * A digest as the cache stores it: the parts computed now stamped with their stages'
 * fingerprints, the others kept from `old` (the cached parts still valid).
 */
function packDigest(
  words: number,
  sentences: number[][],
  opaque: number[][],
  parts: Partial<DigestParts>,
  fingerprints: DigestTools["fingerprints"],
  old: PackedDigest["parts"] = {},
): PackedDigest {
  const packed: PackedDigest["parts"] = {};
  for (const stage of PART_STAGES) {
    const part = parts[stage.name];
    const kept = part === undefined
      ? old[stage.name]
      : { fp: fingerprints[stage.name], data: stage.digest!.pack(part) };
    if (kept) packed[stage.name] = kept;
  }
  return { words, sentences, ...(opaque.length ? { opaque } : {}), parts: packed };
}

/** Whether every stage's part is at hand. */
function complete(parts: Partial<DigestParts>): parts is DigestParts {
  return PART_STAGES.every((s) => parts[s.name] !== undefined);
}

/**
 * The digest cache key: the annotation's key (content, outlet, annotation code and
 * resources) and the article's id, which the parts carry.
 */
function digestKey(article: Article, annotation: string): string {
  return sha256(`${annotationKey(article, annotation)}\u0000${article.id}\u0000${DIGEST_FORMAT}`);
}

/**
 * Annotates an article or reads its annotation from the cache, and runs the stages
 * asked for. Used on this thread and in the workers.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { loadDigestTools } from "framelens";
 * import { digestItem } from "./digest_many.ts";
 * const tools = await loadDigestTools();
 * const article = { id: "a", file: "a.md", outlet: "A", text: "The Zionist regime struck.", extra: {} };
 * const reply = await digestItem({ article, stages: ["framing"], annotationKey: "" }, tools);
 * assert.deepEqual(Object.keys(reply.parts), ["entities", "sources", "framing"]); // the framing and what it needs
 * assert.equal(reply.words, 4);
 * assert.equal(reply.annotated, true); // no cache: annotated now
 * ```
 */
export async function digestItem(item: DigestItem, tools: DigestTools, cache?: DiskCache): Promise<DigestReply> {
  const times = emptyStageTimes();
  let annotated: AnnotatedArticle | undefined;
  if (cache && item.annotationKey) {
    const packed = await cache.get<PackedAnnotation>("annotate", item.annotationKey);
    if (packed) {
      try {
        annotated = unpackAnnotation(packed, item.article);
      } catch {
        cache.stats.hits--;
        cache.stats.rebuilt++;
      }
    }
  }
  const fresh = !annotated;
  if (!annotated) {
    const t0 = performance.now();
    annotated = annotateArticle(item.article, tools.resources);
    times.tokenize += performance.now() - t0;
    if (cache && item.annotationKey) await cache.set("annotate", item.annotationKey, packAnnotation(annotated));
  }
  const sentences = annotated.sentences.map((s) => [s.start, s.end, s.firstToken, s.lastToken]);
  const opaque = opaqueSpans(annotated.tokens).map((s) => [s.start, s.end]);
  const parts = digestParts(annotated, tools, item.stages, times, item.given);
  if (cache && item.digestKey && complete(parts)) {
    await cache.set(
      "digest",
      item.digestKey,
      packDigest(annotated.words, sentences, opaque, parts, tools.fingerprints),
    );
    // Stored: the parts to be read back from the entry are not sent back.
    for (const stage of item.leaveOut ?? []) delete parts[stage];
  }
  return { words: annotated.words, sentences, opaque, parts, annotated: fresh, times };
}

function unpackSpans(packed: unknown, textLength: number): TextSpan[] {
  if (packed === undefined) return [];
  if (!Array.isArray(packed)) throw new Error("opaque spans are not a list");
  return packed.map((s) => {
    if (!Array.isArray(s) || s.length !== 2 || !s.every(Number.isInteger) || s[0] < 0 || s[1] > textLength) {
      throw new Error("an opaque span is malformed");
    }
    return { start: s[0], end: s[1] };
  });
}

function unpackSentences(packed: unknown, textLength: number): Sentence[] {
  if (!Array.isArray(packed)) throw new Error("sentences are not a list");
  return packed.map((s, i) => {
    if (!Array.isArray(s) || s.length !== 4 || !s.every(Number.isInteger) || s[0] < 0 || s[1] > textLength) {
      throw new Error("a sentence is malformed");
    }
    return { i, start: s[0], end: s[1], firstToken: s[2], lastToken: s[3] };
  });
}

/** A cached digest read back: the parts still valid, and the stages to redo. */
interface CachedParts {
  /** The parts made by the same code and data, unpacked. */
  fresh: Partial<DigestParts>;
  /** The stages whose part is missing, was made by other code or data, or is malformed. */
  stale: DigestStage[];
  /** Whether a part with the right fingerprint was malformed. */
  malformed: boolean;
}

/** Unpacks each part of a cached digest whose fingerprint is the stage's (see {@linkcode CachedParts}). */
function cachedParts(packed: PackedDigest, article: Article, tools: DigestTools): CachedParts {
  const fresh: Record<string, unknown> = {};
  const stale: DigestStage[] = [];
  let malformed = false;
  for (const stage of PART_STAGES) {
    const part = packed.parts?.[stage.name];
    if (!part || part.fp !== tools.fingerprints[stage.name]) {
      stale.push(stage.name);
      continue;
    }
    try {
      fresh[stage.name] = stage.digest!.unpack(part.data, article);
    } catch {
      malformed = true;
      stale.push(stage.name);
    }
  }
  return { fresh: fresh as Partial<DigestParts>, stale, malformed };
}

/** The parts that the stages to run need and that are at hand. */
function givenParts(stages: readonly DigestStage[], fresh: Partial<DigestParts>): Partial<DigestParts> {
  const given: Record<string, unknown> = {};
  for (const name of stages) {
    for (const n of STAGES.find((s) => s.name === name)?.needs ?? []) {
      const part = (fresh as Record<string, unknown>)[n];
      if (part !== undefined) given[n] = part;
    }
  }
  return given as Partial<DigestParts>;
}

/**
 * Digests articles, reusing each cached part whose stage fingerprint matches and
 * computing the rest (annotating only where needed), and stores the digests.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { digestMany, DiskCache, loadCorpus } from "framelens";
 * const dir = await Deno.makeTempDir();
 * const cache = new DiskCache(dir);
 * const { articles } = await loadCorpus();
 * assert.equal((await digestMany(articles, { cache })).fromCache, 0);
 * const again = await digestMany(articles, { cache }); // a second run reads every digest from the cache
 * assert.equal(again.fromCache, articles.length);
 * assert.equal(again.annotatedNow, 0);
 * await Deno.remove(dir, { recursive: true });
 * ```
 */
export async function digestMany(articles: Article[], options: DigestManyOptions = {}): Promise<DigestManyResult> {
  const tools = options.tools ?? await loadDigestTools(options.files);
  const cache = options.cache;
  const times = emptyStageTimes();
  const stagesRun = Object.fromEntries(DIGEST_STAGES.map((s) => [s, 0])) as Record<DigestStage, number>;
  const digests: ArticleDigest[] = new Array(articles.length);
  const cached: ({ packed: PackedDigest; fresh: Partial<DigestParts> } | undefined)[] = new Array(articles.length);
  const keys = articles.map((a) => (cache ? digestKey(a, tools.annotation) : ""));
  const readsBack = Object.fromEntries(DIGEST_STAGES.map((s) => [s, 0])) as ReadBackCounts;
  // The digest as held: with readBack, its large parts read from the cache when read.
  const held = (i: number, digest: ArticleDigest): ArticleDigest =>
    cache && options.readBack ? readingBack(digest, partReader(cache, keys[i], articles[i], tools, readsBack)) : digest;
  let done = 0;
  let annotatedNow = 0;
  const tick = () => options.onProgress?.(++done, articles.length);
  const todo: DigestItem[] = [];
  const todoIndex: number[] = [];

  const finish = async (
    i: number,
    words: number,
    sentences: number[][],
    opaque: number[][],
    parts: Partial<DigestParts>,
    leftOut: readonly DigestStage[] = [],
  ) => {
    const article = articles[i];
    const whole: Partial<DigestParts> = { ...cached[i]?.fresh, ...parts };
    // A part left out of the reply is read back from the entry the digesting thread stored.
    if (!PART_STAGES.every((s) => whole[s.name] !== undefined || leftOut.includes(s.name))) {
      throw new Error(`Cannot digest ${article.file}: a stage's part is missing`);
    }
    digests[i] = held(i, {
      article,
      words,
      sentences: unpackSentences(sentences, article.text.length),
      opaque: unpackSpans(opaque, article.text.length),
      ...whole as DigestParts,
    });
    // Every part computed now was stored by the thread that computed it; with parts from
    // the cache, the whole is stored here.
    if (cache && cached[i] && Object.keys(parts).length && !complete(parts)) {
      await cache.set(
        "digest",
        keys[i],
        packDigest(words, sentences, opaque, parts, tools.fingerprints, cached[i]!.packed.parts),
      );
    }
    tick();
  };

  // Cache entries are read a few ahead of their use, so that reading one file overlaps
  // with checking and unpacking the one before.
  const cachedDigest = cache
    ? readAhead(articles.length, (i) => cache.get<PackedDigest>("digest", keys[i]), CACHE_READ_AHEAD)
    : undefined;
  for (let i = 0; i < articles.length; i++) {
    if (cache && cachedDigest) {
      const packed = await cachedDigest(i);
      if (packed) {
        try {
          const sentences = unpackSentences(packed.sentences, articles[i].text.length);
          if (!Number.isInteger(packed.words) || packed.words < 0) throw new Error("the word count is malformed");
          const { fresh, stale, malformed } = cachedParts(packed, articles[i], tools);
          if (malformed) {
            cache.stats.hits--;
            cache.stats.rebuilt++;
          }
          if (stale.length === 0) {
            const opaque = unpackSpans(packed.opaque, articles[i].text.length);
            digests[i] = held(i, {
              article: articles[i],
              words: packed.words,
              sentences,
              opaque,
              ...fresh as DigestParts,
            });
            tick();
            continue;
          }
          cached[i] = { packed, fresh };
          todo.push({
            article: articles[i],
            stages: stale,
            given: givenParts(stale, fresh),
            annotationKey: annotationKey(articles[i], tools.annotation),
            digestKey: keys[i],
          });
          todoIndex.push(i);
          continue;
        } catch {
          cache.stats.hits--;
          cache.stats.rebuilt++;
        }
      }
    }
    todo.push({
      article: articles[i],
      stages: [...DIGEST_STAGES],
      annotationKey: cache ? annotationKey(articles[i], tools.annotation) : "",
      ...(cache ? { digestKey: keys[i] } : {}),
      // Held, the read-back parts would be dropped at once: the thread that stores them keeps them.
      ...(cache && options.readBack ? { leaveOut: [...READ_BACK_STAGES] } : {}),
    });
    todoIndex.push(i);
  }
  const received = async (j: number, reply: DigestReply) => {
    const i = todoIndex[j];
    if (reply.annotated) annotatedNow++;
    for (const s of todo[j].stages) stagesRun[s]++;
    for (const k of Object.keys(times) as (keyof StageTimes)[]) times[k] += reply.times[k];
    await finish(i, reply.words, reply.sentences, reply.opaque, reply.parts, todo[j].leaveOut);
  };

  // The workers take this thread's compiled framing lexicon rather than compile it again.
  const init = workerInit(options.files, cache, tools.framing);
  const started = options.started;
  const sent = started?.init;
  if (sent && (JSON.stringify(sent.files) !== JSON.stringify(init.files) || sent.cacheDir !== init.cacheDir)) {
    throw new Error("the started digest workers were given other files or another cache");
  }
  await runPool<DigestWorkerInit, DigestItem, DigestReply>({
    workerUrl: DIGEST_WORKER,
    count: todo.length,
    threads: Math.max(1, Math.floor(options.workers ?? 1)),
    init: sent ?? init,
    started,
    item: (j) => todo[j],
    local: (j) => digestItem(todo[j], tools, cache),
    onItem: received,
  }).catch((e) => {
    throw new Error(`Cannot digest the articles: ${e.message}`);
  });
  return {
    digests,
    fromCache: articles.length - todo.length,
    annotatedNow,
    stagesRun,
    cacheStats: cache ? { ...cache.stats } : { hits: 0, misses: 0, rebuilt: 0 },
    times,
    readsBack,
  };
}

/** Cache entries read ahead of their use by {@linkcode digestMany}. */
const CACHE_READ_AHEAD = 16;

/** What a digest worker receives before its first articles. */
export interface DigestWorkerInit {
  /** Which resource files to read. */
  files: DigestFiles;
  /** The cache folder, for annotations. */
  cacheDir?: string;
  /**
   * The framing lexicon compiled (a copy of the sending thread's): compiling it takes a
   * thread about half a second of CPU, copying it to a worker about a twentieth. Without
   * it, the worker reads and compiles `files.lexiconFile`.
   */
  framing?: FramingMatcher;
}

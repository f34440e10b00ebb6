/**
 * `deno task digest --shard K/N [--corpus DIR] [--cache DIR] [--by FIELD] [--where CONDITIONS]`:
 * the per-article step of the report for one shard of the corpus (issue 19), so that
 * several runs, on one machine or several, share the work. It digests the shard's
 * articles into the cache and writes their per-article tables to the shard folder
 * `CACHE/shards/K-of-N/`; `deno task report --shards ...` then aggregates over every
 * shard's files.
 *
 * @module
 */
import { join, resolve } from "node:path";
import { articleIdOf, DEFAULT_CORPUS_DIR, loadCorpus } from "../corpus/load.ts";
import { DEFAULT_OUTLETS_FILE, loadOutlets, withOutlets } from "../corpus/outlets.ts";
import { checkField, where } from "../corpus/where.ts";
import { groupOf } from "../stages/stage.ts";
import { loadDigestTools } from "../pipeline/digest.ts";
import { digestMany } from "../pipeline/digest_many.ts";
import { DiskCache } from "../pipeline/cache.ts";
import {
  parseShard,
  shardName,
  shardOf,
  SHARDS_IN_CACHE,
  type ShardSpec,
  tableFingerprints,
  writeShard,
} from "../pipeline/shard.ts";
import { checkOutsideCorpus } from "../paths.ts";
import { parseFlags, UsageError } from "./parse_flags.ts";
import { progressBar } from "./progress.ts";
import { DEFAULT_CACHE_DIR } from "./report_cli.ts";

const USAGE = `Usage: deno task digest --shard K/N [--corpus DIR] [--cache DIR] [--by FIELD]
                        [--where CONDITIONS] [--workers N] [--strict]

Digests the articles of shard K of N (an article's shard is a hash of its id) into
the cache, and writes their per-article tables (Parquet) to CACHE/shards/K-of-N/.
Run each shard, on one machine or several; copy the shard folders (and, to spare
the report reading the articles again, the caches) together; then
deno task report --shards CACHE/shards aggregates over all of them.

  --shard K/N   which shard: K of N, 1 ≤ K ≤ N
  --corpus DIR  folder of article .md files (default: data/articles)
  --cache DIR   the cache folder (default out/cache)
  --by FIELD    the unit of comparison, as the report's --by (default: outlet)
  --where CONDITIONS
                only the articles that meet them, as the report's --where
  --workers N   threads (default: the number of cores)
  --strict      stop with an error when any article file has a problem`;

/** Options of {@linkcode digestShard}. */
export interface DigestShardOptions {
  /** Corpus folder (default `data/articles`). */
  corpus?: string;
  /** Cache folder (default `out/cache`). */
  cache?: string;
  /** The unit of comparison (default `outlet`). */
  by?: string;
  /** Only the articles that meet these conditions. */
  where?: string;
  /** Threads. Default 1. */
  workers?: number;
  /** Any problem with an article file is fatal. */
  strict?: boolean;
  /** Where messages go (default console.error). */
  log?: (line: string) => void;
}

/** What {@linkcode digestShard} did. */
export interface DigestShardResult {
  /** The shard folder written. */
  dir: string;
  /** The shard's articles. */
  articles: number;
  /** Of them, those whose digest came from the cache. */
  fromCache: number;
  /** Rows written, by table. */
  rows: Record<string, number>;
}

/**
 * Digests shard `spec` of the corpus and writes its shard folder. Only the shard's share
 * of the files is read (an article's id is its file's name, and its shard a hash of the
 * id), so a text the same as another shard's is not found here: the report finds it.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { digestShard } from "./digest_cli.ts";
 * const cache = await Deno.makeTempDir();
 * const one = await digestShard({ index: 1, count: 1 }, { cache, log: () => {} });
 * assert.ok(one.dir.endsWith("/shards/1-of-1"));
 * assert.ok(one.articles > 0 && one.rows.article_terms > 0);
 * await Deno.remove(cache, { recursive: true });
 * ```
 */
export async function digestShard(spec: ShardSpec, options: DigestShardOptions = {}): Promise<DigestShardResult> {
  const log = options.log ?? ((l: string) => console.error(l));
  const corpusDir = resolve(options.corpus ?? DEFAULT_CORPUS_DIR);
  const cacheDir = resolve(options.cache ?? DEFAULT_CACHE_DIR);
  await checkOutsideCorpus(cacheDir, corpusDir, "use the cache folder");
  // Only the shard's share of the files is read: an article's shard is a hash of its id, its file's name.
  const loaded = await loadCorpus(corpusDir, {
    strict: options.strict,
    select: (names) => names.filter((n) => shardOf(articleIdOf(n), spec.count) === spec.index),
  });
  for (const p of loaded.problems) log(`warning: left out ${JSON.stringify(p.file)}: ${p.message}`);
  const all = withOutlets(loaded.articles, await loadOutlets(DEFAULT_OUTLETS_FILE));
  const articles = options.where ? where(all, options.where) : all;
  const by = options.by ?? "outlet";
  if (articles.length) checkField(articles, by, `compare the articles by "${by}"`);
  const tools = await loadDigestTools();
  const cache = new DiskCache(cacheDir);
  const { digests, fromCache } = await digestMany(articles, {
    tools,
    cache,
    workers: options.workers,
    onProgress: progressBar(`digesting shard ${spec.index}/${spec.count}`),
  });
  const dir = join(cacheDir, SHARDS_IN_CACHE, shardName(spec));
  const group = groupOf(by) ?? ((a) => a.outlet);
  const rows = await writeShard(dir, corpusDir, digests, group, {
    shard: `${spec.index}/${spec.count}`,
    by,
    fingerprints: tableFingerprints(tools.fingerprints),
  });
  return { dir, articles: articles.length, fromCache, rows };
}

/** The flags of `deno task digest`. */
const DIGEST_FLAGS = {
  shard: { type: "string", value: "K/N" },
  corpus: { type: "string", value: "DIR" },
  cache: { type: "string", value: "DIR" },
  by: { type: "string", value: "FIELD" },
  where: { type: "string", value: "CONDITIONS" },
  workers: { type: "string", value: "N" },
  strict: { type: "boolean" },
  help: { type: "boolean", short: "h" },
} as const;

/**
 * The command line: parses the arguments, digests the shard, prints what it wrote.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { main } from "./digest_cli.ts";
 * assert.equal(await main(["--help"]), 0); // prints the usage
 * assert.equal(await main(["--shard", "5/4"]), 2); // error: --shard "5/4" is not a shard K/N ...
 * ```
 */
export async function main(args: string[]): Promise<number> {
  let values;
  try {
    values = parseFlags(args, DIGEST_FLAGS, { command: "deno task digest" }).values;
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    console.error(`error: ${e.message}\n(deno task digest --help shows the usage)`);
    return 2;
  }
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  if (values.shard === undefined) {
    console.error(
      "error: deno task digest needs --shard K/N (such as --shard 3/8)\n(deno task digest --help shows the usage)",
    );
    return 2;
  }
  let spec: ShardSpec;
  try {
    spec = parseShard(values.shard);
  } catch (e) {
    console.error(`error: --shard ${(e as Error).message}`);
    return 2;
  }
  const workers = values.workers === undefined
    ? Math.max(1, navigator.hardwareConcurrency || 1)
    : Number(values.workers);
  if (!Number.isInteger(workers) || workers < 1) {
    console.error(`error: --workers must be a whole number of at least 1, not "${values.workers}"`);
    return 2;
  }
  try {
    const r = await digestShard(spec, {
      corpus: values.corpus,
      cache: values.cache,
      by: values.by,
      where: values.where,
      workers,
      strict: values.strict,
    });
    const rows = Object.entries(r.rows).map(([t, n]) => `${n} ${t} rows`).join(", ");
    console.log(
      `framelens digest: shard ${spec.index}/${spec.count}: ${r.articles} article${
        r.articles === 1 ? "" : "s"
      } (${r.fromCache} from the cache), ${rows}`,
    );
    console.log(`wrote the shard folder ${r.dir}`);
    return 0;
  } catch (e) {
    console.error(`error: ${(e as Error).message}`);
    return 1;
  }
}

if (import.meta.main) Deno.exit(await main(Deno.args));

/**
 * Shards (issue 19): the per-article step split across runs, on one machine or several.
 * `deno task digest --shard K/N` digests the articles of shard K of N and writes their
 * per-article tables to a shard folder of its own (a store: Parquet files, a manifest
 * with their checksums) with a `shard.json` that lists its articles; the report reads
 * any set of such folders (`--shards`) and aggregates over all their files at once.
 *
 * An article's shard is a hash of its id (SHA-256, its first 32 bits modulo N): it does
 * not depend on the number of files or on the other articles, so adding or removing an
 * article never moves another to another shard (a rank in sorted order would move every
 * later article).
 *
 * @module
 */
import { mkdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { basename, join, resolve } from "node:path";
import type { Article, LoadProblem } from "../types.ts";
import type { StoreReader } from "../stages/stage.ts";
import { openStore } from "../store/store.ts";
import { Database } from "../store/duckdb.ts";
import { checkOutsideCorpus } from "../paths.ts";
import { articleIdOf } from "../corpus/load.ts";
import { SHARD_FILE, shardFoldersIn } from "../store/folders.ts";
import { aggregateStages, articleTables, writeArticleTables } from "./article_store.ts";
import { sha256 } from "./cache.ts";
import type { AnyStage, ArticleDigest } from "../stages/registry.ts";
import { STAGES } from "../stages/registry.ts";

/** A shard of a corpus: number `index` (1 to `count`) of `count`. */
export interface ShardSpec {
  /** The shard's number, from 1. */
  index: number;
  /** The number of shards. */
  count: number;
}

/** The file that says which articles a shard folder holds, and the shard folders' folder in a cache. */
export { SHARD_FILE, SHARDS_IN_CACHE } from "../store/folders.ts";

/**
 * Reads a shard spec `K/N` (1 ≤ K ≤ N).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { parseShard } from "./shard.ts";
 * assert.deepEqual(parseShard("3/8"), { index: 3, count: 8 });
 * assert.throws(() => parseShard("9/8"), /not a shard K\/N/);
 * ```
 *
 * @throws {Error} saying what is wrong, when the text is not `K/N` with whole numbers 1 ≤ K ≤ N.
 */
export function parseShard(text: string): ShardSpec {
  const m = /^(\d+)\/(\d+)$/.exec(text.trim());
  const index = m ? Number(m[1]) : NaN;
  const count = m ? Number(m[2]) : NaN;
  if (!m || !Number.isSafeInteger(count) || count < 1 || index < 1 || index > count) {
    throw new Error(`"${text}" is not a shard K/N: whole numbers with 1 ≤ K ≤ N, such as 3/8`);
  }
  return { index, count };
}

/**
 * The shard (1 to `count`) an article id belongs to: the first 32 bits of the id's
 * SHA-256, modulo `count`, plus 1.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { shardOf } from "./shard.ts";
 * assert.equal(shardOf("any-id", 1), 1);
 * // sha256("a") starts with ca978112: 0xca978112 % 4 = 2, so shard 3
 * assert.equal(shardOf("a", 4), 3);
 * ```
 */
export function shardOf(id: string, count: number): number {
  return (parseInt(sha256(id).slice(0, 8), 16) % count) + 1;
}

/** The folder name of a shard: `K-of-N`. */
export function shardName(spec: ShardSpec): string {
  return `${spec.index}-of-${spec.count}`;
}

/** What `shard.json` holds. */
export interface ShardInfo {
  /** The shard, `K/N`. */
  shard: string;
  /** The unit of comparison its rows' `outlet` column holds (`outlet`, or a field). */
  by: string;
  /** The fingerprint of each stage whose tables it holds, by stage name. */
  fingerprints: Record<string, string>;
  /** Its articles, in corpus order: id, group and the SHA-256 of the text. */
  articles: [id: string, group: string, text: string][];
}

/** The entry of an article in a {@linkcode ShardInfo}. */
export function shardEntry(article: Article, group: string): [string, string, string] {
  return [article.id, group, sha256(article.text)];
}

/** Options of {@linkcode writeShard}. */
export interface WriteShardOptions {
  /** The stages (default the registry's). */
  stages?: readonly AnyStage[];
}

/**
 * Writes a shard folder: the digests' per-article tables as a store (replacing what it
 * held), then `shard.json`, written last and by a rename, so that a folder with a
 * `shard.json` is whole.
 *
 * @throws {Error} when the folder is in the corpus folder or another run writes it.
 */
export async function writeShard(
  dir: string,
  corpusDir: string,
  digests: readonly ArticleDigest[],
  group: (article: Article) => string,
  info: Omit<ShardInfo, "articles" | "fingerprints"> & { fingerprints: Record<string, string> },
  options: WriteShardOptions = {},
): Promise<Record<string, number>> {
  await checkOutsideCorpus(dir, corpusDir, "write a shard");
  await rm(join(dir, SHARD_FILE), { force: true });
  const store = await openStore(dir, { readOnly: false, corpusDir });
  let rows: Record<string, number>;
  try {
    rows = await writeArticleTables(store, digests, group, { stages: options.stages });
    await store.commit();
  } finally {
    await store.close();
  }
  const whole: ShardInfo = { ...info, articles: digests.map((d) => shardEntry(d.article, group(d.article))) };
  const tmp = join(dir, `.${SHARD_FILE}.tmp-${crypto.randomUUID().slice(0, 8)}`);
  await writeFile(tmp, JSON.stringify(whole));
  await rename(tmp, join(dir, SHARD_FILE));
  return rows;
}

/** The fingerprints of the stages that declare per-article tables. */
export function tableFingerprints(
  fingerprints: Readonly<Record<string, string>>,
  stages: readonly AnyStage[] = STAGES,
): Record<string, string> {
  const names = [...new Set(articleTables(stages).map((t) => t.stage))];
  return Object.fromEntries(names.map((n) => [n, fingerprints[n]]));
}

/**
 * The shard folders a list names: each item a shard folder (it holds `shard.json`) or a
 * folder of shard folders (a cache's `shards/`, say), whose subfolders are taken in name
 * order ({@linkcode shardFoldersIn}, as a reader's `openStore` finds them).
 *
 * @throws {Error} naming the folder, when it is neither.
 */
export async function shardFolders(dirs: readonly string[]): Promise<string[]> {
  const out: string[] = [];
  for (const d of dirs) {
    const inner = await shardFoldersIn(resolve(d));
    if (!inner.length) {
      throw new Error(
        `Cannot read the shard folder ${resolve(d)}: it holds no ${SHARD_FILE}, nor does any folder in it`,
      );
    }
    out.push(...inner);
  }
  return out;
}

/** What the shards are checked against: the report's articles, their groups and the stages' fingerprints. */
export interface ShardCheck {
  /** The articles the report analyses. */
  articles: readonly Article[];
  /** Their group (the unit of comparison). */
  group: (article: Article) => string;
  /** The stages' fingerprints now. */
  fingerprints: Readonly<Record<string, string>>;
  /** The corpus folder the shards must stay out of. */
  corpusDir: string;
  /** The stages (default the registry's). */
  stages?: readonly AnyStage[];
  /**
   * The files the report's load left out, with why (`loadCorpus`'s `problems`): a shard
   * that reads only its own files can hold one (a duplicate of another shard's article
   * of the same outlet, say), and the error then names the file and the reason.
   */
  leftOut?: readonly LoadProblem[];
}

/** The shards' tables opened to be aggregated together (see {@linkcode openShards}). */
export interface OpenShards extends StoreReader {
  /** The shard folders read. */
  dirs: string[];
  /** Closes the database and removes its spill folder. */
  close(): Promise<void>;
}

/**
 * Opens a set of shard folders to aggregate over all their files at once, after
 * checking that together they hold each of the report's articles exactly once, as it is
 * now (its text and group) and with the stages' code and data of now; each folder's
 * files are checked against its manifest's checksums. `files(table)` lists every
 * shard's files of a table; `query` runs on a database that may read the shard folders
 * only, and spills to a temporary folder of its own.
 *
 * @throws {Error} naming the shard folder and the article or stage, when they do not match.
 */
export async function openShards(dirs: readonly string[], check: ShardCheck): Promise<OpenShards> {
  const folders = await shardFolders(dirs);
  const expected = new Map(check.articles.map((a) => [a.id, shardEntry(a, check.group(a))]));
  const seen = new Map<string, string>();
  const files = new Map<string, string[]>();
  const wanted = tableFingerprints(check.fingerprints, check.stages);
  const tables = articleTables(check.stages).map((t) => t.name);
  const leftOut = new Map((check.leftOut ?? []).map((p) => [articleIdOf(basename(p.file)), p]));
  for (const dir of folders) {
    await checkOutsideCorpus(dir, check.corpusDir, "read a shard");
    let info: ShardInfo;
    try {
      info = JSON.parse(await readFile(join(dir, SHARD_FILE), "utf8"));
      if (!Array.isArray(info.articles) || typeof info.fingerprints !== "object") throw new Error("malformed");
    } catch (e) {
      throw new Error(`Cannot read the shard ${dir}: ${SHARD_FILE} is unreadable (${(e as Error).message})`);
    }
    for (const [stage, fp] of Object.entries(wanted)) {
      if (info.fingerprints[stage] !== fp) {
        throw new Error(
          `Cannot read the shard ${dir}: its ${stage} rows were made by other code or data than now (digest shard ${info.shard} again)`,
        );
      }
    }
    for (const [id, group, text] of info.articles) {
      const now = expected.get(id);
      if (!now) {
        throw new Error(`Cannot read the shard ${dir}: its article ${id} ${notInReport(leftOut.get(id), info.shard)}`);
      }
      if (seen.has(id)) {
        throw new Error(`Cannot read the shards: the article ${id} is in both ${seen.get(id)} and ${dir}`);
      }
      if (now[1] !== group) {
        throw new Error(
          `Cannot read the shard ${dir}: the article ${id} is in the group "${group}" there, "${
            now[1]
          }" now (by ${info.by})`,
        );
      }
      if (now[2] !== text) {
        throw new Error(
          `Cannot read the shard ${dir}: the article ${id} changed since (digest shard ${info.shard} again)`,
        );
      }
      seen.set(id, dir);
    }
    const store = await openStore(dir, { corpusDir: check.corpusDir });
    try {
      for (const t of tables) files.set(t, [...files.get(t) ?? [], ...store.files(t)]);
    } finally {
      await store.close();
    }
  }
  const missing = check.articles.filter((a) => !seen.has(a.id));
  if (missing.length) {
    throw new Error(
      `Cannot read the shards: ${missing.length} of the report's articles are in none of them (the first: ${
        missing[0].id
      }); give every shard of the corpus, each digested with the report's --where`,
    );
  }
  const spill = await Deno.realPath(await Deno.makeTempDir({ dir: tmpdir(), prefix: "framelens-shards-" }));
  await checkOutsideCorpus(spill, check.corpusDir, "spill the shards' database to");
  await mkdir(spill, { recursive: true });
  let db: Database;
  try {
    db = await Database.open({ tempDir: spill, allowedDirs: [...folders, spill] });
  } catch (e) {
    await rm(spill, { recursive: true, force: true });
    throw e;
  }
  return {
    dirs: folders,
    files: (table) => {
      const f = files.get(table);
      if (!f) throw new Error(`Cannot list the files of table "${table}" in the shards: there is no such table`);
      return f;
    },
    query: (sql, params) => db.query(sql, params),
    close: async () => {
      db.close();
      await rm(spill, { recursive: true, force: true });
    },
  };
}

/** Why a shard's article is not among the report's, and what to do, as far as the report knows. */
function notInReport(problem: LoadProblem | undefined, shard: string): string {
  if (problem) {
    return `is left out of the report (${problem.file}: ${problem.message}), but shard ${shard} reads only its own files and took it; move the file out of the corpus or mend it, then digest shard ${shard} again`;
  }
  return `is not among the report's articles: its file was removed or renamed since, or --where leaves it out of the report but not out of the shard; digest shard ${shard} again from the report's corpus folder and --where`;
}

/**
 * Each stage's aggregated counts over a set of shard folders (see {@linkcode openShards}
 * for the checks): what `countInStore` gives for the same articles in one store.
 *
 * @throws {Error} naming the shard folder and the article or stage, when they do not match.
 */
export async function countInShards(dirs: readonly string[], check: ShardCheck): Promise<Record<string, unknown>> {
  const shards = await openShards(dirs, check);
  try {
    return await aggregateStages(shards, check.stages);
  } finally {
    await shards.close();
  }
}

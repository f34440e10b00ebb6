/**
 * The digests' per-article tables in the store (issue 19): each stage's part written as
 * the tables its stage declares (`digest.store`), one Parquet file per table, and the
 * stages' corpus-wide counts aggregated over them by the database (each stage's
 * `aggregate`). The stage registry is the one list of stages and tables: nothing here
 * names a stage.
 *
 * @module
 */
import { rm } from "node:fs/promises";
import { join } from "node:path";
import type { Article } from "../types.ts";
import { type AnyStage, type ArticleDigest, STAGES } from "../stages/registry.ts";
import type { StoredTable, StoreReader } from "../stages/stage.ts";
import { LOCK_FILE, openStore, type Store } from "../store/store.ts";
import { isLockHeld } from "../store/lock.ts";
import { MANIFEST_FILE, StoreFileError } from "../store/manifest.ts";

/** The store's folder inside the cache folder. */
export const STORE_IN_CACHE = "store";

/**
 * The store folder of a cache folder.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { storeDirOf } from "./article_store.ts";
 * assert.equal(storeDirOf("/tmp/cache"), "/tmp/cache/store");
 * ```
 */
export function storeDirOf(cacheDir: string): string {
  return join(cacheDir, STORE_IN_CACHE);
}

/** A per-article table of a stage, as the registry declares it. */
export interface ArticleTable extends StoredTable<unknown> {
  /** The table's name in the store. */
  name: string;
  /** The stage whose part gives its rows (the key of the part in a digest). */
  stage: string;
}

/**
 * The per-article tables the stages declare, in the registry's order.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { articleTables } from "./article_store.ts";
 * assert.deepEqual(articleTables().map((t) => [t.stage, t.name]), [["terms", "article_terms"]]);
 * ```
 *
 * @throws {Error} when two stages declare tables of the same name.
 */
export function articleTables(stages: readonly AnyStage[] = STAGES): ArticleTable[] {
  const out: ArticleTable[] = [];
  const seen = new Map<string, string>();
  for (const stage of stages) {
    for (const [name, table] of Object.entries(stage.digest?.store ?? {})) {
      const other = seen.get(name);
      if (other) throw new Error(`The ${other} and ${stage.name} stages both declare a per-article table "${name}"`);
      seen.set(name, stage.name);
      out.push({ name, stage: stage.name, schema: table.schema, rows: table.rows });
    }
  }
  return out;
}

/** Options of {@linkcode writeArticleTables}. */
export interface WriteArticleTablesOptions {
  /** The stages (default the registry's). */
  stages?: readonly AnyStage[];
  /** Add the rows to the tables' files rather than replace them (a shard, say). Default false. */
  append?: boolean;
}

/**
 * Writes every per-article table of the digests to the store (not committed: the caller
 * commits), each article's rows with its group in their `outlet` column, the rows fed
 * to the database one at a time. Returns the rows written, by table.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { annotateAndDigest, loadCorpus, loadDigestTools, openStore } from "framelens";
 * import { writeArticleTables } from "./article_store.ts";
 * const tools = await loadDigestTools();
 * const digests = (await loadCorpus()).articles.slice(0, 2).map((a) => annotateAndDigest(a, tools));
 * const store = await openStore(await Deno.makeTempDir(), { readOnly: false });
 * const rows = await writeArticleTables(store, digests, (a) => a.outlet);
 * await store.commit();
 * const [{ n }] = await store.query("select count(*) as n from article_terms");
 * assert.equal(n, rows.article_terms);
 * assert.equal(n, digests[0].terms.length + digests[1].terms.length);
 * await store.close();
 * ```
 */
export async function writeArticleTables(
  store: Pick<Store, "write">,
  digests: readonly ArticleDigest[],
  group: (article: Article) => string,
  options: WriteArticleTablesOptions = {},
): Promise<Record<string, number>> {
  const written: Record<string, number> = {};
  for (const table of articleTables(options.stages)) {
    const file = await store.write(table.name, table.schema, tableRows(table, digests, group), {
      append: options.append,
    });
    written[table.name] = file.rows;
  }
  return written;
}

/** A per-article table's rows of every digest, one at a time. */
function* tableRows(
  table: ArticleTable,
  digests: readonly ArticleDigest[],
  group: (article: Article) => string,
): Generator<object> {
  for (const d of digests) {
    yield* table.rows((d as unknown as Record<string, unknown>)[table.stage], d.article, group(d.article));
  }
}

/**
 * Runs each stage's `aggregate` on the store: the counts its corpus-wide part reads
 * (`input.stored`), by stage name.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { annotateAndDigest, loadCorpus, loadDigestTools, openStore } from "framelens";
 * import { aggregateStages, writeArticleTables } from "./article_store.ts";
 * const tools = await loadDigestTools();
 * const digests = (await loadCorpus()).articles.slice(0, 2).map((a) => annotateAndDigest(a, tools));
 * const store = await openStore(await Deno.makeTempDir(), { readOnly: false });
 * await writeArticleTables(store, digests, (a) => a.outlet);
 * await store.commit();
 * assert.deepEqual(Object.keys(await aggregateStages(store)), ["terms"]);
 * await store.close();
 * ```
 */
export async function aggregateStages(
  store: StoreReader,
  stages: readonly AnyStage[] = STAGES,
): Promise<Record<string, unknown>> {
  const out: Record<string, unknown> = {};
  for (const stage of stages) if (stage.aggregate) out[stage.name] = await stage.aggregate(store);
  return out;
}

/** Options of {@linkcode countInStore}. */
export interface CountInStoreOptions {
  /** The stages (default the registry's). */
  stages?: readonly AnyStage[];
  /** Where a note goes (a corrupt store rebuilt). */
  log?: (line: string) => void;
}

/**
 * Writes the digests' per-article tables to the store in `storeDir` (which must lie
 * outside the corpus folder, as the store checks), replacing what it held, commits them,
 * and returns each stage's aggregated counts (see {@linkcode aggregateStages}). A store
 * whose files no longer match its manifest (a truncated or changed file) is rebuilt.
 * While another run writes the store (it holds its lock) this one leaves it alone and
 * returns undefined, with a line in the log: the stages then count from the digests, to
 * the same tables.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { annotateAndDigest, DEFAULT_CORPUS_DIR, loadCorpus, loadDigestTools } from "framelens";
 * import { countInStore } from "./article_store.ts";
 * const tools = await loadDigestTools();
 * const digests = (await loadCorpus()).articles.slice(0, 2).map((a) => annotateAndDigest(a, tools));
 * const stored = await countInStore(await Deno.makeTempDir(), DEFAULT_CORPUS_DIR, digests, (a) => a.outlet);
 * assert.ok(stored && "terms" in stored);
 * ```
 *
 * @throws {Error} when the store folder is in the corpus folder.
 */
export async function countInStore(
  storeDir: string,
  corpusDir: string,
  digests: readonly ArticleDigest[],
  group: (article: Article) => string,
  options: CountInStoreOptions = {},
): Promise<Record<string, unknown> | undefined> {
  const busy = async () => {
    if (!(await isLockHeld(join(storeDir, LOCK_FILE)))) return false;
    options.log?.(`another run is writing the store ${storeDir}: this run counts from the digests in memory`);
    return true;
  };
  if (await busy()) return undefined;
  let store: Store;
  try {
    store = await openStore(storeDir, { readOnly: false, corpusDir });
  } catch (e) {
    // Another run took the lock since.
    if (await busy()) return undefined;
    if (!(e instanceof StoreFileError)) throw e;
    // Every table is written again: the manifest that lists the bad file goes.
    options.log?.(`the store ${storeDir} was rebuilt: ${e.message}`);
    await rm(join(storeDir, MANIFEST_FILE), { force: true });
    store = await openStore(storeDir, { readOnly: false, corpusDir });
  }
  try {
    await writeArticleTables(store, digests, group, { stages: options.stages });
    await store.commit();
    return await aggregateStages(store, options.stages);
  } finally {
    await store.close();
  }
}

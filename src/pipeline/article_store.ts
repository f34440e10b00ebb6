/**
 * The digests' per-article tables in the store (issue 19): each stage's part written as
 * the tables its stage declares (`digest.store`), one Parquet file per table, and the
 * stages' corpus-wide counts aggregated over them by the database (each stage's
 * `aggregate`). The stage registry is the one list of stages and tables: nothing here
 * names a stage.
 *
 * @module
 */
import { join } from "node:path";
import type { Article } from "../types.ts";
import { type AnyStage, type ArticleDigest, STAGES } from "../stages/registry.ts";
import type { StoredTable, StoreReader } from "../stages/stage.ts";
import { LOCK_FILE, openStore, type Store } from "../store/store.ts";
import { isLockHeld } from "../store/lock.ts";
import { manifestSchema, readManifest, type StoreFile, StoreFileError, writeManifest } from "../store/manifest.ts";
import { sha256 } from "./cache.ts";
import { STORE_IN_CACHE } from "../store/folders.ts";

/** The store's folder inside the cache folder. */
export { STORE_IN_CACHE } from "../store/folders.ts";

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
    const groups = digests.map((d) => group(d.article));
    const file = await store.write(table.name, table.schema, tableRows(table, digests, groups), {
      append: options.append,
    });
    written[table.name] = file.rows;
  }
  return written;
}

/** A per-article table's rows of every digest (or of those at `only`), one at a time. */
function* tableRows(
  table: ArticleTable,
  digests: readonly ArticleDigest[],
  groups: readonly string[],
  only?: readonly number[],
): Generator<object> {
  for (const i of only ?? digests.keys()) {
    const d = digests[i];
    yield* table.rows((d as unknown as Record<string, unknown>)[table.stage], d.article, groups[i]);
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
  /** Where a note goes (a corrupt part rebuilt). */
  log?: (line: string) => void;
  /**
   * The fingerprints of the stages' code and data, by stage name (`DigestTools.fingerprints`):
   * an article's rows are then known from the article, its group and its stage's
   * fingerprint, without being made again. Without them, each article's rows are made
   * and hashed to know whether its part may be kept.
   */
  fingerprints?: Readonly<Record<string, string>>;
}

/**
 * The most articles a part (one Parquet file of a per-article table) is written with: a
 * changed article costs the rewriting of its part only.
 */
export const PART_ARTICLES = 2000;

/** Parts of fewer articles than this are small: the rerun that adds an article writes one. */
const SMALL_PART = PART_ARTICLES / 4;

/** Past this many small parts, a rerun merges them into one. */
const SMALL_PARTS_KEPT = 8;

/**
 * The key of an article's rows in a per-article table: what they are made from (the
 * table, the article as loaded, its group and its stage's fingerprint), or, without a
 * fingerprint, the rows themselves.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { annotateAndDigest, loadCorpus, loadDigestTools } from "framelens";
 * import { articleRowsKey, articleTables } from "./article_store.ts";
 * const tools = await loadDigestTools();
 * const [digest] = (await loadCorpus()).articles.slice(0, 1).map((a) => annotateAndDigest(a, tools));
 * const [table] = articleTables();
 * const key = articleRowsKey(table, digest, "A", tools.fingerprints.terms);
 * assert.notEqual(articleRowsKey(table, digest, "B", tools.fingerprints.terms), key); // another group
 * assert.equal(articleRowsKey(table, digest, "A"), articleRowsKey(table, digest, "A")); // from the rows
 * ```
 */
export function articleRowsKey(
  table: ArticleTable,
  digest: ArticleDigest,
  group: string,
  fingerprint?: string,
): string {
  const made = fingerprint === undefined
    ? ["rows", [...table.rows((digest as unknown as Record<string, unknown>)[table.stage], digest.article, group)]]
    : ["made", fingerprint, digest.article];
  return sha256(JSON.stringify([table.name, table.schema.columns, group, made])).slice(0, 32);
}

/** What a rerun does to one per-article table: the parts kept, dropped, rewritten, and the articles to write. */
interface TablePlan {
  /** The parts to take out of the table (dropped, or rewritten without some articles). */
  drop: string[];
  /** The parts rewritten without the articles (ids) whose rows changed or left. */
  rewrite: { file: string; without: string[]; articles: Record<string, string> }[];
  /** The indexes of the digests whose rows are not in a part kept. */
  add: number[];
}

/** Which parts of a table stay, which go, and which articles are to be written (see {@linkcode TablePlan}). */
function planTable(files: readonly StoreFile[], keys: readonly string[], ids: readonly string[]): TablePlan {
  const wanted = new Map(keys.map((k, i) => [k, i]));
  const have = new Set<string>();
  const plan: TablePlan = { drop: [], rewrite: [], add: [] };
  for (const f of files) {
    const without: string[] = [];
    const kept: [string, string][] = [];
    for (const [id, key] of Object.entries(f.articles ?? {})) {
      const i = wanted.get(key);
      if (i === undefined || ids[i] !== id || have.has(key)) without.push(id);
      else {
        have.add(key);
        kept.push([id, key]);
      }
    }
    if (without.length === 0) continue;
    plan.drop.push(f.file);
    if (kept.length > 0) plan.rewrite.push({ file: f.file, without, articles: Object.fromEntries(kept) });
  }
  keys.forEach((k, i) => {
    if (!have.has(k)) plan.add.push(i);
  });
  return plan;
}

/**
 * Brings one per-article table of the store up to date with the digests: keeps its parts
 * whose articles are all unchanged, rewrites (in the database) those with some articles
 * changed or gone, writes the new or changed articles' rows as new parts of at most
 * {@linkcode PART_ARTICLES} articles, and merges the small parts once there are many.
 * A table written by an older framelens (parts without their articles) is written anew.
 */
async function updateTable(
  store: Store,
  table: ArticleTable,
  digests: readonly ArticleDigest[],
  groups: readonly string[],
  fingerprint: string | undefined,
): Promise<void> {
  const keys = digests.map((d, i) => articleRowsKey(table, d, groups[i], fingerprint));
  const ids = digests.map((d) => d.article.id);
  const current = store.manifest.tables[table.name];
  const columns = JSON.stringify(manifestSchema(table.schema).columns);
  const reusable = current && JSON.stringify(current.schema.columns) === columns &&
    current.files.every((f) => f.articles);
  const plan = reusable ? planTable(current.files, keys, ids) : { drop: [], rewrite: [], add: keys.map((_, i) => i) };
  const path = (file: string) => join(store.dir, file);
  // A table made otherwise is written anew: every article is to be written.
  if (current && !reusable) store.drop(table.name);
  for (const r of plan.rewrite) {
    await store.writeQuery(table.name, table.schema, KEEP_ARTICLES_SQL, [path(r.file), r.without], {
      append: true,
      articles: r.articles,
    });
  }
  store.drop(table.name, plan.drop);
  for (let start = 0; start < plan.add.length; start += PART_ARTICLES) {
    const part = plan.add.slice(start, start + PART_ARTICLES);
    const articles = Object.fromEntries(part.map((i) => [ids[i], keys[i]]));
    const rows = tableRows(table, digests, groups, part);
    await store.write(table.name, table.schema, rows, { append: true, articles });
  }
  const staged = store.staged(table.name);
  // No article: one empty part, so that the table has a file to read.
  if (staged.length === 0) await store.write(table.name, table.schema, [], { append: true, articles: {} });
  const small = staged.filter((f) => Object.keys(f.articles ?? {}).length < SMALL_PART);
  if (small.length > SMALL_PARTS_KEPT) {
    const articles = Object.fromEntries(small.flatMap((f) => Object.entries(f.articles ?? {})));
    const files = small.map((f) => path(f.file));
    await store.writeQuery(table.name, table.schema, "SELECT * FROM read_parquet($1)", [files], {
      append: true,
      articles,
    });
    store.drop(table.name, small.map((f) => f.file));
  }
}

/** A part's rows without those of some articles: `$1` the part's file, `$2` the articles' ids. */
const KEEP_ARTICLES_SQL = "SELECT * FROM read_parquet($1) WHERE NOT list_contains($2, article)";

/**
 * Brings the digests' per-article tables up to date in the store in `storeDir` (which
 * must lie outside the corpus folder, as the store checks), commits them, and returns
 * each stage's aggregated counts (see {@linkcode aggregateStages}). Each table is kept
 * in parts (Parquet files of up to {@linkcode PART_ARTICLES} articles, each listed in the
 * manifest with its articles' keys, {@linkcode articleRowsKey}): a rerun writes only the
 * new or changed articles' rows, drops those of articles gone, and aggregates over every
 * part. A store whose part no longer matches its manifest (truncated or changed) loses
 * that part, whose articles are written again, with a line in the log. While another
 * run writes the store (it holds its lock) this one leaves it alone and returns
 * undefined, with a line in the log: the stages then count from the digests, to the same
 * tables.
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
  let store: Store | undefined;
  for (let tries = 0; !store; tries++) {
    try {
      store = await openStore(storeDir, { readOnly: false, corpusDir });
    } catch (e) {
      // Another run took the lock since.
      if (await busy()) return undefined;
      if (!(e instanceof StoreFileError) || tries > MAX_REPAIRS) throw e;
      // The part at fault leaves the manifest: its articles are written again below.
      options.log?.(`the store ${storeDir} was rebuilt where it was damaged: ${e.message}`);
      await dropFromManifest(storeDir, e.file);
    }
  }
  try {
    const groups = digests.map((d) => group(d.article));
    for (const table of articleTables(options.stages)) {
      await updateTable(store, table, digests, groups, options.fingerprints?.[table.stage]);
    }
    await store.commit();
    return await aggregateStages(store, options.stages);
  } finally {
    await store.close();
  }
}

/** The most damaged parts a run takes out of the store before it gives up. */
const MAX_REPAIRS = 1000;

/** Takes a file out of the store's manifest (a damaged part, whose articles are then written again). */
async function dropFromManifest(storeDir: string, file: string): Promise<void> {
  const manifest = await readManifest(storeDir);
  if (!manifest) return;
  for (const table of Object.values(manifest.tables)) table.files = table.files.filter((f) => f.file !== file);
  await writeManifest(storeDir, manifest);
}

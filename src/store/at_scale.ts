/**
 * The notebooks at scale (issue 19): whether a corpus is large enough that a notebook
 * reads its counts from a report's store by SQL rather than annotating every article,
 * and the store's rows in the shapes the charts take (term rows, a count table).
 *
 * A notebook calls {@linkcode corpusScale} once, then, when `useStore` is set, opens the
 * store (`openStore(scale.store)`) and reads {@linkcode storeGroups},
 * {@linkcode storeTopTerms} and {@linkcode storeCountTable}; a notebook whose question
 * the store holds no table for yet analyses {@linkcode sampleAtScale} of the articles.
 *
 * @module
 */
import { readdir, realpath } from "node:fs/promises";
import { resolve } from "node:path";
import { ARTICLE_NAME, articleIdOf, DEFAULT_CORPUS_DIR } from "../corpus/load.ts";
import { groupOf } from "../stages/stage.ts";
import type { Article } from "../types.ts";
import { projectPath } from "../paths.ts";
import type { CountTable } from "../measures/count_table.ts";
import { type TermRow, termRowsOfCounts } from "../measures/terms.ts";
import type { DocumentFrequency, GroupTermCount, GroupTotal, Queryable } from "./aggregate.ts";
import { SHARDS_IN_CACHE, STORE_IN_CACHE, storeFolders } from "./folders.ts";
import { MANIFEST_FILE, readManifest } from "./manifest.ts";

/**
 * Above this many articles a corpus is large: a notebook reads its counts from the
 * store (when a report or `deno task digest` wrote one for the corpus) instead of
 * annotating every article in memory. The one place the threshold is declared.
 */
export const LARGE_CORPUS = 5000;

/** The default cache folder a notebook looks in for a store (`out/cache`, the report's default). */
const DEFAULT_CACHE = projectPath("out", "cache");

/** Options of {@linkcode corpusScale}. */
export interface CorpusScaleOptions {
  /**
   * Where the store is: a store folder, the cache folder a report used, or shard folders
   * (what `openStore` takes). `null`: use none. Default: the project's `out/cache`, when it
   * holds a store of this corpus.
   */
  store?: string | null;
  /** The number of articles above which the corpus is large. Default {@linkcode LARGE_CORPUS}. */
  threshold?: number;
  /** The cache folder looked in for a store when `store` is not given. Default the project's `out/cache`. */
  cache?: string;
}

/** What {@linkcode corpusScale} found. */
export interface CorpusScale {
  /** The article files in the corpus folder (counted by name: none is read). */
  articles: number;
  /** The threshold above which the corpus is large. */
  threshold: number;
  /** Whether the corpus has more than `threshold` articles. */
  large: boolean;
  /**
   * The store: as given (not checked against the corpus folder), or, for a large corpus,
   * found in `out/cache` when its manifests name this corpus folder (null: none).
   */
  store: string | null;
  /** Whether the notebook reads its counts from the store: a large corpus with a store. */
  useStore: boolean;
  /** One sentence that says which path the notebook takes, and why. */
  note: string;
}

/**
 * The store a cache folder holds of a corpus folder (the default path of
 * {@linkcode corpusScale}): `store` the cache folder when its store (or shard folders)
 * was made from the corpus folder, else null with the reason (`why`) for the note.
 *
 * @throws {Error} naming the folder and the problem when a store is there but cannot be
 *   read: the folder cannot be listed, shard folders are not one whole set, a manifest is
 *   unreadable, a report is writing its first store there ({@linkcode storeFolders}).
 */
async function storeOfCorpus(cache: string, corpusDir: string): Promise<{ store: string | null; why: string }> {
  let here: string[];
  try {
    here = await readdir(cache);
  } catch (e) {
    const code = (e as { code?: string }).code;
    if (code === "ENOENT") return { store: null, why: `there is no ${cache}` };
    throw new Error(`Cannot look for a store in ${cache}: the folder cannot be read (${code ?? (e as Error).message})`);
  }
  if (![MANIFEST_FILE, STORE_IN_CACHE, SHARDS_IN_CACHE].some((n) => here.includes(n))) {
    return { store: null, why: `${cache} holds no store` };
  }
  for (const d of await storeFolders(cache)) {
    const made = (await readManifest(d))?.corpusDir;
    if (made !== corpusDir) return { store: null, why: `the store in ${cache} was made from ${made}` };
  }
  return { store: cache, why: "" };
}

/**
 * Counts a corpus folder's article files and finds the store made from it, to tell a
 * notebook whether to read its counts from the store (a corpus of more than
 * {@linkcode LARGE_CORPUS} articles with a store) or to annotate the articles.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const scale = await corpusScale("data/articles", { store: null });
 * assert.equal(scale.useStore, false); // 5 articles: annotated in memory
 * assert.match(scale.note, /^5 articles/);
 * ```
 *
 * @throws {Error} naming the folder when the corpus folder cannot be read, or when a
 *   store is given (`options.store`) that cannot be opened, whatever the corpus's size;
 *   for a large corpus, naming the folder and the problem when `out/cache` holds a store
 *   that cannot be read (a missing store there is no error: the note says none was found).
 */
export async function corpusScale(
  corpusDir: string = DEFAULT_CORPUS_DIR,
  options: CorpusScaleOptions = {},
): Promise<CorpusScale> {
  const threshold = options.threshold ?? LARGE_CORPUS;
  let names: string[];
  let real: string;
  try {
    real = await realpath(resolve(corpusDir));
    names = await readdir(real);
  } catch (e) {
    throw new Error(`Cannot count the articles of ${corpusDir}: the folder cannot be read (${(e as Error).message})`);
  }
  const articles = names.filter((n) => ARTICLE_NAME.test(n)).length;
  const large = articles > threshold;
  let store: string | null = null;
  let none = "no store of this corpus";
  if (options.store) {
    await storeFolders(options.store);
    store = options.store;
  } else if (options.store === undefined && large) {
    const found = await storeOfCorpus(options.cache ?? DEFAULT_CACHE, real);
    store = found.store;
    none = `no store of this corpus (${found.why})`;
  }
  const useStore = large && store !== null;
  const counted = `${articles.toLocaleString("en")} articles`;
  const some = threshold.toLocaleString("en");
  const note = useStore
    ? `${counted}, more than ${some}: the counts the store holds are read from ${store} by SQL; what it holds no table for yet is read from an even sample of ${some} articles`
    : large
    ? `${counted}, more than ${some}, and ${none} (run the report, or deno task digest, to write one): an even sample of ${some} articles is read`
    : `${counted}, at most ${some}: every article is read`;
  return { articles, threshold, large, store, useStore, note };
}

/**
 * The articles a notebook analyses in memory: all of them when the corpus is not large,
 * else `scale.threshold` of them spread evenly over the corpus in id order (every k-th),
 * so that a notebook whose question the store holds no table for yet still runs in
 * bounded memory. The notebook says so ({@linkcode CorpusScale.note}).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const articles = ["a", "b", "c", "d", "e"].map((id) => ({ id }));
 * const scale = { articles: 5, threshold: 2, large: true, store: null, useStore: false, note: "" };
 * assert.deepEqual(sampleAtScale(articles, scale).map((a) => a.id), ["a", "d"]); // every 3rd: ⌈5 / 2⌉
 * assert.equal(sampleAtScale(articles, { ...scale, large: false }).length, 5);
 * ```
 */
export function sampleAtScale<T extends { id: string }>(articles: readonly T[], scale: CorpusScale): T[] {
  if (!scale.large || articles.length <= scale.threshold) return [...articles];
  const sorted = [...articles].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const step = Math.ceil(sorted.length / scale.threshold);
  return sorted.filter((_, i) => i % step === 0);
}

/**
 * The article files a notebook loads at scale ({@linkcode sampleAtScale} drawn from the
 * file names, each named by its article's id), so that a large corpus's texts are not
 * read whole before the sample is drawn: for `loadCorpus`'s `select`. The sample is that
 * of the loaded articles when every file loads; a filter (outlets, `WHERE`) then keeps
 * its share of the sample.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const scale = { articles: 5, threshold: 2, large: true, store: null, useStore: false, note: "" };
 * assert.deepEqual(sampleFilesAtScale(["b.md", "a.md", "c.md", "d.md", "e.md"], scale), ["a.md", "d.md"]);
 * ```
 */
export function sampleFilesAtScale(names: readonly string[], scale: CorpusScale): string[] {
  return sampleAtScale(names.map((name) => ({ id: articleIdOf(name), name })), scale).map((f) => f.name);
}

/**
 * What a sample keeps of a corpus's article pairs (reprints, say: both articles of a pair
 * must be drawn): `k` of `n` articles keep k(k − 1) / (n(n − 1)) of the pairs, about
 * (k / n)², and one line that says so.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const { share, note } = samplePairs(5000, 100000);
 * assert.equal(share, (5000 * 4999) / (100000 * 99999)); // 0.0025, about (5,000 / 100,000)²
 * assert.match(note, /^a sample of 5,000 of 100,000 articles keeps 0\.25% of the article pairs/);
 * assert.equal(samplePairs(9, 9).note, "every article of 9 is read: every pair of articles is compared");
 * ```
 */
export function samplePairs(sampled: number, articles: number): { share: number; note: string } {
  if (sampled >= articles) {
    return {
      share: 1,
      note: `every article of ${articles.toLocaleString("en")} is read: every pair of articles is compared`,
    };
  }
  const share = articles < 2 ? 1 : (sampled * (sampled - 1)) / (articles * (articles - 1));
  const [k, n] = [sampled, articles].map((x) => x.toLocaleString("en"));
  const percent = (share * 100).toLocaleString("en", { maximumSignificantDigits: 2 });
  return {
    share,
    note: `a sample of ${k} of ${n} articles keeps ${percent}% of the article pairs, about (${k} / ${n})²: ` +
      `a pair is found only when both of its articles are drawn, so about that share of the reprint pairs is found here (the report compares every pair)`,
  };
}

/** A notebook's settings that the store's readings are asked to follow. */
export interface StoreSettings {
  /** The unit of comparison (the notebook's `GROUP_BY`). */
  groupBy: string;
  /** The articles kept (`WHERE`); empty: all. */
  where: string;
  /** The outlets kept (`OUTLETS`); empty: all. */
  outlets: readonly string[];
}

/** How the store's readings follow a notebook's settings ({@linkcode storeFit}). */
export interface StoreFit {
  /** The groups the readings keep (their `outlets` option). */
  outlets: string[];
  /** One line for each setting the store's counts do not follow, naming the setting. */
  warnings: string[];
}

/**
 * Which of a notebook's settings the store's counts follow. The store's per-article table
 * (`article_terms`: article, group, term, count) holds each article's group, the `--by`
 * of the report or digest that wrote it, and no other metadata, so:
 * - `GROUP_BY` is checked, not applied: each sampled article's group in the store
 *   against its `GROUP_BY` value; when they differ, a warning names `GROUP_BY` and says
 *   that the groups shown are the store's.
 * - `OUTLETS` is applied to the store's groups when they are outlets, else named in a warning.
 * - `WHERE` cannot be tested on the store's rows: when set, a warning names it.
 *
 * @param sample The articles the notebook loaded (its sample), before grouping, with their metadata.
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { openStore } from "./store.ts";
 * const dir = await Deno.makeTempDir();
 * const w = await openStore(dir, { readOnly: false, corpusDir: "data/articles" });
 * const schema = { title: "T", columns: { article: "string", outlet: "string", term: "string", count: "integer" } } as const;
 * await w.write("article_terms", schema, [{ article: "a1", outlet: "A", term: "war", count: 2 }]);
 * await w.commit();
 * const sample = [{ id: "a1", file: "a1.md", outlet: "A", country: "Iran", extra: {}, text: "" }];
 * const fit = await storeFit(w, { groupBy: "outlet", where: "country = Iran", outlets: ["A"] }, sample);
 * assert.deepEqual(fit.outlets, ["A"]);
 * assert.match(fit.warnings[0], /^WHERE \("country = Iran"\) is not applied/);
 * await w.close();
 * ```
 */
export async function storeFit(db: Queryable, settings: StoreSettings, sample: readonly Article[]): Promise<StoreFit> {
  const rows = await db.query(
    "SELECT DISTINCT article, outlet FROM article_terms WHERE article IN (SELECT unnest($1::VARCHAR[]))",
    [sample.map((a) => a.id)],
  ) as { article: string; outlet: string }[];
  const stored = new Map(rows.map((r) => [r.article, r.outlet]));
  const found = sample.filter((a) => stored.has(a.id));
  const outletOf = (a: Article) => a.outlet;
  const group = groupOf(settings.groupBy) ?? outletOf;
  const byOutlet = found.length > 0 && found.every((a) => stored.get(a.id) === a.outlet);
  const other = found.find((a) => stored.get(a.id) !== group(a));
  const warnings: string[] = [];
  if (!found.length) {
    warnings.push(
      `none of the ${
        sample.length.toLocaleString("en")
      } articles read is in the store: its counts may be of other articles, and GROUP_BY cannot be checked against them`,
    );
  } else if (other) {
    warnings.push(
      `GROUP_BY ("${settings.groupBy}") is not applied to the store's counts: the store groups its articles by the --by of the report that wrote it ` +
        `(${other.id} is in the group "${stored.get(other.id)}" there), and its groups are shown`,
    );
  }
  const outlets = settings.outlets.length && byOutlet ? [...settings.outlets] : [];
  if (settings.outlets.length && !byOutlet) {
    warnings.push(
      `OUTLETS (${
        settings.outlets.join(", ")
      }) is not applied to the store's counts: their groups are not outlets, and the store holds no outlet of an article beside its group`,
    );
  }
  if (settings.where.trim()) {
    warnings.push(
      `WHERE ("${settings.where}") is not applied to the store's counts: the store holds no article metadata to test it on (its table article_terms has article, group, term and count), so they count every article`,
    );
  }
  return { outlets, warnings };
}

/** Options of the store's readings: the groups to keep. */
export interface StoreRowsOptions {
  /** Only these groups (outlets, or the report's `--by`); empty or absent: all. */
  outlets?: readonly string[];
}

/** `WHERE` over the `outlet` column, `$1` being the groups kept (an empty list keeps all). */
const KEEP = "(len($1::VARCHAR[]) = 0 OR list_contains($1::VARCHAR[], outlet))";

/**
 * Each group's articles and counted terms, from the store's `article_terms`: the rows
 * of `GROUP_TOTALS_SQL` (`src/store/aggregate.ts`), as the report counts them.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { openStore } from "./store.ts";
 * const dir = await Deno.makeTempDir();
 * const w = await openStore(dir, { readOnly: false, corpusDir: "data/articles" });
 * const schema = { title: "T", columns: { article: "string", outlet: "string", term: "string", count: "integer" } } as const;
 * await w.write("article_terms", schema, [
 *   { article: "a1", outlet: "A", term: "war", count: 2 },
 *   { article: "a1", outlet: "A", term: "peace", count: 1 },
 * ]);
 * await w.commit();
 * assert.deepEqual(await storeGroups(w), [{ outlet: "A", tokens: 3, articles: 1 }]);
 * await w.close();
 * ```
 */
export async function storeGroups(db: Queryable, options: StoreRowsOptions = {}): Promise<GroupTotal[]> {
  return await db.query(
    `SELECT outlet, sum(count)::BIGINT AS tokens, count(DISTINCT article)::BIGINT AS articles
FROM article_terms WHERE ${KEEP}
GROUP BY outlet ORDER BY outlet`,
    [[...options.outlets ?? []]],
  ) as unknown as GroupTotal[];
}

/** Options of {@linkcode storeTopTerms}. */
export interface StoreTopTermsOptions extends StoreRowsOptions {
  /** The terms kept per group, most counted first (ties by term). Default 10. */
  n?: number;
}

/**
 * Each group's most counted terms from the store, as term rows (`termRows`' figures:
 * count, per 1,000 counted terms of the group, articles, TF-IDF): the same rows as the
 * report's `terms.csv` for those terms, for `topTermsChart`. Only the top rows come into
 * JavaScript.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { openStore } from "./store.ts";
 * const dir = await Deno.makeTempDir();
 * const w = await openStore(dir, { readOnly: false, corpusDir: "data/articles" });
 * const schema = { title: "T", columns: { article: "string", outlet: "string", term: "string", count: "integer" } } as const;
 * await w.write("article_terms", schema, [
 *   { article: "a1", outlet: "A", term: "war", count: 3 },
 *   { article: "a1", outlet: "A", term: "peace", count: 1 },
 * ]);
 * await w.commit();
 * const [war] = await storeTopTerms(w, { n: 1 });
 * assert.deepEqual([war.term, war.count, war.per1k], ["war", 3, 750]); // 3 of A's 4 counted terms
 * await w.close();
 * ```
 */
export async function storeTopTerms(db: Queryable, options: StoreTopTermsOptions = {}): Promise<TermRow[]> {
  const keep = [...options.outlets ?? []];
  const counts = await db.query(
    `WITH c AS (
  SELECT outlet, term, sum(count)::BIGINT AS count, count(*)::BIGINT AS articles
  FROM article_terms WHERE ${KEEP} GROUP BY outlet, term
)
SELECT outlet, term, count, articles FROM c
QUALIFY row_number() OVER (PARTITION BY outlet ORDER BY count DESC, term) <= $2
ORDER BY outlet, term`,
    [keep, options.n ?? 10],
  ) as unknown as GroupTermCount[];
  const documents = await db.query(
    `SELECT term, count(*)::BIGINT AS articles FROM article_terms
WHERE ${KEEP} AND term IN (SELECT unnest($2::VARCHAR[])) GROUP BY term ORDER BY term`,
    [keep, [...new Set(counts.map((c) => c.term))]],
  ) as unknown as DocumentFrequency[];
  return termRowsOfCounts({ totals: await storeGroups(db, options), counts, documents });
}

/** Options of {@linkcode storeCountTable}. */
export interface StoreCountTableOptions extends StoreRowsOptions {
  /** The terms kept: the most counted corpus-wide (ties by term). Default 2,000. */
  terms?: number;
}

/**
 * A count table of the store's most counted terms, for `keyness` and
 * `weightedLogOdds`: each kept term's count in every group, and each group's total over
 * every term (not only the kept ones), so that a kept term's keyness is the one the
 * whole table gives.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { openStore } from "./store.ts";
 * const dir = await Deno.makeTempDir();
 * const w = await openStore(dir, { readOnly: false, corpusDir: "data/articles" });
 * const schema = { title: "T", columns: { article: "string", outlet: "string", term: "string", count: "integer" } } as const;
 * await w.write("article_terms", schema, [
 *   { article: "a1", outlet: "A", term: "war", count: 3 },
 *   { article: "a1", outlet: "A", term: "peace", count: 1 },
 *   { article: "b1", outlet: "B", term: "peace", count: 2 },
 * ]);
 * await w.commit();
 * const table = await storeCountTable(w, { terms: 1 });
 * assert.deepEqual(table.groups, ["A", "B"]);
 * assert.deepEqual([...table.counts], [["peace", [1, 2]]]); // peace: 3 in all, war: 3; ties by term
 * assert.deepEqual(table.totals, [4, 2]);
 * await w.close();
 * ```
 */
export async function storeCountTable(db: Queryable, options: StoreCountTableOptions = {}): Promise<CountTable> {
  const keep = [...options.outlets ?? []];
  const totals = await storeGroups(db, options);
  const groups = totals.map((t) => t.outlet).sort((a, b) => a.localeCompare(b));
  const index = new Map(groups.map((g, i) => [g, i]));
  const rows = await db.query(
    `WITH t AS (
  SELECT term FROM article_terms WHERE ${KEEP} GROUP BY term ORDER BY sum(count) DESC, term LIMIT $2
)
SELECT outlet, term, sum(count)::BIGINT AS count FROM article_terms
WHERE ${KEEP} AND term IN (SELECT term FROM t)
GROUP BY outlet, term ORDER BY term, outlet`,
    [keep, options.terms ?? 2000],
  ) as unknown as { outlet: string; term: string; count: number }[];
  const counts = new Map<string, number[]>();
  for (const r of rows) {
    const row = counts.get(r.term) ?? counts.set(r.term, new Array(groups.length).fill(0)).get(r.term)!;
    row[index.get(r.outlet)!] = r.count;
  }
  const total = new Map(totals.map((t) => [t.outlet, t.tokens]));
  return { groups, counts, totals: groups.map((g) => total.get(g)!) };
}

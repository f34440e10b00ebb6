/**
 * Corpus-wide counts as SQL over any set of Parquet files of per-article rows (one
 * file, or the shards that separate runs wrote): sums and counts of whole numbers, with
 * an ORDER BY over every key, so that the rows are the same, in the same order, on any
 * number of threads and for any split of the rows into files. The statistics built on
 * these counts (G², intervals, NPMI) stay in the TypeScript measures.
 *
 * Keys are ordered as DuckDB orders text: by UTF-8 bytes, which is Unicode code point
 * order.
 *
 * @module
 */
import type { SqlParam } from "./duckdb.ts";

/** What runs the aggregations: an open store, or a database. */
export interface Queryable {
  /** Runs one query with bound parameters and returns plain rows. */
  query(
    sql: string,
    params?: readonly SqlParam[] | Readonly<Record<string, SqlParam>>,
  ): Promise<Record<string, unknown>[]>;
}

/** The SQL of {@linkcode termCountsByGroup}: `$1` is the list of files of `ARTICLE_TERMS` rows. */
export const TERM_COUNTS_SQL = `SELECT outlet, term, sum(count)::BIGINT AS count, count(*)::BIGINT AS articles
FROM read_parquet($1)
GROUP BY outlet, term
ORDER BY outlet, term`;

/** The SQL of {@linkcode documentFrequencies}: `$1` is the list of files of `ARTICLE_TERMS` rows. */
export const DOCUMENT_FREQUENCIES_SQL = `SELECT term, count(*)::BIGINT AS articles
FROM read_parquet($1)
GROUP BY term
ORDER BY term`;

/** The SQL of {@linkcode groupTotals}: `$1` is the list of files of `ARTICLE_TERMS` rows. */
export const GROUP_TOTALS_SQL =
  `SELECT outlet, sum(count)::BIGINT AS tokens, count(DISTINCT article)::BIGINT AS articles
FROM read_parquet($1)
GROUP BY outlet
ORDER BY outlet`;

/**
 * The SQL of {@linkcode pairCounts}: `$1` is the list of files of `ARTICLE_ENTITIES`
 * rows, `$2` the least count kept.
 */
export const PAIR_COUNTS_SQL = `WITH e AS (SELECT DISTINCT article, entity FROM read_parquet($1))
SELECT a.entity AS x, b.entity AS y, count(*)::BIGINT AS articles
FROM e AS a JOIN e AS b ON a.article = b.article AND a.entity < b.entity
GROUP BY x, y
HAVING count(*) >= $2
ORDER BY x, y`;

/** A term's count in a group, summed over its articles. */
export interface GroupTermCount {
  /** The group. */
  outlet: string;
  /** The term. */
  term: string;
  /** Its occurrences in the group's articles. */
  count: number;
  /** The group's articles it occurs in. */
  articles: number;
}

/** A term's document frequency. */
export interface DocumentFrequency {
  /** The term. */
  term: string;
  /** The articles it occurs in. */
  articles: number;
}

/** A group's totals. */
export interface GroupTotal {
  /** The group. */
  outlet: string;
  /** The occurrences of all terms in its articles. */
  tokens: number;
  /** Its articles that have at least one term. */
  articles: number;
}

/** A pair of entities named in the same articles. */
export interface PairCount {
  /** The first entity (the lesser id). */
  x: string;
  /** The second entity. */
  y: string;
  /** The articles that name both. */
  articles: number;
}

/** Refuses an empty list of files, which DuckDB cannot read a schema from. */
function checked(files: readonly string[], what: string): readonly string[] {
  if (files.length === 0) throw new Error(`Cannot count ${what}: no Parquet file given`);
  return files;
}

/**
 * Each term's count and article count per group, over `ARTICLE_TERMS` files, ordered
 * by group then term.
 *
 * @example
 * ```ts
 * import { openStore } from "./store.ts";
 * import { ARTICLE_TERMS } from "./tables.ts";
 * const store = await openStore(await Deno.makeTempDir(), { readOnly: false, corpusDir: "data/articles" });
 * await store.write("article_terms", ARTICLE_TERMS, [
 *   { article: "a1", outlet: "A", term: "war", count: 2 },
 *   { article: "a2", outlet: "A", term: "war", count: 1 },
 * ]);
 * await store.commit();
 * await termCountsByGroup(store, store.files("article_terms"));
 * await store.close();
 * // [{ outlet: "A", term: "war", count: 3, articles: 2 }]
 * ```
 *
 * @throws {Error} when no file is given or a file is not such a table.
 */
export async function termCountsByGroup(db: Queryable, files: readonly string[]): Promise<GroupTermCount[]> {
  return await db.query(TERM_COUNTS_SQL, [checked(files, "terms by group")]) as unknown as GroupTermCount[];
}

/**
 * Each term's document frequency (the articles it occurs in), ordered by term.
 *
 * @example
 * ```ts
 * import { openStore } from "./store.ts";
 * import { ARTICLE_TERMS } from "./tables.ts";
 * const store = await openStore(await Deno.makeTempDir(), { readOnly: false, corpusDir: "data/articles" });
 * await store.write("article_terms", ARTICLE_TERMS, [
 *   { article: "a1", outlet: "A", term: "war", count: 2 },
 *   { article: "a2", outlet: "A", term: "war", count: 1 },
 * ]);
 * await store.commit();
 * await documentFrequencies(store, store.files("article_terms")); // [{ term: "war", articles: 2 }]
 * await store.close();
 * ```
 *
 * @throws {Error} when no file is given or a file is not such a table.
 */
export async function documentFrequencies(db: Queryable, files: readonly string[]): Promise<DocumentFrequency[]> {
  return await db.query(DOCUMENT_FREQUENCIES_SQL, [
    checked(files, "document frequencies"),
  ]) as unknown as DocumentFrequency[];
}

/**
 * Each group's token total and article count, ordered by group.
 *
 * @example
 * ```ts
 * import { openStore } from "./store.ts";
 * import { ARTICLE_TERMS } from "./tables.ts";
 * const store = await openStore(await Deno.makeTempDir(), { readOnly: false, corpusDir: "data/articles" });
 * await store.write("article_terms", ARTICLE_TERMS, [
 *   { article: "a1", outlet: "A", term: "war", count: 2 },
 *   { article: "a2", outlet: "A", term: "war", count: 1 },
 * ]);
 * await store.commit();
 * await groupTotals(store, store.files("article_terms")); // [{ outlet: "A", tokens: 3, articles: 2 }]
 * await store.close();
 * ```
 *
 * @throws {Error} when no file is given or a file is not such a table.
 */
export async function groupTotals(db: Queryable, files: readonly string[]): Promise<GroupTotal[]> {
  return await db.query(GROUP_TOTALS_SQL, [checked(files, "group totals")]) as unknown as GroupTotal[];
}

/** Options for {@linkcode pairCounts}. */
export interface PairCountsOptions {
  /** Leave out pairs named together in fewer articles than this. Default 1. */
  minCount?: number;
}

/**
 * The pairs of entities named in the same article, with the number of such articles,
 * over `ARTICLE_ENTITIES` files, ordered by the first entity then the second (each pair
 * once, its lesser id first).
 *
 * @example
 * ```ts
 * import { openStore } from "./store.ts";
 * import { ARTICLE_ENTITIES } from "./tables.ts";
 * const store = await openStore(await Deno.makeTempDir(), { readOnly: false, corpusDir: "data/articles" });
 * await store.write("article_entities", ARTICLE_ENTITIES, [
 *   { article: "a1", outlet: "A", entity: "iran", mentions: 2 },
 *   { article: "a1", outlet: "A", entity: "iraq", mentions: 1 },
 * ]);
 * await store.commit();
 * await pairCounts(store, store.files("article_entities")); // [{ x: "iran", y: "iraq", articles: 1 }]
 * await store.close();
 * ```
 *
 * @throws {Error} when no file is given, a file is not such a table, or `minCount` is not a whole number.
 */
export async function pairCounts(
  db: Queryable,
  files: readonly string[],
  options: PairCountsOptions = {},
): Promise<PairCount[]> {
  const minCount = options.minCount ?? 1;
  if (!Number.isSafeInteger(minCount)) {
    throw new Error(`Cannot count pairs: minCount ${minCount} is not a whole number`);
  }
  return await db.query(PAIR_COUNTS_SQL, [checked(files, "pairs"), minCount]) as unknown as PairCount[];
}

/**
 * The terms stage: per article, its term counts (lemmas, phrases and names, each name
 * one term, stop words and punctuation left out); over the corpus, term frequencies,
 * keyness with dispersion and weighted log-odds by outlet.
 *
 * @module
 */
import type { ArticleOutline, ArticleTermRow } from "../types.ts";
import { articleTermCounts, type TermCounts, type TermRow, termRowsOf, termRowsOfCounts } from "../measures/terms.ts";
import { nameTerms } from "../measures/name_terms.ts";
import { type KeynessReportRow, keynessWithDispersionOf } from "../measures/keyness_dispersion.ts";
import { type LogOddsRow, weightedLogOdds, weightedLogOddsOf } from "../measures/logodds.ts";
import { type CountColumns, type TermIndex, termIndexOf } from "../measures/term_index.ts";
import { countTable } from "../measures/count_table.ts";
import { RowColumns } from "../measures/row_columns.ts";
import { documentFrequencies, groupTotals, termCountsByGroup } from "../store/aggregate.ts";
import { ARTICLE_TERMS } from "../store/tables.ts";
import { groupOf, malformed, regrouped, type Stage } from "./stage.ts";
import type { EntitiesPart } from "./entities.ts";

/**
 * `log_odds.csv` keeps the rows of an outlet and a term it never uses only when |z| is at
 * least this (p < 0.05, two-sided): every term times every outlet would be most rows.
 */
export const LOG_ODDS_UNUSED_Z = 1.96;

/**
 * `keyness.csv` keeps the rows of an outlet and a term it never uses only when p is below
 * this (significant negative keyness).
 */
export const KEYNESS_UNUSED_P = 0.05;

/**
 * The tables of the terms section, before they are written: read-only arrays, held as
 * columns (`RowColumns`: hundreds of thousands of rows at 10,000 articles, each row made
 * when it is read).
 */
export interface TermsTables {
  /** Term frequencies by outlet. */
  terms: readonly TermRow[];
  /** Keyness with dispersion: every term an outlet uses, and those it avoids significantly. */
  keyness: readonly KeynessReportRow[];
  /** Weighted log-odds: every term an outlet uses, and those it avoids significantly. */
  logOdds: readonly LogOddsRow[];
}

/**
 * The statistics of the terms section from the articles' digests: term frequencies,
 * keyness with dispersion and weighted log-odds, each outlet's unused terms kept only
 * when it avoids them significantly (keyness p < 0.05, log-odds |z| ≥ 1.96). Keyness
 * and log-odds compare each outlet with the others: with fewer than two outlets they
 * have no rows (rather than rows against an empty reference, whose Log Ratio is −∞).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { termsTables } from "./terms.ts";
 * const a1 = (term: string, count: number) => ({ article: "a1", outlet: "A", term, count });
 * const b1 = (term: string, count: number) => ({ article: "b1", outlet: "B", term, count });
 * const { terms, keyness, logOdds } = termsTables([
 *   { terms: [a1("war", 30), a1("peace", 10)] },
 *   { terms: [b1("war", 10), b1("peace", 30)] },
 * ]);
 * assert.equal(terms.length, 4);
 * assert.deepEqual(keyness.filter((r) => r.g2 > 0).map((r) => [r.outlet, r.term]), [["A", "war"], ["B", "peace"]]);
 * assert.equal(logOdds.length, 4);
 * ```
 *
 * @param stored The term counts the store aggregated over the same rows, when there is one: the
 *   term frequencies are made from them (the same rows), keyness and log-odds from the digests.
 */
export function termsTables(
  digests: Iterable<{ terms: readonly ArticleTermRow[] }>,
  stored?: TermCounts,
): TermsTables {
  // The rows read once, one article at a time: terms, outlets and articles numbered, counts
  // summed by term and outlet.
  let index: TermIndex | undefined = termIndexOf(termsOf(digests));
  const groups = index.groups;
  // Two outlets whose names compare equal are in the order of their first rows.
  const distinct = groups.every((g, k) => k === 0 || groups[k - 1].localeCompare(g) !== 0);
  const fromStore = stored && distinct;
  // Each table's rows kept as columns as they are made (issue 19, memory).
  const fromRows = fromStore ? undefined : termRowsOf(index, new RowColumns<TermRow>()).rows();
  // Every term an outlet uses, and of the others only those it avoids significantly.
  const logOddsOptions = { unusedMinZ: LOG_ODDS_UNUSED_Z };
  const keyness = groups.length < 2
    ? []
    : keynessWithDispersionOf(index, { unusedMaxP: KEYNESS_UNUSED_P }, new RowColumns<KeynessReportRow>()).rows();
  // The rows' columns (20 bytes a row: 146 MB at 50,000 articles) let go before the other
  // tables are made: log-odds reads the counts by term and outlet only.
  const counts: CountColumns = { groups, terms: index.terms, counts: index.counts, totals: index.totals };
  index = undefined;
  // Term frequencies from the counts the store summed, when given (the same rows).
  const terms = fromRows ?? termRowsOfCounts(stored!, new RowColumns<TermRow>()).rows();
  if (groups.length < 2) return { terms, keyness: [], logOdds: [] };
  return {
    terms,
    keyness,
    // Two outlets whose names compare equal: log-odds from the table, whose terms come in row order.
    logOdds: distinct
      ? weightedLogOddsOf(counts, logOddsOptions, new RowColumns<LogOddsRow>()).rows()
      : weightedLogOdds(countTable([...termsOf(digests)].flat()), logOddsOptions),
  };
}

/** Rows held as columns ({@linkcode RowColumns}) rather than as objects. */
function asColumns<R extends object>(rows: readonly R[]): readonly R[] {
  const table = new RowColumns<R>();
  for (const row of rows) table.push(row);
  return table.rows();
}

/** Each digest's terms, read one at a time. */
function* termsOf(digests: Iterable<{ terms: readonly ArticleTermRow[] }>): Generator<readonly ArticleTermRow[]> {
  for (const d of digests) yield d.terms;
}

/** What the terms stage gives over the corpus. */
export interface TermsResult {
  /** Its tables (`log_odds` is {@linkcode TermsTables}' `logOdds`). */
  tables: { terms: readonly TermRow[]; keyness: readonly KeynessReportRow[]; log_odds: readonly LogOddsRow[] };
  /** The groups compared (outlets by default), in alphabetical order (`localeCompare`). */
  groups: string[];
}

/** A digest as the terms stage reads it. */
export type TermsDigest = ArticleOutline & { terms: ArticleTermRow[] };

/**
 * The terms stage. Its per-article part needs the entities' candidates: each name counts
 * as one term (`nameTerms`).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { annotateAndDigest, loadCorpus, loadDigestTools } from "framelens";
 * import { termsStage } from "./terms.ts";
 * const tools = await loadDigestTools();
 * const digests = (await loadCorpus()).articles.map((a) => annotateAndDigest(a, tools));
 * const { tables } = termsStage.corpus({ digests, tools });
 * assert.deepEqual(Object.keys(tables), ["terms", "keyness", "log_odds"]);
 * // Names count as one term: "Mr Larijani" and "Larijani" under "ali larijani".
 * assert.ok(tables.terms.some((r) => r.term === "ali larijani"));
 * ```
 */
export const termsStage: Stage<"terms", ArticleTermRow[], TermsResult, TermsDigest, { entities: EntitiesPart }> = {
  name: "terms",
  module: import.meta.url,
  needs: ["entities"],
  // Of those stages' tables, the ones `corpus` reads.
  tablesRead: { entities: [] },
  data: ["gazetteer"],
  digest: {
    // articleTermCounts([annotated], { names: tools.gazetteer }), with the names the entities stage found.
    run: (annotated, tools, { entities }) =>
      articleTermCounts([{ ...annotated, terms: nameTerms(annotated, tools.gazetteer, entities.candidates) }]),
    // The article and the outlet are the article's: each row is [term, count].
    pack: (rows) => rows.map((r) => [r.term, r.count]),
    unpack: (packed, { id, outlet }) => {
      if (!Array.isArray(packed)) throw malformed("terms", "not a list of rows");
      return packed.map((row): ArticleTermRow => {
        if (!Array.isArray(row) || row.length !== 2 || typeof row[0] !== "string" || !Number.isInteger(row[1])) {
          throw malformed("terms", "a row is not [term, count]");
        }
        return { article: id, outlet, term: row[0], count: row[1] };
      });
    },
    noun: "the term counts",
    plural: true,
    // Half of a digest: read back from the cache by the stages that read it.
    readBack: true,
    store: {
      // One row per article and term, the article's group as its outlet.
      article_terms: {
        schema: ARTICLE_TERMS,
        rows: (part, _article, group) =>
          part.map((r) => ({ article: r.article, outlet: group, term: r.term, count: r.count })),
      },
    },
  },
  tables: {
    terms: {
      title: "Term frequencies by outlet",
      parquet: true,
      columns: {
        outlet: "string",
        term: "string",
        count: "integer",
        per1k: "number",
        articles: "integer",
        tfidf: "number",
      },
    },
    keyness: {
      title: "Keyness of each outlet against all others",
      parquet: true,
      columns: {
        outlet: "string",
        term: "string",
        count: "integer",
        refCount: "integer",
        total: "integer",
        refTotal: "integer",
        g2: "number",
        logRatio: "number",
        lrc: "number",
        p: "number",
        dp: "number",
        articles: "integer",
        outletArticles: "integer",
      },
    },
    log_odds: {
      title: "Weighted log-odds by outlet",
      columns: {
        outlet: "string",
        term: "string",
        count: "integer",
        corpusCount: "integer",
        logOdds: "number",
        z: "number",
      },
    },
  },
  // Term frequencies by group from article_terms: counts, totals and document frequencies,
  // the counts (a row per group and term) and frequencies held as columns until the stage runs.
  aggregate: async (store): Promise<TermCounts> => {
    const files = store.files("article_terms");
    return {
      totals: await groupTotals(store, files),
      counts: asColumns(await termCountsByGroup(store, files)),
      documents: asColumns(await documentFrequencies(store, files)),
    };
  },
  corpus: ({ digests, stored }, options = {}) => {
    const group = groupOf(options.groupBy);
    // Regrouped one digest at a time, as the terms are read.
    const grouped = group
      ? {
        *[Symbol.iterator]() {
          for (const d of digests) yield { terms: regrouped(d.terms, group(d.article)) };
        },
      }
      : digests;
    const { terms, keyness, logOdds } = termsTables(grouped, stored?.terms as TermCounts | undefined);
    const groups = [...new Set(digests.map((d) => group ? group(d.article) : d.article.outlet))]
      .sort((a, b) => a.localeCompare(b));
    return { tables: { terms, keyness, log_odds: logOdds }, groups };
  },
};

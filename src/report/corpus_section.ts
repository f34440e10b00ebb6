/**
 * The corpus section of the report: `articles.csv`, `outlets.csv` and the corpus charts.
 *
 * @module
 */
import { articlesPerOutletChart, datesChart, lengthByOutletChart } from "../charts/corpus.ts";
import { type CorpusResult, corpusStage } from "../stages/corpus.ts";
import type { ArticleRow } from "../types.ts";
import { type ReportInput, type ReportSection, type ReportTable, stageTables } from "./types.ts";

/**
 * The table of articles with, when they are grouped by another field than the outlet,
 * each article's own outlet before its group: `articles.csv` then reads
 * `id,outlet,FIELD,...` (see `groupHeader`), so that the outlet is not lost.
 */
function withArticleOutlet(table: ReportTable): ReportTable {
  const rows = table.rows as readonly ArticleRow[];
  if (!rows.some((r) => r.articleOutlet !== undefined)) return table;
  const at = table.columns.indexOf("outlet");
  return { ...table, columns: [...table.columns.slice(0, at), "articleOutlet", ...table.columns.slice(at)] };
}

/**
 * The corpus at a glance: `articles.csv`, outlets, and the corpus charts.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { annotateAndDigest, loadCorpus, loadDigestTools } from "framelens";
 * import { corpusSection } from "./corpus_section.ts";
 * const tools = await loadDigestTools();
 * const corpus = await loadCorpus();
 * const digests = corpus.articles.map((a) => annotateAndDigest(a, tools));
 * const section = corpusSection({ corpus, digests, tools });
 * assert.deepEqual(section.tables.map((t) => t.name), ["articles", "outlets"]);
 * ```
 *
 * @param result The corpus stage's result (worked out from `input` when not given).
 */
export function corpusSection(input: ReportInput, result: CorpusResult = corpusStage.corpus(input)): ReportSection {
  const rows = result.tables.articles;
  return {
    id: "corpus",
    title: "The corpus",
    description:
      "Articles per outlet, their length in words (word and number tokens, boilerplate lines left out) and their dates.",
    tables: stageTables(corpusStage, result).map((t) => t.name === "articles" ? withArticleOutlet(t) : t),
    charts: [articlesPerOutletChart(rows), lengthByOutletChart(rows), datesChart(rows)],
  };
}

/**
 * The corpus at a glance: one row per article, and per-outlet summaries.
 *
 * @module
 */
// @ts-types="npm:@types/d3-array@3.2.2"
import { median, rollups, sum } from "d3-array";
import type { ArticleOutline, ArticleRow } from "../types.ts";

/**
 * One row per article: id, outlet, date, title, kind, words and sentences, in corpus order.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { annotateCorpus, articleRows, loadCorpus, loadResources } from "framelens";
 * const { articles } = await loadCorpus();
 * const rows = articleRows(annotateCorpus(articles, await loadResources()));
 * assert.deepEqual(rows.map((r) => r.id), articles.map((a) => a.id));
 * assert.ok(rows.every((r) => r.words > 0 && r.sentences > 0));
 * ```
 */
export function articleRows(annotated: readonly ArticleOutline[]): ArticleRow[] {
  return annotated.map(({ article, words, sentences }) => ({
    id: article.id,
    outlet: article.outlet,
    date: article.date ?? "",
    title: article.title ?? "",
    kind: article.kind ?? "",
    words,
    sentences: sentences.length,
  }));
}

/** One row per outlet: how many articles, how many words, the median length. */
export interface OutletRow {
  /** Outlet. */
  outlet: string;
  /** Number of articles. */
  articles: number;
  /** Total words. */
  words: number;
  /** Median words per article. */
  medianWords: number;
  /** Earliest date, or empty. */
  firstDate: string;
  /** Latest date, or empty. */
  lastDate: string;
}

/**
 * Summarises article rows by outlet, outlets in alphabetical order.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { outletRows } from "framelens";
 * const row = { id: "a", outlet: "A", title: "", kind: "news" as const, sentences: 1 };
 * assert.deepEqual(
 *   outletRows([{ ...row, words: 10, date: "2025-08-11" }, { ...row, id: "b", words: 20, date: "" }]),
 *   [{ outlet: "A", articles: 2, words: 30, medianWords: 15, firstDate: "2025-08-11", lastDate: "2025-08-11" }],
 * );
 * ```
 */
export function outletRows(rows: ArticleRow[]): OutletRow[] {
  return rollups(
    rows,
    (group) => {
      const dates = group.map((r) => r.date).filter((d) => d !== "").sort();
      return {
        outlet: group[0].outlet,
        articles: group.length,
        words: sum(group, (r) => r.words),
        medianWords: median(group, (r) => r.words) ?? 0,
        firstDate: dates[0] ?? "",
        lastDate: dates[dates.length - 1] ?? "",
      };
    },
    (r) => r.outlet,
  ).map(([, row]) => row).sort((a, b) => a.outlet.localeCompare(b.outlet));
}

/**
 * The terms section of the report: `terms.csv`, `keyness.csv`, `log_odds.csv` and their charts.
 *
 * @module
 */
import { keynessChart, logOddsChart, topTermsChart } from "../charts/terms.ts";
import { gries } from "../measures/dispersion.ts";
import { keyness, type KeynessRow } from "../measures/keyness.ts";
import { weightedLogOdds } from "../measures/logodds.ts";
import { type ArticleTermRow, countTable, termRows } from "../measures/terms.ts";
import type { ReportInput, ReportSection } from "./section.ts";

/** A row of `keyness.csv`: keyness with the term's dispersion over the outlet's articles. */
export interface KeynessReportRow extends KeynessRow {
  /** Gries's DP over the outlet's articles (0 for an outlet with one article). */
  dp: number;
  /** The outlet's articles that use the term. */
  articles: number;
  /** The outlet's articles. */
  outlet_articles: number;
}

/**
 * Keyness rows joined with dispersion: for each outlet and term, DP over the outlet's
 * articles (sizes = counted terms per article), and in how many of them the term occurs,
 * so that a term from one article is not read as the outlet's habit.
 *
 * @example
 * ```ts
 * const rows = keynessWithDispersion(articleTermCounts(annotated));
 * ```
 */
export function keynessWithDispersion(rows: readonly ArticleTermRow[]): KeynessReportRow[] {
  const table = countTable(rows);
  const byArticle = countTable(rows, (r) => r.article);
  const articlesOf = new Map<string, number[]>();
  byArticle.groups.forEach((article, i) => {
    const outlet = rows.find((r) => r.article === article)!.outlet;
    const list = articlesOf.get(outlet) ?? [];
    list.push(i);
    articlesOf.set(outlet, list);
  });
  return keyness(table).map((k) => {
    const idx = articlesOf.get(k.outlet) ?? [];
    const freqs = idx.map((i) => byArticle.counts.get(k.term)?.[i] ?? 0);
    const sizes = idx.map((i) => byArticle.totals[i]);
    return {
      ...k,
      dp: gries(freqs, sizes).dp,
      articles: freqs.filter((f) => f > 0).length,
      outlet_articles: idx.length,
    };
  });
}

/**
 * Terms: frequencies, keyness with dispersion, weighted log-odds, and their charts.
 *
 * @example
 * ```ts
 * const section = termsSection({ corpus, digests, tools });
 * ```
 */
export function termsSection({ digests }: ReportInput): ReportSection {
  const counts = digests.flatMap((d) => d.terms);
  const table = countTable(counts);
  const terms = termRows(counts);
  const key = keynessWithDispersion(counts);
  const odds = weightedLogOdds(table);
  return {
    id: "terms",
    title: "Terms and keyness",
    description:
      "Lemmas and phrases (stop words and punctuation left out) counted per outlet; keyness of each outlet against all the others (signed G² with Williams's correction, Log Ratio, LRC, p) with Gries's DP over the outlet's articles; weighted log-odds with a pooled Dirichlet prior. With one article per outlet, every term comes from one article: read keyness as a property of that article.",
    tables: [
      {
        name: "terms",
        title: "Term frequencies by outlet",
        columns: ["outlet", "term", "count", "per_1k", "articles", "tfidf"],
        rows: terms,
      },
      {
        name: "keyness",
        title: "Keyness of each outlet against all others",
        columns: [
          "outlet",
          "term",
          "count",
          "ref_count",
          "total",
          "ref_total",
          "g2",
          "log_ratio",
          "lrc",
          "p",
          "dp",
          "articles",
          "outlet_articles",
        ],
        rows: key.filter((r) => r.count > 0 || r.p < 0.05),
        preview: 20,
      },
      {
        name: "log_odds",
        title: "Weighted log-odds by outlet",
        columns: ["outlet", "term", "count", "corpus_count", "log_odds", "z"],
        rows: odds,
        preview: 15,
      },
    ],
    charts: [topTermsChart(terms), keynessChart(key), logOddsChart(odds)],
  };
}

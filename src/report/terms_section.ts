/**
 * The terms section of the report: `terms.csv`, `keyness.csv`, `log_odds.csv` and their charts.
 *
 * @module
 */
import { keynessChart, logOddsChart, topTermsChart } from "../charts/terms.ts";
import { type KeynessReportRow, keynessWithDispersionOf } from "../measures/keyness_dispersion.ts";
import { type LogOddsRow, weightedLogOdds, weightedLogOddsOf } from "../measures/logodds.ts";
import { termIndex } from "../measures/term_index.ts";
import { countTable } from "../measures/count_table.ts";
import { type TermRow, termRowsOf } from "../measures/terms.ts";
import type { ArticleDigest } from "../pipeline/digest.ts";
import type { ReportInput, ReportSection } from "./section.ts";

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

/** The tables of the terms section, before they are written. */
export interface TermsTables {
  /** Term frequencies by outlet. */
  terms: TermRow[];
  /** Keyness with dispersion: every term an outlet uses, and those it avoids significantly. */
  keyness: KeynessReportRow[];
  /** Weighted log-odds: every term an outlet uses, and those it avoids significantly. */
  logOdds: LogOddsRow[];
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
 * const { keyness } = termsTables(digests);
 * ```
 */
export function termsTables(digests: readonly Pick<ArticleDigest, "terms">[]): TermsTables {
  // The rows read once: terms, outlets and articles numbered, counts summed by term and outlet.
  const index = termIndex(...digests.map((d) => d.terms));
  const groups = index.groups;
  // Every term an outlet uses, and of the others only those it avoids significantly.
  const logOddsOptions = { unusedMinZ: LOG_ODDS_UNUSED_Z };
  if (groups.length < 2) return { terms: termRowsOf(index), keyness: [], logOdds: [] };
  return {
    terms: termRowsOf(index),
    keyness: keynessWithDispersionOf(index, { unusedMaxP: KEYNESS_UNUSED_P }),
    // Two outlets whose names compare equal: log-odds from the table, whose terms come in row order.
    logOdds: groups.every((g, k) => k === 0 || groups[k - 1].localeCompare(g) !== 0)
      ? weightedLogOddsOf(index, logOddsOptions)
      : weightedLogOdds(countTable(digests.flatMap((d) => d.terms)), logOddsOptions),
  };
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
  const { terms, keyness: key, logOdds: odds } = termsTables(digests);
  const outlets = [...new Set(digests.map((d) => d.article.outlet))].sort((a, b) => a.localeCompare(b));
  const compared = outlets.length >= 2;
  return {
    id: "terms",
    title: "Terms and keyness",
    ...(compared ? {} : {
      notes: [
        `Keyness and weighted log-odds compare each outlet with the others, and this corpus has ${
          outlets.length === 1 ? `one outlet (${outlets[0]})` : "no outlet"
        }: they were not computed, keyness.csv and log_odds.csv have no rows, and their charts are left out. ` +
        "Add articles from a second outlet to compare them.",
      ],
    }),
    description:
      "Lemmas, phrases and names (each name one term, under the gazetteer's name or the article's fullest form of it, honorifics such as Mr and particles such as al- part of it; stop words and punctuation left out) counted per outlet; keyness of each outlet against all the others (signed G² with Williams's correction, Log Ratio, LRC, p) with Gries's DP over the outlet's articles; weighted log-odds with a pooled Dirichlet prior, for every term an outlet uses and, of the terms it never uses, those it avoids significantly (|z| ≥ 1.96; the others, every term times every outlet, would be most rows of a large corpus); the log-odds chart draws the terms each outlet uses, terms at the same point as one dot, and at most 500 grey and 500 coloured dots per outlet. With one article per outlet, every term comes from one article: read keyness as a property of that article.",
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
        rows: key,
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
    charts: compared ? [topTermsChart(terms), keynessChart(key), logOddsChart(odds)] : [topTermsChart(terms)],
  };
}

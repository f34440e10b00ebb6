/**
 * The terms section of the report: `terms.csv`, `keyness.csv`, `log_odds.csv` and their charts.
 *
 * @module
 */
import { keynessChart, logOddsChart, topTermsChart } from "../charts/terms.ts";
import { gries } from "../measures/dispersion.ts";
import { type KeynessOptions, type KeynessRow, keynessWith } from "../measures/keyness.ts";
import { type LogOddsRow, weightedLogOdds } from "../measures/logodds.ts";
import { type ArticleTermRow, type CountTable, countTable, type TermRow, termRows } from "../measures/terms.ts";
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

/** A row of `keyness.csv`: keyness with the term's dispersion over the outlet's articles. */
export interface KeynessReportRow extends KeynessRow {
  /** Gries's DP over the outlet's articles (0 for an outlet with one article). */
  dp: number;
  /** The outlet's articles that use the term. */
  articles: number;
  /** The outlet's articles. */
  outlet_articles: number;
}

/** Options for {@linkcode keynessWithDispersion}. */
export interface KeynessWithDispersionOptions {
  /** The counts by outlet, `countTable(rows)`, when already at hand. */
  table?: CountTable;
  /** Options for keyness (all groups are targets). */
  keyness?: KeynessOptions;
}

/**
 * Keyness rows joined with dispersion: for each outlet and term, DP over the outlet's
 * articles (sizes = counted terms per article), and in how many of them the term occurs,
 * so that a term from one article is not read as the outlet's habit.
 *
 * The articles of an outlet are those whose first row names it, in the order of their
 * ids (`localeCompare`); DP is {@linkcode gries} over them.
 *
 * @example
 * ```ts
 * const rows = keynessWithDispersion(articleTermCounts(annotated));
 * ```
 */
export function keynessWithDispersion(
  rows: readonly ArticleTermRow[],
  options: KeynessWithDispersionOptions = {},
): KeynessReportRow[] {
  const table = options.table ?? countTable(rows);
  const outlets = outletArticleCounts(rows);
  // Rows are made outlet by outlet: a frequency vector over the outlet's articles, zero
  // but for the term at hand, is set up once per outlet.
  let outlet: string | undefined;
  let counts: OutletCounts | undefined;
  let freqs: number[] = [];
  return keynessWith(
    table,
    (target, term, count, ref_count, total, ref_total, s): KeynessReportRow => {
      if (target !== outlet) {
        outlet = target;
        counts = outlets.get(outlet);
        freqs = new Array<number>(counts?.sizes.length ?? 0).fill(0);
      }
      const list = counts?.terms.get(term);
      let articles = 0;
      let dp = 0;
      if (list) {
        for (let j = 0; j < list.length; j += 2) {
          freqs[list[j]] = list[j + 1];
          if (list[j + 1] > 0) articles++;
        }
        dp = gries(freqs, counts!.sizes).dp;
        for (let j = 0; j < list.length; j += 2) freqs[list[j]] = 0;
      }
      return {
        outlet: target,
        term,
        count,
        ref_count,
        total,
        ref_total,
        g2: s.g2,
        log_ratio: s.log_ratio,
        lrc: s.lrc,
        p: s.p,
        dp,
        articles,
        outlet_articles: counts?.sizes.length ?? 0,
      };
    },
    table.groups,
    options.keyness,
  );
}

/** An outlet's articles for dispersion. */
interface OutletCounts {
  /** Each article's size (counted terms), articles in the order of their ids. */
  sizes: number[];
  /** Per term: position of an article in `sizes`, the term's count there, position, count, ... */
  terms: Map<string, number[]>;
}

/**
 * Per-article counts by outlet: each article belongs to the outlet of its first row, an
 * outlet's articles are in the order of their ids (`localeCompare`), an article's size
 * and a term's count in it are summed in row order, and a term lists only the articles
 * that have a row for it.
 */
function outletArticleCounts(rows: readonly ArticleTermRow[]): Map<string, OutletCounts> {
  const articleIndex = new Map<string, number>();
  const names: string[] = [];
  const outletOf: string[] = [];
  const rowArticle = new Int32Array(rows.length);
  let contiguous = true;
  let lastArticle: string | undefined;
  let a = -1;
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i];
    if (r.article !== lastArticle) {
      lastArticle = r.article;
      const known = articleIndex.get(r.article);
      if (known === undefined) {
        articleIndex.set(r.article, a = names.length);
        names.push(r.article);
        outletOf.push(r.outlet);
      } else {
        contiguous &&= known === a;
        a = known;
      }
    }
    rowArticle[i] = a;
  }
  const outlets = new Map<string, OutletCounts>();
  const countsOf: OutletCounts[] = new Array(names.length);
  const place = new Int32Array(names.length);
  for (const i of names.map((_, i) => i).sort((x, y) => names[x].localeCompare(names[y]))) {
    let o = outlets.get(outletOf[i]);
    if (!o) outlets.set(outletOf[i], o = { sizes: [], terms: new Map() });
    countsOf[i] = o;
    place[i] = o.sizes.length;
    o.sizes.push(0);
  }
  // Visiting each article's rows together (in row order), a term repeated in an article
  // is always the last entry of the term's list.
  const order = contiguous ? null : rowsByArticle(rowArticle, names.length);
  for (let k = 0; k < rows.length; k++) {
    const i = order ? order[k] : k;
    const r = rows[i];
    const o = countsOf[rowArticle[i]];
    const at = place[rowArticle[i]];
    o.sizes[at] += r.count;
    const list = o.terms.get(r.term);
    if (!list) o.terms.set(r.term, [at, r.count]);
    else if (list[list.length - 2] === at) list[list.length - 1] += r.count;
    else list.push(at, r.count);
  }
  return outlets;
}

/** Row indices grouped by article, articles in order of first appearance, rows in order within each. */
function rowsByArticle(rowArticle: Int32Array, articles: number): Int32Array {
  const start = new Int32Array(articles + 1);
  for (const a of rowArticle) start[a + 1]++;
  for (let a = 0; a < articles; a++) start[a + 1] += start[a];
  const order = new Int32Array(rowArticle.length);
  for (let i = 0; i < rowArticle.length; i++) order[start[rowArticle[i]]++] = i;
  return order;
}

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
 * when it avoids them significantly (keyness p < 0.05, log-odds |z| ≥ 1.96).
 *
 * @example
 * ```ts
 * const { keyness } = termsTables(digests);
 * ```
 */
export function termsTables(digests: readonly Pick<ArticleDigest, "terms">[]): TermsTables {
  const counts = digests.flatMap((d) => d.terms);
  const table = countTable(counts);
  return {
    terms: termRows(counts),
    keyness: keynessWithDispersion(counts, { table, keyness: { unusedMaxP: KEYNESS_UNUSED_P } }),
    // Every term an outlet uses, and of the others only those it avoids significantly.
    logOdds: weightedLogOdds(table, { unusedMinZ: LOG_ODDS_UNUSED_Z }),
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
  return {
    id: "terms",
    title: "Terms and keyness",
    description:
      "Lemmas and phrases (stop words and punctuation left out) counted per outlet; keyness of each outlet against all the others (signed G² with Williams's correction, Log Ratio, LRC, p) with Gries's DP over the outlet's articles; weighted log-odds with a pooled Dirichlet prior, for every term an outlet uses and, of the terms it never uses, those it avoids significantly (|z| ≥ 1.96; the others, every term times every outlet, would be most rows of a large corpus); the log-odds chart draws the terms each outlet uses, terms at the same point as one dot, and at most 500 grey and 500 coloured dots per outlet. With one article per outlet, every term comes from one article: read keyness as a property of that article.",
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
    charts: [topTermsChart(terms), keynessChart(key), logOddsChart(odds)],
  };
}

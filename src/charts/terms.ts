/**
 * Charts of terms: top terms per outlet, keyness per outlet, log-odds of all outlets.
 *
 * @module
 */
import * as Plot from "@observablehq/plot";
import type { KeynessRow } from "../measures/keyness.ts";
import type { LogOddsRow } from "../measures/logodds.ts";
import type { TermRow } from "../measures/terms.ts";
import type { ChartSpec } from "./spec.ts";
import { FONT_FAMILY, FONT_SIZE, marginFor, outletColors, WIDTH } from "./theme.ts";

const SEP = "\u0001";
const termOf = (key: string) => key.slice(key.indexOf(SEP) + 1);
const style = { fontFamily: FONT_FAMILY, fontSize: `${FONT_SIZE}px` };
const ROW = 16;

/** A row drawn in a grouped bar chart: the outlet and term joined into one band key. */
export interface BandRow<T> {
  /** `outlet␁term`: one band per outlet and term. */
  key: string;
  /** The row behind it. */
  row: T;
}

function topPerOutlet<T extends { outlet: string }>(
  rows: readonly T[],
  n: number,
  keep: (r: T) => boolean = () => true,
): T[] {
  const seen = new Map<string, number>();
  const out: T[] = [];
  for (const r of rows) {
    if (!keep(r)) continue;
    const k = seen.get(r.outlet) ?? 0;
    if (k < n) out.push(r);
    seen.set(r.outlet, k + 1);
  }
  return out;
}

/** Options for {@linkcode topTermsChart}. */
export interface TopTermsOptions {
  /** Terms per outlet. Default 10. */
  n?: number;
  /** Bar length: raw count or per 1,000 terms. Default `"per_1k"`. */
  measure?: "count" | "per_1k";
}

/**
 * Each outlet's most frequent terms, as horizontal bars grouped by outlet.
 *
 * @example
 * ```ts
 * show(topTermsChart(termRows(articleTermCounts(annotated)), { n: 8 }));
 * ```
 *
 * @param rows Term rows sorted by outlet then descending count (as `termRows` returns them).
 */
export function topTermsChart(rows: readonly TermRow[], options: TopTermsOptions = {}): ChartSpec<TermRow> {
  const n = options.n ?? 10;
  const measure = options.measure ?? "per_1k";
  const top = topPerOutlet(rows, n);
  const color = outletColors(rows.map((r) => r.outlet));
  const keys = top.map((r) => `${r.outlet}${SEP}${r.term}`);
  return {
    name: "top-terms",
    title: "Most frequent terms per outlet",
    subtitle: `Top ${n} terms of each outlet, ${
      measure === "per_1k" ? "per 1,000 counted terms" : "occurrences"
    }; stop words left out`,
    rows: top,
    legend: "Outlet",
    plot: {
      width: WIDTH,
      height: 50 + top.length * ROW,
      marginLeft: marginFor(top.map((r) => r.term)),
      marginRight: 40,
      style,
      x: { label: measure === "per_1k" ? "Per 1,000 terms" : "Occurrences", grid: true },
      y: { label: null, domain: keys, tickFormat: termOf, tickSize: 0 },
      color,
      marks: [
        Plot.barX(top, {
          x: measure,
          y: (r: TermRow) => `${r.outlet}${SEP}${r.term}`,
          fill: "outlet",
          title: (r: TermRow) => `${r.outlet}: ${r.term}, ${r.count} (${r.per_1k.toFixed(1)} per 1,000)`,
        }),
        Plot.text(top, {
          x: measure,
          y: (r: TermRow) => `${r.outlet}${SEP}${r.term}`,
          text: (r: TermRow) => String(r.count),
          textAnchor: "start",
          dx: 3,
          fill: "#333",
        }),
        Plot.ruleX([0]),
      ],
    },
  };
}

/** Options for {@linkcode keynessChart}. */
export interface KeynessChartOptions {
  /** Bar length: signed G² or Log Ratio. Default `"g2"`. */
  measure?: "g2" | "log_ratio";
  /** Significance level: only terms with p below it are drawn. Default 0.05. */
  alpha?: number;
  /** At most this many positive and this many negative terms per outlet. Default 8. */
  n?: number;
}

/**
 * Keyness per outlet as diverging bars: terms an outlet uses more than the others to
 * the right, less to the left; only significant terms.
 *
 * @example
 * ```ts
 * show(keynessChart(keyness(countTable(articleTermCounts(annotated)))));
 * ```
 */
export function keynessChart(rows: readonly KeynessRow[], options: KeynessChartOptions = {}): ChartSpec<KeynessRow> {
  const measure = options.measure ?? "g2";
  const alpha = options.alpha ?? 0.05;
  const n = options.n ?? 8;
  const significant = rows.filter((r) => r.p < alpha);
  const outlets = outletColors(rows.map((r) => r.outlet)).domain;
  const shown: KeynessRow[] = [];
  for (const outlet of outlets) {
    const mine = significant.filter((r) => r.outlet === outlet);
    const pos = mine.filter((r) => r.g2 > 0).sort((a, b) => b[measure] - a[measure]).slice(0, n);
    const neg = mine.filter((r) => r.g2 < 0).sort((a, b) => a[measure] - b[measure]).slice(0, n).reverse();
    shown.push(...pos, ...neg);
  }
  const keys = shown.map((r) => `${r.outlet}${SEP}${r.term}`);
  const key = (r: KeynessRow) => `${r.outlet}${SEP}${r.term}`;
  const starts = outlets.map((o) => shown.find((r) => r.outlet === o)).filter((r): r is KeynessRow => !!r);
  return {
    name: `keyness-${measure.replace("_", "-")}`,
    title: "Keyness: what each outlet says more, and less, than the others",
    subtitle: `${
      measure === "g2" ? "Signed log-likelihood G²" : "Log Ratio"
    } of each outlet against all others; p < ${alpha}; ${shown.length} terms`,
    rows: shown,
    legend: "Outlet",
    plot: {
      width: WIDTH,
      height: 60 + Math.max(1, shown.length) * ROW,
      marginLeft: marginFor(shown.map((r) => r.term)),
      marginRight: 110,
      style,
      x: {
        label: measure === "g2" ? "← less   signed G²   more →" : "← less   Log Ratio   more →",
        grid: true,
        labelAnchor: "center",
      },
      y: { label: null, domain: keys, tickFormat: termOf, tickSize: 0 },
      color: outletColors(rows.map((r) => r.outlet)),
      marks: [
        Plot.barX(shown, {
          x: measure,
          y: key,
          fill: "outlet",
          fillOpacity: (r: KeynessRow) => (r.g2 > 0 ? 1 : 0.45),
          title: (r: KeynessRow) =>
            `${r.outlet}: ${r.term}, ${r.count} vs ${r.ref_count} (G² ${r.g2.toFixed(1)}, p ${r.p.toPrecision(2)})`,
        }),
        Plot.text(starts, {
          frameAnchor: "right",
          y: key,
          text: "outlet",
          textAnchor: "start",
          dx: 8,
          fontWeight: "bold",
          fill: "outlet",
        }),
        Plot.ruleX([0]),
      ],
    },
  };
}

/** Options for {@linkcode logOddsChart}. */
export interface LogOddsChartOptions {
  /** Label this many of each outlet's most favoured terms (highest positive z). Default 5. */
  labels?: number;
  /** |z| above which a term is drawn in colour. Default 1.96. */
  z?: number;
}

/**
 * Weighted log-odds of all outlets: one panel per outlet, each term a dot at its
 * corpus frequency (log scale) and z-score; the most favoured terms labelled, those
 * above the z threshold in the outlet's colour.
 *
 * @example
 * ```ts
 * show(logOddsChart(weightedLogOdds(countTable(articleTermCounts(annotated)))));
 * ```
 */
export function logOddsChart(rows: readonly LogOddsRow[], options: LogOddsChartOptions = {}): ChartSpec<LogOddsRow> {
  const k = options.labels ?? 5;
  const zMin = options.z ?? 1.96;
  const color = outletColors(rows.map((r) => r.outlet));
  const used = rows.filter((r) => r.count > 0);
  const labelled = topPerOutlet(
    [...used].sort((a, b) => a.outlet.localeCompare(b.outlet) || b.z - a.z),
    k,
    (r) => r.z > 0,
  );
  const panel = color.domain.length > 8 ? 95 : 130;
  return {
    name: "log-odds",
    title: "Weighted log-odds: the terms each outlet favours",
    subtitle:
      `z-score against all other outlets (informative Dirichlet prior, Monroe et al. 2008); coloured where z > ${zMin}`,
    rows: used,
    plot: {
      width: WIDTH,
      height: 40 + color.domain.length * panel,
      marginLeft: 50,
      marginRight: marginFor(color.domain, 60, 260),
      style,
      x: { type: "log", label: "Frequency in the corpus →", grid: true },
      y: { label: "z", grid: true, nice: true },
      fy: { label: null, domain: color.domain, axis: "right" },
      color,
      marks: [
        Plot.ruleY([0, zMin], { stroke: "#bbb", strokeDasharray: "3,3" }),
        Plot.dot(used, { x: "corpus_count", y: "z", fy: "outlet", r: 2, fill: "#ccc" }),
        Plot.dot(used.filter((r) => r.z > zMin), {
          x: "corpus_count",
          y: "z",
          fy: "outlet",
          r: 3,
          fill: "outlet",
          title: (r: LogOddsRow) => `${r.outlet}: ${r.term}, z ${r.z.toFixed(2)}`,
        }),
        Plot.text(labelled, {
          x: "corpus_count",
          y: "z",
          fy: "outlet",
          text: "term",
          textAnchor: "start",
          dx: 5,
          fontSize: 11,
          stroke: "white",
          strokeWidth: 3,
          paintOrder: "stroke",
          fill: "#111",
        }),
      ],
    },
  };
}

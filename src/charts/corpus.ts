/**
 * Charts of the corpus at a glance: articles per outlet, length by outlet, dates.
 *
 * @module
 */
import * as Plot from "@observablehq/plot";
// @ts-types="npm:@types/d3-array@3.2.2"
import { max, rollup, ticks } from "d3-array";
import type { ArticleRow } from "../types.ts";
import type { ChartSpec } from "./spec.ts";
import { BAND, FONT_FAMILY, FONT_SIZE, KIND_COLORS, marginFor, outletColors, WIDTH } from "./theme.ts";

function kindOf(r: ArticleRow): string {
  return r.kind || "unknown";
}

/**
 * Articles per outlet, as horizontal bars split by kind.
 *
 * @example
 * ```ts
 * const spec = articlesPerOutletChart(articleRows(annotated));
 * ```
 */
export function articlesPerOutletChart(rows: ArticleRow[]): ChartSpec<ArticleRow> {
  const outlets = outletColors(rows.map((r) => r.outlet)).domain;
  const kinds = Object.keys(KIND_COLORS).filter((k) => rows.some((r) => kindOf(r) === k));
  const most = max(rollup(rows, (g) => g.length, (r) => r.outlet).values()) ?? 1;
  return {
    name: "articles-per-outlet",
    title: "Articles per outlet",
    subtitle: `${rows.length} articles from ${outlets.length} outlets, by kind`,
    rows,
    legend: "Kind",
    plot: {
      width: WIDTH,
      height: 50 + outlets.length * BAND,
      marginLeft: marginFor(outlets),
      style: { fontFamily: FONT_FAMILY, fontSize: `${FONT_SIZE}px` },
      x: { label: "Articles", grid: true, tickFormat: "d", ticks: ticks(0, most, 5).filter(Number.isInteger) },
      y: { label: null, domain: outlets },
      color: { domain: kinds, range: kinds.map((k) => KIND_COLORS[k]) },
      marks: [
        Plot.barX(rows, Plot.groupY({ x: "count" }, { y: "outlet", fill: kindOf, order: kinds })),
        Plot.ruleX([0]),
      ],
    },
  };
}

/**
 * Length of each article in words, one dot per article on a row per outlet, with a tick at the outlet's median.
 *
 * @example
 * ```ts
 * const spec = lengthByOutletChart(articleRows(annotated));
 * ```
 */
export function lengthByOutletChart(rows: ArticleRow[]): ChartSpec<ArticleRow> {
  const color = outletColors(rows.map((r) => r.outlet));
  return {
    name: "length-by-outlet",
    title: "Article length by outlet",
    subtitle: "Words per article (dots); the bar marks each outlet's median",
    rows,
    plot: {
      width: WIDTH,
      height: 50 + color.domain.length * BAND * 1.4,
      marginLeft: marginFor(color.domain),
      style: { fontFamily: FONT_FAMILY, fontSize: `${FONT_SIZE}px` },
      x: { label: "Words", grid: true, zero: true, nice: true },
      y: { label: null, domain: color.domain },
      color,
      marks: [
        Plot.tickX(rows, Plot.groupY({ x: "median" }, { x: "words", y: "outlet", stroke: "#333", strokeWidth: 2 })),
        Plot.dot(rows, {
          x: "words",
          y: "outlet",
          fill: "outlet",
          r: 5,
          fillOpacity: 0.8,
          title: (r: ArticleRow) => `${r.title || r.id}: ${r.words} words`,
        }),
      ],
    },
  };
}

/**
 * Articles by date and outlet, one dot per outlet and day sized by the number of articles.
 * Articles without a date are left out and counted in the subtitle.
 *
 * @example
 * ```ts
 * const spec = datesChart(articleRows(annotated));
 * ```
 */
export function datesChart(rows: ArticleRow[]): ChartSpec<ArticleRow> {
  const dated = rows.filter((r) => r.date !== "");
  const color = outletColors(rows.map((r) => r.outlet));
  const undated = rows.length - dated.length;
  return {
    name: "dates",
    title: "Articles by date",
    subtitle: `One dot per outlet and day${undated ? `; ${undated} undated article(s) not shown` : ""}`,
    rows: dated,
    plot: {
      width: WIDTH,
      height: 60 + color.domain.length * BAND * 1.4,
      marginLeft: marginFor(color.domain),
      marginRight: 30,
      marginBottom: 44,
      style: { fontFamily: FONT_FAMILY, fontSize: `${FONT_SIZE}px` },
      x: { label: "Date", type: "utc", grid: true, ticks: 6, inset: 16 },
      y: { label: null, domain: color.domain },
      r: { range: [4, 12] },
      color,
      marks: [
        Plot.dot(
          dated,
          Plot.group(
            { r: "count", title: (g: ArticleRow[]) => `${g[0].outlet}, ${g[0].date}: ${g.length} article(s)` },
            { x: (r: ArticleRow) => new Date(r.date + "T00:00:00Z"), y: "outlet", fill: "outlet" },
          ),
        ),
      ],
    },
  };
}

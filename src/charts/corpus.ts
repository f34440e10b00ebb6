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
 * import assert from "node:assert/strict";
 * import { articlesPerOutletChart, renderSvg } from "framelens";
 * const row = { title: "", date: "2025-08-11", words: 300, sentences: 12 };
 * const spec = articlesPerOutletChart([
 *   { ...row, id: "a1", outlet: "A", kind: "news" },
 *   { ...row, id: "a2", outlet: "A", kind: "opinion" },
 *   { ...row, id: "b1", outlet: "B", kind: "news" },
 * ]);
 * assert.equal(spec.subtitle, "3 articles from 2 outlets, by kind");
 * assert.match(renderSvg(spec), /^<svg/);
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
 * import assert from "node:assert/strict";
 * import { lengthByOutletChart, renderSvg } from "framelens";
 * const row = { title: "", date: "2025-08-11", kind: "news", sentences: 12 };
 * const spec = lengthByOutletChart([
 *   { ...row, id: "a1", outlet: "A", words: 300 },
 *   { ...row, id: "a2", outlet: "A", words: 500 },
 *   { ...row, id: "b1", outlet: "B", words: 800 },
 * ]);
 * assert.equal(spec.rows.length, 3); // one dot per article
 * assert.match(renderSvg(spec), /^<svg/);
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
 * The ticks of a time axis of whole days spanning `days` days: every day, every 2 days,
 * every week, month or 3 months, whichever gives at most about `most` ticks (default
 * ten), so that the axis never falls below a day (as Plot's own ticks do for a short
 * span, showing hours); an interval name that Plot's `ticks` option takes. Over longer
 * spans Plot's own six ticks are months or years.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * assert.equal(dayTicks(8), "day");
 * assert.equal(dayTicks(45), "week");
 * assert.equal(dayTicks(8, 4), "2 days"); // at most about 4 ticks
 * ```
 */
export function dayTicks(days: number, most = 10): string | number {
  const steps: [number, string][] = [[1, "day"], [2, "2 days"], [7, "week"], [30, "month"], [90, "3 months"]];
  return steps.find(([step]) => days / step <= most)?.[1] ?? 6;
}

/**
 * Articles by date and outlet, one dot per outlet and day sized by the number of articles.
 * Articles without a date are left out and counted in the subtitle. The dates are days,
 * so the axis ticks are days, weeks, months or years, never hours.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { datesChart, renderSvg } from "framelens";
 * const row = { title: "", kind: "news", words: 300, sentences: 12 };
 * const spec = datesChart([
 *   { ...row, id: "a1", outlet: "A", date: "2025-08-11" },
 *   { ...row, id: "b1", outlet: "B", date: "2025-08-19" },
 * ]);
 * assert.match(renderSvg(spec), /^<svg/);
 * ```
 */
export function datesChart(rows: ArticleRow[]): ChartSpec<ArticleRow> {
  const dated = rows.filter((r) => r.date !== "");
  const color = outletColors(rows.map((r) => r.outlet));
  const undated = rows.length - dated.length;
  const day = (r: ArticleRow) => new Date(r.date + "T00:00:00Z");
  const times = dated.map((r) => day(r).getTime()).filter(Number.isFinite);
  const span = times.length ? (Math.max(...times) - Math.min(...times)) / 86_400_000 : 0;
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
      x: { label: "Date", type: "utc", grid: true, ticks: dayTicks(span), inset: 16 },
      y: { label: null, domain: color.domain },
      r: { range: [4, 12] },
      color,
      marks: [
        Plot.dot(
          dated,
          Plot.group(
            { r: "count", title: (g: ArticleRow[]) => `${g[0].outlet}, ${g[0].date}: ${g.length} article(s)` },
            { x: day, y: "outlet", fill: "outlet" },
          ),
        ),
      ],
    },
  };
}

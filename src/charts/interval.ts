/**
 * The marks of a share with its interval, by outlet inside facets: a line from the low to
 * the high end with a tick at each, a dot at the share, and the count beside it; a share
 * from too few cases is drawn hollow and dashed, its count saying "too few". The framing
 * interval chart and the sources-by-side chart draw their rows with these.
 *
 * @module
 */
import * as Plot from "@observablehq/plot";
import { FONT_SIZE } from "./theme.ts";

/** Where an interval's parts are in a row, and how its marks are drawn. */
export interface IntervalFields<Row> {
  /** The facet field (`fy`). */
  facet: string;
  /** The share's field. */
  value: string;
  /** The interval's low end. */
  low: string;
  /** The interval's high end. */
  high: string;
  /** The count beside the interval ("3/4"). */
  count: (row: Row) => string;
  /** The hover text of the dot. */
  title: (row: Row) => string;
  /** A vertical shift within the outlet's band (two intervals in one band). */
  dy?: number;
  /** The dot's symbol (default Plot's circle). */
  symbol?: string;
}

/**
 * The marks of the rows' intervals, the rows with enough cases (`tooFew` false) drawn solid,
 * the others hollow and dashed, with " too few" after their count.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { intervalMarks } from "./interval.ts";
 * const rows = [
 *   { outlet: "A", group: "g", share: 0.5, low: 0.2, high: 0.8, n: 10, tooFew: false },
 *   { outlet: "B", group: "g", share: 1, low: 0.2, high: 1, n: 1, tooFew: true },
 * ];
 * const marks = intervalMarks(rows, {
 *   facet: "group",
 *   value: "share",
 *   low: "low",
 *   high: "high",
 *   count: (r) => `${r.n}`,
 *   title: (r) => r.outlet,
 * });
 * assert.equal(marks.length, 10); // line, two ticks, dot and count, solid and too few
 * ```
 */
export function intervalMarks<Row extends { tooFew: boolean }>(
  rows: readonly Row[],
  fields: IntervalFields<Row>,
): Plot.Markish[] {
  const { facet, value, low, high, dy } = fields;
  const common = { y: "outlet", fy: facet, stroke: "outlet" } as const;
  const marks: Plot.Markish[] = [];
  for (const few of [false, true]) {
    const part = rows.filter((r) => r.tooFew === few);
    if (!part.length) continue;
    const faded = few ? 0.6 : 1;
    marks.push(
      Plot.ruleY(part, {
        ...common,
        x1: low,
        x2: high,
        dy,
        strokeWidth: 1.5,
        strokeDasharray: few ? "3,2" : undefined,
        strokeOpacity: faded,
      }),
      Plot.tickX(part, { ...common, x: low, dy, strokeOpacity: faded }),
      Plot.tickX(part, { ...common, x: high, dy, strokeOpacity: faded }),
      Plot.dot(part, {
        ...common,
        x: value,
        dy,
        r: 3.5,
        ...(fields.symbol ? { symbol: fields.symbol } : {}),
        fill: few ? "white" : "outlet",
        title: fields.title,
      }),
      Plot.text(part, {
        x: high,
        y: "outlet",
        fy: facet,
        dy,
        dx: 8,
        textAnchor: "start",
        fontSize: FONT_SIZE - 2,
        fill: "#555",
        text: (r: Row) => `${fields.count(r)}${few ? " too few" : ""}`,
      }),
    );
  }
  return marks;
}

/**
 * The chart of text reuse: which outlets share text with which.
 *
 * @module
 */
import * as Plot from "@observablehq/plot";
import type { ReuseLinkRow } from "../reuse/links.ts";
import type { ChartSpec } from "./spec.ts";
import { FONT_FAMILY, FONT_SIZE, marginFor, truncate, WIDTH } from "./theme.ts";

const style = { fontFamily: FONT_FAMILY, fontSize: `${FONT_SIZE}px` };

/**
 * Which outlets share text with which: a matrix of outlets (each outlet that shares text,
 * in alphabetical order), a cell for each pair that shares any, coloured by the words of
 * the passages they share and labelled with the number of passages, and with the number
 * of reprint pairs after an "r" where there are any ("3 · 2r": three passages and two
 * reprint pairs). The matrix is symmetric.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { renderSvg, reuseChart } from "framelens";
 * const row = { outletA: "A", outletB: "B", passages: 2, words: 40, reprints: 1 };
 * const spec = reuseChart([row, { ...row, outletA: "B", outletB: "A" }]);
 * assert.deepEqual(spec.plot.x?.domain, ["A", "B"]);
 * assert.match(renderSvg(spec), />2 · 1r</);
 * ```
 */
export function reuseChart(rows: readonly ReuseLinkRow[]): ChartSpec<ReuseLinkRow> {
  const outlets = [...new Set(rows.flatMap((r) => [r.outletA, r.outletB]))].sort((a, b) => a.localeCompare(b));
  const labels = outlets.map((o) => truncate(o, 30));
  const side = marginFor(labels);
  const cell = Math.max(28, Math.min(48, Math.floor((WIDTH - side - 20) / Math.max(1, outlets.length))));
  const textWidth = (l: string) => l.length * FONT_SIZE * 0.62;
  const top = Math.round(Math.max(...labels.map(textWidth), 20) * 0.71) + 18;
  const right = Math.max(
    20,
    ...labels.map((l, i) => Math.ceil(textWidth(l) * 0.71 - (labels.length - i - 0.5) * cell + 12)),
  );
  const background = outlets.flatMap((a) => outlets.filter((b) => b !== a).map((b) => ({ a, b })));
  const label = (r: ReuseLinkRow) => `${r.passages}${r.reprints ? ` · ${r.reprints}r` : ""}`;
  return {
    name: "reuse-outlets",
    title: "Which outlets share text with which",
    subtitle: "Passages of 12+ words shared (number in the cell, reprint pairs after “r”); colour: their words",
    rows: [...rows],
    plot: {
      width: side + right + outlets.length * cell,
      height: top + 10 + outlets.length * cell,
      marginLeft: side,
      marginTop: top,
      marginRight: right,
      marginBottom: 10,
      style,
      x: { domain: outlets, axis: "top", label: null, tickRotate: -45, tickFormat: (d: string) => truncate(d, 30) },
      y: { domain: outlets, label: null, tickFormat: (d: string) => truncate(d, 30) },
      color: { type: "linear", scheme: "blues", zero: true },
      marks: [
        Plot.cell(background, { x: "b", y: "a", fill: "#f3f4f6", inset: 0.5 }),
        Plot.cell(rows, {
          x: "outletB",
          y: "outletA",
          fill: "words",
          inset: 0.5,
          title: (r: ReuseLinkRow) =>
            `${r.outletA} and ${r.outletB}: ${r.passages} shared passage(s), ${r.words} words, ${r.reprints} reprint pair(s)`,
        }),
        Plot.text(rows, {
          x: "outletB",
          y: "outletA",
          text: label,
          fill: "#222",
          stroke: "white",
          strokeWidth: 2.5,
          paintOrder: "stroke",
          fontSize: 10,
        }),
      ],
    },
  };
}

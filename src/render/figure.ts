/**
 * Charts in notebooks and on disk: a figure displays inline as SVG in Jupyter and
 * VS Code, and saves as SVG, PNG and the CSV of its rows.
 *
 * @module
 */
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { ChartSpec } from "../charts/spec.ts";
import { toCsv } from "./csv.ts";
import { svgToPng } from "./png.ts";
import { renderSvg } from "./svg.ts";

/** A rendered chart that a Deno notebook displays inline as SVG. */
export interface Figure {
  /** The chart it renders. */
  spec: ChartSpec;
  /** The standalone SVG document. */
  svg: string;
  /** What the Deno Jupyter kernel displays. */
  [key: symbol]: () => Record<string, string>;
}

const DISPLAY = Symbol.for("Jupyter.display");

/**
 * Renders a chart for display: the last expression of a notebook cell shows it inline.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { articlesPerOutletChart, show } from "framelens";
 * const rows = [{ id: "a1", outlet: "A", date: "2025-08-11", title: "", kind: "news", words: 300, sentences: 12 }];
 * const figure = show(articlesPerOutletChart(rows)); // the last expression of a notebook cell: the chart appears
 * assert.match(figure.svg, /^<svg/);
 * ```
 */
export function show(spec: ChartSpec): Figure {
  const svg = renderSvg(spec);
  return {
    spec,
    svg,
    [DISPLAY]: () => ({ "image/svg+xml": svg }),
  };
}

/** The files one saved chart was written to. */
export interface SavedChart {
  /** The chart's name. */
  name: string;
  /** Path of the SVG file. */
  svg: string;
  /** Path of the PNG file. */
  png: string;
  /** Path of the CSV of the rows behind it. */
  csv: string;
}

/** Options for {@linkcode saveChart}. */
export interface SaveChartOptions {
  /** How to turn the SVG into PNG (default `svgToPng`; the report passes a cached one). */
  toPng?: (svg: string) => Promise<Uint8Array>;
  /** The header of each column of the CSV file (default `csvHeader`; the report passes `groupHeader`'s). */
  header?: (field: string) => string;
}

/**
 * Saves a chart as `NAME.svg`, `NAME.png` (text drawn with DejaVu Sans) and
 * `NAME.csv` (the rows behind it) in a folder, creating the folder if needed.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { articlesPerOutletChart, saveChart } from "framelens";
 * const dir = await Deno.makeTempDir();
 * const rows = [{ id: "a1", outlet: "A", date: "2025-08-11", title: "", kind: "news", words: 300, sentences: 12 }];
 * const saved = await saveChart(articlesPerOutletChart(rows), dir);
 * assert.equal(saved.csv, `${dir}/articles-per-outlet.csv`); // and .svg, .png beside it
 * assert.match(await Deno.readTextFile(saved.csv), /^id,outlet,date,title,kind,words,sentences\n/);
 * await Deno.remove(dir, { recursive: true });
 * ```
 *
 * @param chart A chart, or a figure from {@linkcode show}.
 * @param dir The folder to write to.
 */
export async function saveChart(
  chart: ChartSpec | Figure,
  dir: string,
  options: SaveChartOptions = {},
): Promise<SavedChart> {
  const fig = "svg" in chart ? chart as Figure : show(chart as ChartSpec);
  await mkdir(dir, { recursive: true });
  const base = join(dir, fig.spec.name);
  const saved = { name: fig.spec.name, svg: `${base}.svg`, png: `${base}.png`, csv: `${base}.csv` };
  await writeFile(saved.svg, fig.svg);
  let png: Uint8Array;
  try {
    png = await (options.toPng ?? svgToPng)(fig.svg);
  } catch (e) {
    throw new Error(`Cannot save chart "${fig.spec.name}" as PNG: ${(e as Error).message}`);
  }
  await writeFile(saved.png, png);
  await writeFile(saved.csv, toCsv(fig.spec.rows, undefined, { header: options.header }));
  return saved;
}

/**
 * Charts of framing: the share of loaded wording per outlet and referent, split by
 * voice, and how often each outlet names each referent.
 *
 * @module
 */
import * as Plot from "@observablehq/plot";
import { type FramingSummaryRow, type FramingVoiceRow, MIN_MENTIONS } from "../framing/summary.ts";
import type { Voice } from "../framing/voice.ts";
import type { ChartSpec } from "./spec.ts";
import { intervalMarks } from "./interval.ts";
import { BAND, facetFrame, FONT_FAMILY, FONT_SIZE, marginFor, outletColors, WIDTH } from "./theme.ts";

/** Colour of wording that is all neutral (share 0). */
export const NEUTRAL_COLOR = "#dce6f5";
/** Colour of wording that is all loaded (share 1). */
export const LOADED_COLOR = "#c0392b";

/** How the charts name the voices. */
export const VOICE_LABELS: Readonly<Record<Voice, string>> = {
  narrative: "own voice",
  quoted: "quoted",
};

const unique = <T>(xs: Iterable<T>): T[] => [...new Set(xs)];

/** Lines a label takes when wrapped to `ems` (about 0.6 em a character, as Plot estimates). */
function wrappedLines(label: string, ems: number): number {
  let lines = 1;
  let width = 0;
  for (const word of label.split(/\s+/)) {
    const w = word.length * 0.6;
    if (width > 0 && width + 0.3 + w > ems) {
      lines++;
      width = w;
    } else width += (width > 0 ? 0.3 : 0) + w;
  }
  return lines;
}

/**
 * Loaded share per outlet and referent, in the outlet's own voice and in quotes: a
 * matrix of cells, one row per outlet and one column per referent, a panel per voice.
 * A cell's colour runs from pale blue (all wording neutral) to red (all loaded) and it
 * reads "loaded/mentions"; an empty cell means no mention in that voice. A share from
 * fewer than five mentions (`tooFew`) is too few to compare: its cell is faded and its
 * count marked with an asterisk. {@linkcode framingIntervalChart} draws the intervals.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import {
 *   annotateCorpus,
 *   compileFraming,
 *   framingByVoice,
 *   framingHits,
 *   framingShareChart,
 *   framingSummary,
 *   loadResources,
 *   parseFramingLexicon,
 *   renderSvg,
 * } from "framelens";
 * const lexicon = parseFramingLexicon(
 *   "referents:\n  - id: israel\n    label: Israel\n    loaded: [Zionist regime]\n    neutral: [Israel]\n",
 *   "framing.yaml",
 * );
 * const text = "Israel struck. He condemned what he called “the crimes of the Zionist regime against Iran”.";
 * const annotated = annotateCorpus([{ id: "a", file: "a.md", outlet: "A", text, extra: {} }], await loadResources());
 * const hits = framingHits(annotated, compileFraming(lexicon));
 * const rows = framingByVoice(framingSummary(hits, annotated, lexicon.referents));
 * assert.deepEqual(rows.map((r) => [r.voice, r.hits, r.loaded]), [["narrative", 1, 0], ["quoted", 1, 1]]);
 * assert.match(renderSvg(framingShareChart(rows)), /1\/1/); // the quoted cell reads "loaded/mentions"
 * ```
 */
export function framingShareChart(rows: FramingVoiceRow[]): ChartSpec<FramingVoiceRow> {
  const outlets = outletColors(rows.map((r) => r.outlet)).domain;
  const labels = unique(rows.map((r) => r.label));
  const voices = (["narrative", "quoted"] as Voice[]).filter((v) => rows.some((r) => r.voice === v));
  const seen = rows.filter((r) => r.hits > 0);
  const cellHeight = 26;
  const marginLeft = marginFor(outlets);
  const marginRight = marginFor(Object.values(VOICE_LABELS));
  const ems = Math.max(4, (WIDTH - marginLeft - marginRight) / Math.max(1, labels.length) / FONT_SIZE - 0.6);
  const marginTop = 14 + Math.max(1, ...labels.map((l) => wrappedLines(l, ems))) * (FONT_SIZE + 3);
  const marginBottom = 16;
  const facetGap = 24;
  const height = marginTop + marginBottom + voices.length * outlets.length * cellHeight +
    (voices.length - 1) * facetGap;
  const title = (r: FramingVoiceRow) =>
    `${r.outlet}, ${r.label}, ${VOICE_LABELS[r.voice]}: ${r.loaded} of ${r.hits} mention(s) loaded`;
  return {
    name: "framing-share",
    title: "Loaded wording by outlet and referent, in its own voice and in quotes",
    subtitle: `Cell: loaded mentions / all mentions; pale blue all neutral, red all loaded; empty: not named; ` +
      `faded with *: fewer than ${MIN_MENTIONS} mentions, too few to compare`,
    rows,
    plot: {
      width: WIDTH,
      height,
      marginLeft,
      marginRight,
      marginTop,
      marginBottom,
      style: { fontFamily: FONT_FAMILY, fontSize: `${FONT_SIZE}px` },
      x: { domain: labels, label: null, padding: 0.06 },
      y: { domain: outlets, label: null, padding: 0.08 },
      fy: { domain: voices, label: null, padding: facetGap / (outlets.length * cellHeight + facetGap) },
      color: { type: "linear", domain: [0, 1], range: [NEUTRAL_COLOR, LOADED_COLOR] },
      marks: [
        Plot.axisX({ anchor: "top", lineWidth: ems, tickSize: 0, label: null, fontWeight: "bold" }),
        Plot.axisY({ tickSize: 0, label: null }),
        Plot.axisFy({ anchor: "right", tickFormat: (v: Voice) => VOICE_LABELS[v] ?? v, label: null }),
        Plot.cell(rows, { x: "label", y: "outlet", fy: "voice", fill: "#f4f4f4", inset: 0.5 }),
        Plot.cell(seen, {
          x: "label",
          y: "outlet",
          fy: "voice",
          fill: "loadedShare",
          fillOpacity: (r: FramingVoiceRow) => r.tooFew ? 0.4 : 1,
          inset: 0.5,
          title,
        }),
        Plot.text(seen, {
          x: "label",
          y: "outlet",
          fy: "voice",
          text: (r: FramingVoiceRow) => `${r.loaded}/${r.hits}${r.tooFew ? "*" : ""}`,
          fill: (r: FramingVoiceRow) => !r.tooFew && (r.loadedShare ?? 0) > 0.55 ? "white" : "#222",
          fontSize: FONT_SIZE,
        }),
      ],
    },
  };
}

const percent = (x: number | null) => x === null ? "" : `${Math.round(x * 100)}%`;

/**
 * Loaded share per outlet and referent with its 95% Wilson interval, in the outlet's own
 * voice (circle) and in quotes (diamond): a panel per referent, a line per outlet in its
 * colour. Two outlets differ beyond noise where their intervals do not overlap. A share
 * from fewer than five mentions (`tooFew`) is drawn hollow with a dashed interval and
 * labelled "too few"; a voice without mentions is left out.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import {
 *   annotateCorpus,
 *   compileFraming,
 *   framingByVoice,
 *   framingHits,
 *   framingIntervalChart,
 *   framingSummary,
 *   loadResources,
 *   parseFramingLexicon,
 *   renderSvg,
 * } from "framelens";
 * const lexicon = parseFramingLexicon(
 *   "referents:\n  - id: israel\n    label: Israel\n    loaded: [Zionist regime]\n    neutral: [Israel]\n",
 *   "framing.yaml",
 * );
 * const text = "Israel struck. He condemned what he called “the crimes of the Zionist regime against Iran”.";
 * const annotated = annotateCorpus([{ id: "a", file: "a.md", outlet: "A", text, extra: {} }], await loadResources());
 * const hits = framingHits(annotated, compileFraming(lexicon));
 * const rows = framingByVoice(framingSummary(hits, annotated, lexicon.referents));
 * const spec = framingIntervalChart(rows);
 * assert.deepEqual(spec.rows.map((r) => [r.voice, r.loaded, r.hits, r.tooFew]), [
 *   ["narrative", 0, 1, true],
 *   ["quoted", 1, 1, true],
 * ]);
 * assert.match(renderSvg(spec), /1\/1 too few/); // the quoted share, from one mention
 * ```
 */
export function framingIntervalChart(rows: FramingVoiceRow[]): ChartSpec<FramingVoiceRow> {
  const color = outletColors(rows.map((r) => r.outlet));
  const labels = unique(rows.map((r) => r.label));
  const seen = rows.filter((r) => r.hits > 0);
  const frame = facetFrame({ rows: color.domain, facets: labels, band: BAND * 1.2, facetGap: 12, padding: 0.1 });
  const title = (r: FramingVoiceRow) =>
    `${r.outlet}, ${r.label}, ${VOICE_LABELS[r.voice]}: ${r.loaded} of ${r.hits} loaded, ` +
    `${percent(r.loadedShare)} (95% interval ${percent(r.loadedShareLow)}–${percent(r.loadedShareHigh)})` +
    (r.tooFew ? `, fewer than ${MIN_MENTIONS} mentions: too few to compare` : "");
  const marks = (["narrative", "quoted"] as const).flatMap((voice) =>
    intervalMarks(seen.filter((r) => r.voice === voice), {
      facet: "label",
      value: "loadedShare",
      low: "loadedShareLow",
      high: "loadedShareHigh",
      count: (r) => `${r.loaded}/${r.hits}`,
      title,
      dy: voice === "narrative" ? -5 : 5,
      symbol: voice === "narrative" ? "circle" : "diamond",
    })
  );
  return {
    name: "framing-interval",
    title: "Loaded share with its 95% interval, by outlet and referent",
    subtitle: `Dot: loaded / all mentions, circle own voice, diamond quoted; line: 95% Wilson interval; ` +
      `hollow and dashed: fewer than ${MIN_MENTIONS} mentions, too few to compare`,
    rows,
    legend: "Outlet",
    plot: {
      ...frame,
      // Room right of 100% for the counts.
      x: {
        domain: [0, 1.3],
        ticks: [0, 0.25, 0.5, 0.75, 1],
        tickFormat: ".0%",
        label: "Loaded share of mentions",
        labelAnchor: "left",
        grid: true,
      },
      color,
      marks: [
        Plot.frame({ stroke: "#ddd", anchor: "left" }),
        Plot.axisFy({ anchor: "right", label: null, fontWeight: "bold", lineWidth: 12 }),
        // A pale track from 0 to 100% for every outlet and referent, named or not.
        Plot.ruleY(rows, { y: "outlet", fy: "label", x1: 0, x2: 1, stroke: "#eee" }),
        ...marks,
      ],
    },
  };
}

/** A bar segment of {@linkcode framingRateChart}. */
interface RateSegment {
  outlet: string;
  label: string;
  frame: "loaded" | "neutral";
  x1: number;
  x2: number;
}

/**
 * How often each outlet names each referent: mentions per 1,000 words, a panel per
 * referent, one bar per outlet in its colour; the solid part of a bar is loaded wording,
 * the pale part neutral, and the number at its end counts the mentions.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import {
 *   annotateCorpus,
 *   compileFraming,
 *   framingHits,
 *   framingRateChart,
 *   framingSummary,
 *   loadResources,
 *   parseFramingLexicon,
 *   renderSvg,
 * } from "framelens";
 * const lexicon = parseFramingLexicon(
 *   "referents:\n  - id: israel\n    label: Israel\n    loaded: [Zionist regime]\n    neutral: [Israel]\n",
 *   "framing.yaml",
 * );
 * const article = (id: string, outlet: string, text: string) => ({ id, file: `${id}.md`, outlet, text, extra: {} });
 * const annotated = annotateCorpus([
 *   article("a", "A", "The Zionist regime struck. Israel denied it."),
 *   article("b", "B", "Israel struck."),
 * ], await loadResources());
 * const rows = framingSummary(framingHits(annotated, compileFraming(lexicon)), annotated, lexicon.referents);
 * assert.deepEqual(rows.map((r) => [r.outlet, r.hits, r.loaded]), [["A", 2, 1], ["B", 1, 0]]);
 * assert.match(renderSvg(framingRateChart(rows)), /^<svg/);
 * ```
 */
export function framingRateChart(rows: FramingSummaryRow[]): ChartSpec<FramingSummaryRow> {
  const color = outletColors(rows.map((r) => r.outlet));
  const labels = unique(rows.map((r) => r.label));
  const rate = (n: number, r: FramingSummaryRow) => r.words > 0 ? n / r.words * 1000 : 0;
  const segments: RateSegment[] = rows.filter((r) => r.hits > 0).flatMap((r) => [
    { outlet: r.outlet, label: r.label, frame: "loaded" as const, x1: 0, x2: rate(r.loaded, r) },
    { outlet: r.outlet, label: r.label, frame: "neutral" as const, x1: rate(r.loaded, r), x2: r.hitsPer1000 },
  ]);
  const frame = facetFrame({ rows: color.domain, facets: labels, band: BAND * 0.8, facetGap: 10, padding: 0.15 });
  return {
    name: "framing-rate",
    title: "How often each outlet names each referent",
    subtitle: "Mentions per 1,000 words; solid: loaded wording, pale: neutral; the number counts mentions",
    rows,
    legend: "Outlet",
    plot: {
      ...frame,
      x: { label: "Mentions per 1,000 words", grid: true, nice: true },
      color,
      marks: [
        Plot.frame({ stroke: "#ddd", anchor: "left" }),
        Plot.axisFy({ anchor: "right", label: null, fontWeight: "bold", lineWidth: 12 }),
        Plot.barX(segments.filter((s) => s.frame === "neutral"), {
          x1: "x1",
          x2: "x2",
          y: "outlet",
          fy: "label",
          fill: "outlet",
          fillOpacity: 0.3,
          stroke: "outlet",
          strokeWidth: 0.5,
        }),
        Plot.barX(segments.filter((s) => s.frame === "loaded" && s.x2 > 0), {
          x1: "x1",
          x2: "x2",
          y: "outlet",
          fy: "label",
          fill: "outlet",
        }),
        Plot.text(rows.filter((r) => r.hits > 0), {
          x: "hitsPer1000",
          y: "outlet",
          fy: "label",
          text: (r: FramingSummaryRow) => `${r.hits}`,
          textAnchor: "start",
          dx: 4,
          fill: "#333",
        }),
        Plot.ruleX([0]),
      ],
    },
  };
}

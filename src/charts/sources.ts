/**
 * Charts of who speaks: whose words each outlet carries, whose side it quotes, and who uses
 * loaded wording.
 *
 * @module
 */
import * as Plot from "@observablehq/plot";
import { type LoadedBySpeakerRow, NO_SPEAKER, OWN_WORDS, type SourceRow } from "../measures/sources.ts";
import { type SideRow, speakerSide } from "../measures/sides.ts";
import { MIN_MENTIONS } from "../framing/summary.ts";
import type { ChartSpec } from "./spec.ts";
import { intervalMarks } from "./interval.ts";
import {
  BAND,
  facetFrame,
  FONT_FAMILY,
  FONT_SIZE,
  marginFor,
  OUTLET_PALETTE,
  outletColors,
  truncate,
  WIDTH,
} from "./theme.ts";

const style = { fontFamily: FONT_FAMILY, fontSize: `${FONT_SIZE}px` };

/**
 * Whose words each outlet carries: one row per speaker (the union of each outlet's top N
 * by share of its attributed words), one column per outlet, a dot sized by the share and
 * labelled with it in per cent, coloured by the speaker's side (its affiliation in the
 * gazetteer, else its type).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { sourceShareChart } from "./sources.ts";
 * const row = { outlet: "A", speakerType: "person" as const, relations: 1 };
 * const spec = sourceShareChart([
 *   { ...row, speaker: "Ali Larijani", affiliation: "Iran", words: 30, share: 0.6 },
 *   { ...row, speaker: "Joseph Aoun", affiliation: "Lebanon", words: 15, share: 0.3 },
 *   { ...row, speaker: "a diplomat", speakerType: "unnamed", affiliation: "", words: 5, share: 0.1 },
 * ], { top: 2 });
 * assert.deepEqual(spec.rows.map((r) => r.speaker), ["Ali Larijani", "Joseph Aoun"]); // the outlet's top 2
 * ```
 */
export function sourceShareChart(rows: SourceRow[], options: { top?: number } = {}): ChartSpec<SourceRow> {
  const top = options.top ?? 6;
  const rank = new Map<SourceRow, number>();
  const seen = new Map<string, number>();
  for (const r of rows) {
    // Rows come sorted by outlet then share: the rank is the position within the outlet.
    const n = (seen.get(r.outlet) ?? 0) + 1;
    seen.set(r.outlet, n);
    rank.set(r, n);
  }
  const keep = new Set(rows.filter((r) => rank.get(r)! <= top).map((r) => r.speaker));
  const shown = rows.filter((r) => keep.has(r.speaker));
  const totals = new Map<string, number>();
  for (const r of shown) totals.set(r.speaker, (totals.get(r.speaker) ?? 0) + r.share);
  const speakers = [...totals.keys()].sort((a, b) => totals.get(b)! - totals.get(a)! || a.localeCompare(b));
  const outlets = [...new Set(shown.map((r) => r.outlet))].sort((a, b) => a.localeCompare(b));
  const sides = [...new Set(shown.map(speakerSide))].sort((a, b) =>
    Number(a.startsWith("no affiliation")) - Number(b.startsWith("no affiliation")) || a.localeCompare(b)
  );
  return {
    name: "source-share",
    title: "Whose words each outlet carries",
    subtitle:
      `Share of each outlet's attributed words (quoted and reported speech) by speaker: the ${speakers.length} ` +
      `speakers among the ${top} most quoted by at least one outlet`,
    rows: shown,
    legend: "Side",
    plot: {
      ...speakerGrid(speakers, outlets),
      color: { domain: sides, range: sides.map((_, i) => OUTLET_PALETTE[i % OUTLET_PALETTE.length]) },
      marks: [
        Plot.dot(shown, {
          x: "outlet",
          y: "speaker",
          r: "share",
          fill: speakerSide,
          title: (r: SourceRow) =>
            `${r.speaker} in ${r.outlet}: ${
              (100 * r.share).toFixed(0)
            }% of attributed words (${r.relations} relations)`,
        }),
        Plot.text(shown, {
          x: "outlet",
          y: "speaker",
          text: (r: SourceRow) => `${Math.round(100 * r.share)}%`,
          // Past the largest dot (radius 14).
          dx: 17,
          textAnchor: "start",
          fill: "#333",
        }),
      ],
    },
  };
}

/** The colours of {@linkcode loadedBySpeakerChart}: the outlet's own words, a speaker's, a quote with no speaker. */
export const WHOSE_COLORS: Readonly<Record<"outlet" | "speaker" | "none", string>> = {
  outlet: "#555555",
  speaker: "#c0392b",
  none: "#e59866",
};

/** Whose words a row of {@linkcode loadedBySpeakerChart} stands for. */
function whoseOf(row: Pick<LoadedBySpeakerRow, "speaker">): string {
  return row.speaker === OWN_WORDS
    ? "the outlet's own words"
    : row.speaker === NO_SPEAKER
    ? "quoted, no speaker"
    : "a speaker's words";
}

/**
 * The layout both speaker charts share: one row per speaker (labels cut at 36
 * characters, no tick dashes), one column per outlet along the top (names turned when
 * they do not fit), dots sized by a share from 0 to 1.
 */
function speakerGrid(speakers: readonly string[], outlets: readonly string[]) {
  const labels = speakers.map((s) => truncate(s, 36));
  const colWidth = Math.max(70, Math.min(130, (WIDTH - marginFor(labels)) / Math.max(1, outlets.length)));
  const rotate = outlets.some((o) => o.length * FONT_SIZE * 0.62 > colWidth - 8);
  const topMargin = rotate ? Math.round(marginFor(outlets) * 0.75) : 30;
  return {
    width: Math.round(marginFor(labels) + 40 + outlets.length * colWidth),
    height: 40 + speakers.length * BAND + topMargin,
    marginLeft: marginFor(labels),
    marginTop: topMargin,
    marginRight: 40,
    style,
    x: { domain: outlets, axis: "top" as const, label: null, tickRotate: rotate ? -35 : 0, padding: 0.5 },
    y: { domain: speakers, label: null, tickFormat: (s: string) => truncate(s, 36), tickSize: 0 },
    r: { range: [2, 14], domain: [0, 1] },
  };
}

/**
 * Who uses loaded wording: one row per speaker (the outlet's own words first, then the
 * union of each outlet's top N speakers by loaded framing hits), one column per outlet,
 * a dot sized by the speaker's share of the outlet's loaded hits and labelled with the
 * number of them, coloured by whose words they are (the outlet's, a speaker's, a quote's
 * with no speaker).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { type FramingHit, loadedBySpeaker, loadedBySpeakerChart, OWN_WORDS, renderSvg } from "framelens";
 * const hit: FramingHit = {
 *   article: "a", outlet: "A", referent: "israel", frame: "loaded", voice: "quoted", phrase: "Zionist regime",
 *   start: 0, end: 14, sentence: "", sentenceStart: 0, wording: "Zionist regime", speaker: "Ali Larijani",
 * };
 * const rows = loadedBySpeaker([
 *   { ...hit, voice: "narrative", speaker: "" },
 *   hit,
 *   hit,
 *   { ...hit, speaker: "Joseph Aoun" },
 * ]);
 * const spec = loadedBySpeakerChart(rows, { top: 1 }); // the outlet's own words, and its top speaker
 * assert.deepEqual(spec.rows.map((r) => [r.speaker, r.loaded, r.share]), [
 *   ["Ali Larijani", 2, 0.5],
 *   [OWN_WORDS, 1, 0.25],
 * ]);
 * assert.doesNotMatch(renderSvg(spec), /Joseph Aoun/);
 * ```
 */
export function loadedBySpeakerChart(
  rows: readonly LoadedBySpeakerRow[],
  options: { top?: number } = {},
): ChartSpec<LoadedBySpeakerRow> {
  const top = options.top ?? 6;
  const keep = new Set<string>([OWN_WORDS]);
  const seen = new Map<string, number>();
  for (const r of rows) {
    if (r.speaker === OWN_WORDS) continue;
    // Rows come sorted by outlet then loaded hits: the rank is the position within the outlet.
    const n = (seen.get(r.outlet) ?? 0) + 1;
    seen.set(r.outlet, n);
    if (n <= top) keep.add(r.speaker);
  }
  const shown = rows.filter((r) => keep.has(r.speaker));
  const totals = new Map<string, number>();
  for (const r of shown) totals.set(r.speaker, (totals.get(r.speaker) ?? 0) + r.loaded);
  const speakers = [...totals.keys()].sort((a, b) =>
    Number(b === OWN_WORDS) - Number(a === OWN_WORDS) || Number(a === NO_SPEAKER) - Number(b === NO_SPEAKER) ||
    totals.get(b)! - totals.get(a)! || a.localeCompare(b)
  );
  const outlets = [...new Set(shown.map((r) => r.outlet))].sort((a, b) => a.localeCompare(b));
  const whose = ["the outlet's own words", "a speaker's words", "quoted, no speaker"];
  return {
    name: "loaded-by-speaker",
    title: "Who uses loaded wording",
    subtitle: `Loaded framing hits by whose words they are in: the outlet's own, or a speaker's it quotes or ` +
      `reports (the ${Math.max(0, speakers.length - 1)} speakers among the ${top} with most loaded hits in at least ` +
      `one outlet). A dot's size is the share of the outlet's loaded hits; its label, their number`,
    rows: shown,
    legend: "Whose words",
    plot: {
      ...speakerGrid(speakers, outlets),
      color: { domain: whose, range: [WHOSE_COLORS.outlet, WHOSE_COLORS.speaker, WHOSE_COLORS.none] },
      marks: [
        Plot.dot(shown, {
          x: "outlet",
          y: "speaker",
          r: "share",
          fill: whoseOf,
          title: (r: LoadedBySpeakerRow) =>
            `${r.speaker} in ${r.outlet}: ${r.loaded} loaded of ${r.hits} framing hits, ${
              (100 * r.share).toFixed(0)
            }% of the outlet's loaded hits`,
        }),
        Plot.text(shown, {
          x: "outlet",
          y: "speaker",
          text: (r: LoadedBySpeakerRow) => String(r.loaded),
          // Past the largest dot (radius 14).
          dx: 17,
          textAnchor: "start",
          fill: "#333",
        }),
      ],
    },
  };
}

/** Whether a side is "no affiliation (...)": such sides come after the named ones. */
const unaffiliated = (side: string) => side.startsWith("no affiliation");

/**
 * Whose side each outlet quotes: a panel per side (the speakers' affiliation in the
 * gazetteer; the `top` sides most quoted over the corpus, those with no affiliation
 * last), a line per outlet in its colour, a dot at the side's share of the outlet's
 * relations with a speaker and its 95% Wilson interval, labelled with the counts. A share
 * from fewer than five relations (`tooFew`) is drawn hollow with a dashed interval.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { renderSvg, sideRows, sourcesBySideChart } from "framelens";
 * const row = { speakerType: "person" as const, share: 0 };
 * const rows = sideRows([
 *   { ...row, outlet: "A", speaker: "Ali Larijani", affiliation: "Iran", relations: 3, words: 60 },
 *   { ...row, outlet: "A", speaker: "Joseph Aoun", affiliation: "Lebanon", relations: 1, words: 20 },
 *   { ...row, outlet: "B", speaker: "a diplomat", speakerType: "unnamed", affiliation: "", relations: 1, words: 9 },
 * ]);
 * const spec = sourcesBySideChart(rows, { top: 2 });
 * assert.deepEqual([...new Set(spec.rows.map((r) => r.side))], ["Iran", "Lebanon"]); // the 2 most quoted sides
 * assert.match(renderSvg(spec), /3\/4 too few/); // Iran in A: 3 of A's 4 relations
 * ```
 */
export function sourcesBySideChart(rows: readonly SideRow[], options: { top?: number } = {}): ChartSpec<SideRow> {
  const top = options.top ?? 8;
  const totals = new Map<string, number>();
  for (const r of rows) totals.set(r.side, (totals.get(r.side) ?? 0) + r.relations);
  const sides = [...totals.keys()]
    .sort((a, b) =>
      Number(unaffiliated(a)) - Number(unaffiliated(b)) || totals.get(b)! - totals.get(a)! || a.localeCompare(b)
    )
    .slice(0, top);
  const shown = rows.filter((r) => sides.includes(r.side));
  const color = outletColors(shown.map((r) => r.outlet));
  const frame = facetFrame({
    rows: color.domain,
    facets: sides,
    facetLabels: sides.map((s) => truncate(s, 24)),
    band: BAND * 1.1,
    facetGap: 12,
    padding: 0.1,
  });
  const percent = (x: number) => `${Math.round(100 * x)}%`;
  const title = (r: SideRow) =>
    `${r.outlet}, ${r.side}: ${r.relations} of ${r.outletRelations} relations, ${percent(r.share)} ` +
    `(95% interval ${percent(r.shareLow)}–${percent(r.shareHigh)})`;
  const marks = intervalMarks(shown, {
    facet: "side",
    value: "share",
    low: "shareLow",
    high: "shareHigh",
    count: (r) => `${r.relations}/${r.outletRelations}`,
    title,
  });
  return {
    name: "sources-by-side",
    title: "Whose side each outlet quotes, with its 95% interval",
    subtitle: `Dot: the side's share of the outlet's quoted and reported speech with a speaker (a side is the ` +
      `speaker's affiliation in data/entities.yaml); line: 95% Wilson interval; hollow and dashed: fewer than ` +
      `${MIN_MENTIONS} relations, too few to compare; the ${sides.length} sides most quoted`,
    rows: shown,
    legend: "Outlet",
    plot: {
      ...frame,
      x: {
        domain: [0, 1.3],
        ticks: [0, 0.25, 0.5, 0.75, 1],
        tickFormat: ".0%",
        label: "Share of the relations with a speaker",
        labelAnchor: "left",
        grid: true,
      },
      color,
      marks: [
        Plot.frame({ stroke: "#ddd", anchor: "left" }),
        Plot.axisFy({ anchor: "right", label: null, fontWeight: "bold", tickFormat: (s: string) => truncate(s, 24) }),
        Plot.ruleY(shown, { y: "outlet", fy: "side", x1: 0, x2: 1, stroke: "#eee" }),
        ...marks,
      ],
    },
  };
}

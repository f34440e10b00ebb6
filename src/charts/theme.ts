/**
 * The one look of framelens charts: outlet colours, fonts, sizes and margins.
 *
 * @module
 */
import type { EntityType } from "../entities/types.ts";

/** Categorical colours (Observable 10, then Tableau's extra tones), assigned to outlets in alphabetical order. */
export const OUTLET_PALETTE: readonly string[] = [
  "#4269d0",
  "#efb118",
  "#ff725c",
  "#6cc5b0",
  "#3ca951",
  "#ff8ab7",
  "#a463f2",
  "#97bbf5",
  "#9c6b4e",
  "#9498a0",
  "#1b7f79",
  "#b3446c",
  "#7f6a00",
  "#5e3c99",
  "#d95f02",
];

/** Colours for article kinds. */
export const KIND_COLORS: Readonly<Record<string, string>> = {
  news: "#4269d0",
  opinion: "#ff725c",
  analysis: "#3ca951",
  unknown: "#9498a0",
};

/** Colours of the entity types, the same in every chart. */
export const ENTITY_TYPE_COLORS: Readonly<Record<EntityType, string>> = {
  person: "#ff725c",
  organization: "#4269d0",
  place: "#3ca951",
};

/** Font family for every chart (DejaVu Sans ships with the PNG renderer). */
export const FONT_FAMILY = "DejaVu Sans, Verdana, system-ui, sans-serif";
/** Base font size in pixels. */
export const FONT_SIZE = 12;
/** Default chart width in pixels. */
export const WIDTH = 760;
/** Height of one band (one bar or row) in pixels. */
export const BAND = 22;

/**
 * The colour scale for a set of outlets: sorted alphabetically, each with its fixed
 * palette colour, so an outlet has the same colour in every chart of a corpus.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { OUTLET_PALETTE, outletColors } from "framelens";
 * assert.deepEqual(outletColors(["Peregraf", "Alwaght"]), {
 *   domain: ["Alwaght", "Peregraf"], // alphabetical
 *   range: [OUTLET_PALETTE[0], OUTLET_PALETTE[1]],
 * });
 * ```
 */
export function outletColors(outlets: Iterable<string>): { domain: string[]; range: string[] } {
  const domain = [...new Set(outlets)].sort((a, b) => a.localeCompare(b));
  return { domain, range: domain.map((_, i) => OUTLET_PALETTE[i % OUTLET_PALETTE.length]) };
}

/**
 * A left margin wide enough for the longest of some labels at the theme's font size.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { marginFor } from "./theme.ts";
 * assert.equal(marginFor(["Tehran Times"]), 108); // ⌈12 characters × 12 px × 0.62⌉ + 18 = 90 + 18
 * assert.equal(marginFor(["A"]), 40); // at least the minimum
 * ```
 */
export function marginFor(labels: Iterable<string>, min = 40, max = 320): number {
  let longest = 0;
  for (const l of labels) longest = Math.max(longest, l.length);
  return Math.min(max, Math.max(min, Math.ceil(longest * FONT_SIZE * 0.62) + 18));
}

/** Classes of characters of DejaVu Sans by width (see {@linkcode textWidth}). */
const NARROW = /[\s.,:;'!|()[\]/\\\-ijlIJfrt`"]/;
const WIDE = /[mwMW%@#&]/;
const SYMBOL = /[+<=>^~]/;

/**
 * The width in pixels of a line of text in the charts' font, DejaVu Sans, estimated
 * from its characters: narrow ones (space, punctuation, i, l, t, I, J, ...) 0.36 em,
 * m, w and other wide ones 0.95 em, other capitals 0.72 em, +, <, = and the like
 * 0.83 em, the rest (lower case, digits, other scripts) 0.63 em; bold 10% wider. Each
 * figure is at or above most of its class's widths as resvg draws them (narrow
 * 0.27–0.39 em, lower case 0.52–0.63 em, capitals 0.56–0.78 em, digits 0.63 em), so
 * that text laid out to fit does fit.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { textWidth } from "./theme.ts";
 * // I and r narrow (0.36 em), a and q the rest (0.63 em); resvg draws it 22 px wide.
 * assert.ok(Math.abs(textWidth("Iraq", 12) - (0.36 + 0.36 + 0.63 + 0.63) * 12) < 1e-9); // 23.76
 * ```
 */
export function textWidth(text: string, size: number = FONT_SIZE, bold = false): number {
  let ems = 0;
  for (const c of text) {
    ems += NARROW.test(c) ? 0.36 : WIDE.test(c) ? 0.95 : SYMBOL.test(c) ? 0.83 : /[A-Z]/.test(c) ? 0.72 : 0.63;
  }
  return ems * size * (bold ? 1.1 : 1);
}

/**
 * Shortens a label to at most `n` characters, with an ellipsis.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { truncate } from "./theme.ts";
 * assert.equal(truncate("Larijani signs new security agreement", 12), "Larijani si…");
 * assert.equal(truncate("Larijani", 12), "Larijani");
 * ```
 */
export function truncate(label: string, n = 48): string {
  return label.length <= n ? label : label.slice(0, n - 1) + "\u2026";
}

/** What {@linkcode facetFrame} needs: the rows of each facet, the facets, and their sizes. */
export interface FacetFrameOptions {
  /** The rows of every facet (the outlets), top to bottom. */
  rows: readonly string[];
  /** The facets, top to bottom. */
  facets: readonly string[];
  /** The facets' labels as drawn right of the chart, when shortened (default: the facets). */
  facetLabels?: readonly string[];
  /** The height of one row, in pixels. */
  band: number;
  /** The space between two facets, in pixels. */
  facetGap: number;
  /** The padding between rows, as a share of a row. */
  padding: number;
  marginTop?: number;
  marginBottom?: number;
}

/**
 * The frame of a chart of one row per outlet inside one facet per label, the labels on
 * the right: its size, margins, style, and `y` and `fy` scales. The chart adds `x`,
 * `color` and its marks.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { facetFrame } from "./theme.ts";
 * const frame = facetFrame({ rows: ["A", "B"], facets: ["Israel"], band: 20, facetGap: 10, padding: 0.1 });
 * assert.equal(frame.height, 24 + 40 + 1 * (2 * 20 + 10)); // margins, then each facet's rows and gap
 * assert.equal(frame.fy.padding, 10 / 50);
 * assert.deepEqual(frame.y.domain, ["A", "B"]);
 * ```
 */
export function facetFrame(options: FacetFrameOptions) {
  const { rows, facets, band, facetGap, padding, marginTop = 24, marginBottom = 40 } = options;
  const facetHeight = rows.length * band + facetGap;
  return {
    width: WIDTH,
    height: marginTop + marginBottom + facets.length * facetHeight,
    marginLeft: marginFor(rows),
    marginRight: marginFor(options.facetLabels ?? facets) + 8,
    marginTop,
    marginBottom,
    style: { fontFamily: FONT_FAMILY, fontSize: `${FONT_SIZE}px` },
    y: { domain: [...rows], label: null, padding },
    fy: { domain: [...facets], label: null, padding: facetGap / facetHeight },
  };
}

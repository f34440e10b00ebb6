/**
 * Charts of attention over time: how often each outlet names each referent, day by day
 * or week by week; the share of loaded wording over time with its interval; and which
 * outlet printed each loaded wording first. The events of `data/events.yaml` are drawn
 * as dashed rules on each.
 *
 * @module
 */
import * as Plot from "@observablehq/plot";
import type { AttentionRow, FirstUseRow, LoadedShareRow } from "../measures/attention.ts";
import { dayNumber, isoWeekStart } from "../measures/calendar.ts";
import type { ReferentLabel } from "../framing/summary.ts";
import { MIN_MENTIONS } from "../framing/summary.ts";
import type { StoryEvent } from "../data/events.ts";
import type { ChartSpec } from "./spec.ts";
import { dayTicks } from "./corpus.ts";
import { BAND, FONT_FAMILY, FONT_SIZE, marginFor, outletColors, textWidth, truncate, WIDTH } from "./theme.ts";

/** Colour of the event rules and their labels. */
export const EVENT_COLOR = "#777";

/** Options of the time charts. */
export interface TimeChartOptions {
  /** Events drawn as dashed rules, labelled at the top (default none). */
  events?: readonly StoryEvent[];
}

/** The first day of a period: the day itself, or the Monday of an ISO week. */
const startOf = (date: string) => date.includes("-W") ? isoWeekStart(date) : date;
/** A calendar date as a UTC midnight, for Plot's time scale. */
const utc = (date: string) => new Date(`${date}T00:00:00Z`);

/** The time scale of a chart: the days of its points and its events, with day ticks that fit `width` pixels. */
function timeScale(days: readonly string[], events: readonly StoryEvent[], width: number) {
  const all = [...days, ...events.map((e) => e.date)].sort();
  const first = all[0] ?? "1970-01-01";
  const last = all[all.length - 1] ?? first;
  return {
    type: "utc" as const,
    domain: [utc(first), utc(last)],
    // A tick label ("Aug 11") takes about 50 pixels.
    ticks: dayTicks(dayNumber(last) - dayNumber(first), Math.max(2, Math.floor(width / 64))),
    tickFormat: "%b %-d",
    label: null,
    grid: true,
    inset: 24,
  };
}

/** The marks of the events: a dashed rule each, and its label at the top of the first facet (or of the chart). */
function eventMarks(events: readonly StoryEvent[], topFacet?: { fy: string }) {
  if (!events.length) return [];
  return [
    Plot.ruleX(events, { x: (e: StoryEvent) => utc(e.date), stroke: EVENT_COLOR, strokeDasharray: "4,3" }),
    Plot.text(events, {
      x: (e: StoryEvent) => utc(e.date),
      ...(topFacet ? { fy: () => topFacet.fy } : {}),
      text: (e: StoryEvent) => truncate(e.label, 40),
      frameAnchor: "top",
      textAnchor: "start",
      dx: 3,
      dy: -12,
      fill: EVENT_COLOR,
      fontSize: FONT_SIZE - 2,
    }),
  ];
}

/** A point of {@linkcode attentionChart}: one outlet's attention to one referent in one period. */
export interface AttentionPoint {
  /** The day or ISO week. */
  date: string;
  /** Its first day. */
  start: string;
  /** Outlet (or group). */
  outlet: string;
  /** Referent id. */
  referent: string;
  /** The referent's label. */
  label: string;
  /** Mentions (0 in a period the outlet published in without naming the referent). */
  count: number;
  /** Words of the outlet in the period. */
  words: number;
  /** Mentions per 1,000 words. */
  per1k: number;
}

/** Options of {@linkcode attentionChart}. */
export interface AttentionChartOptions extends TimeChartOptions {
  /** day (the default) or week. */
  period?: "day" | "week";
  /** The referents, in order, with their labels (default: those in the rows, by id). */
  referents?: readonly ReferentLabel[];
}

/**
 * Attention to each referent by outlet over time: a panel per referent, a line per
 * outlet in its colour through its mentions per 1,000 words in each period it published
 * in (0 where it published without naming the referent). Undated articles are left out.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { attentionChart, attentionRows, renderSvg } from "framelens";
 * const rows = attentionRows({
 *   articles: [
 *     { id: "a", outlet: "A", date: "2025-08-11", words: 500 },
 *     { id: "b", outlet: "A", date: "2025-08-12", words: 200 },
 *   ],
 *   hits: [{ article: "a", referent: "israel", frame: "loaded" }],
 *   mentions: [],
 *   quotes: [],
 * });
 * const spec = attentionChart(rows, {
 *   referents: [{ id: "israel", label: "Israel" }],
 *   events: [{ date: "2025-08-12", label: "Truce" }],
 * });
 * // 1 mention in 500 words on the 11th; 0 on the 12th, when A published without naming Israel.
 * assert.deepEqual(spec.rows.map((p) => [p.date, p.label, p.count, p.per1k]), [
 *   ["2025-08-11", "Israel", 1, 2],
 *   ["2025-08-12", "Israel", 0, 0],
 * ]);
 * assert.match(renderSvg(spec), /Truce/); // the event, labelled
 * ```
 */
export function attentionChart(
  rows: readonly AttentionRow[],
  options: AttentionChartOptions = {},
): ChartSpec<AttentionPoint> {
  const period = options.period ?? "day";
  const events = options.events ?? [];
  const mine = rows.filter((r) => r.period === period);
  const referents = options.referents ??
    [...new Set(mine.filter((r) => r.measure === "referent").map((r) => r.key))].sort().map((id) => ({
      id,
      label: id,
    }));
  const named = new Set(mine.filter((r) => r.measure === "referent").map((r) => r.key));
  const shown = referents.filter((r) => named.has(r.id));
  const counts = new Map(
    mine.filter((r) => r.measure === "referent").map((r) => [`${r.date}\t${r.outlet}\t${r.key}`, r]),
  );
  const points: AttentionPoint[] = mine.filter((r) => r.measure === "words").flatMap((w) =>
    shown.map(({ id, label }) => {
      const count = counts.get(`${w.date}\t${w.outlet}\t${id}`)?.count ?? 0;
      const per1k = w.count > 0 ? count / w.count * 1000 : 0;
      return {
        date: w.date,
        start: startOf(w.date),
        outlet: w.outlet,
        referent: id,
        label,
        count,
        words: w.count,
        per1k,
      };
    })
  );
  const color = outletColors(points.map((p) => p.outlet));
  const labels = shown.map((r) => r.label);
  const marginRight = marginFor(labels, 40, 220);
  const facetHeight = 90;
  const facetGap = 14;
  const marginTop = events.length ? 34 : 20;
  const marginBottom = 30;
  const x = (p: AttentionPoint) => utc(p.start);
  const title = (p: AttentionPoint) =>
    `${p.outlet}, ${p.label}, ${p.date}: ${p.count} mention(s) in ${p.words} words, ${p.per1k.toFixed(1)} per 1,000`;
  return {
    name: `attention-${period}`,
    title: `Attention to each referent by outlet, ${period === "day" ? "day by day" : "week by week (ISO weeks)"}`,
    subtitle: `Mentions per 1,000 words of the outlet ${period === "day" ? "that day" : "that week"}, ` +
      `where it published; dashed: events (data/events.yaml); undated articles left out`,
    rows: points,
    legend: "Outlet",
    plot: {
      width: WIDTH,
      height: marginTop + marginBottom + labels.length * (facetHeight + facetGap),
      marginLeft: 50,
      marginRight,
      marginTop,
      marginBottom,
      style: { fontFamily: FONT_FAMILY, fontSize: `${FONT_SIZE}px` },
      x: timeScale(points.map((p) => p.start), events, WIDTH - 50 - marginRight),
      y: { label: "per 1,000 words", grid: true, nice: true, ticks: 3 },
      fy: { domain: labels, label: null, padding: facetGap / (facetHeight + facetGap) },
      color,
      marks: [
        Plot.frame({ stroke: "#ddd" }),
        Plot.axisFy({ anchor: "right", label: null, fontWeight: "bold", lineWidth: 14 }),
        ...eventMarks(events, labels.length ? { fy: labels[0] } : undefined),
        Plot.ruleY([0], { stroke: "#bbb" }),
        Plot.lineY(points, { x, y: "per1k", fy: "label", z: "outlet", stroke: "outlet", strokeWidth: 1.5 }),
        Plot.dot(points, { x, y: "per1k", fy: "label", fill: "outlet", r: 3, title }),
      ],
    },
  };
}

/**
 * The share of loaded wording over time, per outlet: a dot at each period's share (loaded
 * / all mentions of the referents pooled), its 95% Wilson interval as a vertical line,
 * and a line through each outlet's shares. Outlets sit side by side within a period. A
 * share from fewer than five mentions is hollow with a dashed interval: too few to
 * compare.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { attentionRows, loadedShareChart, loadedShareRows, renderSvg } from "framelens";
 * const hit = (article: string, frame: "loaded" | "neutral") => ({ article, referent: "israel", frame });
 * const rows = attentionRows({
 *   articles: [
 *     { id: "a", outlet: "A", date: "2025-08-11", words: 500 },
 *     { id: "b", outlet: "A", date: "2025-08-12", words: 200 },
 *   ],
 *   hits: [...Array(6).fill(hit("a", "loaded")), ...Array(2).fill(hit("a", "neutral")), hit("b", "loaded")],
 *   mentions: [],
 *   quotes: [],
 * });
 * const spec = loadedShareChart(loadedShareRows(rows));
 * // 6 of 8 mentions loaded on the 11th; 1 of 1 on the 12th, too few to compare.
 * assert.deepEqual(spec.rows.map((r) => [r.date, r.loaded, r.hits, r.share, r.tooFew]), [
 *   ["2025-08-11", 6, 8, 0.75, false],
 *   ["2025-08-12", 1, 1, 1, true],
 * ]);
 * assert.match(renderSvg(spec), /^<svg/);
 * ```
 */
export function loadedShareChart(
  rows: readonly LoadedShareRow[],
  options: TimeChartOptions = {},
): ChartSpec<LoadedShareRow> {
  const events = options.events ?? [];
  const color = outletColors(rows.map((r) => r.outlet));
  const period = rows[0]?.period ?? "day";
  const x = (r: LoadedShareRow) => utc(startOf(r.date));
  const title = (r: LoadedShareRow) =>
    `${r.outlet}, ${r.date}: ${r.loaded} of ${r.hits} mention(s) loaded, ${Math.round(r.share * 100)}% ` +
    `(95% interval ${Math.round(r.low * 100)}–${Math.round(r.high * 100)}%)` +
    (r.tooFew ? `, fewer than ${MIN_MENTIONS} mentions: too few to compare` : "");
  const marks = color.domain.flatMap((outlet, i) => {
    const dx = (i - (color.domain.length - 1) / 2) * 7;
    const mine = rows.filter((r) => r.outlet === outlet);
    return [false, true].flatMap((few) => {
      const part = mine.filter((r) => r.tooFew === few);
      if (!part.length) return [];
      return [
        Plot.ruleX(part, {
          x,
          y1: "low",
          y2: "high",
          dx,
          stroke: "outlet",
          strokeWidth: 1.5,
          strokeDasharray: few ? "3,2" : undefined,
          strokeOpacity: few ? 0.6 : 1,
        }),
        Plot.dot(part, { x, y: "share", dx, stroke: "outlet", fill: few ? "white" : "outlet", r: 3.5, title }),
      ];
    }).concat(mine.length > 1 ? [Plot.lineY(mine, { x, y: "share", dx, stroke: "outlet", strokeOpacity: 0.5 })] : []);
  });
  return {
    name: `loaded-share-${period}`,
    title: `Loaded share of mentions over time, by outlet`,
    subtitle: `Dot: loaded / all mentions of the referents ${period === "day" ? "that day" : "that week"}; ` +
      `line: 95% Wilson interval; hollow and dashed: fewer than ${MIN_MENTIONS} mentions; dashed grey: events`,
    rows: [...rows],
    legend: "Outlet",
    plot: {
      width: WIDTH,
      height: 320,
      marginLeft: 50,
      marginRight: 30,
      marginTop: events.length ? 34 : 20,
      marginBottom: 30,
      style: { fontFamily: FONT_FAMILY, fontSize: `${FONT_SIZE}px` },
      x: timeScale(rows.map((r) => startOf(r.date)), events, WIDTH - 80),
      y: { domain: [0, 1], tickFormat: ".0%", label: "Loaded share", grid: true },
      color,
      marks: [...eventMarks(events), ...marks],
    },
  };
}

/** Options of {@linkcode firstUseChart}. */
export interface FirstUseChartOptions extends TimeChartOptions {
  /** The referents with their labels, to name each wording's referent (default the id). */
  referents?: readonly ReferentLabel[];
}

/**
 * Who printed each loaded wording first: a row per wording (with its referent), a dot
 * per outlet at the day of its first article with the wording, in the outlet's colour;
 * the first outlet's dot is ringed and named at the right. Outlets of one day sit one
 * above the other.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { firstUseChart, firstUses, renderSvg } from "framelens";
 * const hit = { referent: "israel", frame: "loaded", wording: "Zionist regime" } as const;
 * const rows = firstUses([{ ...hit, article: "b" }, { ...hit, article: "a" }], [
 *   { id: "a", outlet: "A", date: "2025-08-11", words: 100 },
 *   { id: "b", outlet: "B", date: "2025-08-19", words: 100 },
 * ]);
 * const spec = firstUseChart(rows, { referents: [{ id: "israel", label: "Israel" }] });
 * assert.deepEqual(spec.rows.map((r) => [r.outlet, r.date, r.first]), [
 *   ["A", "2025-08-11", true],
 *   ["B", "2025-08-19", false],
 * ]);
 * assert.match(renderSvg(spec), /Israel: Zionist regime/); // the wording's row, under its referent's label
 * ```
 */
export function firstUseChart(
  rows: readonly FirstUseRow[],
  options: FirstUseChartOptions = {},
): ChartSpec<FirstUseRow> {
  const events = options.events ?? [];
  const labelOf = new Map((options.referents ?? []).map((r) => [r.id, r.label]));
  const line = (r: FirstUseRow) => `${truncate(labelOf.get(r.referent) ?? r.referent, 28)}: ${r.wording}`;
  const lines = [...new Set(rows.map(line))];
  const color = outletColors(rows.map((r) => r.outlet));
  const x = (r: FirstUseRow) => utc(r.date);
  const band = BAND * 1.2;
  const marginLeft = Math.min(340, Math.ceil(Math.max(0, ...lines.map((l) => textWidth(l)))) + 16);
  const marginRight = 150;
  const firsts = new Map<string, FirstUseRow[]>();
  for (const r of rows.filter((r) => r.first)) firsts.set(line(r), [...(firsts.get(line(r)) ?? []), r]);
  const names = [...firsts.values()].map((rs) => ({ ...rs[0], outlets: rs.map((r) => r.outlet).join(", ") }));
  const marks = color.domain.map((outlet, i) =>
    Plot.dot(rows.filter((r) => r.outlet === outlet), {
      x,
      y: line,
      dy: (i - (color.domain.length - 1) / 2) * Math.min(4, band / 2 / Math.max(1, color.domain.length)),
      fill: "outlet",
      stroke: (r: FirstUseRow) => r.first ? "#222" : "white",
      strokeWidth: (r: FirstUseRow) => r.first ? 1.5 : 0.5,
      r: 4,
      title: (r: FirstUseRow) => `${r.outlet} first printed "${r.wording}" on ${r.date} (${r.article})`,
    })
  );
  return {
    name: "first-use",
    title: "Who printed each loaded wording first",
    subtitle: "Dot: an outlet's first article with the wording; ringed and named: the first outlet " +
      "(several on one day); dashed: events; undated articles left out",
    rows: [...rows],
    legend: "Outlet",
    plot: {
      width: WIDTH,
      height: (events.length ? 34 : 20) + 30 + Math.max(1, lines.length) * band,
      marginLeft,
      marginRight,
      marginTop: events.length ? 34 : 20,
      marginBottom: 30,
      style: { fontFamily: FONT_FAMILY, fontSize: `${FONT_SIZE}px` },
      x: timeScale(rows.map((r) => r.date), events, WIDTH - marginLeft - marginRight),
      y: { domain: lines, label: null },
      color,
      marks: [
        ...eventMarks(events),
        Plot.ruleY(lines, { stroke: "#eee" }),
        ...marks,
        Plot.text(names, {
          y: line,
          text: (r: { outlets: string }) => truncate(r.outlets, 24),
          frameAnchor: "right",
          textAnchor: "start",
          dx: 10,
          fill: "#333",
        }),
      ],
    },
  };
}

/**
 * The attention section of the report, coverage over time: `attention.csv` (per day, ISO
 * week or undated, and outlet: articles, words, mentions and their rate per 1,000 words),
 * and the charts of attention to each referent, of the loaded share and of who printed
 * each loaded wording first, with the events of `data/events.yaml`.
 *
 * @module
 */
import { type ReportInput, type ReportSection, stageTables } from "./types.ts";
import { type AttentionResult, attentionStage } from "../stages/attention.ts";
import { loadedShareRows } from "../measures/attention.ts";
import { attentionChart, firstUseChart, loadedShareChart } from "../charts/attention.ts";
import { loadEventsSync, type StoryEvent } from "../data/events.ts";

/** Options of {@linkcode attentionSection}. */
export interface AttentionSectionOptions {
  /** The events drawn on the time charts (default those of `data/events.yaml`). */
  events?: readonly StoryEvent[];
}

/**
 * Attention over time, for the report. With fewer than two dates, the time charts are
 * left out and a note says why; undated articles are counted apart and said so.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { annotateAndDigest, loadDigestTools } from "framelens";
 * import { attentionSection } from "./attention_section.ts";
 * const tools = await loadDigestTools();
 * const article = (id: string, date: string, text: string) =>
 *   ({ id, file: `${id}.md`, outlet: "A", date, text, extra: {} });
 * const articles = [
 *   article("a", "2025-08-11", "The Zionist regime struck southern Lebanon."),
 *   article("b", "2025-08-12", "Israel struck southern Lebanon again."),
 * ];
 * const corpus = { dir: "articles", articles, problems: [] };
 * const digests = articles.map((a) => annotateAndDigest(a, tools));
 * const section = attentionSection({ corpus, digests, tools });
 * assert.deepEqual(section.tables.map((t) => t.name), ["attention"]);
 * // Two days, so the charts over time are drawn, day by day:
 * assert.deepEqual(section.charts.map((c) => c.name), ["attention-day", "loaded-share-day", "first-use"]);
 * ```
 *
 * @param result The attention stage's result (worked out from `input` when not given).
 * @throws {Error} when `data/events.yaml` cannot be read or is malformed (and no events are given).
 */
export function attentionSection(
  input: ReportInput,
  result: AttentionResult = attentionStage.corpus(input),
  options: AttentionSectionOptions = {},
): ReportSection {
  const events = options.events ?? loadEventsSync();
  const { dates, undated } = result;
  const rows = result.tables.attention;
  const referents = input.tools.lexicon.referents;
  const weeks = new Set(rows.filter((r) => r.period === "week").map((r) => r.date));
  const notes: string[] = [];
  if (undated > 0) {
    notes.push(
      `${undated} article(s) have no date: they are counted apart (period "undated" in attention.csv) and left ` +
        "out of the charts over time.",
    );
  }
  if (dates.length < 2) {
    notes.push(
      `The dated articles span ${dates.length === 1 ? `one day (${dates[0]})` : "no day"}: charts over time need ` +
        "articles of more than one date, so none is drawn; attention.csv has the counts.",
    );
  }
  const charts = dates.length < 2 ? [] : [
    attentionChart(rows, { referents, events, period: weeks.size > 8 ? "week" : "day" }),
    loadedShareChart(loadedShareRows(rows, { period: weeks.size > 8 ? "week" : "day" }), { events }),
    firstUseChart(result.firstUses, { referents, events }),
  ];
  return {
    id: "attention",
    title: "Attention over time",
    description: `Per day and per ISO week (${dates.length} day(s), ${weeks.size} week(s)), per outlet: its ` +
      "articles and words, and its mentions of each framing referent (all, loaded, neutral), of the " +
      "most mentioned entities and the attribution relations of each source, each with its rate per 1,000 words " +
      "of the outlet in that period (per_1k = count / words × 1000). Dates are calendar dates without a time " +
      "zone; an ISO week runs Monday to Sunday and belongs to the year of its Thursday (2024-12-30 is in " +
      "2025-W01). A count of zero is not written: the articles and words rows mark each period an outlet " +
      "published in. The loaded share pools the referents (loaded / all mentions) with its 95% Wilson " +
      "interval. The dashed rules are the events of data/events.yaml" +
      (events.length ? ` (${events.length})` : " (none listed)") + ".",
    ...(notes.length ? { notes } : {}),
    tables: stageTables(attentionStage, result, { attention: 40 }),
    charts,
  };
}

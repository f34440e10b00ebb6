/**
 * Attention over time: per day and per ISO week, per outlet (or other group), how many
 * articles and words, and how many mentions of each framing referent (loaded and
 * neutral), of the most mentioned entities and of each source (`attention.csv`); the
 * share of loaded wording over time with its interval; and the first outlet to print
 * each loaded wording.
 *
 * @module
 */
import type { FramingHit } from "../framing/match.ts";
import type { EntityMention } from "../entities/types.ts";
import type { QuoteRow } from "./sources.ts";
import { isAgentlessSpeaker } from "../sources/speaker_agentless.ts";
import { MIN_MENTIONS } from "../framing/summary.ts";
import { isCalendarDate, isoWeek } from "./calendar.ts";
import { wilsonInterval } from "./wilson.ts";

/** The span a row counts over: a calendar day, an ISO week, or the undated articles, counted apart. */
export type AttentionPeriod = "day" | "week" | "undated";

/** The periods, in the order of `attention.csv`. */
export const ATTENTION_PERIODS: readonly AttentionPeriod[] = ["day", "week", "undated"];

/**
 * What a row counts: articles, words, mentions of a referent (all, loaded, neutral), of
 * an entity, or relations of a source (speaker).
 */
export type AttentionMeasure = "articles" | "words" | "referent" | "loaded" | "neutral" | "entity" | "source";

/** The measures, in the order of `attention.csv`. */
export const ATTENTION_MEASURES: readonly AttentionMeasure[] = [
  "articles",
  "words",
  "referent",
  "loaded",
  "neutral",
  "entity",
  "source",
];

/** One count of one outlet in one period: a row of `attention.csv`. */
export interface AttentionRow {
  /** day, week (ISO) or undated. */
  period: AttentionPeriod;
  /** The day `YYYY-MM-DD`, the ISO week `YYYY-Www`, or empty for the undated articles. */
  date: string;
  /** Outlet (or group). */
  outlet: string;
  /** What is counted. */
  measure: AttentionMeasure;
  /** The referent id, entity or speaker counted; empty for articles and words. */
  key: string;
  /** The count. */
  count: number;
  /** count / words of the outlet in the period × 1000; null for articles and words, which are the base. */
  per1k: number | null;
}

/** What {@linkcode attentionRows} reads of an article. */
export interface AttentionArticle {
  /** Article id. */
  id: string;
  /** Its outlet (or group). */
  outlet: string;
  /** Its date `YYYY-MM-DD`; undated when absent, empty or not a calendar date. */
  date?: string;
  /** Its length in words. */
  words: number;
}

/** What {@linkcode attentionRows} counts: the articles and what was found in them. */
export interface AttentionInput {
  /** Every article. */
  articles: readonly AttentionArticle[];
  /** Framing hits (their outlet is the article's, looked up by id). */
  hits: readonly Pick<FramingHit, "article" | "referent" | "frame">[];
  /** Resolved entity mentions. */
  mentions: readonly Pick<EntityMention, "article" | "entity">[];
  /**
   * Attribution relations; those without a speaker (scare quotes) are not counted, nor
   * those whose cue names no one ("reportedly": the speaker "unnamed reports", type unnamed).
   */
  quotes: readonly Pick<QuoteRow, "article" | "speaker" | "speakerType">[];
}

/** Options of {@linkcode attentionRows}. */
export interface AttentionOptions {
  /** How many entities to follow: the most mentioned over the corpus, ties by name (default 10). */
  entities?: number;
}

/** The dated period keys of an article: its day and its ISO week, or the undated key. */
function periodsOf(date: string | undefined): [AttentionPeriod, string][] {
  return date && isCalendarDate(date) ? [["day", date], ["week", isoWeek(date)]] : [["undated", ""]];
}

/** Compares texts by code unit, so that the order is the same in every locale. */
const byText = (a: string, b: string) => a < b ? -1 : a > b ? 1 : 0;

/**
 * The entities mentioned most over the corpus, most first, ties by name.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { topMentioned } from "framelens";
 * const mention = (article: string, entity: string) => ({ article, entity });
 * const mentions = [mention("a", "Iraq"), mention("a", "Iran"), mention("b", "Iraq")];
 * assert.deepEqual(topMentioned(mentions, 1), ["Iraq"]);
 * assert.deepEqual(topMentioned(mentions, 5), ["Iraq", "Iran"]);
 * ```
 */
export function topMentioned(mentions: readonly Pick<EntityMention, "article" | "entity">[], n: number): string[] {
  const counts = new Map<string, number>();
  for (const m of mentions) counts.set(m.entity, (counts.get(m.entity) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || byText(a[0], b[0])).slice(0, n).map(([e]) => e);
}

/**
 * Attention per period and outlet: for each day and ISO week an outlet published in, its
 * articles and words, and the mentions of each framing referent (all, loaded, neutral),
 * of each of the `entities` most mentioned entities and the relations of each speaker
 * counted, each with its rate per 1,000 words of the outlet in the period (per1k = count
 * / words × 1000). Undated articles (no date, or not a calendar date) are counted apart,
 * under the period `undated`. Counts of zero are not written: the articles and words
 * rows mark every period an outlet published in, where a missing count is zero.
 *
 * Rows come by period (day, week, undated), date, outlet, measure (in the order of
 * {@linkcode ATTENTION_MEASURES}) and key.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { attentionRows } from "framelens";
 * const rows = attentionRows({
 *   articles: [{ id: "a", outlet: "Alwaght", date: "2025-08-11", words: 400 }],
 *   hits: [{ article: "a", referent: "israel", frame: "loaded" }],
 *   mentions: [],
 *   quotes: [],
 * });
 * assert.deepEqual(
 *   rows.find((r) => r.period === "day" && r.measure === "loaded"),
 *   { period: "day", date: "2025-08-11", outlet: "Alwaght", measure: "loaded", key: "israel", count: 1, per1k: 2.5 },
 * ); // 1 / 400 words × 1000
 * assert.deepEqual(rows.filter((r) => r.period === "week").map((r) => r.date), Array(4).fill("2025-W33"));
 * ```
 */
export function attentionRows(input: AttentionInput, options: AttentionOptions = {}): AttentionRow[] {
  const top = new Set(topMentioned(input.mentions, options.entities ?? 10));
  // Per period key "period\tdate\toutlet": the words, and each count by "measure\tkey".
  const cells = new Map<string, { words: number; counts: Map<string, number> }>();
  const articleCells = new Map<string, { words: number; counts: Map<string, number> }[]>();
  for (const a of input.articles) {
    const mine = periodsOf(a.date).map(([period, date]) => {
      const id = `${period}\t${date}\t${a.outlet}`;
      let cell = cells.get(id);
      if (!cell) cells.set(id, cell = { words: 0, counts: new Map() });
      cell.words += a.words;
      cell.counts.set("articles\t", (cell.counts.get("articles\t") ?? 0) + 1);
      return cell;
    });
    articleCells.set(a.id, mine);
  }
  const add = (article: string, measure: AttentionMeasure, key: string) => {
    for (const cell of articleCells.get(article) ?? []) {
      const k = `${measure}\t${key}`;
      cell.counts.set(k, (cell.counts.get(k) ?? 0) + 1);
    }
  };
  for (const h of input.hits) {
    add(h.article, "referent", h.referent);
    add(h.article, h.frame, h.referent);
  }
  for (const m of input.mentions) if (top.has(m.entity)) add(m.article, "entity", m.entity);
  for (const q of input.quotes) {
    if (q.speaker !== "" && !isAgentlessSpeaker({ name: q.speaker, type: q.speakerType })) {
      add(q.article, "source", q.speaker);
    }
  }
  const rows: AttentionRow[] = [];
  for (const [id, cell] of cells) {
    const [period, date, outlet] = id.split("\t") as [AttentionPeriod, string, string];
    rows.push({ period, date, outlet, measure: "words", key: "", count: cell.words, per1k: null });
    for (const [k, count] of cell.counts) {
      const [measure, key] = k.split("\t") as [AttentionMeasure, string];
      const per1k = measure === "articles" ? null : cell.words > 0 ? count / cell.words * 1000 : 0;
      rows.push({ period, date, outlet, measure, key, count, per1k });
    }
  }
  const order = (r: AttentionRow) => [ATTENTION_PERIODS.indexOf(r.period), ATTENTION_MEASURES.indexOf(r.measure)];
  return rows.sort((a, b) => {
    const [pa, ma] = order(a);
    const [pb, mb] = order(b);
    return pa - pb || byText(a.date, b.date) || byText(a.outlet, b.outlet) || ma - mb || byText(a.key, b.key);
  });
}

/** The loaded share of one outlet in one period: a point of {@linkcode loadedShareChart}. */
export interface LoadedShareRow {
  /** day or week. */
  period: "day" | "week";
  /** The day or ISO week. */
  date: string;
  /** Outlet (or group). */
  outlet: string;
  /** Mentions of the referents counted. */
  hits: number;
  /** Of which loaded. */
  loaded: number;
  /** loaded / hits. */
  share: number;
  /** Lower bound of the share's 95% Wilson score interval. */
  low: number;
  /** Upper bound of the share's 95% Wilson score interval. */
  high: number;
  /** Whether the share rests on fewer than five mentions (`MIN_MENTIONS`): too few to compare. */
  tooFew: boolean;
}

/** Options of {@linkcode loadedShareRows}. */
export interface LoadedShareOptions {
  /** day (the default) or week. */
  period?: "day" | "week";
  /** The referents pooled (default every referent). */
  referents?: readonly string[];
}

/**
 * The share of loaded wording per outlet and period, over the referents pooled (loaded
 * / (loaded + neutral) mentions), with its 95% Wilson score interval; periods without
 * a mention have no row.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { loadedShareRows } from "framelens";
 * const base = { period: "day", date: "2025-08-11", outlet: "Alwaght", key: "israel", per1k: 0 } as const;
 * const rows = loadedShareRows([{ ...base, measure: "loaded", count: 2 }, { ...base, measure: "neutral", count: 2 }]);
 * assert.deepEqual(rows.map((r) => ({ ...r, low: r.low.toFixed(2), high: r.high.toFixed(2) })), [
 *   { period: "day", date: "2025-08-11", outlet: "Alwaght", hits: 4, loaded: 2, share: 0.5,
 *     low: "0.15", high: "0.85", tooFew: true },
 * ]); // low and high: the Wilson interval of 2 out of 4, rounded
 * ```
 */
export function loadedShareRows(rows: readonly AttentionRow[], options: LoadedShareOptions = {}): LoadedShareRow[] {
  const period = options.period ?? "day";
  const keep = options.referents ? new Set(options.referents) : undefined;
  const cells = new Map<string, { date: string; outlet: string; loaded: number; neutral: number }>();
  for (const r of rows) {
    if (r.period !== period || (r.measure !== "loaded" && r.measure !== "neutral")) continue;
    if (keep && !keep.has(r.key)) continue;
    const id = `${r.date}\t${r.outlet}`;
    let cell = cells.get(id);
    if (!cell) cells.set(id, cell = { date: r.date, outlet: r.outlet, loaded: 0, neutral: 0 });
    cell[r.measure] += r.count;
  }
  return [...cells.values()].map(({ date, outlet, loaded, neutral }) => {
    const hits = loaded + neutral;
    const { low, high } = wilsonInterval(loaded, hits)!;
    return { period, date, outlet, hits, loaded, share: loaded / hits, low, high, tooFew: hits < MIN_MENTIONS };
  }).sort((a, b) => byText(a.date, b.date) || byText(a.outlet, b.outlet));
}

/** When an outlet first printed a loaded wording: a row of {@linkcode firstUseChart}. */
export interface FirstUseRow {
  /** Referent id. */
  referent: string;
  /** The wording (the lexicon spelling that matched). */
  wording: string;
  /** Outlet (or group). */
  outlet: string;
  /** The date of its first article with the wording. */
  date: string;
  /** That article (the first by id on that date). */
  article: string;
  /** Whether no outlet printed the wording earlier: the first outlet (several on one day share it). */
  first: boolean;
}

/**
 * The first use of each loaded wording by each outlet, over dated articles: its date and
 * article, and whether the outlet was the first (no outlet used it on an earlier day).
 * Rows come by the wording's first date, its referent and wording, then by date and
 * outlet; undated articles are left out (their day is not known).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { firstUses } from "framelens";
 * const hit = { referent: "israel", frame: "loaded", wording: "Zionist regime" } as const;
 * const rows = firstUses(
 *   [{ ...hit, article: "b" }, { ...hit, article: "a" }],
 *   [{ id: "a", outlet: "Alwaght", date: "2025-08-11", words: 1 }, { id: "b", outlet: "Iran Daily", date: "2025-08-19", words: 1 }],
 * );
 * assert.deepEqual(rows.map((r) => [r.outlet, r.date, r.first]), [
 *   ["Alwaght", "2025-08-11", true],
 *   ["Iran Daily", "2025-08-19", false],
 * ]);
 * ```
 */
export function firstUses(
  hits: readonly Pick<FramingHit, "article" | "referent" | "frame" | "wording">[],
  articles: readonly AttentionArticle[],
): FirstUseRow[] {
  const byId = new Map(articles.map((a) => [a.id, a]));
  const earliest = new Map<string, FirstUseRow>();
  for (const h of hits) {
    const a = byId.get(h.article);
    if (h.frame !== "loaded" || !a?.date || !isCalendarDate(a.date)) continue;
    const id = `${h.referent}\t${h.wording}\t${a.outlet}`;
    const seen = earliest.get(id);
    if (!seen || byText(a.date, seen.date) < 0 || (a.date === seen.date && byText(a.id, seen.article) < 0)) {
      earliest.set(id, {
        referent: h.referent,
        wording: h.wording,
        outlet: a.outlet,
        date: a.date,
        article: a.id,
        first: false,
      });
    }
  }
  const rows = [...earliest.values()];
  const firstDate = new Map<string, string>();
  for (const r of rows) {
    const w = `${r.referent}\t${r.wording}`;
    const d = firstDate.get(w);
    if (d === undefined || byText(r.date, d) < 0) firstDate.set(w, r.date);
  }
  for (const r of rows) r.first = r.date === firstDate.get(`${r.referent}\t${r.wording}`);
  const wordingDate = (r: FirstUseRow) => firstDate.get(`${r.referent}\t${r.wording}`)!;
  return rows.sort((a, b) =>
    byText(wordingDate(a), wordingDate(b)) || byText(a.referent, b.referent) || byText(a.wording, b.wording) ||
    byText(a.date, b.date) || byText(a.outlet, b.outlet)
  );
}

/**
 * The distinct dates of the dated articles, in order, and how many articles are undated.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { datesOf } from "framelens";
 * assert.deepEqual(
 *   datesOf([{ date: "2025-08-19" }, { date: "2025-08-11" }, { date: "" }, {}]),
 *   { dates: ["2025-08-11", "2025-08-19"], undated: 2 },
 * );
 * ```
 */
export function datesOf(articles: readonly Pick<AttentionArticle, "date">[]): { dates: string[]; undated: number } {
  const dates = new Set<string>();
  let undated = 0;
  for (const a of articles) {
    if (a.date && isCalendarDate(a.date)) dates.add(a.date);
    else undated++;
  }
  return { dates: [...dates].sort(byText), undated };
}

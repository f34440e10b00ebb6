/**
 * The attention stage, coverage over time: no per-article part (it reads the other
 * stages' results and each article's date and length); over the corpus, per day and per
 * ISO week and per outlet (or group), articles, words and the mentions of each framing
 * referent, of the most mentioned entities and of each source (`attention.csv`).
 *
 * @module
 */
import type { ArticleOutline } from "../types.ts";
import {
  type AttentionArticle,
  type AttentionRow,
  attentionRows,
  datesOf,
  type FirstUseRow,
  firstUses,
} from "../measures/attention.ts";
import { type EntitiesDigest, type EntitiesResult, entitiesStage } from "./entities.ts";
import { type SourcesDigest, type SourcesResult, sourcesStage } from "./sources.ts";
import { type FramingDigest, type FramingResult, framingStage } from "./framing.ts";
import { groupOf, type Stage } from "./stage.ts";

/** How many of the most mentioned entities the attention stage follows. */
export const ATTENTION_ENTITIES = 10;

/** What the attention stage gives over the corpus. */
export interface AttentionResult {
  /** Its table. */
  tables: {
    /** Per period (day, ISO week, undated), outlet, measure and key: the count and its rate per 1,000 words. */
    attention: AttentionRow[];
  };
  /** The first use of each loaded wording by each outlet. */
  firstUses: FirstUseRow[];
  /** The distinct dates of the dated articles, in order. */
  dates: string[];
  /** How many articles have no date (counted apart, under the period "undated"). */
  undated: number;
}

/** A digest as the attention stage reads it (the other stages' parts, for when their results are not given). */
export type AttentionDigest = ArticleOutline & FramingDigest & SourcesDigest & EntitiesDigest;

/**
 * The attention stage: `attentionRows` over the framing stage's hits, the entities
 * stage's mentions and the sources stage's relations (each worked out here when not
 * given, as when the stage runs alone), grouped by `groupBy`, following the
 * {@linkcode ATTENTION_ENTITIES} most mentioned entities.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { annotateAndDigest, loadDigestTools } from "framelens";
 * import { attentionStage } from "./attention.ts";
 * const tools = await loadDigestTools();
 * const article = (id: string, outlet: string, date?: string) =>
 *   ({ id, file: `${id}.md`, outlet, date, text: "Larijani arrived in Baghdad.", extra: {} });
 * const articles = [
 *   article("a", "Alwaght", "2025-08-11"),
 *   article("b", "Iran Daily", "2025-08-19"),
 *   article("c", "Iran Daily"),
 * ];
 * const digests = articles.map((a) => annotateAndDigest(a, tools));
 * const { dates, undated, tables } = attentionStage.corpus({ digests, tools });
 * assert.deepEqual(dates, ["2025-08-11", "2025-08-19"]);
 * assert.equal(undated, 1); // article c, counted apart
 * assert.deepEqual(tables.attention.filter((r) => r.measure === "articles").map((r) => [r.period, r.date, r.outlet]), [
 *   ["day", "2025-08-11", "Alwaght"],
 *   ["day", "2025-08-19", "Iran Daily"],
 *   ["week", "2025-W33", "Alwaght"],
 *   ["week", "2025-W34", "Iran Daily"],
 *   ["undated", "", "Iran Daily"],
 * ]);
 * ```
 */
export const attentionStage: Stage<"attention", never, AttentionResult, AttentionDigest> = {
  name: "attention",
  module: import.meta.url,
  needs: ["framing", "entities", "sources"],
  // Of those stages' tables, the ones `corpus` reads.
  tablesRead: { entities: [], framing: ["framing"], sources: ["quotes"] },
  data: [],
  tables: {
    attention: {
      title: "Per day, ISO week or undated, and outlet: articles, words, mentions and their rate per 1,000 words",
      columns: {
        period: "string",
        date: "string",
        outlet: "string",
        measure: "string",
        key: "string",
        count: "integer",
        per1k: "number | null",
      },
    },
  },
  corpus: (input, options = {}) => {
    const { digests, results } = input;
    const entities = (results?.entities as EntitiesResult | undefined) ?? entitiesStage.corpus(input, options);
    const sources = (results?.sources as SourcesResult | undefined) ??
      sourcesStage.corpus({ ...input, results: { entities } }, options);
    const framing = (results?.framing as FramingResult | undefined) ??
      framingStage.corpus({ ...input, results: { sources } }, options);
    const group = groupOf(options.groupBy);
    const articles: AttentionArticle[] = digests.map(({ article, words }) => ({
      id: article.id,
      outlet: group ? group(article) : article.outlet,
      date: article.date,
      words,
    }));
    const hits = framing.tables.framing;
    const attention = attentionRows(
      { articles, hits, mentions: entities.index.mentions, quotes: sources.tables.quotes },
      { entities: ATTENTION_ENTITIES },
    );
    return { tables: { attention }, firstUses: firstUses(hits, articles), ...datesOf(articles) };
  },
};

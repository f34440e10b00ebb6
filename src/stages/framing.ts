/**
 * The framing stage: per article, every hit of the framing lexicon's wordings with its
 * voice (narrative or quoted) from the article's attribution relations (the sources
 * stage's part); over the corpus, every hit with the speaker it is attributed to, and a
 * summary per outlet and referent.
 *
 * @module
 */
import type { ArticleOutline } from "../types.ts";
import { findFraming, type FramingHit } from "../framing/match.ts";
import { framingModel, LEARNED_JUDGEMENT, learnedJudgements } from "../framing/learned_hits.ts";
import { framingSummary, type FramingSummaryRow } from "../framing/summary.ts";
import { FRAMES } from "../framing/lexicon.ts";
import { VOICES } from "../framing/voice.ts";
import type { Attribution } from "../sources/attribution.ts";
import { attributedHits, attributeHits } from "../sources/voice.ts";
import type { SourcesResult } from "./sources.ts";
import { groupOf, hasFields, malformed, regrouped, type Stage } from "./stage.ts";

/** What the framing stage gives over the corpus. */
export interface FramingResult {
  /** Its tables. */
  tables: {
    /** Every hit. */
    framing: FramingHit[];
    /** Per outlet and referent. */
    framing_summary: FramingSummaryRow[];
  };
}

/** A digest as the framing stage reads it. */
export type FramingDigest = ArticleOutline & { framing: FramingHit[] };

/** The fields of a cached hit. */
const HIT = {
  article: "string",
  outlet: "string",
  referent: "string",
  frame: "string",
  voice: "string",
  phrase: "string",
  start: "integer",
  end: "integer",
  sentence: "string",
  sentenceStart: "integer",
  wording: "string",
  speaker: "string",
} as const;

/**
 * The framing stage: the lexicon's hits, as `findFraming` gives them, each with its voice
 * from the article's attribution relations (`attributeHits`); over the corpus, each
 * quoted hit with the speaker of its relation, from the sources stage's result (without
 * it, as when the stage is run alone, hits have no speaker).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { annotateAndDigest, loadCorpus, loadDigestTools } from "framelens";
 * import { framingStage } from "./framing.ts";
 * const tools = await loadDigestTools();
 * const digests = (await loadCorpus()).articles.map((a) => annotateAndDigest(a, tools));
 * const { tables } = framingStage.corpus({ digests, tools });
 * // One row per outlet and referent.
 * const outlets = new Set(digests.map((d) => d.article.outlet)).size;
 * assert.equal(tables.framing_summary.length, outlets * tools.lexicon.referents.length);
 * ```
 */
export const framingStage: Stage<
  "framing",
  FramingHit[],
  FramingResult,
  FramingDigest,
  { sources: Attribution[] }
> = {
  name: "framing",
  module: import.meta.url,
  needs: ["sources"],
  // Of those stages' tables, the ones `corpus` reads.
  tablesRead: { sources: [] },
  data: ["lexicon"],
  digest: {
    run: (annotated, tools, { sources }) => {
      const hits = findFraming(annotated, tools.framing);
      const judged = LEARNED_JUDGEMENT ? learnedJudgements(annotated, hits, tools.framing, framingModel()) : hits;
      return attributeHits(annotated.article.text, judged, sources);
    },
    pack: (hits) => hits,
    unpack: (packed) => {
      if (!Array.isArray(packed)) throw malformed("framing", "not a list of hits");
      for (const h of packed) {
        if (!hasFields(h, HIT)) throw malformed("framing", "a hit lacks a field or has one of another type");
        if (!FRAMES.includes(h.frame) || !VOICES.includes(h.voice)) {
          throw malformed("framing", `a hit's frame "${h.frame}" or voice "${h.voice}" is unknown`);
        }
      }
      return packed as FramingHit[];
    },
    noun: "the framing",
    plural: false,
  },
  tables: {
    framing: {
      title: "One row per mention (lexicon hit)",
      columns: {
        article: "string",
        outlet: "string",
        referent: "string",
        frame: "string",
        voice: "string",
        speaker: "string",
        phrase: "string",
        start: "integer",
        end: "integer",
        sentence: "string",
      },
    },
    framing_summary: {
      title: "One row per outlet and referent",
      columns: {
        outlet: "string",
        referent: "string",
        label: "string",
        words: "integer",
        hits: "integer",
        loaded: "integer",
        neutral: "integer",
        hitsPer1000: "number",
        loadedShare: "number | null",
        loadedShareLow: "number | null",
        loadedShareHigh: "number | null",
        tooFew: "boolean",
        narrativeHits: "integer",
        narrativeLoaded: "integer",
        narrativeLoadedShare: "number | null",
        narrativeLoadedShareLow: "number | null",
        narrativeLoadedShareHigh: "number | null",
        narrativeTooFew: "boolean",
        quotedHits: "integer",
        quotedLoaded: "integer",
        quotedLoadedShare: "number | null",
        quotedLoadedShareLow: "number | null",
        quotedLoadedShareHigh: "number | null",
        quotedTooFew: "boolean",
      },
    },
  },
  corpus: ({ digests: given, tools, results }, options = {}) => {
    const sources = results?.sources as SourcesResult | undefined;
    // The speakers: each article's hits attributed again, with its relations' speakers.
    // Each digest's outline and hits only (a spread would read every part).
    const digests = sources
      ? given.map((d) => ({
        article: d.article,
        words: d.words,
        sentences: d.sentences,
        framing: attributedHits([d], sources),
      }))
      : given;
    const group = groupOf(options.groupBy);
    const grouped = group
      ? digests.map((d) => {
        const g = group(d.article);
        return {
          article: { ...d.article, outlet: g },
          words: d.words,
          sentences: d.sentences,
          framing: regrouped(d.framing, g),
        };
      })
      : digests;
    const hits = grouped.flatMap((d) => d.framing);
    return { tables: { framing: hits, framing_summary: framingSummary(hits, grouped, tools.lexicon.referents) } };
  },
};

/**
 * Framing per outlet and referent: how often the outlet names the referent, and how
 * much of that wording is loaded, overall, in its own voice and in quotes.
 *
 * @module
 */
import type { ArticleOutline } from "../types.ts";
import type { FramingHit } from "./match.ts";
import type { Voice } from "./voice.ts";
import { wilsonInterval } from "../measures/wilson.ts";

/** A share from fewer mentions than this is flagged as too few to compare (`tooFew`). */
export const MIN_MENTIONS = 5;

/** One outlet and referent: a row of `framing_summary.csv`. */
export interface FramingSummaryRow {
  /** Outlet. */
  outlet: string;
  /** Referent id. */
  referent: string;
  /** The referent's label. */
  label: string;
  /** Articles of the outlet. */
  articles: number;
  /** Words of the outlet's articles (word and number tokens). */
  words: number;
  /** Mentions of the referent (lexicon hits). */
  hits: number;
  /** Hits with loaded wording. */
  loaded: number;
  /** Hits with neutral wording. */
  neutral: number;
  /** Hits per 1,000 words: hits / words × 1000 (0 when the outlet has no words). */
  hitsPer1000: number;
  /** loaded / hits, or null without hits. */
  loadedShare: number | null;
  /** Lower bound of loadedShare's 95% Wilson score interval, or null without hits. */
  loadedShareLow: number | null;
  /** Upper bound of loadedShare's 95% Wilson score interval, or null without hits. */
  loadedShareHigh: number | null;
  /** Whether loadedShare rests on fewer than {@linkcode MIN_MENTIONS} mentions: too few to compare. */
  tooFew: boolean;
  /** Hits in the outlet's own voice. */
  narrativeHits: number;
  /** Loaded hits in the outlet's own voice. */
  narrativeLoaded: number;
  /** narrativeLoaded / narrativeHits, or null without such hits. */
  narrativeLoadedShare: number | null;
  /** Lower bound of narrativeLoadedShare's 95% Wilson interval, or null. */
  narrativeLoadedShareLow: number | null;
  /** Upper bound of narrativeLoadedShare's 95% Wilson interval, or null. */
  narrativeLoadedShareHigh: number | null;
  /** Whether narrativeLoadedShare rests on fewer than {@linkcode MIN_MENTIONS} mentions. */
  narrativeTooFew: boolean;
  /** Hits inside quotes or attributed paraphrase. */
  quotedHits: number;
  /** Loaded hits inside quotes or attributed paraphrase. */
  quotedLoaded: number;
  /** quotedLoaded / quotedHits, or null without such hits. */
  quotedLoadedShare: number | null;
  /** Lower bound of quotedLoadedShare's 95% Wilson interval, or null. */
  quotedLoadedShareLow: number | null;
  /** Upper bound of quotedLoadedShare's 95% Wilson interval, or null. */
  quotedLoadedShareHigh: number | null;
  /** Whether quotedLoadedShare rests on fewer than {@linkcode MIN_MENTIONS} mentions. */
  quotedTooFew: boolean;
}

/** The referents to summarise, in order, with their labels. */
export interface ReferentLabel {
  /** Referent id. */
  id: string;
  /** How charts and tables name it. */
  label: string;
}

const share = (part: number, whole: number): number | null => whole > 0 ? part / whole : null;

/** A share, its 95% Wilson interval and its too-few flag. */
function shareOf(part: number, whole: number) {
  const interval = wilsonInterval(part, whole);
  return {
    share: share(part, whole),
    low: interval?.low ?? null,
    high: interval?.high ?? null,
    tooFew: whole < MIN_MENTIONS,
  };
}

/**
 * Summarises framing hits per outlet and referent: every outlet of the corpus with
 * every referent of the lexicon, zero rows included, so a blank is a measured absence.
 * Rows by outlet (alphabetical), then referent in lexicon order.
 *
 * hitsPer1000 = hits / words × 1000, with words the outlet's word tokens; loadedShare =
 * loaded / hits; narrativeLoadedShare and quotedLoadedShare are the same within one voice.
 * Each share has its 95% Wilson score interval (`…Low`, `…High`; see `wilsonInterval`) and
 * a flag when it rests on fewer than {@linkcode MIN_MENTIONS} mentions (`tooFew`,
 * `narrativeTooFew`, `quotedTooFew`).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import {
 *   annotateCorpus,
 *   compileFraming,
 *   framingHits,
 *   framingSummary,
 *   loadResources,
 *   parseFramingLexicon,
 * } from "framelens";
 * const yaml = "referents:\n  - id: israel\n    label: Israel\n    loaded: [Zionist regime]\n    neutral: [Israel]\n";
 * const lexicon = parseFramingLexicon(yaml, "f.yaml");
 * const text = "The Zionist regime struck. Israel denied it.";
 * const annotated = annotateCorpus([{ id: "a", file: "a.md", outlet: "A", text, extra: {} }], await loadResources());
 * const [row] = framingSummary(framingHits(annotated, compileFraming(lexicon)), annotated, lexicon.referents);
 * assert.deepEqual([row.outlet, row.referent, row.hits, row.loaded, row.loadedShare], ["A", "israel", 2, 1, 0.5]);
 * assert.equal(row.hitsPer1000, 2 / 7 * 1000); // 2 mentions in 7 words
 * ```
 *
 * @param hits The hits of the corpus (from `framingHits`).
 * @param annotated The annotated articles, for the outlets and their words.
 * @param referents The referents (a lexicon's `referents`), in the order wanted.
 */
export function framingSummary(
  hits: readonly FramingHit[],
  annotated: readonly ArticleOutline[],
  referents: readonly ReferentLabel[],
): FramingSummaryRow[] {
  const outlets = new Map<string, { articles: number; words: number }>();
  for (const a of annotated) {
    const o = outlets.get(a.article.outlet) ?? { articles: 0, words: 0 };
    o.articles++;
    o.words += a.words;
    outlets.set(a.article.outlet, o);
  }
  // Hits by outlet and referent, in one pass (not a search of every hit for each pair).
  const byPair = new Map<string, FramingHit[]>();
  for (const h of hits) {
    const k = `${h.outlet}\u0000${h.referent}`;
    const list = byPair.get(k);
    if (list) list.push(h);
    else byPair.set(k, [h]);
  }
  const rows: FramingSummaryRow[] = [];
  for (const outlet of [...outlets.keys()].sort((a, b) => a.localeCompare(b))) {
    const { articles, words } = outlets.get(outlet)!;
    for (const r of referents) {
      const mine = byPair.get(`${outlet}\u0000${r.id}`) ?? [];
      const count = (voice: Voice | null, loadedOnly: boolean) =>
        mine.filter((h) => (voice === null || h.voice === voice) && (!loadedOnly || h.frame === "loaded")).length;
      const loaded = count(null, true);
      const narrativeHits = count("narrative", false);
      const narrativeLoaded = count("narrative", true);
      const quotedHits = count("quoted", false);
      const quotedLoaded = count("quoted", true);
      const all = shareOf(loaded, mine.length);
      const narrative = shareOf(narrativeLoaded, narrativeHits);
      const quoted = shareOf(quotedLoaded, quotedHits);
      rows.push({
        outlet,
        referent: r.id,
        label: r.label,
        articles,
        words,
        hits: mine.length,
        loaded,
        neutral: mine.length - loaded,
        hitsPer1000: words > 0 ? mine.length / words * 1000 : 0,
        loadedShare: all.share,
        loadedShareLow: all.low,
        loadedShareHigh: all.high,
        tooFew: all.tooFew,
        narrativeHits,
        narrativeLoaded,
        narrativeLoadedShare: narrative.share,
        narrativeLoadedShareLow: narrative.low,
        narrativeLoadedShareHigh: narrative.high,
        narrativeTooFew: narrative.tooFew,
        quotedHits,
        quotedLoaded,
        quotedLoadedShare: quoted.share,
        quotedLoadedShareLow: quoted.low,
        quotedLoadedShareHigh: quoted.high,
        quotedTooFew: quoted.tooFew,
      });
    }
  }
  return rows;
}

/** Loaded share of one outlet and referent in one voice: a row of the framing-share chart. */
export interface FramingVoiceRow {
  /** Outlet. */
  outlet: string;
  /** Referent id. */
  referent: string;
  /** The referent's label. */
  label: string;
  /** The voice: the outlet's own (narrative) or quoted. */
  voice: Voice;
  /** Hits in this voice. */
  hits: number;
  /** Loaded hits in this voice. */
  loaded: number;
  /** loaded / hits, or null without hits. */
  loadedShare: number | null;
  /** Lower bound of loadedShare's 95% Wilson interval, or null without hits. */
  loadedShareLow: number | null;
  /** Upper bound of loadedShare's 95% Wilson interval, or null without hits. */
  loadedShareHigh: number | null;
  /** Whether the share rests on fewer than {@linkcode MIN_MENTIONS} mentions: too few to compare. */
  tooFew: boolean;
}

/**
 * Splits summary rows by voice: two rows for each outlet and referent, narrative then
 * quoted, for charts that put the two voices side by side.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import {
 *   annotateCorpus,
 *   compileFraming,
 *   framingByVoice,
 *   framingHits,
 *   framingSummary,
 *   loadResources,
 *   parseFramingLexicon,
 * } from "framelens";
 * const yaml = "referents:\n  - id: israel\n    label: Israel\n    loaded: [Zionist regime]\n    neutral: [Israel]\n";
 * const lexicon = parseFramingLexicon(yaml, "f.yaml");
 * const text = "Israel struck. He condemned “the Zionist regime's crimes against Iran”.";
 * const annotated = annotateCorpus([{ id: "a", file: "a.md", outlet: "A", text, extra: {} }], await loadResources());
 * const summary = framingSummary(framingHits(annotated, compileFraming(lexicon)), annotated, lexicon.referents);
 * assert.deepEqual(framingByVoice(summary).map((r) => [r.voice, r.hits, r.loaded, r.loadedShare]), [
 *   ["narrative", 1, 0, 0],
 *   ["quoted", 1, 1, 1],
 * ]);
 * ```
 */
export function framingByVoice(rows: readonly FramingSummaryRow[]): FramingVoiceRow[] {
  return rows.flatMap((r) => [
    {
      outlet: r.outlet,
      referent: r.referent,
      label: r.label,
      voice: "narrative" as const,
      hits: r.narrativeHits,
      loaded: r.narrativeLoaded,
      loadedShare: r.narrativeLoadedShare,
      loadedShareLow: r.narrativeLoadedShareLow,
      loadedShareHigh: r.narrativeLoadedShareHigh,
      tooFew: r.narrativeTooFew,
    },
    {
      outlet: r.outlet,
      referent: r.referent,
      label: r.label,
      voice: "quoted" as const,
      hits: r.quotedHits,
      loaded: r.quotedLoaded,
      loadedShare: r.quotedLoadedShare,
      loadedShareLow: r.quotedLoadedShareLow,
      loadedShareHigh: r.quotedLoadedShareHigh,
      tooFew: r.quotedTooFew,
    },
  ]);
}

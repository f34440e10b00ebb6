/**
 * Evaluation of attribution relations against a hand annotation, scored as BBC R&D's
 * Citron scores them: a relation is found when its content overlaps the annotated
 * content; its speaker is right when it resolves to the annotated entity.
 *
 * @module
 */
import type { RelationType, TextSpan } from "./attribution.ts";
import { RELATION_TYPES } from "./attribution.ts";

/** A relation to score: found by framelens, or annotated by hand. */
export interface ScoredRelation {
  /** Article id. */
  article: string;
  /** Its type. */
  type: RelationType;
  /** Its content. */
  content: TextSpan;
  /** Its speaker's name (an entity's canonical name or a description); none for a scare quote. */
  speaker?: string;
}

/** The figures of an evaluation. */
export interface AttributionScore {
  /** Relations found. */
  found: number;
  /** Relations annotated. */
  annotated: number;
  /** Found relations whose content overlaps an annotated one of the same article. */
  matchedFound: number;
  /** Annotated relations whose content some found relation overlaps. */
  matchedAnnotated: number;
  /** matchedFound / found (1 when nothing was found). */
  precision: number;
  /** matchedAnnotated / annotated (1 when nothing was annotated). */
  recall: number;
  /** Harmonic mean of precision and recall. */
  f1: number;
  /** Matched annotated relations with a speaker, whose best-overlapping found relation names the same speaker. */
  speakersRight: number;
  /** Matched annotated relations with a speaker. */
  speakersScored: number;
  /** speakersRight / speakersScored (1 when none). */
  speakerAccuracy: number;
  /** For each type: annotated relations of that type, and how many of them were found. */
  byType: Record<RelationType, { annotated: number; found: number; recall: number }>;
}

function words(name: string): string[] {
  return name.toLowerCase().replace(/['\u2019]s\b/g, "").replace(/^(?:the|a|an)\s+/, "").split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** Words that open a modifier after the head of a description ("the stewards at Bowie"). */
const POST_MODIFIER = new Set(["of", "at", "in", "on", "from", "for", "with", "before", "by", "who", "which", "that"]);

/**
 * Whether two speaker names name the same speaker: the same words (case, punctuation and a
 * leading article aside), or the words of one among the other's with the same last word
 * ("Larijani" and "Ali Larijani", "Ivan Allen" and "Ivan Allen Jr." are not: different last words).
 * A description (a speaker in lower case, the guide's "short description" of a speaker no
 * entity names) is the same as its head without what modifies it after ("the stewards" and
 * "the stewards at Bowie"); a name is not ("Union" and "Union Oil Co. of California").
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { sameSpeaker } from "./evaluate.ts";
 * assert.equal(sameSpeaker("Ali Larijani", "Larijani"), true);
 * assert.equal(sameSpeaker("the jury", "Jury"), true);
 * assert.equal(sameSpeaker("Nabih Berri", "Joseph Aoun"), false);
 * assert.equal(sameSpeaker("the stewards at Bowie", "stewards"), true);
 * ```
 */
export function sameSpeaker(a: string, b: string): boolean {
  const x = words(a);
  const y = words(b);
  if (!x.length || !y.length) return false;
  if (x.join(" ") === y.join(" ")) return true;
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  if (!short.every((w) => long.includes(w))) return false;
  const last = short[short.length - 1];
  if (last === long[long.length - 1]) return true;
  const description = !/^\p{Lu}/u.test((x.length <= y.length ? b : a).trim().replace(/^(?:the|a|an)\s+/i, ""));
  const at = long.indexOf(last);
  return description && POST_MODIFIER.has(long[at + 1] ?? "") &&
    long.slice(0, at + 1).join(" ").endsWith(short.join(" "));
}

const overlap = (a: TextSpan, b: TextSpan) => Math.min(a.end, b.end) - Math.max(a.start, b.start);

const length = (a: TextSpan) => a.end - a.start;

/**
 * The index of the found relation an annotated content is paired with, the one whose content
 * overlaps it the most; of equal overlaps the one whose content is shortest (the tighter one:
 * a relation found inside a quote's content, not the quote around it); of those the first. -1
 * when none overlaps. The relation whose speaker `scoreAttributions` scores.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { pairedRelation } from "./evaluate.ts";
 * const found = [{ content: { start: 0, end: 12 } }, { content: { start: 12, end: 40 } }];
 * assert.equal(pairedRelation(found, { start: 10, end: 30 }), 1);
 * assert.equal(pairedRelation(found, { start: 50, end: 60 }), -1);
 * // An outer quote (0..40) and an inner report (20..30) overlap 20..30 equally: the inner one.
 * const nested = [{ content: { start: 0, end: 40 } }, { content: { start: 20, end: 30 } }];
 * assert.equal(pairedRelation(nested, { start: 20, end: 30 }), 1);
 * ```
 */
export function pairedRelation(found: readonly { content: TextSpan }[], content: TextSpan): number {
  let best = -1;
  let bestOverlap = 0;
  for (const [i, f] of found.entries()) {
    const o = overlap(f.content, content);
    if (o <= 0) continue;
    if (best < 0 || o > bestOverlap || (o === bestOverlap && length(f.content) < length(found[best].content))) {
      best = i;
      bestOverlap = o;
    }
  }
  return best;
}

/**
 * Scores found relations against annotated ones.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { scoreAttributions } from "./evaluate.ts";
 * const relation = { article: "a", type: "direct" as const };
 * const gold = [{ ...relation, content: { start: 10, end: 40 }, speaker: "Ali Larijani" }];
 * const found = [{ ...relation, content: { start: 12, end: 40 }, speaker: "Larijani" }]; // overlaps: a match
 * const score = scoreAttributions(found, gold);
 * assert.deepEqual([score.f1, score.speakerAccuracy], [1, 1]);
 * ```
 */
export function scoreAttributions(
  found: readonly ScoredRelation[],
  annotated: readonly ScoredRelation[],
): AttributionScore {
  const byArticle = new Map<string, ScoredRelation[]>();
  for (const f of found) byArticle.set(f.article, [...(byArticle.get(f.article) ?? []), f]);
  const goldByArticle = new Map<string, ScoredRelation[]>();
  for (const g of annotated) goldByArticle.set(g.article, [...(goldByArticle.get(g.article) ?? []), g]);
  let matchedFound = 0;
  for (const f of found) {
    if ((goldByArticle.get(f.article) ?? []).some((g) => overlap(f.content, g.content) > 0)) matchedFound++;
  }
  let matchedAnnotated = 0;
  let speakersRight = 0;
  let speakersScored = 0;
  const byType = Object.fromEntries(
    RELATION_TYPES.map((t) => [t, { annotated: 0, found: 0, recall: 1 }]),
  ) as AttributionScore["byType"];
  for (const g of annotated) {
    byType[g.type].annotated++;
    const candidates = byArticle.get(g.article) ?? [];
    const paired = pairedRelation(candidates, g.content);
    if (paired < 0) continue;
    matchedAnnotated++;
    byType[g.type].found++;
    if (g.speaker && g.type !== "scare") {
      speakersScored++;
      const best = candidates[paired];
      if (best.speaker && sameSpeaker(best.speaker, g.speaker)) speakersRight++;
    }
  }
  for (const t of RELATION_TYPES) byType[t].recall = byType[t].annotated ? byType[t].found / byType[t].annotated : 1;
  const precision = found.length ? matchedFound / found.length : 1;
  const recall = annotated.length ? matchedAnnotated / annotated.length : 1;
  return {
    found: found.length,
    annotated: annotated.length,
    matchedFound,
    matchedAnnotated,
    precision,
    recall,
    f1: precision + recall ? 2 * precision * recall / (precision + recall) : 0,
    speakersRight,
    speakersScored,
    speakerAccuracy: speakersScored ? speakersRight / speakersScored : 1,
    byType,
  };
}

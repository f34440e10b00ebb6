/**
 * Evaluation of framing hits against a hand annotation: precision, recall, and how
 * often frame and voice agree, per referent and overall.
 *
 * @module
 */
import type { Frame } from "./lexicon.ts";
import type { FramingHit } from "./match.ts";
import type { Voice } from "./voice.ts";

/** One hand-annotated mention of a referent. */
export interface FramingAnnotation {
  /** Article id. */
  article: string;
  /** Referent id. */
  referent: string;
  /** Loaded or neutral. */
  frame: Frame;
  /** Quoted or narrative. */
  voice: Voice;
  /** The annotated text. */
  phrase: string;
  /** Offset in the article's original text. */
  start: number;
  /** Offset just past the phrase. */
  end: number;
}

/** The figures of an evaluation, for one referent or for all. */
export interface FramingScore {
  /** Referent id, or `"all"`. */
  referent: string;
  /** Hits that overlap an annotation of the same article and referent. */
  truePositives: number;
  /** Hits that overlap none. */
  falsePositives: number;
  /** Annotations that no hit overlaps. */
  falseNegatives: number;
  /** truePositives / hits; 1 when there are no hits. */
  precision: number;
  /** Annotations found / annotations; 1 when there are none. */
  recall: number;
  /** The harmonic mean of precision and recall: 2PR / (P + R); 0 when both are 0. */
  f1: number;
  /**
   * Loaded annotations found by a loaded hit (overlapping, same referent) / loaded
   * annotations; 1 when there are none.
   */
  loadedRecall: number;
  /** Loaded annotations. */
  loadedAnnotations: number;
  /** Found annotations whose first overlapping hit has the same frame, over those found. */
  frameAccuracy: number;
  /** Found annotations whose first overlapping hit has the same voice, over those found. */
  voiceAccuracy: number;
  /** Annotations found. */
  found: number;
  /** Annotations. */
  annotations: number;
  /** Hits. */
  hits: number;
}

/** An evaluation: overall and per referent, with the misses for inspection. */
export interface FramingEvaluation {
  /** Figures over every referent. */
  overall: FramingScore;
  /** Figures per referent, in order of first appearance in the annotation, then the hits. */
  byReferent: FramingScore[];
  /** Hits that overlap no annotation. */
  falsePositives: FramingHit[];
  /** Annotations that no hit overlaps. */
  falseNegatives: FramingAnnotation[];
  /** Found annotations whose hit has another frame or voice, with that hit. */
  disagreements: { annotation: FramingAnnotation; hit: FramingHit }[];
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  a.start < b.end && b.start < a.end;

function score(
  referent: string,
  hits: FramingHit[],
  annotations: FramingAnnotation[],
  isTrue: Set<FramingHit>,
  pairs: Map<FramingAnnotation, FramingHit>,
  loadedPairs: Set<FramingAnnotation>,
): FramingScore {
  const tp = hits.filter((h) => isTrue.has(h)).length;
  const found = annotations.filter((a) => pairs.has(a));
  const frameOk = found.filter((a) => pairs.get(a)!.frame === a.frame).length;
  const voiceOk = found.filter((a) => pairs.get(a)!.voice === a.voice).length;
  const loaded = annotations.filter((a) => a.frame === "loaded");
  const loadedFound = loaded.filter((a) => loadedPairs.has(a)).length;
  const precision = hits.length ? tp / hits.length : 1;
  const recall = annotations.length ? found.length / annotations.length : 1;
  return {
    referent,
    truePositives: tp,
    falsePositives: hits.length - tp,
    falseNegatives: annotations.length - found.length,
    precision,
    recall,
    f1: precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0,
    loadedRecall: loaded.length ? loadedFound / loaded.length : 1,
    loadedAnnotations: loaded.length,
    frameAccuracy: found.length ? frameOk / found.length : 1,
    voiceAccuracy: found.length ? voiceOk / found.length : 1,
    found: found.length,
    annotations: annotations.length,
    hits: hits.length,
  };
}

/**
 * Compares framing hits with a hand annotation. A hit is right when it overlaps an
 * annotation of the same article and referent; an annotation is found when a hit
 * overlaps it. Frame and voice are compared for each found annotation with the first
 * hit that overlaps it; loaded recall asks that a loaded hit overlap a loaded annotation.
 * F1 = 2PR / (P + R). Only the articles of the annotation are compared: pass the hits
 * of the annotated articles.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import {
 *   annotateCorpus,
 *   compileFraming,
 *   evaluateFraming,
 *   framingHits,
 *   loadResources,
 *   parseFramingLexicon,
 * } from "framelens";
 * const yaml = "referents:\n  - id: israel\n    label: Israel\n    loaded: [Zionist regime]\n    neutral: [Israel]\n";
 * const text = "The Zionist regime struck. Tel Aviv denied it.";
 * const annotated = annotateCorpus([{ id: "a", file: "a.md", outlet: "A", text, extra: {} }], await loadResources());
 * const hits = framingHits(annotated, compileFraming(parseFramingLexicon(yaml, "f.yaml")));
 * const mention = { article: "a", referent: "israel", voice: "narrative" as const };
 * const annotations = [
 *   { ...mention, frame: "loaded" as const, phrase: "Zionist regime", start: 4, end: 18 },
 *   { ...mention, frame: "neutral" as const, phrase: "Tel Aviv", start: 27, end: 35 },
 * ];
 * const { overall, falseNegatives } = evaluateFraming(hits, annotations);
 * assert.deepEqual([overall.precision, overall.recall, overall.frameAccuracy], [1, 0.5, 1]);
 * assert.deepEqual(falseNegatives.map((a) => a.phrase), ["Tel Aviv"]); // not in the lexicon
 * ```
 */
export function evaluateFraming(hits: FramingHit[], annotations: FramingAnnotation[]): FramingEvaluation {
  const isTrue = new Set<FramingHit>();
  const pairs = new Map<FramingAnnotation, FramingHit>();
  const loadedPairs = new Set<FramingAnnotation>();
  for (const h of hits) {
    const match = annotations.filter((a) => a.article === h.article && a.referent === h.referent && overlaps(a, h));
    if (match.length) isTrue.add(h);
    for (const a of match) {
      if (!pairs.has(a)) pairs.set(a, h);
      if (h.frame === "loaded") loadedPairs.add(a);
    }
  }
  const referents = [...new Set([...annotations.map((a) => a.referent), ...hits.map((h) => h.referent)])];
  const disagreements = [...pairs].filter(([a, h]) => a.frame !== h.frame || a.voice !== h.voice)
    .map(([annotation, hit]) => ({ annotation, hit }));
  return {
    overall: score("all", hits, annotations, isTrue, pairs, loadedPairs),
    byReferent: referents.map((r) =>
      score(
        r,
        hits.filter((h) => h.referent === r),
        annotations.filter((a) => a.referent === r),
        isTrue,
        pairs,
        loadedPairs,
      )
    ),
    falsePositives: hits.filter((h) => !isTrue.has(h)),
    falseNegatives: annotations.filter((a) => !pairs.has(a)),
    disagreements,
  };
}

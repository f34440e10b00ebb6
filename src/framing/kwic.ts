/**
 * Framing hits as keyword-in-context rows: the text before and after each match, within
 * its sentence.
 *
 * @module
 */
import type { Frame } from "./lexicon.ts";
import type { FramingHit } from "./match.ts";
import type { Voice } from "./voice.ts";
import type { KwicRow } from "../measures/kwic.ts";

/** A concordance line of a framing hit. */
export interface FramingKwicRow extends KwicRow {
  /** Referent id. */
  referent: string;
  /** Loaded or neutral. */
  frame: Frame;
  /** Quoted or narrative. */
  voice: Voice;
}

/** Options for {@linkcode framingKwic}. */
export interface FramingKwicOptions {
  /** Characters of context on each side, within the sentence. Default 70. */
  context?: number;
}

const squash = (s: string) => s.replace(/\s+/g, " ");

/**
 * Turns framing hits into concordance lines: the sentence cut into the text before the
 * match, the match and the text after it, each side at most `context` characters (cut
 * at a word, marked with "…"), white space collapsed.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import {
 *   annotateCorpus,
 *   compileFraming,
 *   framingHits,
 *   framingKwic,
 *   loadResources,
 *   parseFramingLexicon,
 * } from "framelens";
 * const yaml = "referents:\n  - id: israel\n    label: Israel\n    loaded: [Zionist aggression]\n";
 * const text = "Larijani spoke, rejecting what he called “Zionist aggression against Iran” and its allies.";
 * const annotated = annotateCorpus([{ id: "a", file: "a.md", outlet: "A", text, extra: {} }], await loadResources());
 * const hits = framingHits(annotated, compileFraming(parseFramingLexicon(yaml, "f.yaml")));
 * const [line] = framingKwic(hits, { context: 30 });
 * assert.deepEqual([line.referent, line.frame, line.voice], ["israel", "loaded", "quoted"]);
 * assert.deepEqual(
 *   [line.left, line.match, line.right],
 *   ["…rejecting what he called “", "Zionist aggression", " against Iran” and its allies."],
 * );
 * ```
 */
export function framingKwic(hits: readonly FramingHit[], options: FramingKwicOptions = {}): FramingKwicRow[] {
  const width = options.context ?? 70;
  return hits.map((h) => {
    const at = h.start - h.sentenceStart;
    let left = squash(h.sentence.slice(0, Math.max(0, at)));
    let right = squash(h.sentence.slice(Math.max(0, at) + (h.end - h.start)));
    if (left.length > width) left = "\u2026" + left.slice(left.length - width).replace(/^\S*\s/, "");
    if (right.length > width) right = right.slice(0, width).replace(/\s\S*$/, "") + "\u2026";
    return {
      article: h.article,
      outlet: h.outlet,
      referent: h.referent,
      frame: h.frame,
      voice: h.voice,
      left,
      match: squash(h.phrase),
      right,
      start: h.start,
      end: h.end,
    };
  });
}

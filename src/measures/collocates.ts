/**
 * Collocates: the terms that occur near a node term, within a window of terms.
 *
 * @module
 */
import type { AnnotatedArticle } from "../types.ts";
import { logDice } from "./cooccurrence.ts";
import { logLikelihood } from "./keyness.ts";
import { type TermOccurrence, termOccurrences, type TermOptions } from "./terms.ts";

/** Options for {@linkcode collocates}. */
export interface CollocateOptions extends TermOptions {
  /** Terms on each side of the node, within its sentence. Default 5. */
  window?: number;
  /** Leave out collocates seen fewer times near the node. Default 2. */
  minCount?: number;
}

/** One collocate of a node term. */
export interface CollocateRow {
  /** The node term. */
  node: string;
  /** The collocate. */
  term: string;
  /** O: occurrences of the collocate inside the node's windows. */
  count: number;
  /** f(y): occurrences of the collocate in the corpus. */
  freq: number;
  /** E = R₁ · f(y) / N: expected occurrences in the windows. */
  expected: number;
  /** Mutual information, log₂(O / E). */
  mi: number;
  /** logDice, 14 + log₂(2O / (f(x) + f(y))). */
  logdice: number;
  /** Signed log-likelihood G² of the window-versus-rest table. */
  g2: number;
}

/**
 * Collocates of a node term over a set of articles (Evert 2008's surface
 * co-occurrence): each occurrence of the node opens a window of `window` counted terms
 * on each side, cut at the sentence's ends; where windows overlap a collocate counts
 * once, and other instances of the node are not collocates. With N the counted terms
 * of the corpus, f(x) the node's frequency, R₁ the size of the union of its windows, f(y) a collocate's
 * frequency and O its count in the windows: E = R₁ f(y) / N, MI = log₂(O/E) (Church
 * and Hanks 1990), logDice = 14 + log₂(2O / (f(x) + f(y))) (Rychlý 2008), and G² the
 * log-likelihood of the 2×2 table (O, R₁ − O; f(y) − O, N − R₁ − f(y) + O).
 * Rows by descending logDice.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { annotateCorpus, collocates, loadResources } from "framelens";
 * const text = "Iran sent aid. Iran sent envoys. Iraq sent nothing.";
 * const annotated = annotateCorpus([{ id: "a", file: "a.md", outlet: "A", text, extra: {} }], await loadResources());
 * // "send" (the lemma of "sent") follows "iran" twice, within the default window of 5.
 * const [top] = collocates(annotated, "iran", { minCount: 2 });
 * assert.equal(top.term, "send");
 * assert.equal(top.count, 2);
 * ```
 */
export function collocates(
  annotated: AnnotatedArticle[],
  node: string,
  options: CollocateOptions = {},
): CollocateRow[] {
  const w = options.window ?? 5;
  const minCount = options.minCount ?? 2;
  const key = node.toLowerCase();
  const freq = new Map<string, number>();
  const near = new Map<string, number>();
  let N = 0;
  let fx = 0;
  let r1 = 0;
  for (const a of annotated) {
    const occ: TermOccurrence[] = termOccurrences(a, options);
    N += occ.length;
    // The union of the node's windows: a collocate instance counts once even where
    // windows overlap, and node instances are not collocates (Evert 2008).
    const inWindow = new Set<number>();
    for (let i = 0; i < occ.length; i++) {
      freq.set(occ[i].term, (freq.get(occ[i].term) ?? 0) + 1);
      if (occ[i].term !== key) continue;
      fx++;
      const s = occ[i].sentence;
      for (let j = Math.max(0, i - w); j <= Math.min(occ.length - 1, i + w); j++) {
        if (occ[j].sentence === s && occ[j].term !== key) inWindow.add(j);
      }
    }
    r1 += inWindow.size;
    for (const j of inWindow) near.set(occ[j].term, (near.get(occ[j].term) ?? 0) + 1);
  }
  const rows: CollocateRow[] = [];
  for (const [term, o] of near) {
    if (o < minCount) continue;
    const fy = freq.get(term)!;
    const e = (r1 * fy) / N;
    rows.push({
      node: key,
      term,
      count: o,
      freq: fy,
      expected: e,
      mi: Math.log2(o / e),
      logdice: logDice(o, fx, fy),
      g2: logLikelihood(o, fy - o, r1, N - r1),
    });
  }
  rows.sort((a, b) => b.logdice - a.logdice || b.count - a.count || (a.term < b.term ? -1 : 1));
  return rows;
}

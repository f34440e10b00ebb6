/**
 * Suggestions for a mistyped name: the nearest of the valid keys of a data file, or of
 * a command's flags, for error messages such as `unknown key "loded" (did you mean
 * "loaded"?)`.
 *
 * @module
 */
import { editDistance } from "./entities/names.ts";

/**
 * The valid name nearest to `word` by edit distance (case ignored), when it is close
 * enough to be a typo: at most a third of the longer word's letters apart, and at most
 * 3. Ties go to the earlier candidate.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { nearest } from "./suggest.ts";
 * assert.equal(nearest("loded", ["id", "label", "loaded", "neutral"]), "loaded");
 * assert.equal(nearest("colour", ["id", "label"]), undefined); // nothing close
 * ```
 */
export function nearest(word: string, candidates: Iterable<string>): string | undefined {
  const w = word.toLowerCase();
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const c = candidate.toLowerCase();
    const limit = Math.min(3, Math.floor(Math.max(w.length, c.length) / 3));
    const d = editDistance(w, c);
    if (d <= Math.max(1, limit) && d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}

/**
 * ` (did you mean "KEY"?)` for the nearest valid name, or `""` when none is near.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { didYouMean } from "./suggest.ts";
 * const message = `unknown key "lable"${didYouMean("lable", ["id", "label"])}`;
 * assert.equal(message, 'unknown key "lable" (did you mean "label"?)');
 * assert.equal(didYouMean("colour", ["id", "label"]), "");
 * ```
 */
export function didYouMean(word: string, candidates: Iterable<string>): string {
  const near = nearest(word, candidates);
  return near === undefined ? "" : ` (did you mean "${near}"?)`;
}

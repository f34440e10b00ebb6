/**
 * Verbs of judgement with an object and "as": "Cotten construed this as a veiled effort",
 * "He identified the man as Lewis Parker", "Some viewed this attempt as evidence that ...".
 * A stated view of someone or something is content, as the guide's "described (X as ...)".
 * Each looks at a bounded number of tokens, so that finding relations stays linear.
 *
 * @module
 */
import type { Token } from "../types.ts";
import { ENGLISH } from "../text/english.ts";

/**
 * Lemmas that report a judgement before an object and "as": the `as_verbs` of
 * data/english.yaml ("described it as", "rejecting disarmament as") and verbs of reading
 * or naming ("construed this as", "identified the man as", "explained the
 * decline as", "listed his age as", "waved off his laurels as").
 */
export const AS_JUDGEMENT_VERBS: ReadonlySet<string> = new Set([
  ...ENGLISH.as_verbs,
  "construe",
  "identify",
  "interpret",
  "explain",
  "excuse",
  "list",
  "wave",
]);

/** How many tokens the object before "as" may span. */
const MAX_OBJECT = 10;
/** Parts of speech of the words a verb's object spans before "as" ("regarded him as", "saw the new plan as"). */
const OBJECT_WORD_POS = new Set(["DET", "ADJ", "NOUN", "PROPN", "NUM", "PRON"]);

/**
 * Whether the verb at token `i` is a verb of judgement followed by its object and "as" (a
 * particle first: "waved off his new laurels as"), within the sentence ending before `end`.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { annotateArticle, loadResources } from "../pipeline/annotate.ts";
 * const text = "Cotten construed this as a veiled effort. He served as mayor.";
 * const article = { id: "a", file: "a.md", outlet: "X", extra: {}, text };
 * const { tokens } = annotateArticle(article, await loadResources());
 * assert.deepEqual([judgementAsAt(tokens, 1, 8), judgementAsAt(tokens, 10, 14)], [true, false]);
 * ```
 */
export function judgementAsAt(tokens: readonly Token[], i: number, end: number): boolean {
  const t = tokens[i];
  if (!t || t.pos !== "VERB" || !AS_JUDGEMENT_VERBS.has(t.lemma)) return false;
  let k = i + 1;
  if (tokens[k]?.pos === "ADP" && tokens[k].norm !== "as" && tokens[k + 1]?.pos !== "NOUN") k++;
  const from = k;
  while (
    k < end && k - from < MAX_OBJECT && (OBJECT_WORD_POS.has(tokens[k].pos) || /^['\u2019]s$/.test(tokens[k].text))
  ) {
    k++;
  }
  return k > from && k < end && tokens[k].norm === "as" && k + 1 < end;
}

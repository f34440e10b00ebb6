/**
 * An article as text reuse reads it: its words with their offsets, the hashes of its
 * word 5-shingles, and which of those shingles are its own words rather than a quotation.
 *
 * @module
 */
import { quotationSpans } from "../framing/voice.ts";
import { reuseWords } from "./words.ts";
import { shingleHashes } from "./shingles.ts";

/** The words of a shingle: reprints compare word 5-shingles. */
export const SHINGLE_WORDS = 5;

/** What text reuse needs of an article. */
export interface ReuseText {
  /** The article's id. */
  id: string;
  /** Its outlet: reuse is text shared by articles of different outlets. */
  outlet: string;
  /** The group its rows are counted under (default its outlet). */
  group?: string;
  /** Its date, `YYYY-MM-DD`, when known: the earliest article of a cluster is its original. */
  date?: string;
  /** Its text. */
  text: string;
}

/** An article prepared for text reuse. */
export interface ReuseDoc extends ReuseText {
  /** Its group (its outlet unless given). */
  group: string;
  /** Its words, normalised. */
  words: string[];
  /** Each word's offset in the text. */
  starts: number[];
  /** Offset just past each word in the text. */
  ends: number[];
  /** The hash of each word 5-shingle (entry i: words i to i + 4). */
  shingles: Uint32Array;
  /**
   * The positions of the shingles reprints compare: those with at least one word outside
   * quotation marks (every shingle when all are quoted), so that two articles quoting the
   * same statement do not look alike for it.
   */
  own: Int32Array;
}

/**
 * An article prepared for text reuse: its words (`reuseWords`), its shingle hashes and
 * its own shingles (see {@linkcode ReuseDoc}).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { reuseDoc } from "./doc.ts";
 * const doc = reuseDoc({ id: "a", outlet: "A", text: "He said: “we will not accept the plan at all,” and left." });
 * assert.equal(doc.words.length, 12);
 * assert.equal(doc.shingles.length, 8);
 * // Words 2 to 9 are quoted: shingles 2 to 5 ("we will not accept the" … "accept the plan at all") lie inside.
 * assert.deepEqual([...doc.own], [0, 1, 6, 7]);
 * ```
 */
export function reuseDoc(article: ReuseText): ReuseDoc {
  const { words, starts, ends, hashes } = reuseWords(article.text);
  const shingles = shingleHashes(hashes, SHINGLE_WORDS);
  // Which words lie inside quotation marks (spans and words both in text order).
  const quoted = new Uint8Array(words.length);
  const spans = quotationSpans(article.text);
  let s = 0;
  for (let i = 0; i < words.length; i++) {
    while (s < spans.length && spans[s].end <= starts[i]) s++;
    if (s < spans.length && spans[s].start <= starts[i] && ends[i] <= spans[s].end) quoted[i] = 1;
  }
  const own: number[] = [];
  let inQuote = 0; // quoted words among the current shingle's
  for (let i = 0; i < words.length; i++) {
    inQuote += quoted[i];
    if (i >= SHINGLE_WORDS) inQuote -= quoted[i - SHINGLE_WORDS];
    if (i >= SHINGLE_WORDS - 1 && inQuote < SHINGLE_WORDS) own.push(i - SHINGLE_WORDS + 1);
  }
  const all = own.length === 0 ? Array.from(shingles, (_, i) => i) : own;
  return {
    ...article,
    group: article.group ?? article.outlet,
    words,
    starts,
    ends,
    shingles,
    own: Int32Array.from(all),
  };
}

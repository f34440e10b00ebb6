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
  /** Its words, normalised (with a {@linkcode ReuseDocOptions.words} pool, the pool's strings). */
  words: string[];
  /** Each word's offset in the text. */
  starts: Int32Array;
  /** Offset just past each word in the text. */
  ends: Int32Array;
  /** The hash of each word 5-shingle (entry i: words i to i + 4). */
  shingles: Uint32Array;
  /**
   * The positions of the shingles reprints compare: those with at least one word outside
   * quotation marks (every shingle when all are quoted), so that two articles quoting the
   * same statement do not look alike for it.
   */
  own: Int32Array;
}

/** Options of {@linkcode reuseDoc}. */
export interface ReuseDocOptions {
  /**
   * A pool of words shared by the documents of a corpus (a new `Map` to start): each word
   * is held once, as one string, rather than once for each time an article uses it (issue
   * 19, memory: at 50,000 news articles, some 17 million words of some 30,000 distinct).
   */
  words?: Map<string, string>;
}

/**
 * The pool's string equal to `word`, added the first time as a string of its own: a word
 * sliced out of a text may hold the whole text alive (V8's sliced strings), and the pool
 * keeps its words for as long as it lives.
 */
function pooledWord(pool: Map<string, string>, word: string): string {
  const held = pool.get(word);
  if (held !== undefined) return held;
  // A copy that holds no other string (a parse makes a new, flat string).
  const own = word.length >= 13 ? JSON.parse(JSON.stringify(word)) as string : word;
  pool.set(own, own);
  return own;
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
 * // With a pool, a word two articles use is one string.
 * const words = new Map<string, string>();
 * const [x, y] = ["Beirut said no.", "Beirut, again."].map((text, i) => reuseDoc({ id: `${i}`, outlet: "A", text }, { words }));
 * assert.deepEqual([x.words[0], words.size], [y.words[0], 4]);
 * ```
 */
export function reuseDoc(article: ReuseText, options: ReuseDocOptions = {}): ReuseDoc {
  const { words: read, starts, ends, hashes } = reuseWords(article.text);
  const words = options.words ? read.map((w) => pooledWord(options.words!, w)) : read;
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
    starts: Int32Array.from(starts),
    ends: Int32Array.from(ends),
    shingles,
    own: Int32Array.from(all),
  };
}

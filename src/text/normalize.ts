/**
 * Text preparation: a normalised copy of an article's text for analysis, with a map
 * from every position of the copy back to the original text.
 *
 * @module
 */
import type { BoilerplateSpan } from "./boilerplate.ts";

/** A text prepared for analysis, and the way back to the original. */
export interface PreparedText {
  /** The original text, untouched, for display. */
  original: string;
  /** The normalised text that the tokenizer reads. */
  text: string;
  /**
   * `offsets[i]` is the offset in `original` of the character at `i` in `text`;
   * `offsets[text.length]` is `original.length`.
   */
  offsets: Int32Array;
  /** The boilerplate spans that were blanked, in original offsets. */
  boilerplate: BoilerplateSpan[];
}

const SINGLE_QUOTES = /[\u2018\u2019\u201A\u201B\u2032\u02BC\uFF07]/;
const DOUBLE_QUOTES = /[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB\uFF02]/;
const HYPHENS = /[\u2010\u2011\u2012\u2212\uFE63\uFF0D]/;
const DASHES = /[\u2013\u2014\u2015]/;
const SPACES = /[\u00A0\u2000-\u200A\u202F\u205F\u3000\t\v\f]/;
const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/;

/**
 * Normalises one cluster (a character and its combining marks) for analysis.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { normalizeCluster } from "./normalize.ts";
 * assert.equal(normalizeCluster("\u2019"), "'"); // a curly apostrophe
 * ```
 */
export function normalizeCluster(cluster: string): string {
  if (SINGLE_QUOTES.test(cluster)) return "'";
  if (DOUBLE_QUOTES.test(cluster)) return '"';
  if (HYPHENS.test(cluster)) return "-";
  if (DASHES.test(cluster)) return "\u2014";
  if (SPACES.test(cluster)) return " ";
  if (INVISIBLE.test(cluster)) return "";
  if (cluster === "\r") return "\n";
  // Guillemets already became quotes; NFKC folds ligatures, full-width forms and
  // composes accents, but would also turn quote-like characters into others: those
  // are handled above.
  return cluster.normalize("NFKC");
}

/**
 * Prepares a text for analysis: Unicode NFKC, curly and straight quotes made
 * straight, hyphens made `-` and dashes `—`, odd spaces made plain, invisible
 * characters removed, CR line ends made LF, and boilerplate spans blanked.
 * Every character of the result maps back to the original through `offsets`.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { prepareText } from "framelens";
 * const p = prepareText("Iran\u2019s \u201Cbalance\u201D");
 * assert.equal(p.text, `Iran's "balance"`);
 * assert.equal(p.offsets[5], 5); // each character's offset in the original
 * ```
 *
 * @param original The article text.
 * @param boilerplate Spans of the original text to blank (from `findBoilerplate`).
 */
export function prepareText(
  original: string,
  boilerplate: BoilerplateSpan[] = [],
): PreparedText {
  const parts: string[] = [];
  let offsets = new Int32Array(original.length + 16);
  let n = 0;
  const blank = new Uint8Array(original.length);
  for (const s of boilerplate) blank.fill(1, s.start, s.end);
  const clusterRe = /\r\n|\P{M}\p{M}*|\p{M}+/suy;
  const len = original.length;
  // A character stays as it is when it is printable ASCII or a line feed, not blanked,
  // and not followed by a combining mark (all of which are at U+0300 or above): most
  // text is runs of such characters, copied whole. Other clusters go one by one.
  const plain = (i: number) => {
    const c = original.charCodeAt(i);
    return ((c >= 0x20 && c < 0x7f) || c === 0x0a) && !blank[i] &&
      (i + 1 >= len || original.charCodeAt(i + 1) < 0x300);
  };
  let i = 0;
  while (i < len) {
    if (plain(i)) {
      let j = i + 1;
      while (j < len && plain(j)) j++;
      parts.push(original.slice(i, j));
      if (n + (j - i) + 1 > offsets.length) offsets = grow(offsets, n + (j - i) + 1);
      for (let k = i; k < j; k++) offsets[n++] = k;
      i = j;
      continue;
    }
    clusterRe.lastIndex = i;
    const cluster = clusterRe.exec(original)![0];
    let norm: string;
    if (blank[i]) norm = cluster === "\r\n" || cluster === "\n" || cluster === "\r" ? "\n" : " ";
    else if (cluster === "\r\n") norm = "\n";
    else norm = normalizeCluster(cluster);
    parts.push(norm);
    if (n + norm.length + 1 > offsets.length) offsets = grow(offsets, n + norm.length + 1);
    for (let k = 0; k < norm.length; k++) offsets[n++] = i;
    i += cluster.length;
  }
  offsets[n++] = len;
  return { original, text: parts.join(""), offsets: offsets.slice(0, n), boilerplate };
}

function grow(a: Int32Array<ArrayBuffer>, atLeast: number): Int32Array<ArrayBuffer> {
  const b = new Int32Array(Math.max(atLeast, a.length * 2));
  b.set(a);
  return b;
}

/**
 * Per-article term counts read once into numbered, columnar form, for the corpus-wide
 * measures (term frequencies, keyness with dispersion, log-odds) to share: each term,
 * outlet and article looked up by its string once, and the terms sorted once.
 *
 * @module
 */
import type { ArticleTermRow } from "../types.ts";
import type { CountTable } from "./count_table.ts";

/**
 * A term-by-group count table in columns: what {@linkcode CountTable} holds, with the terms
 * sorted and numbered by their place in that order.
 */
export interface CountColumns {
  /** Group names (outlets), sorted by `localeCompare`. */
  groups: string[];
  /** Terms sorted by UTF-16 code units (the default sort); a term's number is its place here. */
  terms: string[];
  /** counts[k × groups.length + g] = occurrences of term k in group g. */
  counts: Float64Array;
  /** totals[g] = counted term occurrences in group g. */
  totals: number[];
}

/** Per-article term counts by number: a {@linkcode CountColumns} of outlets plus each row's article, term and outlet. */
export interface TermIndex extends CountColumns {
  /** Article ids, in order of first appearance; an article's number is its place here. */
  articles: string[];
  /** The group of each article's first row. */
  articleGroup: Int32Array;
  /** Each row's term number. */
  rowTerm: Int32Array;
  /** Each row's group (its outlet) number. */
  rowGroup: Int32Array;
  /** Each row's article number. */
  rowArticle: Int32Array;
  /** Each row's count. */
  rowCount: Float64Array;
  /**
   * Row numbers with each article's rows together (articles in order of first appearance,
   * rows in order within each), or null when the rows already come article by article.
   */
  byArticle: Int32Array | null;
}

/**
 * Numbers the terms, outlets and articles of per-article counts and sums the counts by
 * term and outlet, as {@linkcode countTable} sums them (in row order).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { termIndex } from "./term_index.ts";
 * const index = termIndex([
 *   { article: "a1", outlet: "B", term: "war", count: 2 },
 *   { article: "a2", outlet: "A", term: "peace", count: 1 },
 * ]);
 * assert.deepEqual(index.groups, ["A", "B"]);
 * assert.deepEqual(index.terms, ["peace", "war"]);
 * assert.deepEqual(index.counts, new Float64Array([1, 0, 0, 2])); // term by term, a count per group
 * assert.deepEqual(index.articles, ["a1", "a2"]);
 * ```
 *
 * @param parts The rows, in one or more arrays read one after the other (each article's digest, say).
 */
export function termIndex(...parts: readonly (readonly ArticleTermRow[])[]): TermIndex {
  return termIndexOf(parts);
}

/**
 * {@linkcode termIndex} of parts read one at a time from an iterable (each article's
 * terms, read back from the cache, say): no part is kept once its rows are numbered,
 * so the rows are held as numbers only.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { termIndex, termIndexOf } from "./term_index.ts";
 * const a1 = [{ article: "a1", outlet: "B", term: "war", count: 2 }];
 * const a2 = [{ article: "a2", outlet: "A", term: "peace", count: 1 }];
 * function* parts() { yield a1; yield a2; }
 * assert.deepEqual(termIndexOf(parts()), termIndex(a1, a2));
 * ```
 */
export function termIndexOf(parts: Iterable<readonly ArticleTermRow[]>): TermIndex {
  let capacity = 1024;
  let rowTerm = new Int32Array(capacity);
  let rowGroup = new Int32Array(capacity);
  let rowArticle = new Int32Array(capacity);
  let rowCount = new Float64Array(capacity);
  // The columns doubled until they hold `least` rows.
  const grow = (least: number) => {
    while (capacity < least) capacity *= 2;
    rowTerm = resized(rowTerm, capacity);
    rowGroup = resized(rowGroup, capacity);
    rowArticle = resized(rowArticle, capacity);
    rowCount = resized(rowCount, capacity);
  };
  const termId = new Map<string, number>();
  const groupId = new Map<string, number>();
  const articleId = new Map<string, number>();
  const articles: string[] = [];
  const firstGroup: number[] = [];
  let contiguous = true;
  let lastOutlet: string | undefined;
  let g = -1;
  let lastArticle: string | undefined;
  let a = -1;
  let i = 0;
  // Numbers in order of first appearance; groups and terms are renumbered in sorted order below.
  for (const rows of parts) {
    if (i + rows.length > capacity) grow(i + rows.length);
    for (let j = 0; j < rows.length; j++, i++) {
      const r = rows[j];
      if (r.outlet !== lastOutlet) {
        lastOutlet = r.outlet;
        const known = groupId.get(r.outlet);
        if (known === undefined) groupId.set(r.outlet, g = groupId.size);
        else g = known;
      }
      if (r.article !== lastArticle) {
        lastArticle = r.article;
        const known = articleId.get(r.article);
        if (known === undefined) {
          articleId.set(r.article, a = articles.length);
          articles.push(r.article);
          firstGroup.push(g);
        } else {
          contiguous &&= known === a;
          a = known;
        }
      }
      let t = termId.get(r.term);
      if (t === undefined) termId.set(r.term, t = termId.size);
      rowTerm[i] = t;
      rowGroup[i] = g;
      rowArticle[i] = a;
      rowCount[i] = r.count;
    }
  }
  // The columns cut to the rows read.
  const n = i;
  rowTerm = resized(rowTerm, n);
  rowGroup = resized(rowGroup, n);
  rowArticle = resized(rowArticle, n);
  rowCount = resized(rowCount, n);
  const groupNames = [...groupId.keys()];
  const groupOrder = groupNames.map((_, k) => k).sort((x, y) => groupNames[x].localeCompare(groupNames[y]));
  const groups = groupOrder.map((k) => groupNames[k]);
  const groupRank = new Int32Array(groups.length);
  groupOrder.forEach((k, rank) => groupRank[k] = rank);
  const termNames = [...termId.keys()];
  const terms = termNames.slice().sort();
  const termRank = new Int32Array(terms.length);
  for (let k = 0; k < terms.length; k++) termRank[termId.get(terms[k])!] = k;
  const G = groups.length;
  const counts = new Float64Array(terms.length * G);
  const totals: number[] = new Array(G).fill(0);
  for (let r = 0; r < n; r++) {
    const gr = rowGroup[r] = groupRank[rowGroup[r]];
    const k = rowTerm[r] = termRank[rowTerm[r]];
    counts[k * G + gr] += rowCount[r];
    totals[gr] += rowCount[r];
  }
  const articleGroup = new Int32Array(articles.length);
  for (let k = 0; k < articles.length; k++) articleGroup[k] = groupRank[firstGroup[k]];
  return {
    groups,
    terms,
    counts,
    totals,
    articles,
    articleGroup,
    rowTerm,
    rowGroup,
    rowArticle,
    rowCount,
    byArticle: contiguous ? null : rowsByArticle(rowArticle, articles.length),
  };
}

/** A copy of a column with `length` places: its values, cut or followed by zeros. */
function resized<T extends Int32Array | Float64Array>(column: T, length: number): T {
  if (column.length === length) return column;
  const out = new (column.constructor as new (n: number) => T)(length);
  out.set(column.subarray(0, Math.min(length, column.length)));
  return out;
}

/** Row indices grouped by article, articles in order of first appearance, rows in order within each. */
function rowsByArticle(rowArticle: Int32Array, articles: number): Int32Array {
  const start = new Int32Array(articles + 1);
  for (const a of rowArticle) start[a + 1]++;
  for (let a = 0; a < articles; a++) start[a + 1] += start[a];
  const order = new Int32Array(rowArticle.length);
  for (let i = 0; i < rowArticle.length; i++) order[start[rowArticle[i]]++] = i;
  return order;
}

/**
 * A {@linkcode CountTable} in columns: its groups in their order, its terms sorted by
 * UTF-16 code units, each term's counts copied.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { countColumns } from "./term_index.ts";
 * const cols = countColumns({ groups: ["A", "B"], counts: new Map([["war", [0, 2]], ["peace", [1, 0]]]), totals: [1, 2] });
 * assert.deepEqual(cols.terms, ["peace", "war"]);
 * assert.deepEqual(cols.counts, new Float64Array([1, 0, 0, 2]));
 * ```
 */
export function countColumns(table: CountTable): CountColumns {
  const G = table.groups.length;
  const terms = [...table.counts.keys()].sort();
  const counts = new Float64Array(terms.length * G);
  for (let k = 0; k < terms.length; k++) {
    const c = table.counts.get(terms[k])!;
    for (let g = 0; g < G; g++) counts[k * G + g] = c[g];
  }
  return { groups: table.groups, terms, counts, totals: table.totals };
}

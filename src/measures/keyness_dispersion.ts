/**
 * Keyness with dispersion: each outlet's keyness of a term joined with how the term is
 * spread over the outlet's articles (Gries's DP, and how many articles use it), so that
 * a term from one article is not read as the outlet's habit. The rows of `keyness.csv`.
 *
 * @module
 */
import type { ArticleTermRow } from "../types.ts";
import type { CountTable } from "./count_table.ts";
import { keynessOf, type KeynessOptions, type KeynessRow, type KeynessStats, keynessWith } from "./keyness.ts";
import { type TermIndex, termIndex } from "./term_index.ts";

/** A row of `keyness.csv`: keyness with the term's dispersion over the outlet's articles. */
export interface KeynessReportRow extends KeynessRow {
  /** Gries's DP over the outlet's articles (0 for an outlet with one article). */
  dp: number;
  /** The outlet's articles that use the term. */
  articles: number;
  /** The outlet's articles. */
  outletArticles: number;
}

/** Options for {@linkcode keynessWithDispersion}. */
export interface KeynessWithDispersionOptions {
  /** The counts by outlet, `countTable(rows)`, when already at hand. */
  table?: CountTable;
  /** Options for keyness (all groups are targets). */
  keyness?: KeynessOptions;
}

/**
 * Keyness rows joined with dispersion: for each outlet and term, DP over the outlet's
 * articles (sizes = counted terms per article), and in how many of them the term occurs,
 * so that a term from one article is not read as the outlet's habit.
 *
 * The articles of an outlet are those whose first row names it, in the order of their
 * ids (`localeCompare`); DP is `gries` (src/measures/dispersion.ts) over them, computed
 * from the articles that have the term.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { keynessWithDispersion } from "framelens";
 * const rows = keynessWithDispersion([
 *   { article: "a1", outlet: "A", term: "war", count: 20 },
 *   { article: "a2", outlet: "A", term: "war", count: 20 },
 *   { article: "a2", outlet: "A", term: "peace", count: 5 },
 *   { article: "b1", outlet: "B", term: "peace", count: 40 },
 * ]);
 * const war = rows.find((r) => r.outlet === "A" && r.term === "war")!;
 * assert.equal(war.articles, 2); // in both of A's articles
 * assert.equal(war.outletArticles, 2);
 * assert.ok(war.g2 > 0 && war.p < 0.05);
 * ```
 */
export function keynessWithDispersion(
  rows: readonly ArticleTermRow[],
  options: KeynessWithDispersionOptions = {},
): KeynessReportRow[] {
  const index = termIndex(rows);
  if (!options.table) return keynessWithDispersionOf(index, options.keyness);
  const dispersion = new Dispersion(index);
  const termNumber = new Map(index.terms.map((term, k) => [term, k]));
  let outlet: string | undefined;
  let g = -1;
  return keynessWith(
    options.table,
    (target, term, count, refCount, total, refTotal, s): KeynessReportRow => {
      if (target !== outlet) g = index.groups.indexOf(outlet = target);
      return dispersion.row(g, termNumber.get(term) ?? -1, target, term, count, refCount, total, refTotal, s);
    },
    options.table.groups,
    options.keyness,
  );
}

/**
 * {@linkcode keynessWithDispersion} from rows already read into a {@linkcode TermIndex},
 * with keyness over the index's own counts. The rows go to `out` when given (anything rows
 * are pushed to, such as a `RowColumns`), which is returned; to a new array otherwise.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { keynessWithDispersionOf } from "./keyness_dispersion.ts";
 * import { termIndex } from "./term_index.ts";
 * const index = termIndex([
 *   { article: "a1", outlet: "A", term: "war", count: 20 },
 *   { article: "a2", outlet: "A", term: "peace", count: 20 },
 *   { article: "b1", outlet: "B", term: "peace", count: 40 },
 * ]);
 * const rows = keynessWithDispersionOf(index, { unusedMaxP: 0.05 });
 * const war = rows.find((r) => r.outlet === "A" && r.term === "war")!;
 * assert.equal(war.articles, 1); // one of A's two articles: a one-article habit
 * assert.equal(war.dp, 0.5);
 * ```
 */
export function keynessWithDispersionOf<O extends { push(row: KeynessReportRow): unknown } = KeynessReportRow[]>(
  index: TermIndex,
  options?: KeynessOptions,
  out?: O,
): O {
  const dispersion = new Dispersion(index);
  let outlet: string | undefined;
  let g = -1;
  return keynessOf(
    index,
    (target, k, count, refCount, total, refTotal, s): KeynessReportRow => {
      if (target !== outlet) g = index.groups.indexOf(outlet = target);
      return dispersion.row(g, k, target, index.terms[k], count, refCount, total, refTotal, s);
    },
    index.groups,
    options,
    out,
  );
}

/**
 * Per-article counts by outlet, for dispersion: each article belongs to the outlet of its
 * first row, an outlet's articles are in the order of their ids (`localeCompare`), an
 * article's size and a term's count in it are summed in row order, and a term lists only
 * the articles that have a row for it.
 */
class Dispersion {
  /** Per group: each article's size (counted terms), articles in the order of their ids. */
  readonly sizes: number[][];
  /** Per group g and term k, at g × terms + k: where its entries start (the next cell's start is where they end). */
  readonly start: Int32Array;
  /** Per entry: the article's position in its group's `sizes`. */
  readonly place: Int32Array;
  /** Per entry: the term's count in the article. */
  readonly count: Float64Array;
  /** Per group: each article's share of the group's size, in the order of `sizes`. */
  readonly shares: Float64Array[];
  readonly #T: number;

  constructor(index: TermIndex) {
    const { terms, groups, articles, articleGroup, rowTerm, rowArticle, rowCount, byArticle } = index;
    const T = this.#T = terms.length;
    const A = articles.length;
    this.sizes = groups.map(() => []);
    const placeOf = new Int32Array(A);
    for (const a of articles.map((_, a) => a).sort((x, y) => articles[x].localeCompare(articles[y]))) {
      const sizes = this.sizes[articleGroup[a]];
      placeOf[a] = sizes.length;
      sizes.push(0);
    }
    // One entry per article and term, in the order of the rows visited article by article:
    // a term repeated in an article adds to the entry it has in the article. The entries
    // are laid out by group and term (a counting sort on g × T + k) in two passes over the
    // rows, the first counting each key's entries, the second placing them: no column of
    // the rows' length is made (issue 19, memory: 16 bytes a row, 232 MB at 100,000 articles).
    const start = this.start = new Int32Array(groups.length * T + 1);
    const lastArticle = new Int32Array(T).fill(-1);
    let entries = 0;
    for (let j = 0; j < rowTerm.length; j++) {
      const i = byArticle ? byArticle[j] : j;
      const a = rowArticle[i];
      const k = rowTerm[i];
      this.sizes[articleGroup[a]][placeOf[a]] += rowCount[i];
      if (lastArticle[k] !== a) {
        lastArticle[k] = a;
        start[articleGroup[a] * T + k + 1]++;
        entries++;
      }
    }
    for (let c = 0; c < groups.length * T; c++) start[c + 1] += start[c];
    const next = start.slice(0, -1);
    this.place = new Int32Array(entries);
    this.count = new Float64Array(entries);
    lastArticle.fill(-1);
    const entryOf = new Int32Array(T);
    for (let j = 0; j < rowTerm.length; j++) {
      const i = byArticle ? byArticle[j] : j;
      const a = rowArticle[i];
      const k = rowTerm[i];
      if (lastArticle[k] === a) this.count[entryOf[k]] += rowCount[i];
      else {
        lastArticle[k] = a;
        const at = entryOf[k] = next[articleGroup[a] * T + k]++;
        this.place[at] = placeOf[a];
        this.count[at] = rowCount[i];
      }
    }
    this.shares = this.sizes.map((sizes) => {
      const total = sizes.reduce((a, b) => a + b, 0);
      // No size at all: DP is 0, as with a single article.
      return total > 0 ? Float64Array.from(sizes, (x) => x / total) : new Float64Array(0);
    });
  }

  /** A keyness row of group g (-1 for none) and term k (-1 for none) with the term's dispersion over the group's articles. */
  row(
    g: number,
    k: number,
    outlet: string,
    term: string,
    count: number,
    refCount: number,
    total: number,
    refTotal: number,
    s: Readonly<KeynessStats>,
  ): KeynessReportRow {
    const sizes = g < 0 ? undefined : this.sizes[g];
    let articles = 0;
    let dp = 0;
    if (sizes && k >= 0) {
      const from = this.start[g * this.#T + k];
      const to = this.start[g * this.#T + k + 1];
      if (from < to) {
        let f = 0;
        for (let e = from; e < to; e++) {
          f += this.count[e];
          if (this.count[e] > 0) articles++;
        }
        dp = sparseDp(this.count, this.place, from, to, f, this.shares[g]);
      }
    }
    return {
      outlet,
      term,
      count,
      refCount,
      total,
      refTotal,
      g2: s.g2,
      logRatio: s.logRatio,
      lrc: s.lrc,
      p: s.p,
      dp,
      articles,
      outletArticles: sizes?.length ?? 0,
    };
  }
}

/**
 * Gries's DP (see `gries`) of a term from its entries alone: the articles it is in
 * (`count[e]` times in the article at `place[e]`, e from `from` to `to`), `f` in all,
 * and every article's share of the group. An article without the term adds its share
 * sᵢ to Σ |vᵢ − sᵢ|, so those articles add 1 − Σ of the entries' shares: the cost is
 * that of the entries, not of the group's articles.
 */
function sparseDp(
  count: Float64Array,
  place: Int32Array,
  from: number,
  to: number,
  f: number,
  shares: Float64Array,
): number {
  if (f === 0 || shares.length < 2) return 0;
  let inside = 0;
  let covered = 0;
  for (let e = from; e < to; e++) {
    const s = shares[place[e]];
    inside += Math.abs(count[e] / f - s);
    covered += s;
  }
  // Clamped: rounding may leave the shares' sum a hair above 1.
  return (inside + Math.max(0, 1 - covered)) / 2;
}

/**
 * Term counts: which terms (words, lemmas, phrases, n-grams) each article and outlet
 * uses, how often, and where.
 *
 * @module
 */
import type { AnnotatedArticle, ArticleTermRow, Term } from "../types.ts";
import type { Gazetteer } from "../entities/types.ts";
import type { CompiledGazetteer } from "../entities/mentions.ts";
import { KeyBuckets } from "./buckets.ts";
import { isNameAffix, nameTerms } from "./name_terms.ts";
import { type TermIndex, termIndex } from "./term_index.ts";

/** Options for choosing and counting terms. */
export interface TermOptions {
  /** Count lemmas ("force" for "forces") or normal forms ("forces"). Default `"lemma"`. */
  form?: "lemma" | "norm";
  /** Keep stop words. Default false. */
  keepStopWords?: boolean;
  /** Keep punctuation and symbols. Default false. */
  keepPunctuation?: boolean;
  /** Keep numbers. Default true. */
  keepNumbers?: boolean;
  /** Count n-grams of this many consecutive terms (within a sentence) instead of single terms. Default 1. */
  n?: number;
  /**
   * Count each name as one term, with the gazetteer (`loadGazetteer()`, or compiled): an
   * honorific or particle before it folded in, keyed by the gazetteer's canonical name or
   * the article's fullest form of it (`nameTerms`). The report always counts names so.
   * Without it, a name's words are terms of their own (honorifics and particles still left out).
   */
  names?: Gazetteer | CompiledGazetteer;
}

/** One counted occurrence of a term, traceable to its place in the text. */
export interface TermOccurrence {
  /** Article id. */
  article: string;
  /** Outlet. */
  outlet: string;
  /** The term key (lower case; n-grams joined by a space). */
  term: string;
  /** Offset of the first character in the article's original text. */
  start: number;
  /** Offset just past the last character. */
  end: number;
  /** Sentence index in the article. */
  sentence: number;
}

/** Term frequencies of one outlet: `terms.csv`. */
export interface TermRow {
  /** Outlet. */
  outlet: string;
  /** Term key. */
  term: string;
  /** Occurrences in the outlet's articles. */
  count: number;
  /** Occurrences per 1,000 counted terms of the outlet. */
  per1k: number;
  /** The outlet's articles that contain the term (document frequency). */
  articles: number;
  /** TF-IDF: (count / outlet total) × ln(N articles / articles containing the term, corpus-wide). */
  tfidf: number;
}

const NUMBER = /^[\d.,:/%-]+$/;

/** Whether a term is counted under the options. */
function keep(t: Term, o: TermOptions): boolean {
  if (t.phrase || t.name) return true;
  // An honorific or a name particle belongs to the name it precedes, never a term of its own.
  if (isNameAffix(t)) return false;
  if (t.punct && !o.keepPunctuation) return false;
  if (t.stop && !o.keepStopWords) return false;
  // A clitic: "'s", "'ll", "n't" (the test /^('|n't$)/ without a regular expression).
  if (!t.punct && !o.keepStopWords && (t.norm.charCodeAt(0) === 39 || t.norm === "n't")) return false;
  if (o.keepNumbers === false && NUMBER.test(t.norm)) return false;
  return true;
}

/** The terms of an article to count: its own, or with names made one term each when a gazetteer is given. */
function termsOf(a: AnnotatedArticle, o: TermOptions): Term[] {
  return o.names ? nameTerms(a, o.names) : a.terms;
}

/**
 * Every counted occurrence of every term of an article, in text order. Phrases from
 * the phrase list are one term, never also their parts; so is a name when the options
 * give a gazetteer (`names`), its offsets spanning it whole ("Mr Larijani"). Honorifics
 * (Mr, Mrs, Ms, Dr) and name particles (al, el, bin) are never terms of their own.
 * N-grams never cross a sentence or a left-out term (a stop word or punctuation
 * between two words breaks the n-gram), nor a token that is no term (an opaque run).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { annotateArticle, loadResources } from "framelens";
 * import { termOccurrences } from "./terms.ts";
 * const text = "The Zionist regime struck, and its forces moved.";
 * const annotated = annotateArticle({ id: "a", file: "a.md", outlet: "A", text, extra: {} }, await loadResources());
 * const occ = termOccurrences(annotated);
 * // A phrase of the phrase list is one term, with offsets into the text; stop words are left out.
 * assert.deepEqual(occ.map((o) => o.term), ["zionist regime", "strike", "force", "move"]);
 * assert.equal(text.slice(occ[0].start, occ[0].end), "Zionist regime");
 * ```
 */
export function termOccurrences(a: AnnotatedArticle, options: TermOptions = {}): TermOccurrence[] {
  const form = options.form ?? "lemma";
  const n = Math.max(1, Math.floor(options.n ?? 1));
  const out: TermOccurrence[] = [];
  const { id, outlet } = a.article;
  const terms = termsOf(a, options);
  if (n === 1) {
    for (const t of terms) {
      if (!keep(t, options)) continue;
      out.push({ article: id, outlet, term: t[form], start: t.start, end: t.end, sentence: t.sentence });
    }
    return out;
  }
  let run: Term[] = [];
  for (const t of terms) {
    const last = run[run.length - 1];
    // A token that is no term (an opaque run) between two terms breaks the n-gram too.
    if (!keep(t, options) || (last && (last.sentence !== t.sentence || last.lastToken !== t.firstToken))) {
      run = keep(t, options) ? [t] : [];
      if (run.length < n) continue;
    } else {
      run.push(t);
    }
    if (run.length > n) run.shift();
    if (run.length === n) {
      out.push({
        article: id,
        outlet,
        term: run.map((r) => r[form]).join(" "),
        start: run[0].start,
        end: run[n - 1].end,
        sentence: run[0].sentence,
      });
    }
  }
  return out;
}

/**
 * Term counts per article, articles in corpus order, terms by descending count then
 * alphabetically.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { annotateCorpus, articleTermCounts, loadResources } from "framelens";
 * const article = (id: string, outlet: string, text: string) => ({ id, file: `${id}.md`, outlet, text, extra: {} });
 * const annotated = annotateCorpus(
 *   [article("a", "A", "War, war and peace."), article("b", "B", "Peace talks.")],
 *   await loadResources(),
 * );
 * assert.deepEqual(articleTermCounts(annotated), [
 *   { article: "a", outlet: "A", term: "war", count: 2 },
 *   { article: "a", outlet: "A", term: "peace", count: 1 },
 *   { article: "b", outlet: "B", term: "peace", count: 1 },
 *   { article: "b", outlet: "B", term: "talk", count: 1 }, // lemmas by default
 * ]);
 * ```
 */
export function articleTermCounts(annotated: AnnotatedArticle[], options: TermOptions = {}): ArticleTermRow[] {
  const form = options.form ?? "lemma";
  const single = Math.max(1, Math.floor(options.n ?? 1)) === 1;
  const rows: ArticleTermRow[] = [];
  for (const a of annotated) {
    const counts = new Map<string, { n: number }>();
    const count = (term: string) => {
      const c = counts.get(term);
      if (c) c.n++;
      else counts.set(term, { n: 1 });
    };
    if (single) {
      // The occurrences of termOccurrences(a, options), counted without building them.
      for (const t of termsOf(a, options)) if (keep(t, options)) count(t[form]);
    } else {
      for (const o of termOccurrences(a, options)) count(o.term);
    }
    // Alphabetically (by UTF-16 code units, as the default sort orders strings), then by descending count.
    const byCount = new KeyBuckets<ArticleTermRow>();
    const { id, outlet } = a.article;
    for (const term of [...counts.keys()].sort()) {
      const n = counts.get(term)!.n;
      byCount.add(n, { article: id, outlet, term, count: n });
    }
    byCount.appendDescending(rows);
  }
  return rows;
}

/**
 * Term frequencies by outlet (`terms.csv`): count, per 1,000 counted terms, the
 * outlet's articles that use it, and TF-IDF. Rows by outlet, then descending count.
 *
 * TF-IDF = (count / outlet total) × ln(N / df), with N the number of articles in the
 * corpus and df the number of articles, of any outlet, that contain the term
 * (Spärck Jones 1972): 0 for a term that every article uses.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { termRows } from "framelens";
 * const rows = termRows([
 *   { article: "a1", outlet: "A", term: "war", count: 3 },
 *   { article: "a1", outlet: "A", term: "peace", count: 1 },
 *   { article: "b1", outlet: "B", term: "peace", count: 2 },
 * ]);
 * const war = rows.find((r) => r.outlet === "A" && r.term === "war")!;
 * assert.equal(war.count, 3);
 * assert.equal(war.per1k, 750); // 3 of A's 4 counted terms
 * assert.equal(war.articles, 1);
 * ```
 */
export function termRows(rows: readonly ArticleTermRow[]): TermRow[] {
  return termRowsOf(termIndex(rows));
}

/**
 * {@linkcode termRows} from rows already read into a {@linkcode TermIndex}. The rows go to
 * `out` when given (anything rows are pushed to, such as a `RowColumns`), which is
 * returned; to a new array otherwise.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { termRows } from "framelens";
 * import { termIndex } from "./term_index.ts";
 * import { termRowsOf } from "./terms.ts";
 * const counts = [
 *   { article: "a1", outlet: "A", term: "war", count: 3 },
 *   { article: "b1", outlet: "B", term: "peace", count: 2 },
 * ];
 * assert.deepEqual(termRowsOf(termIndex(counts)), termRows(counts));
 * ```
 */
export function termRowsOf<O extends { push(row: TermRow): unknown } = TermRow[]>(index: TermIndex, out?: O): O {
  const { groups, terms, counts, totals, rowTerm, rowGroup, rowArticle, byArticle } = index;
  const G = groups.length;
  const T = terms.length;
  // Per term k and group g, at k * G + g: articles, and the last article counted in them.
  // Per term: articles of any group, and the last counted.
  const articles = new Int32Array(T * G);
  const lastIn = new Int32Array(T * G).fill(-1);
  const docs = new Int32Array(T);
  const last = new Int32Array(T).fill(-1);
  // Visiting each article's rows together, "seen in this article" is a stamp.
  for (let j = 0; j < rowTerm.length; j++) {
    const i = byArticle ? byArticle[j] : j;
    const k = rowTerm[i];
    const a = rowArticle[i];
    const kg = k * G + rowGroup[i];
    if (last[k] !== a) {
      last[k] = a;
      docs[k]++;
    }
    if (lastIn[kg] !== a) {
      lastIn[kg] = a;
      articles[kg]++;
    }
  }
  const N = index.articles.length;
  const idf = new Float64Array(T);
  for (let k = 0; k < T; k++) idf[k] = Math.log(N / docs[k]);
  const rows = out ?? ([] as TermRow[] as unknown as O);
  for (let g = 0; g < G; g++) {
    const outlet = groups[g];
    const total = totals[g];
    // Alphabetically, then by descending count.
    const group = new KeyBuckets<TermRow>();
    for (let k = 0; k < T; k++) {
      const kg = k * G + g;
      const count = counts[kg];
      if (!count) continue;
      group.add(count, {
        outlet,
        term: terms[k],
        count,
        per1k: (count / total) * 1000,
        articles: articles[kg],
        tfidf: (count / total) * idf[k],
      });
    }
    group.appendDescending(rows);
  }
  return rows;
}

/**
 * Corpus-wide term counts as whole numbers, the inputs of {@linkcode termRowsOfCounts}:
 * what the store's aggregations give (`termCountsByGroup`, `groupTotals`,
 * `documentFrequencies` of `src/store/aggregate.ts`), in any order.
 */
export interface TermCounts {
  /** Each group's counted terms (`tokens`) and the articles with at least one. */
  totals: readonly { outlet: string; tokens: number; articles: number }[];
  /** Each term's occurrences in a group and the group's articles that contain it. */
  counts: readonly { outlet: string; term: string; count: number; articles: number }[];
  /** Each term's articles corpus-wide. */
  documents: readonly { term: string; articles: number }[];
}

/**
 * {@linkcode termRows} from counts summed already (by the store's database): the same rows,
 * in the same order and with the same figures, when the counts are those of the rows. The
 * rows go to `out` when given (anything rows are pushed to), which is returned; to a new
 * array otherwise.
 * N, the articles of the corpus, is the sum of the groups' articles.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { termRowsOfCounts } from "./terms.ts";
 * const rows = termRowsOfCounts({
 *   totals: [{ outlet: "A", tokens: 4, articles: 1 }, { outlet: "B", tokens: 2, articles: 1 }],
 *   counts: [
 *     { outlet: "A", term: "peace", count: 1, articles: 1 },
 *     { outlet: "A", term: "war", count: 3, articles: 1 },
 *     { outlet: "B", term: "peace", count: 2, articles: 1 },
 *   ],
 *   documents: [{ term: "peace", articles: 2 }, { term: "war", articles: 1 }],
 * });
 * const war = rows.find((r) => r.outlet === "A" && r.term === "war")!;
 * assert.equal(war.per1k, 750); // 3 of A's 4 counted terms
 * assert.equal(war.tfidf, 0.75 * Math.log(2 / 1)); // in 1 of the 2 articles
 * assert.deepEqual(rows.map((r) => [r.outlet, r.term]), [["A", "war"], ["A", "peace"], ["B", "peace"]]);
 * ```
 *
 * @throws {Error} when a term has no document frequency or a group no total.
 */
export function termRowsOfCounts<O extends { push(row: TermRow): unknown } = TermRow[]>(
  counts: TermCounts,
  out?: O,
): O {
  const total = new Map(counts.totals.map((t) => [t.outlet, t.tokens]));
  const groups = [...total.keys()].sort((a, b) => a.localeCompare(b));
  const N = counts.totals.reduce((n, t) => n + t.articles, 0);
  const docs = new Map(counts.documents.map((d) => [d.term, d.articles]));
  // Each group's counts by their place in `counts.counts` (which may be rows made when read,
  // as the terms stage holds them), each one's term read once.
  const all = counts.counts;
  const termOf: string[] = new Array(all.length);
  const byGroup = new Map<string, number[]>(groups.map((g) => [g, []]));
  for (let i = 0; i < all.length; i++) {
    const c = all[i];
    const rows = byGroup.get(c.outlet);
    if (!rows) throw new Error(`Cannot make the term rows: group "${c.outlet}" has counts but no total`);
    rows.push(i);
    termOf[i] = c.term;
  }
  const result = out ?? ([] as TermRow[] as unknown as O);
  for (const outlet of groups) {
    const t = total.get(outlet)!;
    // Alphabetically (by UTF-16 code units, as termRowsOf), then by descending count.
    const rows = byGroup.get(outlet)!.sort((x, y) => termOf[x] < termOf[y] ? -1 : termOf[x] > termOf[y] ? 1 : 0);
    const group = new KeyBuckets<TermRow>();
    for (const i of rows) {
      const { term, count, articles } = all[i];
      const df = docs.get(term);
      if (df === undefined) throw new Error(`Cannot make the term rows: term "${term}" has no document frequency`);
      group.add(count, {
        outlet,
        term,
        count,
        per1k: (count / t) * 1000,
        articles,
        tfidf: (count / t) * Math.log(N / df),
      });
    }
    group.appendDescending(result);
  }
  return result;
}

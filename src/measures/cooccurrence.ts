/**
 * Co-occurrence of entities within a sentence and within an article, by outlet and
 * over the corpus: counts, NPMI and logDice, and the sentences behind a pair.
 *
 * With N units (sentences or articles) of a group, f(x) the units that mention x and
 * f(x,y) the units that mention both, p = f / N:
 * - NPMI(x,y) = log(p(x,y) / (p(x) p(y))) / -log p(x,y) (Bouma 2009); -1 when
 *   f(x,y) = 0, 1 when p(x,y) = 1.
 * - logDice(x,y) = 14 + log2(2 f(x,y) / (f(x) + f(y))) (Rychlý 2008).
 *
 * @module
 */
import type { ArticleOutline } from "../types.ts";
import type { CooccurrenceRow, CooccurrenceScope, EntityMention, PairSentence } from "../entities/types.ts";
import { rowView } from "./row_view.ts";

/**
 * Normalised pointwise mutual information of two items from unit counts.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { npmi } from "framelens";
 * // 2 of 10 sentences have both, 4 have x, 2 have y: log(0.2 / (0.4 · 0.2)) / −log(0.2).
 * assert.equal(npmi(2, 4, 2, 10), Math.log(0.2 / (0.4 * 0.2)) / -Math.log(0.2)); // ≈ 0.569
 * assert.equal(npmi(0, 3, 3, 10), -1); // never together
 * ```
 *
 * @param fxy Units with both.
 * @param fx Units with x.
 * @param fy Units with y.
 * @param n Units in all.
 */
export function npmi(fxy: number, fx: number, fy: number, n: number): number {
  if (fxy <= 0 || n <= 0) return -1;
  const pxy = fxy / n;
  if (pxy >= 1) return 1;
  return Math.log(pxy / ((fx / n) * (fy / n))) / -Math.log(pxy);
}

/**
 * logDice of two items from unit counts: 14 for two items always together, one less
 * for each halving of their share of common units; -Infinity when never together.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { logDice } from "framelens";
 * assert.equal(logDice(2, 4, 2), 14 + Math.log2(4 / 6)); // ≈ 13.415
 * assert.equal(logDice(3, 3, 3), 14); // always together
 * ```
 *
 * @param fxy Units with both.
 * @param fx Units with x.
 * @param fy Units with y.
 */
export function logDice(fxy: number, fx: number, fy: number): number {
  return 14 + Math.log2((2 * fxy) / (fx + fy));
}

/** Options for {@linkcode cooccurrenceRows}. */
export interface CooccurrenceOptions {
  /** Count by outlet as well as over the corpus (default true). */
  byOutlet?: boolean;
  /** The name of the corpus-wide group in the `outlet` column (default `all`). */
  all?: string;
  /** Leave out pairs seen together in fewer units of the scope than this (default 1). */
  minCount?: number;
  /**
   * Which article-scope pairs to give: `"all"` (default), or `"linked"`: those that also
   * share a sentence or meet in two articles or more. An article with a hundred names
   * holds about 5,000 pairs it never relates; on a large corpus these are most rows.
   */
  articlePairs?: "all" | "linked";
}

interface Group {
  outlet: string;
  articles: readonly ArticleOutline[];
}

const round = (x: number) => Math.round(x * 10000) / 10000;

/** Orders strings by UTF-16 code units: the same on every machine, and far quicker than localeCompare. */
const byCodeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Co-occurrence rows for every pair of entities mentioned together, for both scopes
 * (sentence and article), for the corpus (`outlet` = `all`) and for each outlet. Each
 * row gives both counts (sentences, articles); NPMI and logDice are those of its scope.
 * `source` is the first of the two names in alphabetical order.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { annotateCorpus, cooccurrenceRows, extractEntities, loadGazetteer, loadResources } from "framelens";
 * const text = "Ali Larijani met officials in Baghdad. Larijani then flew to Beirut.";
 * const annotated = annotateCorpus([{ id: "a", file: "a.md", outlet: "A", text, extra: {} }], await loadResources());
 * const { mentions } = extractEntities(annotated, await loadGazetteer());
 * const rows = cooccurrenceRows(mentions, annotated, { byOutlet: false });
 * const pair = rows.find((r) => r.scope === "sentence" && r.source === "Ali Larijani" && r.target === "Baghdad")!;
 * assert.equal(pair.sentences, 1); // together in the first sentence
 * assert.equal(pair.articles, 1);
 * ```
 *
 * @param mentions Entity mentions (from `extractEntities`).
 * @param annotated The annotated articles they come from (for the number of sentences).
 */
export function cooccurrenceRows(
  mentions: EntityMention[],
  annotated: readonly ArticleOutline[],
  options: CooccurrenceOptions = {},
): CooccurrenceRow[] {
  const { blocks, ordered } = pairBlocks(mentions, annotated, options);
  return blockRows(blocks, ordered, options.all ?? "all");
}

/** Every block's rows as objects, in the order of {@linkcode cooccurrenceRows}. */
function blockRows(blocks: readonly PairBlock[], ordered: boolean, all: string): CooccurrenceRow[] {
  const rows: CooccurrenceRow[] = [];
  for (const b of blocks) for (let k = 0; k < b.xs.length; k++) rows.push(blockRow(b, k));
  return ordered ? rows : sortRows(rows, all);
}

/**
 * The rows of {@linkcode cooccurrenceRows}, the same in the same order, held as columns
 * of whole numbers rather than as objects (issue 19, memory): each row is made when it
 * is read, so a table of millions of pairs holds 16 bytes a pair rather than an object
 * of eight fields. The list is read-only; a row read twice is two equal objects (but
 * where an outlet is named like the corpus, `all`: its rows are then sorted, and held).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { annotateCorpus, cooccurrenceRows, cooccurrenceTable, extractEntities, loadGazetteer, loadResources } from "framelens";
 * const text = "Ali Larijani met officials in Baghdad. Larijani then flew to Beirut.";
 * const annotated = annotateCorpus([{ id: "a", file: "a.md", outlet: "A", text, extra: {} }], await loadResources());
 * const { mentions } = extractEntities(annotated, await loadGazetteer());
 * const table = cooccurrenceTable(mentions, annotated);
 * assert.deepEqual([...table], cooccurrenceRows(mentions, annotated));
 * assert.equal(table.filter((r) => r.scope === "sentence").length, 4); // by outlet A and over the corpus
 * ```
 *
 * @param mentions Entity mentions (from `extractEntities`).
 * @param annotated The annotated articles they come from (for the number of sentences).
 */
export function cooccurrenceTable(
  mentions: EntityMention[],
  annotated: readonly ArticleOutline[],
  options: CooccurrenceOptions = {},
): readonly CooccurrenceRow[] {
  const { blocks, ordered } = pairBlocks(mentions, annotated, options);
  if (!ordered) {
    // Sorted at the end (an outlet named like the corpus): the rows held as objects, read-only all the same.
    const rows = blockRows(blocks, false, options.all ?? "all");
    return rowView(rows.length, (i) => rows[i]);
  }
  // The first row of each block, and past the last.
  const firsts = new Int32Array(blocks.length + 1);
  blocks.forEach((b, i) => (firsts[i + 1] = firsts[i] + b.xs.length));
  let last = 0;
  return rowView(firsts[blocks.length], (i) => {
    // Rows are mostly read in order: the block of the row read before, else a search.
    if (i < firsts[last] || i >= firsts[last + 1]) {
      let lo = 0;
      let hi = blocks.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (firsts[mid] <= i) lo = mid;
        else hi = mid - 1;
      }
      last = lo;
    }
    return blockRow(blocks[last], i - firsts[last]);
  });
}

/**
 * The pairs of one group in one scope, in the rows' order: entity ids (into `names`) and
 * both counts; NPMI and logDice are worked out from them when a row is read.
 */
interface PairBlock {
  scope: CooccurrenceScope;
  outlet: string;
  names: readonly string[];
  /** Units of the scope with each entity, and the number of units. */
  f: Float64Array;
  n: number;
  xs: Int32Array;
  ys: Int32Array;
  sentences: Int32Array;
  articles: Int32Array;
}

/** Row k of a block. */
function blockRow(b: PairBlock, k: number): CooccurrenceRow {
  const x = b.xs[k];
  const y = b.ys[k];
  const sentences = b.sentences[k];
  const articles = b.articles[k];
  const both = b.scope === "sentence" ? sentences : articles;
  return {
    scope: b.scope,
    outlet: b.outlet,
    source: b.names[x],
    target: b.names[y],
    sentences,
    articles,
    npmi: round(npmi(both, b.f[x], b.f[y], b.n)),
    logdice: round(logDice(both, b.f[x], b.f[y])),
  };
}

/** Rows in the order of {@linkcode cooccurrenceRows}, when the blocks' order is not it. */
function sortRows(rows: CooccurrenceRow[], all: string): CooccurrenceRow[] {
  return rows.sort((p, q) =>
    byCodeUnits(p.scope, q.scope) || (p.outlet === all ? -1 : 0) - (q.outlet === all ? -1 : 0) ||
    p.outlet.localeCompare(q.outlet) || q.sentences - p.sentences || q.articles - p.articles ||
    byCodeUnits(p.source, q.source) || byCodeUnits(p.target, q.target)
  );
}

/**
 * The pairs of {@linkcode cooccurrenceRows} as blocks of one group and scope, scope
 * "article" first, each block in its rows' order; `ordered` when the blocks one after
 * the other are in the rows' order.
 */
function pairBlocks(
  mentions: EntityMention[],
  annotated: readonly ArticleOutline[],
  options: CooccurrenceOptions,
): { blocks: PairBlock[]; ordered: boolean } {
  const all = options.all ?? "all";
  const minCount = options.minCount ?? 1;
  const linkedOnly = options.articlePairs === "linked";
  const groups: Group[] = [{ outlet: all, articles: annotated }];
  if (options.byOutlet ?? true) {
    const outlets = [...new Set(annotated.map((a) => a.article.outlet))].sort((a, b) => a.localeCompare(b));
    for (const o of outlets) groups.push({ outlet: o, articles: annotated.filter((a) => a.article.outlet === o) });
  }
  const byArticle = new Map<string, EntityMention[]>();
  for (const m of mentions) {
    const list = byArticle.get(m.article);
    if (list) list.push(m);
    else byArticle.set(m.article, [m]);
  }
  // Entities as numbers, in name order, so that a pair is one number (i · n + j, i < j).
  const names = [...new Set(mentions.map((m) => m.entity))].sort(byCodeUnits);
  const idOf = new Map(names.map((name, i) => [name, i]));
  const n = names.length;
  // Each article's units, once: its entities, and each sentence's, as sorted ids.
  const unitsOf = new Map<ArticleOutline, { article: number[]; sentences: number[][] }>();
  const unitsOfArticle = (a: ArticleOutline) => {
    let u = unitsOf.get(a);
    if (u) return u;
    const ms = byArticle.get(a.article.id) ?? [];
    const bySentence = new Map<number, Set<number>>();
    for (const m of ms) {
      bySentence.set(m.sentence, (bySentence.get(m.sentence) ?? new Set()).add(idOf.get(m.entity)!));
    }
    const sentences: number[][] = [];
    for (let s = 0; s < a.sentences.length; s++) sentences.push([...(bySentence.get(s) ?? [])].sort((x, y) => x - y));
    u = { article: [...new Set(ms.map((m) => idOf.get(m.entity)!))].sort((x, y) => x - y), sentences };
    unitsOf.set(a, u);
    return u;
  };
  // Blocks by scope, one a group, each in its rows' order.
  const blocks: Record<CooccurrenceScope, PairBlock[]> = { sentence: [], article: [] };
  for (const g of groups) {
    const units: Record<CooccurrenceScope, number[][]> = { sentence: [], article: [] };
    for (const a of g.articles) {
      const u = unitsOfArticle(a);
      units.article.push(u.article);
      for (const s of u.sentences) units.sentence.push(s);
    }
    const s = countPairs(units.sentence, n);
    // With linked pairs only, an article pair is needed when it shares a sentence, or
    // meets in two articles: then both its entities are in two articles or more.
    const a = countPairs(units.article, n, linkedOnly ? s : undefined);
    for (const scope of ["sentence", "article"] as CooccurrenceScope[]) {
      const [c, other] = scope === "sentence" ? [s, a] : [a, s];
      // By descending sentences, then articles (one number: articles < article units + 1),
      // then names: the pairs of each count in id order, which is name order. Pairs are
      // listed in id order, so each count's list is too.
      const span = a.n + 1;
      const byCounts = new Map<number, number[]>();
      // The other scope's count of each pair, read in step: both lists are in pair order.
      let p = 0;
      for (let i = 0; i < c.size; i++) {
        const both = c.counts[i];
        if (both < minCount) continue;
        const x = c.xs[i];
        const y = c.ys[i];
        while (p < other.size && (other.xs[p] < x || (other.xs[p] === x && other.ys[p] < y))) p++;
        const inOther = p < other.size && other.xs[p] === x && other.ys[p] === y ? other.counts[p] : 0;
        if (scope === "article" && linkedOnly && both < 2 && inOther === 0) continue;
        const sentences = scope === "sentence" ? both : inOther;
        const articles = scope === "article" ? both : inOther;
        const key = sentences * span + articles;
        const list = byCounts.get(key);
        if (list) list.push(i);
        else byCounts.set(key, [i]);
      }
      let size = 0;
      for (const list of byCounts.values()) size += list.length;
      const block: PairBlock = {
        scope,
        outlet: g.outlet,
        names,
        f: c.f,
        n: c.n,
        xs: new Int32Array(size),
        ys: new Int32Array(size),
        sentences: new Int32Array(size),
        articles: new Int32Array(size),
      };
      let k = 0;
      for (const key of [...byCounts.keys()].sort((x, y) => y - x)) {
        const sentences = Math.floor(key / span);
        const articles = key - sentences * span;
        for (const i of byCounts.get(key)!) {
          block.xs[k] = c.xs[i];
          block.ys[k] = c.ys[i];
          block.sentences[k] = sentences;
          block.articles[k++] = articles;
        }
      }
      blocks[scope].push(block);
    }
  }
  // Scope "article" before "sentence", the corpus before the outlets, outlets in
  // alphabetical order (as the groups are): blocks are already in order, unless an
  // outlet's name is that of the corpus or two outlets' names compare equal.
  const outlets = groups.slice(1).map((g) => g.outlet);
  const apart = !outlets.includes(all) && outlets.every((o, i) => i === 0 || outlets[i - 1].localeCompare(o) !== 0);
  return { blocks: [...blocks.article, ...blocks.sentence], ordered: apart };
}

/** Pair counts: pair i is (xs[i], ys[i]), xs[i] < ys[i], seen in counts[i] units; pairs in (x, y) order. */
interface PairCounts {
  /** Units with each entity. */
  f: Float64Array;
  /** Number of units. */
  n: number;
  /** Number of pairs. */
  size: number;
  xs: Int32Array;
  ys: Int32Array;
  counts: Int32Array;
}

/**
 * Unit frequencies and pair frequencies of units (each a sorted list of entity ids):
 * f[x] = units with x, and each pair (x, y), x < y, seen in a unit with the number of
 * units with both, in (x, y) order.
 *
 * Given `needed` (pairs), pairs are only counted when both entities are in two units
 * or more, and each needed pair left out is given 1: the pairs of count 2 or more and the
 * needed pairs have their exact counts, others may be missing.
 *
 * Each unit's pairs are filed by their first entity, then counted one first entity at a
 * time in an array over the second: no hash map.
 */
function countPairs(units: number[][], n: number, needed?: PairCounts): PairCounts {
  const f = new Float64Array(n);
  for (const ids of units) for (const id of ids) f[id]++;
  const filter = needed !== undefined;
  // Pairs filed by first entity: start[x] .. start[x + 1] in seconds.
  const start = new Int32Array(n + 1);
  for (const ids of units) {
    let m = 0;
    for (const id of ids) if (!filter || f[id] >= 2) m++;
    for (const id of ids) if (!filter || f[id] >= 2) start[id + 1] += --m;
  }
  for (let x = 0; x < n; x++) start[x + 1] += start[x];
  const seconds = new Int32Array(start[n]);
  const at = start.slice(0, n);
  const kept: number[] = [];
  for (const all of units) {
    let ids = all;
    if (filter) {
      kept.length = 0;
      for (const id of all) if (f[id] >= 2) kept.push(id);
      ids = kept;
    }
    for (let i = 0; i < ids.length; i++) {
      const x = ids[i];
      for (let j = i + 1; j < ids.length; j++) seconds[at[x]++] = ids[j];
    }
  }
  const room = start[n] + (needed?.size ?? 0);
  const xs = new Int32Array(room);
  const ys = new Int32Array(room);
  const counts = new Int32Array(room);
  const tally = new Int32Array(n);
  const touched = new Int32Array(n);
  let size = 0;
  let p = 0;
  for (let x = 0; x < n; x++) {
    let t = 0;
    for (let i = start[x]; i < start[x + 1]; i++) {
      const y = seconds[i];
      if (tally[y]++ === 0) touched[t++] = y;
    }
    // A needed pair with an entity in one unit only meets in that unit, at most: once, as it is needed.
    if (needed) {
      for (; p < needed.size && needed.xs[p] === x; p++) {
        const y = needed.ys[p];
        if (tally[y] === 0) {
          tally[y] = 1;
          touched[t++] = y;
        }
      }
    }
    if (t === 0) continue;
    const sorted = touched.subarray(0, t).sort();
    for (let i = 0; i < t; i++) {
      const y = sorted[i];
      xs[size] = x;
      ys[size] = y;
      counts[size++] = tally[y];
      tally[y] = 0;
    }
  }
  return { f, n: units.length, size, xs, ys, counts };
}

/** Options for {@linkcode pairSentences}. */
export interface PairSentencesOptions {
  /** Only these outlets' articles (default all). */
  outlets?: string[];
}

/** The mentions and the articles they were found in. */
export interface MentionsOf {
  /** Entity mentions (from `extractEntities`). */
  mentions: EntityMention[];
  /** The annotated articles. */
  annotated: readonly ArticleOutline[];
}

/**
 * The sentences in which two entities are both mentioned, in corpus order, as written.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { annotateCorpus, extractEntities, loadGazetteer, loadResources, pairSentences } from "framelens";
 * const text = "Ali Larijani met officials in Baghdad. Larijani then flew to Beirut.";
 * const annotated = annotateCorpus([{ id: "a", file: "a.md", outlet: "A", text, extra: {} }], await loadResources());
 * const { mentions } = extractEntities(annotated, await loadGazetteer());
 * const [found] = pairSentences(["Beirut", "Ali Larijani"], { mentions, annotated });
 * assert.equal(found.sentence, 1);
 * assert.equal(found.text, "Larijani then flew to Beirut.");
 * ```
 *
 * @param pair The two entities' canonical names, in any order.
 * @param corpus The mentions and the annotated articles.
 */
export function pairSentences(
  pair: readonly [string, string],
  corpus: MentionsOf,
  options: PairSentencesOptions = {},
): PairSentence[] {
  const [source, target] = pair;
  // The two entities' mentions by article, in one pass over the mentions.
  const byArticle = new Map<string, EntityMention[]>();
  for (const m of corpus.mentions) {
    if (m.entity !== source && m.entity !== target) continue;
    const list = byArticle.get(m.article);
    if (list) list.push(m);
    else byArticle.set(m.article, [m]);
  }
  const out: PairSentence[] = [];
  for (const a of corpus.annotated) {
    if (options.outlets?.length && !options.outlets.includes(a.article.outlet)) continue;
    const seen = new Map<number, Set<string>>();
    for (const m of byArticle.get(a.article.id) ?? []) {
      seen.set(m.sentence, (seen.get(m.sentence) ?? new Set()).add(m.entity));
    }
    for (const [i, names] of [...seen].sort((p, q) => p[0] - q[0])) {
      if (names.size < 2 && source !== target) continue;
      const s = a.sentences[i];
      out.push({
        article: a.article.id,
        outlet: a.article.outlet,
        sentence: i,
        text: a.article.text.slice(s.start, s.end),
      });
    }
  }
  return out;
}

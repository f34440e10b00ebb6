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

/**
 * Normalised pointwise mutual information of two items from unit counts.
 *
 * @example
 * ```ts
 * npmi(2, 4, 2, 10); // log(0.2 / (0.4 * 0.2)) / -log(0.2) ≈ 0.569
 * npmi(0, 3, 3, 10); // -1
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
 * logDice(2, 4, 2); // 14 + log2(4 / 6) ≈ 13.415
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
 * const rows = cooccurrenceRows(index.mentions, annotated);
 * rows.filter((r) => r.scope === "sentence" && r.outlet === "all" && r.source === "Hezbollah");
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
  // Rows by scope, in blocks of one group, each block in its order.
  const blocks: Record<CooccurrenceScope, CooccurrenceRow[]> = { sentence: [], article: [] };
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
    const a = countPairs(units.article, n, linkedOnly ? s.fxy : undefined);
    for (const scope of ["sentence", "article"] as CooccurrenceScope[]) {
      const c = scope === "sentence" ? s : a;
      // By descending sentences, then articles (one number: articles < article units + 1),
      // then names: the pairs of each count in id order, which is name order.
      const span = a.n + 1;
      const byCounts = new Map<number, number[]>();
      for (const [k, both] of c.fxy) {
        if (both < minCount) continue;
        if (scope === "article" && linkedOnly && both < 2 && !s.fxy.has(k)) continue;
        const sentences = scope === "sentence" ? both : s.fxy.get(k) ?? 0;
        const articles = scope === "article" ? both : a.fxy.get(k) ?? 0;
        const key = sentences * span + articles;
        const list = byCounts.get(key);
        if (list) list.push(k);
        else byCounts.set(key, [k]);
      }
      for (const key of [...byCounts.keys()].sort((x, y) => y - x)) {
        const sentences = Math.floor(key / span);
        const articles = key - sentences * span;
        const both = scope === "sentence" ? sentences : articles;
        for (const k of Float64Array.from(byCounts.get(key)!).sort()) {
          const x = Math.floor(k / n);
          const y = k - x * n;
          blocks[scope].push({
            scope,
            outlet: g.outlet,
            source: names[x],
            target: names[y],
            sentences,
            articles,
            npmi: round(npmi(both, c.f[x], c.f[y], c.n)),
            logdice: round(logDice(both, c.f[x], c.f[y])),
          });
        }
      }
    }
  }
  // Scope "article" before "sentence", the corpus before the outlets, outlets in
  // alphabetical order (as the groups are): blocks are already in order, unless an
  // outlet's name is that of the corpus or two outlets' names compare equal.
  const outlets = groups.slice(1).map((g) => g.outlet);
  const apart = !outlets.includes(all) && outlets.every((o, i) => i === 0 || outlets[i - 1].localeCompare(o) !== 0);
  const rows = blocks.article;
  for (const row of blocks.sentence) rows.push(row);
  if (apart) return rows;
  return rows.sort((p, q) =>
    byCodeUnits(p.scope, q.scope) || (p.outlet === all ? -1 : 0) - (q.outlet === all ? -1 : 0) ||
    p.outlet.localeCompare(q.outlet) || q.sentences - p.sentences || q.articles - p.articles ||
    byCodeUnits(p.source, q.source) || byCodeUnits(p.target, q.target)
  );
}

/**
 * Unit frequencies and pair frequencies of units (each a sorted list of entity ids):
 * f[x] = units with x, fxy.get(x · n + y) = units with x and y (x < y).
 *
 * Given `needed` (pair keys), pairs are only counted when both entities are in two units
 * or more, and each needed pair left out is given 1: the pairs of count 2 or more and the
 * needed pairs have their exact counts, others may be missing.
 */
function countPairs(
  units: number[][],
  n: number,
  needed?: ReadonlyMap<number, number>,
): { f: Float64Array; fxy: Map<number, number>; n: number } {
  const f = new Float64Array(n);
  for (const ids of units) for (const id of ids) f[id]++;
  const fxy = new Map<number, number>();
  const kept: number[] = [];
  for (const all of units) {
    let ids = all;
    if (needed) {
      kept.length = 0;
      for (const id of all) if (f[id] >= 2) kept.push(id);
      ids = kept;
    }
    for (let i = 0; i < ids.length; i++) {
      const base = ids[i] * n;
      for (let j = i + 1; j < ids.length; j++) {
        const k = base + ids[j];
        fxy.set(k, (fxy.get(k) ?? 0) + 1);
      }
    }
  }
  // A needed pair with an entity in one unit only meets in that unit, at most: once, as it is needed.
  if (needed) { for (const k of needed.keys()) if (!fxy.has(k)) fxy.set(k, 1); }
  return { f, fxy, n: units.length };
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
 * pairSentences(["Hezbollah", "United States"], { mentions: index.mentions, annotated });
 * // [{ article: "...", outlet: "Alwaght", sentence: 0, text: "ALWAGHT- Iran's Supreme ..." }, ...]
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
  const out: PairSentence[] = [];
  for (const a of corpus.annotated) {
    if (options.outlets?.length && !options.outlets.includes(a.article.outlet)) continue;
    const seen = new Map<number, Set<string>>();
    for (const m of corpus.mentions) {
      if (m.article !== a.article.id || (m.entity !== source && m.entity !== target)) continue;
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

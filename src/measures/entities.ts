/**
 * Entity rows: each entity per article (`entities.csv`), per outlet, and the top
 * entities of each outlet.
 *
 * @module
 */
import type { EntityMention, EntityOutletRow, EntityRow, EntityType } from "../entities/types.ts";
import { rowView } from "./row_view.ts";

/** localeCompare's order, without building a collator for each call. */
const compareText = new Intl.Collator().compare;

function byFrequency(forms: string[]): string {
  const counts = new Map<string, number>();
  for (const f of forms) counts.set(f, (counts.get(f) ?? 0) + 1);
  return [...counts.keys()].sort((a, b) => counts.get(b)! - counts.get(a)! || a.localeCompare(b)).join("|");
}

/**
 * One row per entity and article: its mentions there and the forms used, joined with `|`.
 * Rows follow the articles' order, most mentioned entity first.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { annotateCorpus, entityRows, extractEntities, loadGazetteer, loadResources } from "framelens";
 * const text = "Ali Larijani met officials in Baghdad. Larijani then flew to Beirut.";
 * const annotated = annotateCorpus([{ id: "a", file: "a.md", outlet: "A", text, extra: {} }], await loadResources());
 * const { mentions } = extractEntities(annotated, await loadGazetteer());
 * assert.deepEqual(entityRows(mentions)[0], {
 *   article: "a",
 *   outlet: "A",
 *   entity: "Ali Larijani",
 *   type: "person",
 *   mentions: 2,
 *   aliases: "Ali Larijani|Larijani",
 * });
 * ```
 */
export function entityRows(mentions: EntityMention[]): EntityRow[] {
  // Each article's mentions grouped by entity, the articles in the order of their first
  // mention (a map, not a search of the list: the corpus may have thousands of articles).
  const byArticle = new Map<string, EntityMention[]>();
  for (const m of mentions) {
    const ms = byArticle.get(m.article);
    if (ms) ms.push(m);
    else byArticle.set(m.article, [m]);
  }
  const rows: EntityRow[] = [];
  for (const ms of byArticle.values()) for (const r of articleEntityRows(ms)) rows.push(r);
  return rows;
}

/** The rows of one article's mentions: one per entity, most mentioned first. */
function articleEntityRows(mentions: readonly EntityMention[]): EntityRow[] {
  const groups = new Map<string, EntityMention[]>();
  for (const m of mentions) {
    const ms = groups.get(m.entity);
    if (ms) ms.push(m);
    else groups.set(m.entity, [m]);
  }
  const mine = [...groups.values()].map((ms): EntityRow => ({
    article: ms[0].article,
    outlet: ms[0].outlet,
    entity: ms[0].entity,
    type: ms[0].type,
    mentions: ms.length,
    aliases: byFrequency(ms.map((m) => m.surface)),
  }));
  return mine.sort((a, b) => b.mentions - a.mentions || compareText(a.entity, b.entity));
}

/**
 * The rows of {@linkcode entityRows}, the same in the same order, made when they are
 * read (issue 19, memory): the list holds each row's place among the mentions (an index
 * of them, by article), not the row, and an article's rows are made from its mentions
 * when one of them is read (those of the article read last are kept, for reading in order).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { annotateCorpus, entityRows, entityTable, extractEntities, loadGazetteer, loadResources } from "framelens";
 * const text = "Ali Larijani met officials in Baghdad. Larijani then flew to Beirut.";
 * const annotated = annotateCorpus([{ id: "a", file: "a.md", outlet: "A", text, extra: {} }], await loadResources());
 * const { mentions } = extractEntities(annotated, await loadGazetteer());
 * assert.deepEqual([...entityTable(mentions)], entityRows(mentions));
 * ```
 */
export function entityTable(mentions: readonly EntityMention[]): readonly EntityRow[] {
  // Articles numbered in the order of their first mention; each article's mentions, in
  // order, at order[from[a]] .. order[from[a + 1]]; its rows at rowFrom[a] .. rowFrom[a + 1].
  const number = new Map<string, number>();
  const articleOf = new Int32Array(mentions.length);
  for (let i = 0; i < mentions.length; i++) {
    const id = mentions[i].article;
    let a = number.get(id);
    if (a === undefined) number.set(id, a = number.size);
    articleOf[i] = a;
  }
  const n = number.size;
  number.clear();
  const from = new Int32Array(n + 1);
  for (const a of articleOf) from[a + 1]++;
  for (let a = 0; a < n; a++) from[a + 1] += from[a];
  const order = new Int32Array(mentions.length);
  const at = from.slice(0, n);
  for (let i = 0; i < mentions.length; i++) order[at[articleOf[i]]++] = i;
  const mentionsOf = (a: number) => Array.from(order.subarray(from[a], from[a + 1]), (i) => mentions[i]);
  const rowFrom = new Int32Array(n + 1);
  for (let a = 0; a < n; a++) {
    const entities = new Set<string>();
    for (let k = from[a]; k < from[a + 1]; k++) entities.add(mentions[order[k]].entity);
    rowFrom[a + 1] = rowFrom[a] + entities.size;
  }
  let last = -1;
  let rows: EntityRow[] = [];
  return rowView(rowFrom[n], (i) => {
    if (last < 0 || i < rowFrom[last] || i >= rowFrom[last + 1]) {
      let lo = 0;
      let hi = n - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (rowFrom[mid] <= i) lo = mid;
        else hi = mid - 1;
      }
      last = lo;
      rows = articleEntityRows(mentionsOf(last));
    }
    return rows[i - rowFrom[last]];
  });
}

/** Options for {@linkcode entityOutletRows}. */
export interface EntityOutletOptions {
  /** Keep each outlet's top N entities (default all). */
  top?: number;
  /** Keep only these types (default all). */
  types?: EntityType[];
}

/**
 * Mentions of each entity by each outlet, ranked within the outlet (most mentioned
 * first, ties by name), optionally only each outlet's top N.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { annotateCorpus, entityOutletRows, extractEntities, loadGazetteer, loadResources } from "framelens";
 * const article = (id: string, outlet: string, text: string) => ({ id, file: `${id}.md`, outlet, text, extra: {} });
 * const annotated = annotateCorpus([
 *   article("a", "A", "Ali Larijani met officials in Baghdad. Larijani then flew to Beirut."),
 *   article("b", "B", "Hezbollah welcomed Ali Larijani in Beirut."),
 * ], await loadResources());
 * const { mentions } = extractEntities(annotated, await loadGazetteer());
 * const top = entityOutletRows(mentions, { top: 1 });
 * assert.deepEqual(top.map((r) => [r.outlet, r.entity, r.mentions, r.rank]), [
 *   ["A", "Ali Larijani", 2, 1],
 *   ["B", "Ali Larijani", 1, 1], // ties broken by name: Ali Larijani, Beirut, Hezbollah
 * ]);
 * ```
 */
export function entityOutletRows(mentions: EntityMention[], options: EntityOutletOptions = {}): EntityOutletRow[] {
  const groups = new Map<string, EntityMention[]>();
  for (const m of mentions) {
    if (options.types && !options.types.includes(m.type)) continue;
    const k = `${m.outlet}\u0000${m.entity}`;
    const ms = groups.get(k);
    if (ms) ms.push(m);
    else groups.set(k, [m]);
  }
  const rows = [...groups.values()].map((ms) => ({
    outlet: ms[0].outlet,
    entity: ms[0].entity,
    type: ms[0].type,
    mentions: ms.length,
    articles: new Set(ms.map((m) => m.article)).size,
    rank: 0,
  }));
  rows.sort((a, b) =>
    compareText(a.outlet, b.outlet) || b.mentions - a.mentions || b.articles - a.articles ||
    compareText(a.entity, b.entity)
  );
  let outlet = "";
  let rank = 0;
  for (const r of rows) {
    rank = r.outlet === outlet ? rank + 1 : 1;
    outlet = r.outlet;
    r.rank = rank;
  }
  return options.top === undefined ? rows : rows.filter((r) => r.rank <= options.top!);
}

/**
 * The N most mentioned entities of a set of mentions (ties by the number of articles,
 * then by name).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { annotateCorpus, extractEntities, loadGazetteer, loadResources, topEntities } from "framelens";
 * const text = "Ali Larijani met officials in Baghdad. Larijani then flew to Beirut.";
 * const annotated = annotateCorpus([{ id: "a", file: "a.md", outlet: "A", text, extra: {} }], await loadResources());
 * const { mentions } = extractEntities(annotated, await loadGazetteer());
 * assert.deepEqual(topEntities(mentions, 2), ["Ali Larijani", "Baghdad"]); // 2 mentions, then ties by name
 * ```
 */
export function topEntities(mentions: EntityMention[], n: number): string[] {
  const tallies = new Map<string, EntityTally>();
  for (const m of mentions) {
    const t = tallies.get(m.entity);
    if (t) (t.mentions++, t.articles.add(m.article));
    else tallies.set(m.entity, { entity: m.entity, mentions: 1, articles: new Set([m.article]) });
  }
  const before = (a: EntityTally, b: EntityTally) =>
    b.mentions - a.mentions || b.articles.size - a.articles.size || compareText(a.entity, b.entity);
  // The first n of the sorted list, kept as the entities come: most are fewer mentions than
  // the nth kept and are passed over without a comparison of names (the collator's is slow).
  // An entity that ties goes after those kept, as a stable sort leaves it.
  const limit = Number.isNaN(n) ? 0 : Math.trunc(n);
  if (limit < 0 || limit >= tallies.size) return [...tallies.values()].sort(before).slice(0, n).map((t) => t.entity);
  const top: EntityTally[] = [];
  for (const t of tallies.values()) {
    if (top.length === limit && (limit === 0 || before(t, top[limit - 1]) >= 0)) continue;
    let at = top.length;
    while (at > 0 && before(t, top[at - 1]) < 0) at--;
    top.splice(at, 0, t);
    if (top.length > limit) top.pop();
  }
  return top.map((t) => t.entity);
}

/** An entity's mentions and articles, as {@linkcode topEntities} ranks them. */
interface EntityTally {
  entity: string;
  mentions: number;
  articles: Set<string>;
}

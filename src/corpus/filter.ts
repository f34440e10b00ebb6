/**
 * Choosing part of a corpus: some outlets only.
 *
 * @module
 */
import type { Article } from "../types.ts";

/**
 * Keeps the articles of the given outlets; an empty list keeps every article.
 * Outlet names are compared without regard to case or surrounding spaces.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { filterOutlets, loadCorpus } from "framelens";
 * const { articles } = await loadCorpus();
 * const kept = filterOutlets(articles, ["Peregraf", "the national"]); // case does not matter
 * assert.ok(kept.length > 0 && kept.every((a) => ["Peregraf", "The National"].includes(a.outlet)));
 * assert.equal(filterOutlets(articles, []), articles); // no outlets given: all
 * ```
 */
export function filterOutlets(articles: Article[], outlets: readonly string[] = []): Article[] {
  if (!outlets.length) return articles;
  const keep = new Set(outlets.map((o) => o.trim().toLowerCase()));
  return articles.filter((a) => keep.has(a.outlet.trim().toLowerCase()));
}

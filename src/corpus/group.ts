/**
 * Articles under their group: the unit of comparison (`groupBy`) put where every
 * function of framelens reads the outlet, for the notebooks that call the measures one
 * by one rather than through the stage registry (whose stages take `groupBy` themselves).
 *
 * @module
 */
import type { Article } from "../types.ts";
import { type GroupBy, groupOf } from "../stages/stage.ts";
import { checkField } from "./where.ts";

/**
 * The articles with their `outlet` set to their group under `groupBy` (a field, or a
 * function of the article); articles without a value for the field form the group
 * `(no FIELD)`. Grouped by outlet (the default), the articles are given back as they are.
 *
 * @example
 * ```ts
 * const a = { id: "a", file: "a.md", outlet: "Tehran Times", country: "Iran", extra: {}, text: "" };
 * const b = { id: "b", file: "b.md", outlet: "Alwaght", country: "Iran", extra: {}, text: "" };
 * groupArticles([a, b], "country").map((x) => x.outlet); // ["Iran", "Iran"]
 * groupArticles([a, b]).map((x) => x.outlet); // ["Tehran Times", "Alwaght"]
 * ```
 *
 * @throws {Error} for a field that no article has, naming the fields there are.
 */
export function groupArticles(articles: readonly Article[], groupBy: GroupBy = "outlet"): Article[] {
  if (typeof groupBy === "string") checkField(articles, groupBy, `group the articles by "${groupBy}"`);
  const group = groupOf(groupBy);
  return group ? articles.map((a) => ({ ...a, outlet: group(a) })) : [...articles];
}

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
 * import assert from "node:assert/strict";
 * const a = { id: "a", file: "a.md", outlet: "Tehran Times", country: "Iran", extra: {}, text: "" };
 * const b = { id: "b", file: "b.md", outlet: "Alwaght", country: "Iran", extra: {}, text: "" };
 * assert.deepEqual(groupArticles([a, b], "country").map((x) => x.outlet), ["Iran", "Iran"]);
 * assert.deepEqual(groupArticles([a, b]).map((x) => x.outlet), ["Tehran Times", "Alwaght"]);
 * ```
 *
 * @throws {Error} for a field that no article has, naming the fields there are.
 */
export function groupArticles(articles: readonly Article[], groupBy: GroupBy = "outlet"): Article[] {
  if (typeof groupBy === "string") checkField(articles, groupBy, `group the articles by "${groupBy}"`);
  const group = groupOf(groupBy);
  return group ? articles.map((a) => ({ ...a, outlet: group(a) })) : [...articles];
}

/**
 * The outlets inside their groups, as a unit of comparison: each article under
 * `GROUP › OUTLET` ("Iran › Tehran Times"), so that the outlets of a group sort together
 * in every table and chart. It shows the second level once the groups are compared: the
 * outlets a group's figure adds up, each with its own interval. An outlet whose articles
 * fall in two groups (a front-matter field overriding its outlet's) appears under both.
 * Grouped by outlet, it is the outlet.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { outletsWithin } from "./group.ts";
 * import { groupOf } from "../stages/stage.ts";
 * const article = { id: "a", file: "a.md", outlet: "Tehran Times", country: "Iran", extra: {}, text: "" };
 * assert.equal(groupOf(outletsWithin("country"))!(article), "Iran › Tehran Times");
 * assert.equal(groupOf(outletsWithin("camp"))!(article), "(no camp) › Tehran Times");
 * assert.equal(outletsWithin("outlet"), "outlet");
 * ```
 *
 * @param groupBy The groups (a field, or a function of the article; default the outlet).
 */
export function outletsWithin(groupBy: GroupBy = "outlet"): GroupBy {
  const group = groupOf(groupBy);
  return group ? (article) => `${group(article)} › ${article.outlet}` : "outlet";
}

/**
 * The fields of an article's metadata by name, as a grouping (`groupBy`) or a filter
 * (`where`) reads them: framelens's own fields (`outlet`, `country`, `kind`, ...) and
 * the front-matter fields it does not interpret (`extra`), one namespace.
 *
 * @module
 */
import type { Article } from "../types.ts";

/** The fields of an article that are not metadata: never a unit of comparison nor a filter. */
const NOT_METADATA = new Set(["text", "file", "extra"]);

/**
 * An article's value for a field, as text: its own field (`outlet`, `country`, ...) or a
 * front-matter field kept in `extra`; undefined when it has none (or an empty one).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const article = { id: "a", file: "a.md", outlet: "Tehran Times", country: "Iran", extra: { camp: "state" }, text: "" };
 * assert.equal(articleField(article, "country"), "Iran");
 * assert.equal(articleField(article, "camp"), "state"); // from the front matter
 * assert.equal(articleField(article, "author"), undefined);
 * assert.equal(articleField(article, "text"), undefined); // not metadata
 * ```
 */
export function articleField(article: Article, field: string): string | undefined {
  if (NOT_METADATA.has(field)) return undefined;
  const own = (article as unknown as Record<string, unknown>)[field];
  const value = own !== undefined ? own : Object.hasOwn(article.extra, field) ? article.extra[field] : undefined;
  if (value === undefined || value === null || value === "") return undefined;
  return value instanceof Date ? value.toISOString().slice(0, 10) : String(value);
}

/**
 * The metadata fields that at least one of the articles has a value for: framelens's own
 * in the order of {@linkcode Article}, then the front matter's others in alphabetical order.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const article = { id: "a", file: "a.md", outlet: "Tehran Times", country: "Iran", extra: { camp: "state" }, text: "" };
 * assert.deepEqual(articleFields([article]), ["id", "outlet", "country", "camp"]);
 * ```
 */
export function articleFields(articles: readonly Article[]): string[] {
  const own = ["id", "outlet", "date", "title", "url", "kind", "author", "country"];
  const extra = new Set<string>();
  for (const a of articles) for (const k of Object.keys(a.extra)) if (!own.includes(k)) extra.add(k);
  return [...own, ...[...extra].sort()].filter((f) => articles.some((a) => articleField(a, f) !== undefined));
}

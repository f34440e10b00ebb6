/**
 * Choosing part of a corpus by its metadata: `kind = news and country != Iran`.
 *
 * @module
 */
import type { Article } from "../types.ts";
import { didYouMean } from "../suggest.ts";
import { articleField, articleFields } from "./fields.ts";

/** One condition of a filter: a field, `=` or `!=`, and a value. */
export interface WhereCondition {
  /** The field (`kind`, `country`, a front-matter field of one's own). */
  field: string;
  /** `=`: the article's value is this one; `!=`: it is not (an article without the field is not). */
  op: "=" | "!=";
  /** The value, compared as text, exactly. */
  value: string;
}

/**
 * Reads a filter: conditions `FIELD = VALUE` or `FIELD != VALUE` joined by `and`
 * (in any case). A value may hold spaces (`country = United Arab Emirates`) and may be
 * quoted (`title = "Iran and Iraq"`, to hold the word "and"). An empty text is no
 * condition.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { parseWhere } from "framelens";
 * assert.deepEqual(parseWhere("kind = news and country != Iran"), [
 *   { field: "kind", op: "=", value: "news" },
 *   { field: "country", op: "!=", value: "Iran" },
 * ]);
 * assert.deepEqual(parseWhere('title = "Iran and Iraq"'), [{ field: "title", op: "=", value: "Iran and Iraq" }]);
 * assert.throws(() => parseWhere("kind news"), /"kind news" is not FIELD = VALUE or FIELD != VALUE/);
 * ```
 *
 * @throws {Error} naming the condition that is not `FIELD = VALUE` or `FIELD != VALUE`.
 */
export function parseWhere(text: string): WhereCondition[] {
  const conditions: WhereCondition[] = [];
  // Conditions split at " and " outside quotes.
  const parts = text.trim() === "" ? [] : text.split(/\s+and\s+(?=(?:[^"]*"[^"]*")*[^"]*$)/i);
  for (const part of parts) {
    const m = /^\s*([^\s=!]+)\s*(!=|=)\s*(.*?)\s*$/.exec(part);
    if (!m || m[3] === "") {
      throw new Error(
        `Cannot read the filter "${text}": "${part.trim()}" is not FIELD = VALUE or FIELD != VALUE (conditions are joined by "and")`,
      );
    }
    const value = /^"(.*)"$/.exec(m[3])?.[1] ?? m[3];
    conditions.push({ field: m[1], op: m[2] as "=" | "!=", value });
  }
  return conditions;
}

/**
 * The articles that meet every condition of a filter ({@linkcode parseWhere}'s text, or
 * its conditions). Values are compared as text, exactly; an article without the field
 * meets `!=` and not `=`. A field that no article has is an error naming the fields
 * there are, since a filter on it would keep every article or none.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { where } from "framelens";
 * const a = { id: "a", file: "a.md", outlet: "Tehran Times", country: "Iran", kind: "news" as const, extra: {}, text: "" };
 * const b = { id: "b", file: "b.md", outlet: "The National", country: "United Arab Emirates", extra: {}, text: "" };
 * assert.deepEqual(where([a, b], "country != Iran").map((x) => x.id), ["b"]);
 * assert.deepEqual(where([a, b], "kind = news").map((x) => x.id), ["a"]);
 * assert.deepEqual(where([a, b], "kind != news").map((x) => x.id), ["b"]); // b has no kind
 * assert.throws(
 *   () => where([a, b], "contry = Iran"),
 *   /no article has the field "contry" \(did you mean "country"\?\); the fields are id, outlet, kind, country$/,
 * );
 * ```
 *
 * @throws {Error} for a condition that cannot be read, or a field no article has.
 */
export function where(articles: readonly Article[], filter: string | readonly WhereCondition[]): Article[] {
  const conditions = typeof filter === "string" ? parseWhere(filter) : filter;
  if (!conditions.length) return [...articles];
  const fields = articleFields(articles);
  for (const { field } of conditions) checkField(articles, field, "filter the articles", fields);
  return articles.filter((a) =>
    conditions.every(({ field, op, value }) => (articleField(a, field) === value) === (op === "="))
  );
}

/**
 * Checks that some article has a field, for a grouping or a filter.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { checkField } from "framelens";
 * const a = { id: "a", file: "a.md", outlet: "Tehran Times", country: "Iran", extra: {}, text: "" };
 * checkField([a], "country", "group the articles"); // passes
 * assert.throws(
 *   () => checkField([a], "camp", "group the articles"),
 *   /^Error: Cannot group the articles: no article has the field "camp"; the fields are id, outlet, country$/,
 * );
 * ```
 *
 * @param what What could not be done, for the message: `"group the articles"`.
 * @param fields The fields there are, when already worked out ({@linkcode articleFields}).
 * @throws {Error} naming the field, the nearest field there is, and every field there is.
 */
export function checkField(
  articles: readonly Article[],
  field: string,
  what: string,
  fields: readonly string[] = articleFields(articles),
): void {
  if (fields.includes(field)) return;
  throw new Error(
    `Cannot ${what}: no article has the field "${field}"${didYouMean(field, fields)}; the fields are ${
      fields.join(", ")
    }`,
  );
}

/**
 * Who a report inside a quote (`Attribution.inside`) names as its source: these are the
 * words of the one quoted, so "he" or "she" is a person the quote itself named before ("It
 * crushed Mickey. He told me he vowed ..."), never the one quoted.
 *
 * @module
 */
import type { EntityMention } from "../entities/types.ts";
import type { Attribution } from "./relation.ts";

/**
 * The subject form ("he" or "she") of a source of a relation found inside a quote that is
 * "he", "she", "him" or "her": a person other than the one quoted; else undefined (a relation
 * of the text's own, or a source of other words).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { innerPronoun } from "./speaker_inner.ts";
 * const text = "“The driver said no and he said it twice,” Ritchie said.";
 * const inner = (start: number, end: number) => ({
 *   type: "indirect" as const, sentence: 0, content: { start: 32, end: 40 },
 *   source: { start, end }, inside: { start: 1, end: 40 },
 * });
 * assert.equal(innerPronoun(text, inner(24, 26)), "he");
 * assert.equal(innerPronoun(text, inner(1, 11)), undefined); // "The driver"
 * assert.equal(innerPronoun(text, { ...inner(24, 26), inside: undefined }), undefined);
 * ```
 */
export function innerPronoun(text: string, r: Attribution): "he" | "she" | undefined {
  if (!r.inside || !r.source) return undefined;
  const written = text.slice(r.source.start, r.source.end).trim().toLowerCase();
  return written === "he" || written === "him" ? "he" : written === "she" || written === "her" ? "she" : undefined;
}

/**
 * The person a "he" or "she" inside a quote stands for: the last person named inside the
 * quote before it (of the pronoun's gender where `gender` knows it), other than the one
 * quoted (`quoter`, a canonical name); none when the quote names no one before it. Looks at
 * most 64 mentions back.
 *
 * @param byStart The article's mentions, by start.
 * @param before The index in `byStart` of the first mention at or after the pronoun.
 * @param name A person's name as a speaker (the fullest name), to compare with `quoter`.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { personInsideQuote } from "./speaker_inner.ts";
 * const m = (entity: string, start: number) =>
 *   ({ article: "a", outlet: "X", sentence: 0, start, end: start + 5, surface: entity, entity, type: "person" as const });
 * const byStart = [m("Freeman", 0), m("Mickey", 20), m("Ann", 40)];
 * const r = { type: "indirect" as const, sentence: 0, content: { start: 60, end: 70 }, source: { start: 50, end: 52 }, inside: { start: 10, end: 70 } };
 * const gender = (e: string) => e === "Ann" ? "female" : "male";
 * // "he" at 50: Ann (a woman) is skipped, Mickey is inside the quote; Freeman is before it.
 * assert.equal(personInsideQuote(byStart, 3, r, false, { gender, name: (x) => x.entity })?.entity, "Mickey");
 * assert.equal(personInsideQuote(byStart, 3, r, false, { gender, name: (x) => x.entity, quoter: "Mickey" }), undefined);
 * ```
 */
export function personInsideQuote(
  byStart: readonly EntityMention[],
  before: number,
  r: Attribution,
  woman: boolean,
  options: { gender: (entity: string) => string | undefined; name: (m: EntityMention) => string; quoter?: string },
): EntityMention | undefined {
  if (!r.inside) return undefined;
  for (let i = before - 1, n = 0; i >= 0 && n < 64 && byStart[i].start >= r.inside.start; i--, n++) {
    const m = byStart[i];
    if (m.type !== "person") continue;
    const g = options.gender(m.entity);
    if (woman ? g === "male" : g === "female") continue;
    if (options.quoter !== undefined && options.name(m) === options.quoter) continue;
    return m;
  }
  return undefined;
}

/**
 * A possessive naming and the loaded wording it governs are one hit: "Hezbollah's illegitimate
 * arms" is one loaded mention of Hezbollah, not a neutral "Hezbollah's" and a loaded
 * "illegitimate arms" (FRAMING-GUIDE.md: one hit per occurrence; an epithet and the conduct it
 * judges form one hit).
 *
 * @module
 */
import type { Token } from "../types.ts";

/** A hit of the matcher as this rule sees it: its tokens and its referent and frame. */
export interface SpanHit {
  from: number;
  to: number;
  p: { referent: string | null; frame: "loaded" | "neutral" };
}

/**
 * Joins each neutral hit that ends with a possessive 's to the loaded hit of the same referent
 * that starts right after it; the joined hit keeps the loaded hit's wording. Hits are in text
 * order and do not overlap.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { joinPossessives } from "./possessive.ts";
 * import { tokenize } from "../nlp/wink.ts";
 * import { prepareText } from "../text/normalize.ts";
 * const { tokens } = tokenize(prepareText("Hezbollah's illegal arms"));
 * const name = { from: 0, to: 2, p: { referent: "hezbollah", frame: "neutral" as const } };
 * const label = { from: 2, to: 4, p: { referent: "hezbollah", frame: "loaded" as const } };
 * assert.deepEqual(joinPossessives(tokens, [name, label]), [{ ...label, from: 0 }]);
 * ```
 */
export function joinPossessives<T extends SpanHit>(tokens: readonly Token[], hits: readonly T[]): T[] {
  const out: T[] = [];
  for (let n = 0; n < hits.length; n++) {
    const a = hits[n];
    const b = hits[n + 1];
    if (
      b && a.p.frame === "neutral" && b.p.frame === "loaded" && a.p.referent === b.p.referent &&
      a.to === b.from && tokens[a.to - 1]?.text === "'s"
    ) {
      out.push({ ...b, from: a.from });
      n++;
      continue;
    }
    out.push(a);
  }
  return out;
}

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
      a.to === b.from && isPossessive(tokens, a.to - 1)
    ) {
      out.push({ ...b, from: a.from });
      n++;
      continue;
    }
    out.push(a);
  }
  return out;
}

/**
 * Whether token k is a possessive clitic written against the word before it: `'s`
 * ("Israel's"), or an apostrophe after a plural in s ("the Houthis' drones", "the Israelis'
 * bombardment"). An apostrophe that closes a quotation opened earlier in the sentence ("the
 * 'martyrs' fell") is no possessive.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { isPossessive } from "./possessive.ts";
 * import { tokenize } from "../nlp/wink.ts";
 * import { prepareText } from "../text/normalize.ts";
 * const { tokens } = tokenize(prepareText("The Israelis' raids and Israel's strikes."));
 * assert.deepEqual(tokens.flatMap((t, k) => isPossessive(tokens, k) ? [k] : []), [2, 6]);
 * const quoted = tokenize(prepareText("They praised the 'heroes' of the south.")).tokens;
 * assert.equal(quoted.some((_, k) => isPossessive(quoted, k)), false);
 * ```
 */
export function isPossessive(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  const before = tokens[k - 1];
  if (!t || !before || before.punct || t.start !== before.end) return false;
  if (t.text === "'s") return true;
  if (t.text !== "'" || !/s$/i.test(before.text)) return false;
  // An apostrophe that opens a quotation (a space before, a word right after) earlier in the
  // sentence: this one closes it.
  for (let j = k - 2; j >= 0 && tokens[j].sentence === t.sentence && k - j <= 12; j--) {
    const q = tokens[j];
    const open = q.text === "'" && (j === 0 || tokens[j - 1].end < q.start) && tokens[j + 1]?.start === q.end;
    if (open) return false;
  }
  return true;
}

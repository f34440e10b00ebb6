/**
 * The voice of a place in an article from its attribution relations: quoted when it
 * falls inside a relation's content (someone else's words, a scare quote included),
 * narrative (the outlet's own words) otherwise, with the speaker of the relation.
 *
 * @module
 */
import type { Attribution, TextSpan } from "./attribution.ts";
import type { Speaker } from "./speakers.ts";
import type { Voice } from "../framing/voice.ts";

/** The voice of one span, and whom it is attributed to. */
export interface Attributed {
  /** quoted or narrative. */
  voice: Voice;
  /** The relation's type when quoted. */
  relation?: Attribution["type"];
  /** The speaker when quoted and the relation has one (a scare quote has none). */
  speaker?: Speaker;
}

/**
 * The voice of each span (a framing hit, say): quoted when it starts inside the content
 * of a relation, with that relation's speaker; narrative otherwise. Where relations
 * nest (a quote inside reported speech), the innermost holds. Spans and relations may
 * come in any order; the work is a sort and one sweep.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { attributeSpans } from "./voice.ts";
 * const relation = { type: "indirect" as const, sentence: 0, content: { start: 20, end: 60 } };
 * const speaker = { name: "Ali Larijani", type: "person" as const, via: "name" as const };
 * assert.deepEqual(attributeSpans([{ start: 30, end: 45 }, { start: 0, end: 5 }], [relation], [speaker]), [
 *   { voice: "quoted", relation: "indirect", speaker }, // starts inside the relation's content
 *   { voice: "narrative" },
 * ]);
 * ```
 */
export function attributeSpans(
  spans: readonly TextSpan[],
  relations: readonly Attribution[],
  speakers: readonly (Speaker | undefined)[] = [],
): Attributed[] {
  const order = relations.map((_, i) => i).sort((a, b) =>
    relations[a].content.start - relations[b].content.start || relations[b].content.end - relations[a].content.end
  );
  const spanOrder = spans.map((_, i) => i).sort((a, b) => spans[a].start - spans[b].start);
  const out: Attributed[] = new Array(spans.length);
  // The relations open at the current offset, outermost first.
  const open: number[] = [];
  let next = 0;
  for (const s of spanOrder) {
    const at = spans[s].start;
    while (next < order.length && relations[order[next]].content.start <= at) open.push(order[next++]);
    // Keep only relations still open at this offset (a later span never reopens them).
    for (let k = open.length - 1; k >= 0; k--) if (relations[open[k]].content.end <= at) open.splice(k, 1);
    const inner = open[open.length - 1];
    if (inner === undefined) out[s] = { voice: "narrative" };
    else {
      const speaker = speakers[inner];
      out[s] = { voice: "quoted", relation: relations[inner].type, ...(speaker ? { speaker } : {}) };
    }
  }
  return out;
}

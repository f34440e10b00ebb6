/**
 * The voice of a place in an article from its attribution relations: quoted when it
 * falls inside a relation's content (someone else's words, a scare quote included) or
 * inside quotation marks, narrative (the outlet's own words) otherwise, with the speaker
 * of the relation. Definitions: the framing guide's section "Voice".
 *
 * @module
 */
import type { Attribution, TextSpan } from "./attribution.ts";
import type { Speaker } from "./speakers.ts";
import { quotationSpans, type Voice } from "../framing/voice.ts";
import type { Article } from "../types.ts";
import type { FramingHit } from "../framing/match.ts";

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

/**
 * Whether a relation is a headline's "X: ...": its cue a colon alone. Such a relation
 * counts for sources, but its unquoted words stay the outlet's (the framing guide,
 * "Voice").
 */
function isHeadline(text: string, r: Attribution): boolean {
  return r.cue !== undefined && text.slice(r.cue.start, r.cue.end).trim() === ":";
}

/**
 * The voice of each span of an article (framing hits, say) from the article's
 * attribution relations, as the framing guide's section "Voice" defines it:
 * - quoted inside quotation marks of any style, scare quotes included (a scare quote,
 *   or marks that no relation holds, give no speaker);
 * - quoted inside the content of reported speech, with the relation's speaker;
 * - narrative everywhere else: the outlet's own words, the subject of a speech verb
 *   ("Hezbollah warned that ..."), and a headline's "X: ..." except its words in
 *   quotation marks.
 * Spans are looked up by their start; the innermost relation holds. The work is sorting
 * the spans, the relations and the quotations, and one sweep.
 *
 * @example
 * ```ts
 * const text = "Baghaei said the Zionist entity will fail. Israel denied it.";
 * const relation = { type: "indirect" as const, sentence: 0, content: { start: 13, end: 41 }, cue: { start: 8, end: 12 }, source: { start: 0, end: 7 } };
 * const speaker = { name: "Ismail Baghaei", type: "person" as const, via: "name" as const };
 * voicesOf(text, [{ start: 13, end: 31 }, { start: 43, end: 49 }], [relation], [speaker]);
 * // [{ voice: "quoted", relation: "indirect", speaker }, { voice: "narrative" }]
 * ```
 *
 * @param speakers Each relation's speaker, as `resolveSpeakers` gives them (none: no speakers).
 */
export function voicesOf(
  text: string,
  spans: readonly TextSpan[],
  relations: readonly Attribution[],
  speakers: readonly (Speaker | undefined)[] = [],
): Attributed[] {
  const quotes = quotationSpans(text);
  const held: Attribution[] = [];
  const heldSpeakers: (Speaker | undefined)[] = [];
  relations.forEach((r, i) => {
    if (!isHeadline(text, r)) {
      held.push(r);
      heldSpeakers.push(speakers[i]);
      return;
    }
    // A headline hands over its quoted words alone, to its speaker.
    for (const q of quotes) {
      if (q.start >= r.content.start - 1 && q.end <= r.content.end + 1) {
        held.push({ ...r, type: "direct", content: { start: q.start, end: q.end } });
        heldSpeakers.push(speakers[i]);
      }
    }
  });
  // Quotation marks that no relation holds are someone's words, no one's in particular.
  const inside = attributeSpans(quotes.map((q) => ({ start: q.start + 1, end: q.end })), held);
  quotes.forEach((q, k) => {
    if (inside[k].voice === "narrative") held.push({ type: "scare", sentence: -1, content: q });
  });
  return attributeSpans(spans, held, heldSpeakers);
}

/**
 * Framing hits with their voice and speaker from the article's attribution relations
 * ({@linkcode voicesOf}). A hit already quoted stays quoted: `findFraming` gives a hit
 * inside quotation marks or an attributed paraphrase it finds ("describing it as ...",
 * "what he called ...") the voice `quoted`, and the guide counts both as someone else's
 * words. A quoted hit gets the name of the speaker of the relation that holds it (empty
 * for a scare quote, a paraphrase no relation holds, or with no speakers given); a
 * narrative one none.
 *
 * @example
 * ```ts
 * const text = "Baghaei said the Zionist entity will fail. Israel denied it.";
 * const relation = { type: "indirect" as const, sentence: 0, content: { start: 13, end: 41 }, cue: { start: 8, end: 12 }, source: { start: 0, end: 7 } };
 * const speaker = { name: "Ismail Baghaei", type: "person" as const, via: "name" as const };
 * const hits = [{ start: 13, end: 31, voice: "narrative" as const, speaker: "" }, { start: 43, end: 49, voice: "narrative" as const, speaker: "" }];
 * attributeHits(text, hits, [relation], [speaker]);
 * // [{ start: 13, end: 31, voice: "quoted", speaker: "Ismail Baghaei" }, { start: 43, end: 49, voice: "narrative", speaker: "" }]
 * ```
 */
export function attributeHits<H extends TextSpan & { voice: Voice; speaker: string }>(
  text: string,
  hits: readonly H[],
  relations: readonly Attribution[],
  speakers: readonly (Speaker | undefined)[] = [],
): H[] {
  const voices = voicesOf(text, hits, relations, speakers);
  return hits.map((h, i) => {
    const quoted = h.voice === "quoted" || voices[i].voice === "quoted";
    return { ...h, voice: quoted ? "quoted" : "narrative", speaker: quoted ? voices[i].speaker?.name ?? "" : "" };
  });
}

/** One article's relations and the speaker of each (none for a scare quote or a relation with no source). */
export interface ArticleSources {
  /** The article's group: its outlet, or its value of the field the rows are grouped by. */
  group: string;
  /** The relations, as `findAttributions` gives them. */
  relations: Attribution[];
  /** Each relation's speaker, as `resolveSpeakers` gives them. */
  speakers: (Speaker | undefined)[];
}

/**
 * The framing hits of each article attributed to the speakers of its relations
 * (`attributeHits`), their `outlet` the article's group in the sources stage's result
 * (its `articles`): what the framing stage's table and the chart of who uses loaded
 * wording read. An article the result does not know keeps its hits as they are.
 *
 * @example
 * ```ts
 * import { annotateAndDigest, loadCorpus, loadDigestTools, sourcesStage } from "framelens";
 * const tools = await loadDigestTools();
 * const digests = (await loadCorpus()).articles.map((a) => annotateAndDigest(a, tools));
 * const hits = attributedHits(digests, sourcesStage.corpus({ digests, tools }));
 * hits.filter((h) => h.speaker === "Ali Larijani").length; // hits in Larijani's words
 * ```
 */
export function attributedHits(
  digests: readonly { article: Article; framing: readonly FramingHit[] }[],
  sources: { articles: ReadonlyMap<string, ArticleSources> },
): FramingHit[] {
  return digests.flatMap((d) => {
    const found = sources.articles.get(d.article.id);
    if (!found) return d.framing;
    const hits = attributeHits(d.article.text, d.framing, found.relations, found.speakers);
    return found.group === d.article.outlet ? hits : hits.map((h) => ({ ...h, outlet: found.group }));
  });
}

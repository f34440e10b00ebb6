/**
 * The learned judgement applied in the framing stage: beside the rules' hits, a neutral naming of
 * a referent (a neutral hit, or an agent such as "Washington" that is no hit alone) becomes a
 * loaded hit running to the word attached to it that the model of `src/framing/learned.ts` judges
 * loaded with the least probability of `threshold` or more. The rules' hits are otherwise kept.
 *
 * @module
 */
import type { AnnotatedArticle } from "../types.ts";
import type { FramingHit, FramingMatcher } from "./match.ts";
import { agentNamings } from "./agents.ts";
import { attributionSpans, quotationSpans, voiceAt } from "./voice.ts";
import modelFile from "../../data/framing_model.json" with { type: "json" };
import {
  checkModel,
  judgementCandidates,
  judgementProbability,
  type LearnedLists,
  type LearnedModel,
  type LearnedNaming,
} from "./learned.ts";

let checked: LearnedModel | undefined;

/**
 * The learned judgement's model, `data/framing_model.json`, checked on first use (so that
 * `bench/framing_model.ts` can write it again when the features change).
 */
export function framingModel(): LearnedModel {
  return checked ??= checkModel(modelFile as LearnedModel, "data/framing_model.json");
}

/**
 * Whether the framing stage adds the learned judgements to the rules' hits. Off: out of sample they
 * found five more loaded wordings of the eighth fresh set (20 to 25 of 57, all right), but on the
 * Brown corpus, which holds no text about the story, 77 hits where the rules give 60, every one
 * wrong under the guide ("America's system", "Washington's birthday"): the weights carry the
 * annotated sets' rate of judgements beside a US naming, not a judgement the word carries
 * (docs/methods.md, round 9).
 */
export const LEARNED_JUDGEMENT = false;

/** The word lists of a compiled lexicon that the model's features read. */
export function learnedLists(matcher: FramingMatcher): LearnedLists {
  return {
    evaluative: matcher.evaluative,
    labels: matcher.labels,
    discrediting: matcher.discrediting,
    descriptions: [...matcher.descriptions.values()],
  };
}

/** A naming with the rules' hit it is, if any. */
export interface LearnedNamingOf extends LearnedNaming {
  hit?: FramingHit;
}

/**
 * The namings the model reads in an article: its neutral hits and the agents named outside every
 * hit, by token range; and which tokens another hit holds.
 */
export function learnedNamings(
  annotated: AnnotatedArticle,
  hits: readonly FramingHit[],
  matcher: FramingMatcher,
): { namings: LearnedNamingOf[]; taken: (k: number) => boolean } {
  const { tokens } = annotated;
  const held = new Uint8Array(tokens.length);
  const namings: LearnedNamingOf[] = [];
  for (const h of hits) {
    let from = -1;
    let to = -1;
    for (const t of tokens) {
      if (t.start >= h.start && t.end <= h.end) {
        if (from < 0) from = t.i;
        to = t.i + 1;
        held[t.i] = 1;
      }
    }
    if (from >= 0 && h.frame === "neutral") namings.push({ from, to, referent: h.referent, hit: h });
  }
  for (const a of agentNamings(tokens, matcher.agents)) {
    let free = true;
    for (let k = a.from; k < a.to; k++) if (held[k]) free = false;
    if (free) namings.push({ from: a.from, to: a.to, referent: a.referent, agent: true });
  }
  namings.sort((a, b) => a.from - b.from);
  return { namings, taken: (k) => held[k] === 1 };
}

/**
 * The rules' hits of an article with the model's judgements: each naming whose best candidate has
 * a probability of `model.threshold` or more becomes a loaded hit from the naming to the word
 * (its `wording` "WORD + learned"), unless that span would reach into another hit or a judgement
 * already taken; its voice is the one its first word stands in.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { annotateArticle, compileFraming, findFraming, loadResources, parseFramingLexicon } from "framelens";
 * import { learnedJudgements } from "./learned_hits.ts";
 * import { featureNames } from "./learned.ts";
 * const yaml = "referents:\n  - id: israel\n    label: Israel\n    neutral: [Israel]\n";
 * const matcher = compileFraming(parseFramingLexicon(yaml, "f.yaml"));
 * const text = "Israel shamelessly murdered the villagers. Israel opened a crossing.";
 * const annotated = annotateArticle({ id: "a", file: "a.md", outlet: "A", text, extra: {} }, await loadResources());
 * // A model that judges by VADER's negative score alone.
 * const features = featureNames(["israel"]);
 * const weights = features.map((f) => f === "vader_neg" ? 20 : 0);
 * const model = { referents: ["israel"], features, weights, bias: -5, threshold: 0.5 };
 * const hits = learnedJudgements(annotated, findFraming(annotated, matcher), matcher, model);
 * assert.deepEqual(hits.map((h) => [h.phrase, h.frame]), [
 *   ["Israel shamelessly murdered", "loaded"],
 *   ["Israel", "neutral"],
 * ]);
 * ```
 */
export function learnedJudgements(
  annotated: AnnotatedArticle,
  hits: readonly FramingHit[],
  matcher: FramingMatcher,
  model: LearnedModel,
): FramingHit[] {
  const { tokens, article } = annotated;
  const { namings, taken } = learnedNamings(annotated, hits, matcher);
  if (!namings.length) return [...hits];
  const candidates = judgementCandidates(tokens, namings, learnedLists(matcher), model.referents, taken);
  const best = new Map<LearnedNaming, { k: number; p: number }>();
  for (const c of candidates) {
    const p = judgementProbability(model, c.x);
    if (p >= model.threshold && p > (best.get(c.naming)?.p ?? 0)) best.set(c.naming, { k: c.k, p });
  }
  if (!best.size) return [...hits];
  const replaced = new Map<FramingHit, FramingHit>();
  const added: FramingHit[] = [];
  const used = new Uint8Array(tokens.length);
  let spans: ReturnType<typeof quotationSpans> | undefined;
  for (const n of namings as LearnedNamingOf[]) {
    const b = best.get(n);
    if (!b) continue;
    const from = Math.min(n.from, b.k);
    const to = Math.max(n.to, b.k + 1);
    let free = true;
    for (let k = from; k < to; k++) if (used[k] || (taken(k) && (k < n.from || k >= n.to))) free = false;
    if (!free) continue;
    used.fill(1, from, to);
    const first = tokens[from];
    const last = tokens[to - 1];
    const sentence = annotated.sentences[first.sentence];
    spans ??= [...quotationSpans(article.text), ...attributionSpans(tokens)];
    const hit: FramingHit = {
      article: article.id,
      outlet: article.outlet,
      referent: n.referent,
      frame: "loaded",
      voice: voiceAt(first.start, spans),
      phrase: article.text.slice(first.start, last.end),
      start: first.start,
      end: last.end,
      sentence: article.text.slice(sentence?.start ?? first.start, sentence?.end ?? last.end),
      sentenceStart: sentence?.start ?? first.start,
      wording: `${tokens[b.k].lemma} + learned`,
      speaker: "",
    };
    if (n.hit) replaced.set(n.hit, hit);
    else added.push(hit);
  }
  return [...hits.map((h) => replaced.get(h) ?? h), ...added].sort((a, b) => a.start - b.start);
}

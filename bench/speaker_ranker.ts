/**
 * An experiment (issue 17): a scored choice among speaker candidates instead of the rules'
 * fixed order. For each relation, the candidates are the rules' own speaker, the speaker of
 * the relation before, and the people, organisations and places named in the source span or
 * in the relation's sentence and the three before it (outside reported words); each gets a
 * few features (`candidateFeatures`) and is labelled by whether it names the annotated
 * speaker (`sameSpeaker`). A logistic regression (`bench/logistic.ts`) is fitted on the
 * tuned and fresh parts, its settings chosen on fresh2; the relation's speaker is then the
 * candidate it scores highest (the rules' speaker where it is the only candidate).
 *
 * usage: deno run -A bench/speaker_ranker.ts [--choice] [--no-rule] [--aside]
 *
 * `--choice` fits a conditional logit (a softmax over each relation's candidates) instead;
 * `--no-rule` leaves the rules' choice out of the features (an ablation).
 *
 * Prints the rules' and the model's speaker accuracy on each part (no errors of any part);
 * `--aside` scores the kept-aside part once with the settings chosen on fresh2.
 */
import { digestArticle, loadDigestTools } from "../src/pipeline/digest.ts";
import { resolveDigestEntities } from "../src/stages/entities.ts";
import { annotateArticle } from "../src/pipeline/annotate.ts";
import { findAttributions } from "../src/sources/attribution.ts";
import { resolveSpeakers, type Speaker, speakerOptions } from "../src/sources/speakers.ts";
import { articlePeople } from "../src/sources/speaker_people.ts";
import { isObject, opensSentence } from "../src/sources/speaker_context.ts";
import { SOURCE_PRONOUNS } from "../src/sources/cues.ts";
import { pairedRelation, sameSpeaker, scoreAttributions, type ScoredRelation } from "../src/sources/evaluate.ts";
import type { Attribution } from "../src/sources/attribution.ts";
import type { EntityMention } from "../src/entities/types.ts";
import { fitConditionalLogit, fitLogistic, type LogisticModel, predictLogistic } from "./logistic.ts";

/** One candidate speaker of one relation, with its features. */
export interface Candidate {
  /** The speaker's name as the resolver would write it. */
  name: string;
  /** Its features (`FEATURES` order). */
  x: number[];
  /** Whether the rules chose it. */
  rule: boolean;
}

/** The features' names, in order. */
export const FEATURES = [
  "rule",
  "rule_via_name",
  "rule_via_pronoun",
  "rule_via_title",
  "rule_via_office",
  "rule_via_description",
  "last",
  "in_source",
  "person",
  "organization",
  "place",
  "unnamed",
  "same_sentence",
  "sentences_back",
  "words_back",
  "subject",
  "object",
  "mentions",
  "pronoun_x_subject",
  "pronoun_x_last",
  "pronoun_x_sentences_back",
  "pronoun_x_rule",
  "agrees",
  "disagrees",
  "nosource_x_last",
  "nosource_x_rule",
  "nosource_x_sentences_back",
] as const;

const F = Object.fromEntries(FEATURES.map((f, i) => [f, i])) as Record<(typeof FEATURES)[number], number>;

/** What the candidates of a relation are built from. */
export interface CandidateContext {
  /** The article's text. */
  text: string;
  /** The relation. */
  relation: Attribution;
  /** The rules' speaker of the relation. */
  rule?: Speaker;
  /** The rules' speaker of the relation before (with a source or a direct quote). */
  last?: Speaker;
  /** The article's mentions, sorted by start. */
  byStart: readonly EntityMention[];
  /** Whether an offset is inside some relation's content. */
  inContent: (offset: number) => boolean;
  /** The name the resolver writes for a mention. */
  nameOf: (m: EntityMention) => string;
  /** A person's gender, where the article or the given name tells. */
  gender: (entity: string) => "female" | "male" | undefined;
  /** Mentions per entity in the article. */
  count: ReadonlyMap<string, number>;
}

/** How many sentences before the relation's own a named candidate may be. */
const BACK = 3;

/**
 * The candidates of one relation: the rules' speaker, the last speaker, and the entities
 * named in its source or in its sentence and the `BACK` before it (outside reported words,
 * the nearest mention of each), merged by name.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { relationCandidates } from "./speaker_ranker.ts";
 * const text = "Ann Lee came. He said no.";
 * const m = { article: "a", outlet: "X", sentence: 0, start: 0, end: 7, surface: "Ann Lee", entity: "Ann Lee", type: "person" as const };
 * const relation = { type: "indirect" as const, sentence: 1, content: { start: 22, end: 24 }, cue: { start: 17, end: 21 }, source: { start: 14, end: 16 } };
 * const candidates = relationCandidates({
 *   text, relation, rule: { name: "Ann Lee", type: "person", via: "pronoun" }, byStart: [m],
 *   inContent: () => false, nameOf: (x) => x.entity, gender: () => "female", count: new Map([["Ann Lee", 1]]),
 * });
 * assert.deepEqual(candidates.map((c) => c.name), ["Ann Lee"]);
 * ```
 */
export function relationCandidates(c: CandidateContext): Candidate[] {
  const { text, relation: r } = c;
  const byName = new Map<string, Candidate>();
  const source = r.source ? text.slice(r.source.start, r.source.end).trim().toLowerCase() : "";
  const pronoun = source ? SOURCE_PRONOUNS[source] !== undefined : false;
  const noSource = !r.source;
  const anchor = r.source?.start ?? r.cue?.start ?? r.content.start;
  const get = (name: string, type: string) => {
    const key = name.toLowerCase();
    let cand = byName.get(key);
    if (!cand) {
      cand = { name, x: new Array<number>(FEATURES.length).fill(0), rule: false };
      cand.x[F.sentences_back] = 1;
      cand.x[F.words_back] = 1;
      if (type in F) cand.x[F[type as "person"]] = 1;
      byName.set(key, cand);
    }
    return cand;
  };
  if (c.rule) {
    const cand = get(c.rule.name, c.rule.type);
    cand.x[F.rule] = 1;
    cand.rule = true;
    const via = `rule_via_${c.rule.via}`;
    if (via in F) cand.x[F[via as "rule_via_name"]] = 1;
    if (pronoun) cand.x[F.pronoun_x_rule] = 1;
    if (noSource) cand.x[F.nosource_x_rule] = 1;
  }
  if (c.last) {
    const cand = get(c.last.name, c.last.type);
    cand.x[F.last] = 1;
    if (pronoun) cand.x[F.pronoun_x_last] = 1;
    if (noSource) cand.x[F.nosource_x_last] = 1;
  }
  for (const m of c.byStart) {
    const inSource = !!r.source && m.start >= r.source.start && m.end <= r.source.end;
    if (!inSource) {
      if (m.sentence > r.sentence || m.sentence < r.sentence - BACK || m.start >= anchor) continue;
      if (c.inContent(m.start)) continue;
    }
    const cand = get(c.nameOf(m), m.type);
    if (inSource) cand.x[F.in_source] = 1;
    const back = Math.min(1, (r.sentence - m.sentence) / BACK);
    const words = Math.min(1, text.slice(m.end, Math.max(m.end, anchor)).split(/\s+/).filter(Boolean).length / 60);
    // The nearest mention of the entity sets the distances and its grammar.
    if (back <= cand.x[F.sentences_back] && (inSource || words <= cand.x[F.words_back])) {
      cand.x[F.sentences_back] = inSource ? 0 : back;
      cand.x[F.words_back] = inSource ? 0 : words;
      cand.x[F.same_sentence] = m.sentence === r.sentence ? 1 : 0;
      cand.x[F.subject] = opensSentence(text, m) ? 1 : 0;
      cand.x[F.object] = isObject(text, m) ? 1 : 0;
      cand.x[F.pronoun_x_subject] = pronoun ? cand.x[F.subject] : 0;
      cand.x[F.pronoun_x_sentences_back] = pronoun ? cand.x[F.sentences_back] : 0;
      cand.x[F.nosource_x_sentences_back] = noSource ? cand.x[F.sentences_back] : 0;
    }
    cand.x[F.mentions] = Math.min(1, (c.count.get(m.entity) ?? 0) / 5);
    if ((source === "he" || source === "she") && m.type === "person") {
      const g = c.gender(m.entity);
      const want = source === "she" ? "female" : "male";
      cand.x[F.agrees] = g === want ? 1 : 0;
      cand.x[F.disagrees] = g && g !== want ? 1 : 0;
    }
  }
  return [...byName.values()];
}

/** One relation of the experiment: its candidates, and the annotated speakers it is paired with. */
interface Example {
  article: string;
  relation: Attribution;
  rule?: Speaker;
  candidates: Candidate[];
}

/**
 * The speaker a model chooses: the candidate it scores highest, the rules' one alone or on a tie.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { chooseSpeaker, FEATURES } from "./speaker_ranker.ts";
 * const x = (on: string) => FEATURES.map((f) => f === on ? 1 : 0);
 * const candidates = [{ name: "A", x: x("rule"), rule: true }, { name: "B", x: x("last"), rule: false }];
 * const model = (w: string, v: number) => ({ weights: FEATURES.map((f) => f === w ? v : 0), bias: 0 });
 * assert.equal(chooseSpeaker(model("last", 0), candidates), "A"); // a tie keeps the rules' choice
 * assert.equal(chooseSpeaker(model("last", 1), candidates), "B");
 * ```
 */
export function chooseSpeaker(model: LogisticModel, candidates: readonly Candidate[]): string | undefined {
  const rule = candidates.find((c) => c.rule);
  if (candidates.length <= 1) return rule?.name;
  let best = rule;
  let score = rule ? predictLogistic(model, rule.x) : -1;
  for (const c of candidates) {
    const p = predictLogistic(model, c.x);
    if (p > score) [best, score] = [c, p];
  }
  return best?.name;
}

if (import.meta.main) {
  const tools = await loadDigestTools();
  const options = speakerOptions(tools.gazetteer.gazetteer);
  const { goldTexts, loadGold, SOURCES_SPLIT } = await import("../tests/annotations/sources_gold.ts");
  const gold = await loadGold();
  const articles = await goldTexts(gold.map((g) => g.text), gold);
  const withAside = Deno.args.includes("--aside");
  const parts = ["tuned", "fresh", "fresh2", ...withAside ? ["aside" as const] : []] as const;
  const data = new Map<string, { examples: Example[]; annotated: ScoredRelation[] }>();
  for (const part of parts) {
    const files = gold.filter((g) => SOURCES_SPLIT[part](g.text));
    const examples: Example[] = [];
    const annotated: ScoredRelation[] = [];
    for (const group of [files.filter((f) => !f.brown), files.filter((f) => f.brown)]) {
      const annotatedArticles = group.map((f) => annotateArticle(articles.get(f.text)!, tools.resources));
      const { mentions } = resolveDigestEntities(annotatedArticles.map((a) => digestArticle(a, tools)), tools);
      for (const [i, f] of group.entries()) {
        const article = articles.get(f.text)!;
        const relations = findAttributions(annotatedArticles[i]);
        const own = mentions.filter((m) => m.article === article.id);
        const speakers = resolveSpeakers(article.text, relations, own, options);
        const byStart = [...own].sort((a, b) => a.start - b.start);
        const people = articlePeople(article.text, byStart, options.givenName, options.nameGender);
        const count = new Map<string, number>();
        for (const m of own) count.set(m.entity, (count.get(m.entity) ?? 0) + 1);
        const contents = relations.map((r) => r.content);
        const inContent = (o: number) => contents.some((s) => s.start <= o && o < s.end);
        const nameOf = (m: EntityMention) =>
          m.type === "person"
            ? people.fullName(m)
            : m.type === "place"
            ? options.affiliation?.get(m.entity)?.[0] ?? m.entity
            : m.entity;
        let last: Speaker | undefined;
        for (const [k, r] of relations.entries()) {
          const candidates = r.type === "scare" ? [] : relationCandidates({
            text: article.text,
            relation: r,
            rule: speakers[k],
            last,
            byStart,
            inContent,
            nameOf,
            gender: people.gender,
            count,
          });
          examples.push({ article: f.text, relation: r, rule: speakers[k], candidates });
          if (speakers[k] && (r.source || r.type === "direct")) last = speakers[k];
        }
        annotated.push(...f.relations.map((r) => ({ ...r, article: f.text })));
      }
    }
    data.set(part, { examples, annotated });
  }

  /** The speaker accuracy on a part when each relation's speaker is `pick(example)`. */
  const accuracy = (part: string, pick: (e: Example) => string | undefined) => {
    const { examples, annotated } = data.get(part)!;
    const found: ScoredRelation[] = examples.map((e) => ({
      article: e.article,
      type: e.relation.type,
      content: e.relation.content,
      speaker: pick(e),
    }));
    const s = scoreAttributions(found, annotated);
    return { acc: s.speakerAccuracy, right: s.speakersRight, of: s.speakersScored };
  };
  /** Training rows: the candidates of every relation paired with an annotated one that has a speaker. */
  const rows = (part: string) => {
    const { examples, annotated } = data.get(part)!;
    const xs: number[][] = [];
    const ys: number[] = [];
    const groups: { xs: number[][]; ys: number[] }[] = [];
    let oracle = 0;
    let scoredCount = 0;
    // Relations the rules get wrong though a candidate is right, by the kind of their source.
    const missed: Record<string, number> = {};
    for (const a of annotated) {
      if (!a.speaker) continue;
      const own = examples.filter((e) => e.article === a.article);
      const hit = pairedRelation(own.map((e) => e.relation), a.content);
      if (hit < 0) continue;
      scoredCount++;
      const labels = own[hit].candidates.map((c) => sameSpeaker(c.name, a.speaker!) ? 1 : 0);
      if (labels.some((y) => y)) oracle++;
      const e = own[hit];
      if (labels.some((y) => y) && !sameSpeaker(e.rule?.name ?? "", a.speaker)) {
        const kind = !e.relation.source ? "no source" : `rule via ${e.rule?.via ?? "none"}`;
        missed[kind] = (missed[kind] ?? 0) + 1;
      }
      own[hit].candidates.forEach((c, i) => {
        xs.push(c.x);
        ys.push(labels[i]);
      });
      groups.push({ xs: own[hit].candidates.map((c) => c.x), ys: labels });
    }
    return { xs, ys, groups, oracle, scored: scoredCount, missed };
  };
  /** Of the scored relations where the model's choice differs from the rules': how many it fixes and breaks. */
  const changes = (part: string, pick: (e: Example) => string | undefined) => {
    const { examples, annotated } = data.get(part)!;
    let fixed = 0;
    let broken = 0;
    for (const a of annotated) {
      if (!a.speaker) continue;
      const own = examples.filter((e) => e.article === a.article);
      const hit = pairedRelation(own.map((e) => e.relation), a.content);
      if (hit < 0) continue;
      const ruleRight = sameSpeaker(own[hit].rule?.name ?? "", a.speaker);
      const modelRight = sameSpeaker(pick(own[hit]) ?? "", a.speaker);
      if (modelRight && !ruleRight) fixed++;
      if (ruleRight && !modelRight) broken++;
    }
    return `fixes ${fixed}, breaks ${broken}`;
  };
  const fmt = (r: { acc: number; right: number; of: number }) => `${r.acc.toFixed(3)} (${r.right}/${r.of})`;
  const train = ["tuned", "fresh"].map(rows);
  // `--no-rule`: an ablation, the candidates without the rules' choice among their features.
  const ruleFeatures = FEATURES.flatMap((f, i) => f.includes("rule") ? [i] : []);
  const strip = (x: number[]) =>
    Deno.args.includes("--no-rule") ? x.map((v, i) => ruleFeatures.includes(i) ? 0 : v) : x;
  const xs = train.flatMap((t) => t.xs).map(strip);
  const ys = train.flatMap((t) => t.ys);
  const groups = train.flatMap((t) => t.groups).map((g) => ({ xs: g.xs.map(strip), ys: g.ys }));
  // `--choice`: a conditional logit over each relation's candidates rather than one logistic regression over all.
  const choice = Deno.args.includes("--choice");
  console.log(
    `training rows: ${xs.length} candidates (${ys.filter((y) => y).length} right) of ${
      train.reduce((s, t) => s + t.scored, 0)
    } scored relations`,
  );
  for (const part of parts) {
    if (part === "aside") continue;
    const r = rows(part);
    console.log(
      `${part}: rules ${fmt(accuracy(part, (e) => e.rule?.name))}; some candidate right ${r.oracle}/${r.scored}${
        part === "fresh2" ? "" : `; rules wrong, a candidate right: ${JSON.stringify(r.missed)}`
      }`,
    );
  }
  let best:
    | { model: LogisticModel; l2: number; epochs: number; acc: number; pick: (e: Example) => string | undefined }
    | undefined;
  for (const l2 of [0, 0.001, 0.01, 0.1]) {
    for (const epochs of [300, 1000, 3000]) {
      const model = choice
        ? fitConditionalLogit(groups, { rate: 0.5, epochs, l2, seed: 17 })
        : fitLogistic(xs, ys, { rate: 0.5, epochs, l2, seed: 17 });
      const pick = (e: Example) =>
        chooseSpeaker(model, e.candidates.map((c) => ({ ...c, x: strip(c.x) }))) ?? e.rule?.name;
      const tr = ["tuned", "fresh"].map((p) => fmt(accuracy(p, pick))).join(" / ");
      const val = accuracy("fresh2", pick);
      console.log(`l2 ${l2} epochs ${epochs}: tuned / fresh ${tr}; fresh2 ${fmt(val)}, ${changes("fresh2", pick)}`);
      if (!best || val.acc > best.acc) best = { model, l2, epochs, acc: val.acc, pick };
    }
  }
  const rules2 = accuracy("fresh2", (e) => e.rule?.name).acc;
  console.log(
    `chosen on fresh2: l2 ${best!.l2} epochs ${best!.epochs}: ${best!.acc.toFixed(3)} vs rules ${rules2.toFixed(3)}`,
  );
  console.log(
    "weights:",
    JSON.stringify(Object.fromEntries(FEATURES.map((f, i) => [f, +best!.model.weights[i].toFixed(3)]))),
    "bias",
    best!.model.bias.toFixed(3),
  );
  if (withAside) {
    const pick = best!.pick;
    console.log(
      `aside (once): rules ${fmt(accuracy("aside", (e) => e.rule?.name))}; model ${fmt(accuracy("aside", pick))}`,
    );
  }
}

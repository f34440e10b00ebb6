/**
 * The framing lexicon and matcher measured against hand annotations: the five seed
 * articles (every wording, frame and voice) and ten of the synthetic unseen articles
 * (loaded wordings only). Hits are the framing stage's, their voice from the attribution
 * relations of the sources stage. The figures are printed; docs/methods.md reports them.
 */
import assert from "node:assert/strict";
import { loadCorpus } from "../../src/corpus/load.ts";
import { annotateAndDigest, loadDigestTools } from "../../src/pipeline/digest.ts";
import { runCorpusStages } from "../../src/stages/registry.ts";
import { entitiesStage } from "../../src/stages/entities.ts";
import { sourcesStage } from "../../src/stages/sources.ts";
import { framingStage } from "../../src/stages/framing.ts";
import type { FramingHit } from "../../src/framing/match.ts";
import type { Article } from "../../src/types.ts";
import { evaluateFraming, type FramingEvaluation } from "../../src/framing/evaluate.ts";
import { readAnnotations } from "../fixtures/framing_annotations.ts";
import { projectPath } from "../../src/paths.ts";

const UNSEEN = projectPath("tests", "fixtures", "unseen");
const tools = await loadDigestTools();

/** The framing stage's hits of some articles, with their voice and speaker from the sources stage. */
function framingHits(articles: readonly Article[]): FramingHit[] {
  const digests = articles.map((a) => annotateAndDigest(a, tools));
  const stages = [entitiesStage, sourcesStage, framingStage];
  return runCorpusStages({ digests, tools }, { stages }).framing.tables.framing;
}

function report(title: string, e: FramingEvaluation): void {
  const f = (x: number) => x.toFixed(2);
  const lines = [...e.byReferent, e.overall].map((s) =>
    `  ${s.referent.padEnd(22)} precision ${f(s.precision)}  recall ${f(s.recall)}  F1 ${f(s.f1)}  ` +
    `loaded recall ${f(s.loadedRecall)} (${s.loadedAnnotations})  voice ${f(s.voiceAccuracy)}  ` +
    `frame ${f(s.frameAccuracy)}  (${s.found}/${s.annotations} found, ${s.hits} hits)`
  );
  console.log(`${title}\n${lines.join("\n")}`);
}

Deno.test("the lexicon finds the hand-annotated wordings of the seeds with F1 ≥ 0.95 and loaded recall ≥ 0.8", async () => {
  const corpus = await loadCorpus();
  const { annotations } = await readAnnotations("framing");
  for (const a of annotations) {
    const text = corpus.articles.find((x) => x.id === a.article)!.text;
    assert.equal(text.slice(a.start, a.end), a.phrase, `fixture offsets of "${a.phrase}" in ${a.article}`);
  }
  const e = evaluateFraming(framingHits(corpus.articles), annotations);
  report("Seeds (5 articles, every wording):", e);
  // Measured before issue 18's changes, old lexicon against this annotation: F1 0.89, loaded recall 0.67.
  assert.ok(e.overall.precision >= 0.95, `precision ${e.overall.precision}`);
  assert.ok(e.overall.f1 >= 0.95, `F1 ${e.overall.f1}`);
  assert.ok(e.overall.loadedRecall >= 0.8, `loaded recall ${e.overall.loadedRecall}`);
  assert.ok(e.overall.frameAccuracy >= 0.95, `frame accuracy ${e.overall.frameAccuracy}`);
  // Voice from the attribution relations (measured 0.91; 0.77 from quotation marks and paraphrase cues alone).
  assert.ok(e.overall.voiceAccuracy >= 0.9, `voice accuracy ${e.overall.voiceAccuracy}`);
});

Deno.test("on unseen articles the lexicon finds most loaded wordings with few false alarms", async () => {
  const corpus = await loadCorpus(UNSEEN);
  const { articles, annotations } = await readAnnotations("framing_unseen");
  assert.ok(articles.length >= 8);
  const chosen = corpus.articles.filter((a) => articles.includes(a.id));
  assert.equal(chosen.length, articles.length, "every annotated article is in the folder");
  for (const a of annotations) {
    const text = chosen.find((x) => x.id === a.article)!.text;
    assert.equal(text.slice(a.start, a.end), a.phrase, `fixture offsets of "${a.phrase}" in ${a.article}`);
  }
  const loaded = framingHits(chosen).filter((h) => h.frame === "loaded");
  const e = evaluateFraming(loaded, annotations);
  report("Unseen (10 synthetic articles, loaded wordings):", e);
  assert.ok(e.overall.precision >= 0.75, `precision ${e.overall.precision}`);
  assert.ok(e.overall.recall >= 0.75, `recall ${e.overall.recall}`);
  assert.ok(e.overall.voiceAccuracy >= 0.9, `voice accuracy ${e.overall.voiceAccuracy}`);
});

Deno.test("on unseen articles the neutral outlets hardly use loaded wording in their own voice and the quoting outlets' is quoted", async () => {
  const corpus = await loadCorpus(UNSEEN);
  const all = framingHits(corpus.articles);
  const hits = all.filter((h) => h.frame === "loaded");
  // Stances from tests/fixtures/unseen/README.txt: 09–16 neutral, 17–21 quoting.
  // A neutral outlet may report a loaded characterisation ("Officials there call the decision an American plot"),
  // but it should hardly use one in its own voice.
  const ownVoice = all.filter((h) => /^(09|1[0-6])-/.test(h.article) && h.voice === "narrative");
  const ownLoaded = ownVoice.filter((h) => h.frame === "loaded");
  console.log(`Neutral outlets, own voice: ${ownLoaded.length} of ${ownVoice.length} mentions loaded:`);
  for (const h of ownLoaded) console.log(`  ${h.article}: ${h.phrase}`);
  // Measured: 2 of 95, one a negated judgement ("was not interference from Washington"), one an accusation
  // ("accused the United States of trying to dictate") that the guide counts as quoted and voice.ts not yet.
  assert.ok(ownLoaded.length / ownVoice.length < 0.03, `${ownLoaded.length} of ${ownVoice.length}`);
  const quoting = hits.filter((h) => /^(1[7-9]|2[01])-/.test(h.article));
  const quoted = quoting.filter((h) => h.voice === "quoted").length;
  console.log(`Quoting outlets: ${quoted} of ${quoting.length} loaded hits quoted`);
  assert.ok(quoting.length >= 10 && quoted / quoting.length >= 0.9, `${quoted} of ${quoting.length}`);
});

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
    `  ${s.referent.padEnd(22)} precision ${f(s.precision)}  recall ${f(s.recall)}  voice ${f(s.voiceAccuracy)}  ` +
    `frame ${f(s.frameAccuracy)}  (${s.found}/${s.annotations} found, ${s.hits} hits)`
  );
  console.log(`${title}\n${lines.join("\n")}`);
}

Deno.test("the lexicon finds the hand-annotated wordings of the seeds with precision and recall ≥ 0.9, voice right ≥ 9 in 10", async () => {
  const corpus = await loadCorpus();
  const { annotations } = await readAnnotations("framing");
  for (const a of annotations) {
    const text = corpus.articles.find((x) => x.id === a.article)!.text;
    assert.equal(text.slice(a.start, a.end), a.phrase, `fixture offsets of "${a.phrase}" in ${a.article}`);
  }
  const e = evaluateFraming(framingHits(corpus.articles), annotations);
  report("Seeds (5 articles, every wording):", e);
  assert.ok(e.overall.precision >= 0.9, `precision ${e.overall.precision}`);
  assert.ok(e.overall.recall >= 0.9, `recall ${e.overall.recall}`);
  assert.ok(e.overall.voiceAccuracy >= 0.9, `voice accuracy ${e.overall.voiceAccuracy}`);
  assert.ok(e.overall.frameAccuracy >= 0.9, `frame accuracy ${e.overall.frameAccuracy}`);
  for (const r of e.byReferent) assert.ok(r.recall >= 0.9, `${r.referent} recall ${r.recall}`);
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

Deno.test("on unseen articles the neutral outlets get no loaded hit and the quoting outlets' loaded wording is quoted", async () => {
  const corpus = await loadCorpus(UNSEEN);
  const hits = framingHits(corpus.articles).filter((h) => h.frame === "loaded");
  // Stances from tests/fixtures/unseen/README.txt: 09–16 neutral, 17–21 quoting.
  const neutral = hits.filter((h) => /^(09|1[0-6])-/.test(h.article));
  assert.deepEqual(neutral.map((h) => `${h.article}: ${h.phrase}`), []);
  const quoting = hits.filter((h) => /^(1[7-9]|2[01])-/.test(h.article));
  const quoted = quoting.filter((h) => h.voice === "quoted").length;
  console.log(`Quoting outlets: ${quoted} of ${quoting.length} loaded hits quoted`);
  assert.ok(quoting.length >= 10 && quoted / quoting.length >= 0.9, `${quoted} of ${quoting.length}`);
});

/**
 * The framing stage measured on a second fresh set of 66 passages (issue 18, round 2;
 * tests/fixtures/annotations/framing_fresh2.yaml), written and annotated before the matcher ran
 * on it and never tuned on: its figures are held-out figures. Its misses are printed only with
 * FRESH2_MISSES=1, so that reading them is a deliberate act (after which the set is no longer
 * clean).
 */
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { parse } from "yaml";
import { annotateAndDigest, loadDigestTools } from "../../src/pipeline/digest.ts";
import { runCorpusStages } from "../../src/stages/registry.ts";
import { entitiesStage } from "../../src/stages/entities.ts";
import { sourcesStage } from "../../src/stages/sources.ts";
import { framingStage } from "../../src/stages/framing.ts";
import type { FramingHit } from "../../src/framing/match.ts";
import type { Frame } from "../../src/framing/lexicon.ts";
import type { Voice } from "../../src/framing/voice.ts";
import type { Article } from "../../src/types.ts";
import { evaluateFraming, type FramingAnnotation, type FramingEvaluation } from "../../src/framing/evaluate.ts";
import { projectPath } from "../../src/paths.ts";

interface Passage {
  n: number;
  style: string;
  text: string;
  hits: { referent: string; frame: Frame; voice: Voice; phrase: string; nth?: number }[];
}

const FILE = projectPath("tests", "fixtures", "annotations", "framing_fresh2.yaml");
const passages = (parse(await readFile(FILE, "utf8")) as { sentences: Passage[] }).sentences;
const idOf = (n: number) => `fresh2-${String(n).padStart(3, "0")}`;

/** The offset of the nth occurrence (from 1) of a phrase, or an error naming the passage. */
function locate(p: Passage, phrase: string, nth = 1): number {
  let at = -1;
  for (let i = 0; i < nth; i++) {
    at = p.text.indexOf(phrase, at + 1);
    if (at < 0) throw new Error(`${FILE}: passage ${p.n} has no occurrence ${nth} of "${phrase}"`);
  }
  return at;
}

const annotations: FramingAnnotation[] = passages.flatMap((p) =>
  p.hits.map((h) => {
    const start = locate(p, h.phrase, h.nth);
    return {
      article: idOf(p.n),
      referent: h.referent,
      frame: h.frame,
      voice: h.voice,
      phrase: h.phrase,
      start,
      end: start + h.phrase.length,
    };
  })
);
const articles: Article[] = passages.map((p) => ({
  id: idOf(p.n),
  file: `${idOf(p.n)}.md`,
  outlet: p.style,
  text: p.text,
  extra: {},
}));

const tools = await loadDigestTools();
const digests = articles.map((a) => annotateAndDigest(a, tools));
const stages = [entitiesStage, sourcesStage, framingStage];
const hits: FramingHit[] = runCorpusStages({ digests, tools }, { stages }).framing.tables.framing;
const all = evaluateFraming(hits, annotations);

function report(title: string, e: FramingEvaluation): string {
  const f = (x: number) => x.toFixed(2);
  const o = e.overall;
  const loadedFound = Math.round(o.loadedRecall * o.loadedAnnotations);
  const voiceOk = Math.round(o.voiceAccuracy * o.found);
  return `${title} P ${f(o.precision)}  R ${f(o.recall)}  F1 ${f(o.f1)}  ` +
    `loaded R ${f(o.loadedRecall)} (${loadedFound}/${o.loadedAnnotations})  voice ${f(o.voiceAccuracy)} ` +
    `(${voiceOk}/${o.found})  frame ${f(o.frameAccuracy)}  (${o.found}/${o.annotations} found, ${o.hits} hits)`;
}

Deno.test("every annotated phrase of the second fresh set is in its passage, and the set has 60 or more passages", () => {
  assert.equal(annotations.length, passages.reduce((s, p) => s + p.hits.length, 0));
  assert.ok(passages.length >= 60);
  assert.deepEqual(passages.map((p) => p.n), passages.map((_, i) => i + 1), "passages numbered 1, 2, 3 ...");
});

Deno.test("the second fresh set's figures are printed (its misses only on request)", () => {
  console.log(report(`second fresh set, ${passages.length} passages:`, all));
  if (Deno.env.get("FRESH2_MISSES") === "1") {
    const show = (a: { article: string; referent: string; phrase: string; frame?: string }) =>
      `${a.article} ${a.referent} ${a.frame ?? ""} "${a.phrase}"`;
    console.log(`missed:\n  ${all.falseNegatives.map(show).join("\n  ")}`);
    console.log(`false alarms:\n  ${all.falsePositives.map(show).join("\n  ")}`);
    console.log(
      `frame or voice differs:\n  ${
        all.disagreements.filter(({ annotation: a, hit: h }) => a.voice !== h.voice || a.frame !== h.frame)
          .map(({ annotation: a, hit: h }) => `${show(a)} ${a.voice}, hit "${h.phrase}" ${h.frame} ${h.voice}`)
          .join("\n  ")
      }`,
    );
  }
  assert.ok(all.overall.hits > 0);
});

Deno.test("on the second fresh set precision stays ≥ 0.95, F1 ≥ 0.89 and loaded recall at or above what was measured (0.898 and 26/36)", () => {
  // Measured before round 2's mechanisms: P 0.97 R 0.82 F1 0.89, loaded recall 0.69 (25/36);
  // after: P 0.97 R 0.84 F1 0.90, loaded recall 0.72 (26/36), voice 0.94 (62/66).
  assert.ok(all.overall.precision >= 0.95, `precision ${all.overall.precision}`);
  assert.ok(all.overall.f1 >= 0.89, `F1 ${all.overall.f1}`);
  assert.ok(all.overall.loadedRecall >= 26 / 36, `loaded recall ${all.overall.loadedRecall}`);
});

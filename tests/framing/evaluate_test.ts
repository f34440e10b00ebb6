import assert from "node:assert/strict";
import type { FramingHit } from "../../src/framing/match.ts";
import { evaluateFraming, type FramingAnnotation } from "../../src/framing/evaluate.ts";

const hit = (referent: string, start: number, end: number, voice: "quoted" | "narrative" = "narrative") =>
  ({
    article: "a",
    outlet: "A",
    referent,
    frame: "loaded",
    voice,
    phrase: "",
    start,
    end,
    sentence: "",
    sentenceStart: 0,
    wording: "",
  }) as FramingHit;
const gold = (referent: string, start: number, end: number, voice: "quoted" | "narrative" = "narrative") =>
  ({ article: "a", referent, frame: "loaded", voice, phrase: "", start, end }) as FramingAnnotation;

Deno.test("evaluateFraming() counts overlapping spans of the same referent as found, as computed by hand", () => {
  const hits = [hit("israel", 0, 14), hit("israel", 20, 26, "quoted"), hit("israel", 40, 46), hit("hez", 60, 70)];
  const annotations = [gold("israel", 4, 14), gold("israel", 20, 26), gold("hez", 80, 90), gold("us", 30, 32)];
  const e = evaluateFraming(hits, annotations);
  // Hits right: 0–14 and 20–26; wrong: 40–46 (no annotation), 60–70 (none overlaps).
  assert.equal(e.overall.precision, 2 / 4);
  // Annotations found: 4–14 and 20–26 of four.
  assert.equal(e.overall.recall, 2 / 4);
  // Voice agrees for 4–14 but not 20–26 (quoted against narrative).
  assert.equal(e.overall.voiceAccuracy, 1 / 2);
  assert.equal(e.overall.frameAccuracy, 1);
  const israel = e.byReferent.find((r) => r.referent === "israel")!;
  assert.deepEqual([israel.precision, israel.recall, israel.hits, israel.annotations], [2 / 3, 1, 3, 2]);
  assert.equal(e.falsePositives.length, 2);
  assert.deepEqual(e.falseNegatives.map((a) => a.referent), ["hez", "us"]);
  assert.equal(e.disagreements.length, 1);
});

Deno.test("evaluateFraming() does not count a hit of another referent or article", () => {
  const other = { ...hit("israel", 0, 10), article: "b" };
  const e = evaluateFraming([hit("us", 0, 10), other], [gold("israel", 0, 10)]);
  assert.equal(e.overall.truePositives, 0);
  assert.equal(e.overall.recall, 0);
});

Deno.test("evaluateFraming() gives 1 for precision without hits and recall without annotations", () => {
  const e = evaluateFraming([], []);
  assert.equal(e.overall.precision, 1);
  assert.equal(e.overall.recall, 1);
});

Deno.test("evaluateFraming() gives F1 and loaded recall as computed by hand", () => {
  const neutral = (h: FramingHit) => ({ ...h, frame: "neutral" as const });
  const hits = [hit("israel", 0, 10), neutral(hit("israel", 20, 30)), hit("israel", 50, 60)];
  const annotations = [
    gold("israel", 0, 10), // loaded, found by a loaded hit
    gold("israel", 20, 30), // loaded, found only by a neutral hit: not loaded recall
    gold("israel", 35, 40), // loaded, missed
    { ...gold("israel", 42, 45), frame: "neutral" as const }, // neutral, missed
  ];
  const e = evaluateFraming(hits, annotations);
  // Precision 2/3 (50–60 overlaps nothing), recall 2/4: F1 = 2 × 2/3 × 1/2 / (2/3 + 1/2) = 4/7.
  assert.equal(e.overall.precision, 2 / 3);
  assert.equal(e.overall.recall, 1 / 2);
  assert.ok(Math.abs(e.overall.f1 - 4 / 7) < 1e-12);
  // Loaded annotations 3, found by a loaded hit 1.
  assert.equal(e.overall.loadedAnnotations, 3);
  assert.equal(e.overall.loadedRecall, 1 / 3);
  assert.equal(evaluateFraming([], [gold("x", 0, 1)]).overall.f1, 0, "no hit, no find: F1 0");
});

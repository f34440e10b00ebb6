import assert from "node:assert/strict";
import { framingDifferences } from "../../src/framing/differences.ts";
import { framingByVoice } from "../../src/framing/summary.ts";
import { SUMMARY } from "../fixtures/framing_rows.ts";
import type { FramingVoiceRow } from "../../src/framing/summary.ts";
import { wilsonInterval } from "../../src/measures/wilson.ts";

const row = (outlet: string, loaded: number, hits: number): FramingVoiceRow => ({
  outlet,
  referent: "israel",
  label: "Israel",
  voice: "narrative",
  hits,
  loaded,
  loadedShare: loaded / hits,
  loadedShareLow: wilsonInterval(loaded, hits)!.low,
  loadedShareHigh: wilsonInterval(loaded, hits)!.high,
  tooFew: hits < 5,
});

Deno.test("framingDifferences() calls a difference real when both intervals rest on five mentions and do not overlap", () => {
  // 18 of 20: 95% interval 0.699–0.972; 2 of 20: 0.028–0.301 (apart); 12 of 20: 0.387–0.781 (overlaps the first,
  // apart from the second).
  const rows = [row("A", 18, 20), row("B", 2, 20), row("C", 12, 20), row("D", 1, 2)];
  const d = framingDifferences(rows);
  const verdict = (h: string, l: string) => d.find((x) => x.higher === h && x.lower === l)!.verdict;
  assert.equal(verdict("A", "B"), "real");
  assert.equal(verdict("A", "C"), "noise");
  assert.equal(verdict("C", "B"), "real");
  assert.equal(verdict("A", "D"), "too few", "two mentions: too few, whatever the intervals");
  assert.equal(d.length, 6, "every pair once");
  assert.ok(Math.abs(d[0].difference - 0.8) < 1e-12, "the largest difference first: 0.9 − 0.1");
});

Deno.test("framingDifferences() compares within one referent and voice, and skips outlets that never name it", () => {
  const d = framingDifferences(framingByVoice(SUMMARY));
  assert.ok(d.every((x) => x.higher !== x.lower));
  // Israel in the own voice: only Iran Daily names it (12 mentions), so no pair; Hezbollah own voice: Iran Daily
  // (0 of 2) and The National (1 of 8).
  assert.deepEqual(
    d.filter((x) => x.referent === "hezbollah_resistance").map((x) => [x.voice, x.higher, x.lower, x.verdict]),
    [["narrative", "The National", "Iran Daily", "too few"]],
  );
});

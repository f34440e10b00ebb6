import assert from "node:assert/strict";
import { pairedRelation, sameSpeaker, scoreAttributions, type ScoredRelation } from "../../src/sources/evaluate.ts";

const rel = (
  article: string,
  type: ScoredRelation["type"],
  start: number,
  end: number,
  speaker?: string,
): ScoredRelation => ({
  article,
  type,
  content: { start, end },
  ...(speaker ? { speaker } : {}),
});

Deno.test("sameSpeaker() matches a name with its surname and case, not another person", () => {
  assert.ok(sameSpeaker("Ali Larijani", "larijani"));
  assert.ok(sameSpeaker("The jury", "jury"));
  assert.ok(!sameSpeaker("Ali Larijani", "Ali Khamenei"));
  assert.ok(!sameSpeaker("", "Aoun"));
});

Deno.test("scoreAttributions() counts overlaps as Citron does, checked by hand", () => {
  const gold = [
    rel("a", "direct", 0, 10, "Aoun"), // found by f1 (overlap 5), speaker right
    rel("a", "indirect", 20, 30, "Berri"), // found by f2, speaker wrong
    rel("a", "scare", 40, 45), // missed
    rel("b", "direct", 0, 10, "Jury"), // found by f4 in article b, speaker right
  ];
  const found = [
    rel("a", "direct", 5, 12, "Joseph Aoun"),
    rel("a", "indirect", 25, 35, "Aoun"),
    rel("a", "direct", 50, 60, "X"), // overlaps nothing
    rel("b", "direct", 9, 20, "the jury"),
    rel("c", "direct", 0, 10, "Y"), // another article: overlaps nothing
  ];
  const s = scoreAttributions(found, gold);
  // precision 3/5, recall 3/4, F1 = 2 * 0.6 * 0.75 / 1.35 = 0.6667; speakers 2 right of 3 scored.
  assert.equal(s.matchedFound, 3);
  assert.equal(s.precision, 3 / 5);
  assert.equal(s.recall, 3 / 4);
  assert.ok(Math.abs(s.f1 - 2 / 3) < 1e-12);
  assert.deepEqual([s.speakersRight, s.speakersScored], [2, 3]);
  assert.deepEqual(s.byType.scare, { annotated: 1, found: 0, recall: 0 });
  assert.deepEqual(s.byType.direct, { annotated: 2, found: 2, recall: 1 });
  assert.deepEqual(s.byType.mixed, { annotated: 0, found: 0, recall: 1 });
});

Deno.test("scoreAttributions() of nothing against nothing is 1, with no division by zero", () => {
  const s = scoreAttributions([], []);
  assert.deepEqual([s.precision, s.recall, s.speakerAccuracy], [1, 1, 1]);
});

Deno.test("sameSpeaker() matches a description with its head before a modifier, not a name with a part of it", () => {
  assert.ok(sameSpeaker("the stewards at Bowie", "stewards"));
  assert.ok(sameSpeaker("two of the witnesses before the federal grand jury", "two of the witnesses"));
  assert.ok(sameSpeaker("the directors of the Hughes company", "directors"));
  assert.ok(!sameSpeaker("Union Oil Co. of California", "Union"));
  assert.ok(!sameSpeaker("First National Bank of Jersey City", "bank"));
  assert.ok(!sameSpeaker("Ivan Allen Jr.", "Ivan Allen"));
});

Deno.test("pairedRelation() pairs an annotated content with the found one that overlaps it most, as the score does", () => {
  // Gold 10..30: the first found overlaps it by 2 (10..12), the second by 18 (12..30), the third by 0.
  const found = [rel("a", "direct", 0, 12, "Aoun"), rel("a", "indirect", 12, 40, "Berri"), rel("a", "scare", 30, 35)];
  assert.equal(pairedRelation(found, { start: 10, end: 30 }), 1);
  // Equal overlaps (5 each): the first.
  assert.equal(pairedRelation(found, { start: 7, end: 17 }), 0);
  // Touching is no overlap.
  assert.equal(pairedRelation(found, { start: 40, end: 50 }), -1);
  assert.equal(pairedRelation([], { start: 0, end: 5 }), -1);
  // The speaker scored is the paired one's: Berri, not the first overlapping Aoun.
  const s = scoreAttributions(found, [rel("a", "indirect", 10, 30, "Berri")]);
  assert.deepEqual([s.speakersRight, s.speakersScored], [1, 1]);
  const t = scoreAttributions(found, [rel("a", "indirect", 10, 30, "Aoun")]);
  assert.deepEqual([t.speakersRight, t.speakersScored], [0, 1]);
});

Deno.test("pairedRelation() of equal overlaps takes the found content that is shortest, then the first", () => {
  // An outer quote 0..100 and an inner report 40..70 inside it; the annotated inner content is 45..70.
  // Overlaps: outer 25 (45..70), inner 25 (45..70): equal, the inner is shorter (30 < 100).
  const found = [rel("a", "direct", 0, 100, "Moritz"), rel("a", "indirect", 40, 70, "Royal")];
  assert.equal(pairedRelation(found, { start: 45, end: 70 }), 1);
  // The other order gives the same pairing: the shorter, not the first.
  assert.equal(pairedRelation([found[1], found[0]], { start: 45, end: 70 }), 0);
  // A larger overlap still wins over a shorter content: gold 30..70 overlaps outer by 40, inner by 30.
  assert.equal(pairedRelation(found, { start: 30, end: 70 }), 0);
  // Equal overlaps and equal lengths (5 each, both 10 long): the first.
  const twins = [rel("a", "direct", 0, 10, "A"), rel("a", "direct", 10, 20, "B")];
  assert.equal(pairedRelation(twins, { start: 5, end: 15 }), 0);
  // The score follows the pairing: the annotated inner relation's speaker is the inner one's.
  const gold = [rel("a", "direct", 0, 100, "Moritz"), rel("a", "indirect", 45, 70, "Royal")];
  const s = scoreAttributions(found, gold);
  // Gold outer 0..100: overlaps outer 100, inner 30: outer, Moritz right. Gold inner: inner, Royal right.
  assert.deepEqual([s.speakersRight, s.speakersScored], [2, 2]);
});

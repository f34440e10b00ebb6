import assert from "node:assert/strict";
import type { AnnotatedArticle } from "../../src/types.ts";
import type { FramingHit } from "../../src/framing/match.ts";
import { framingByVoice, framingSummary } from "../../src/framing/summary.ts";

const article = (id: string, outlet: string, words: number) =>
  ({
    article: { id, outlet, file: "", extra: {}, text: "" },
    sentences: [],
    tokens: [],
    terms: [],
    words,
  }) as AnnotatedArticle;

const hit = (outlet: string, referent: string, frame: "loaded" | "neutral", voice: "quoted" | "narrative") =>
  ({
    article: outlet,
    outlet,
    referent,
    frame,
    voice,
    phrase: "",
    start: 0,
    end: 0,
    sentence: "",
    sentenceStart: 0,
    wording: "",
  }) as FramingHit;

// Outlet A: two articles of 300 and 500 words; outlet B: one of 400 words.
const ANNOTATED = [article("a1", "A", 300), article("a2", "A", 500), article("b1", "B", 400)];
const HITS = [
  hit("A", "israel", "loaded", "narrative"),
  hit("A", "israel", "loaded", "quoted"),
  hit("A", "israel", "neutral", "narrative"),
  hit("A", "israel", "neutral", "narrative"),
  hit("B", "israel", "loaded", "quoted"),
];
const REFERENTS = [{ id: "israel", label: "Israel" }, { id: "united_states", label: "United States" }];

Deno.test("framingSummary() counts hits per 1,000 words and loaded shares as computed by hand", () => {
  const rows = framingSummary(HITS, ANNOTATED, REFERENTS);
  const a = rows.find((r) => r.outlet === "A" && r.referent === "israel")!;
  assert.equal(a.articles, 2);
  assert.equal(a.words, 800);
  assert.equal(a.hits, 4);
  assert.equal(a.loaded, 2);
  assert.equal(a.neutral, 2);
  assert.equal(a.hitsPer1000, 5); // 4 / 800 × 1000
  assert.equal(a.loadedShare, 0.5); // 2 / 4
  assert.equal(a.narrativeHits, 3);
  assert.equal(a.narrativeLoaded, 1);
  assert.equal(a.narrativeLoadedShare, 1 / 3);
  assert.equal(a.quotedHits, 1);
  assert.equal(a.quotedLoadedShare, 1);
  const b = rows.find((r) => r.outlet === "B" && r.referent === "israel")!;
  assert.equal(b.hitsPer1000, 2.5); // 1 / 400 × 1000
  assert.equal(b.loadedShare, 1);
  assert.equal(b.narrativeLoadedShare, null, "no own-voice mention: no share");
});

Deno.test("framingSummary() gives every share its 95% Wilson interval, computed by hand", () => {
  const rows = framingSummary(HITS, ANNOTATED, REFERENTS);
  const a = rows.find((r) => r.outlet === "A" && r.referent === "israel")!;
  const close = (x: number | null, y: number, what: string) =>
    assert.ok(x !== null && Math.abs(x - y) < 5e-5, `${what}: ${x} is not ${y}`);
  // 2 of 4 loaded, z = 1.959964: centre 0.5, half 1.959964 / 1.960365 × √(0.0625 + 0.060023) = 0.349961.
  close(a.loadedShareLow, 0.150039, "loaded low");
  close(a.loadedShareHigh, 0.849961, "loaded high");
  // 1 of 3 narrative: z²/n = 1.280486, centre (0.333333 + 0.640243) / 2.280486 = 0.426917,
  // half 1.959964 / 2.280486 × √(0.074074 + 0.106707) = 0.859451 × 0.425184 = 0.365426.
  close(a.narrativeLoadedShareLow, 0.061491, "narrative low");
  close(a.narrativeLoadedShareHigh, 0.792343, "narrative high");
  // 1 of 1 quoted: z²/n = 3.841459, centre (1 + 1.920730) / 4.841459 = 0.603274, low = centre − half = 0.206549.
  close(a.quotedLoadedShareLow, 0.206549, "quoted low");
  assert.equal(a.quotedLoadedShareHigh, 1);
  const none = rows.find((r) => r.outlet === "A" && r.referent === "united_states")!;
  assert.deepEqual([none.loadedShareLow, none.loadedShareHigh], [null, null], "no mention: no interval");
});

Deno.test("framingSummary() flags a share from fewer than five mentions as too few to compare", () => {
  const five = [...HITS, hit("A", "israel", "neutral", "quoted")];
  const rows = framingSummary(five, ANNOTATED, REFERENTS);
  const a = rows.find((r) => r.outlet === "A" && r.referent === "israel")!;
  assert.equal(a.hits, 5);
  assert.equal(a.tooFew, false, "five mentions are enough");
  assert.equal(a.narrativeTooFew, true, "three own-voice mentions are not");
  assert.equal(a.quotedTooFew, true);
  const b = rows.find((r) => r.outlet === "B" && r.referent === "israel")!;
  assert.equal(b.tooFew, true, "one mention");
  assert.equal(rows.find((r) => r.referent === "united_states")!.tooFew, true, "no mention is too few as well");
});

Deno.test("framingSummary() keeps every outlet and referent, a zero row for a referent never named", () => {
  const rows = framingSummary(HITS, ANNOTATED, REFERENTS);
  assert.deepEqual(rows.map((r) => `${r.outlet}/${r.referent}`), [
    "A/israel",
    "A/united_states",
    "B/israel",
    "B/united_states",
  ]);
  const none = rows[1];
  assert.equal(none.hits, 0);
  assert.equal(none.hitsPer1000, 0);
  assert.equal(none.loadedShare, null);
  assert.equal(none.label, "United States");
});

Deno.test("framingByVoice() gives two rows per outlet and referent, narrative then quoted", () => {
  const rows = framingByVoice(framingSummary(HITS, ANNOTATED, REFERENTS));
  assert.equal(rows.length, 8);
  assert.deepEqual(rows.slice(0, 2).map((r) => [r.voice, r.hits, r.loaded, r.loadedShare, r.tooFew]), [
    ["narrative", 3, 1, 1 / 3, true],
    ["quoted", 1, 1, 1, true],
  ]);
  const summary = framingSummary(HITS, ANNOTATED, REFERENTS)[0];
  assert.equal(rows[0].loadedShareLow, summary.narrativeLoadedShareLow);
  assert.equal(rows[1].loadedShareHigh, summary.quotedLoadedShareHigh);
});

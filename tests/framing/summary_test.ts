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
  assert.deepEqual(rows.slice(0, 2).map((r) => [r.voice, r.hits, r.loaded, r.loadedShare]), [
    ["narrative", 3, 1, 1 / 3],
    ["quoted", 1, 1, 1],
  ]);
});

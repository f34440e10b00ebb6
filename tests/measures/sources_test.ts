import assert from "node:assert/strict";
import { countWords, type QuoteRow, quoteRows, sourceRows } from "../../src/measures/sources.ts";
import type { Attribution } from "../../src/sources/attribution.ts";

Deno.test("countWords() counts runs of letters and digits, an apostrophe or hyphen inside a word", () => {
  assert.equal(countWords("Iran's “balance” — not co-operation."), 4);
  assert.equal(countWords("In 2023, 12 people"), 4);
  assert.equal(countWords(" — "), 0);
});

Deno.test("quoteRows() gives each relation its texts and offsets, and -1 where there is no source or cue", () => {
  const text = "The envoy said Iran will win. The so-called “resistance” met.";
  const relations: Attribution[] = [
    {
      type: "indirect",
      sentence: 0,
      content: { start: 15, end: 28 },
      cue: { start: 10, end: 14 },
      source: { start: 0, end: 9 },
    },
    { type: "scare", sentence: 1, content: { start: 45, end: 55 } },
  ];
  const rows = quoteRows({ id: "a", outlet: "X", text }, relations, [{
    name: "envoy",
    type: "unnamed",
    via: "description",
  }, undefined]);
  assert.deepEqual(rows[0], {
    article: "a",
    outlet: "X",
    type: "indirect",
    speaker: "envoy",
    speakerType: "unnamed",
    speakerText: "The envoy",
    speakerStart: 0,
    speakerEnd: 9,
    cue: "said",
    cueStart: 10,
    cueEnd: 14,
    content: "Iran will win",
    contentStart: 15,
    contentEnd: 28,
    words: 3,
    sentence: "The envoy said Iran will win",
    sentenceStart: 0,
  });
  assert.deepEqual(
    [rows[1].speaker, rows[1].speakerType, rows[1].speakerStart, rows[1].cueStart, rows[1].content],
    ["", "", -1, -1, "resistance"],
  );
});

const row = (outlet: string, speaker: string, words: number, type: QuoteRow["type"] = "direct"): QuoteRow => ({
  article: "a",
  outlet,
  type,
  speaker,
  speakerType: speaker ? "person" : "",
  speakerText: speaker,
  speakerStart: 0,
  speakerEnd: 1,
  cue: "said",
  cueStart: 2,
  cueEnd: 6,
  content: "",
  contentStart: 7,
  contentEnd: 8,
  words,
  sentence: "",
  sentenceStart: 0,
});

Deno.test("sourceRows() sums relations and words per outlet and speaker, with shares checked by hand", () => {
  const quotes = [
    row("A", "Ali Larijani", 30),
    row("A", "Ali Larijani", 10),
    row("A", "Joseph Aoun", 20),
    row("A", "", 50), // no speaker: left out of rows and of the total
    row("A", "Someone", 5, "scare"), // a scare quote is no one's
    row("B", "Joseph Aoun", 8),
  ];
  const rows = sourceRows(quotes, { affiliation: new Map([["Ali Larijani", ["Iran"]]]) });
  // A: 60 attributed words; Larijani 40/60, Aoun 20/60. B: Aoun 8/8.
  assert.deepEqual(rows.map((r) => [r.outlet, r.speaker, r.affiliation, r.relations, r.words, r.share]), [
    ["A", "Ali Larijani", "Iran", 2, 40, 40 / 60],
    ["A", "Joseph Aoun", "", 1, 20, 20 / 60],
    ["B", "Joseph Aoun", "", 1, 8, 1],
  ]);
});

Deno.test("sourceRows() groups by any field given as groupBy", () => {
  const quotes = [row("A", "Ali Larijani", 10), row("B", "Ali Larijani", 30)];
  const rows = sourceRows(quotes, { groupBy: () => "Iran-aligned" });
  assert.deepEqual(rows.map((r) => [r.outlet, r.relations, r.words, r.share]), [["Iran-aligned", 2, 40, 1]]);
});

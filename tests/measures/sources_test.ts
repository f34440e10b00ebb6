import assert from "node:assert/strict";
import {
  countWords,
  loadedBySpeaker,
  NO_SPEAKER,
  OWN_WORDS,
  type QuoteRow,
  quoteRows,
  sourceRows,
} from "../../src/measures/sources.ts";
import type { FramingHit } from "../../src/framing/match.ts";
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
    insideStart: -1,
    insideEnd: -1,
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
  insideStart: -1,
  insideEnd: -1,
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

Deno.test('sourceRows() leaves out a relation whose cue names no one ("unnamed reports"), from rows and totals', () => {
  const reported = { ...row("A", "unnamed reports", 30, "indirect"), speakerType: "unnamed" as const, speakerText: "" };
  const accused = { ...row("A", "unnamed accusers", 12, "indirect"), speakerType: "unnamed" as const, speakerText: "" };
  const diplomat = { ...row("A", "a diplomat", 10), speakerType: "unnamed" as const };
  const rows = sourceRows([reported, accused, diplomat, row("A", "Joseph Aoun", 30)]);
  // A: 40 words of named or described speakers; Aoun 30/40, the diplomat 10/40.
  assert.deepEqual(rows.map((r) => [r.speaker, r.relations, r.words, r.share]), [
    ["Joseph Aoun", 1, 30, 30 / 40],
    ["a diplomat", 1, 10, 10 / 40],
  ]);
});

Deno.test("sourceRows() groups by any field given as groupBy", () => {
  const quotes = [row("A", "Ali Larijani", 10), row("B", "Ali Larijani", 30)];
  const rows = sourceRows(quotes, { groupBy: () => "Iran-aligned" });
  assert.deepEqual(rows.map((r) => [r.outlet, r.relations, r.words, r.share]), [["Iran-aligned", 2, 40, 1]]);
});

Deno.test("sourceRows() counts the words of a report inside a quote once, for the inner speaker, by hand", () => {
  // “Coach Royal told me he could use me and that the team needs speed,” Moritz said.
  const text = "“Coach Royal told me he could use me and that the team needs speed,” Moritz said.";
  const quote: Attribution = {
    type: "direct",
    sentence: 0,
    content: { start: 1, end: 67 },
    cue: { start: 76, end: 80 },
    source: { start: 69, end: 75 },
  };
  const inner: Attribution = {
    type: "indirect",
    sentence: 0,
    content: { start: 21, end: 67 },
    cue: { start: 13, end: 17 },
    source: { start: 1, end: 12 },
    inside: { start: 1, end: 67 },
  };
  const person = (name: string) => ({ name, type: "person" as const, via: "name" as const });
  const rows = quoteRows({ id: "a", outlet: "X", text }, [quote, inner], [person("Moritz"), person("Royal")]);
  assert.equal(text.slice(inner.content.start, inner.content.end), "he could use me and that the team needs speed,");
  // quotes.csv keeps each relation's own words and where the inner one was found.
  assert.deepEqual(rows.map((r) => [r.words, r.insideStart, r.insideEnd]), [[14, -1, -1], [10, 1, 67]]);
  // The quote's 14 words less the 10 of the report inside it: Moritz 4 ("Coach Royal told me"),
  // Royal 10; the outlet's total 14 words, not 24, and the shares sum to 1.
  const [a, b] = sourceRows(rows);
  assert.deepEqual([a.speaker, a.relations, a.words, a.share], ["Royal", 1, 10, 10 / 14]);
  assert.deepEqual([b.speaker, b.relations, b.words, b.share], ["Moritz", 1, 4, 4 / 14]);
});

Deno.test("sourceRows() takes the words of an inner report with no speaker from the quote and gives them to no one", () => {
  const outer = { ...row("A", "Ali Larijani", 20), article: "k", contentStart: 10, contentEnd: 90 };
  const inner = {
    ...row("A", "", 8, "indirect"),
    article: "k",
    contentStart: 40,
    contentEnd: 80,
    insideStart: 10,
    insideEnd: 90,
  };
  // The same spans in another article are another quote: its words stay whole.
  const other = { ...row("A", "Joseph Aoun", 12), article: "m", contentStart: 10, contentEnd: 90 };
  const rows = sourceRows([outer, inner, other]);
  // Larijani 20 - 8 = 12, Aoun 12: 24 words, half each.
  assert.deepEqual(rows.map((r) => [r.speaker, r.words, r.share]), [["Ali Larijani", 12, 0.5], [
    "Joseph Aoun",
    12,
    0.5,
  ]]);
});

Deno.test("quoteRows() cuts each row's sentence from the sentences that hold its source, cue and content", () => {
  const text = "Talks began. “We will win,” he said. Later, more.";
  const sentences = [{ start: 0, end: 12 }, { start: 13, end: 36 }, { start: 37, end: 49 }];
  const relations: Attribution[] = [{
    type: "direct",
    sentence: 1,
    content: { start: 14, end: 25 },
    cue: { start: 31, end: 35 },
    source: { start: 28, end: 30 },
  }];
  const [row] = quoteRows({ id: "a", outlet: "X", text }, relations, [undefined], { sentences });
  assert.deepEqual([row.sentence, row.sentenceStart], ["“We will win,” he said.", 13]);
  // Without the sentences: from the first of source, cue and content to the last.
  const [bare] = quoteRows({ id: "a", outlet: "X", text }, relations, [undefined]);
  assert.deepEqual([bare.sentence, bare.sentenceStart], ["We will win,” he said", 14]);
});

const hit = (outlet: string, frame: FramingHit["frame"], voice: FramingHit["voice"], speaker = ""): FramingHit => ({
  article: "a",
  outlet,
  referent: "israel",
  frame,
  voice,
  phrase: "",
  start: 0,
  end: 1,
  sentence: "",
  sentenceStart: 0,
  wording: "",
  speaker,
});

Deno.test("loadedBySpeaker() counts each outlet's loaded hits by whose words they are in, with shares checked by hand", () => {
  const rows = loadedBySpeaker([
    hit("A", "loaded", "narrative"),
    hit("A", "loaded", "quoted", "Ali Larijani"),
    hit("A", "loaded", "quoted", "Ali Larijani"),
    hit("A", "neutral", "quoted", "Ali Larijani"),
    hit("A", "loaded", "quoted"),
    hit("A", "neutral", "quoted", "Joseph Aoun"),
    hit("B", "neutral", "narrative"),
  ]);
  // A: 4 loaded hits; Larijani 2 of them (3 hits), the outlet 1, no speaker 1; Aoun and B none loaded.
  assert.deepEqual(rows, [
    { outlet: "A", speaker: "Ali Larijani", loaded: 2, hits: 3, share: 2 / 4 },
    { outlet: "A", speaker: NO_SPEAKER, loaded: 1, hits: 1, share: 1 / 4 },
    { outlet: "A", speaker: OWN_WORDS, loaded: 1, hits: 1, share: 1 / 4 },
  ]);
});

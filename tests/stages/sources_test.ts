import assert from "node:assert/strict";
import { loadCorpus } from "../../src/corpus/load.ts";
import { annotateAndDigest, loadDigestTools } from "../../src/pipeline/digest.ts";
import { runCorpusStages } from "../../src/stages/registry.ts";
import { affiliations, sourcesStage } from "../../src/stages/sources.ts";
import { attributedHits } from "../../src/sources/voice.ts";
import { entitiesStage } from "../../src/stages/entities.ts";
import { columnNames } from "../../src/stages/stage.ts";
import { toCsv } from "../../src/render/csv.ts";
import { speakerSide } from "../../src/measures/sides.ts";
import { isAgentlessSpeaker } from "../../src/sources/speaker_agentless.ts";

const tools = await loadDigestTools();
const corpus = await loadCorpus();
const digests = corpus.articles.map((a) => annotateAndDigest(a, tools));

Deno.test("sourcesStage declares quotes.csv with the columns of issue 17 and sources.csv with the speaker's affiliation", () => {
  assert.deepEqual(columnNames(sourcesStage.tables.quotes), [
    "article",
    "outlet",
    "type",
    "speaker",
    "speakerType",
    "speakerText",
    "speakerStart",
    "speakerEnd",
    "cue",
    "cueStart",
    "cueEnd",
    "content",
    "contentStart",
    "contentEnd",
    "sentence",
  ]);
  assert.deepEqual(columnNames(sourcesStage.tables.sources), [
    "outlet",
    "speaker",
    "speakerType",
    "affiliation",
    "relations",
    "words",
    "share",
  ]);
});

Deno.test("sourcesStage gives every relation of the seeds a row whose offsets cut its texts out of the article", () => {
  const { quotes } = sourcesStage.corpus({ digests, tools }).tables;
  assert.equal(quotes.length, digests.reduce((n, d) => n + d.sources.length, 0));
  const squash = (s: string) => s.replace(/\s+/g, " ").trim();
  for (const q of quotes) {
    const text = corpus.articles.find((a) => a.id === q.article)!.text;
    assert.equal(q.content, squash(text.slice(q.contentStart, q.contentEnd)));
    assert.equal(q.cue, q.cueStart < 0 ? "" : squash(text.slice(q.cueStart, q.cueEnd)));
    assert.equal(q.speakerText, q.speakerStart < 0 ? "" : squash(text.slice(q.speakerStart, q.speakerEnd)));
    assert.equal(q.sentence, text.slice(q.sentenceStart, q.sentenceStart + q.sentence.length));
    assert.ok(q.sentenceStart <= q.contentStart && q.contentEnd <= q.sentenceStart + q.sentence.length);
  }
  assert.ok(toCsv(quotes, columnNames(sourcesStage.tables.quotes)).split("\n").length > quotes.length);
});

Deno.test("sourcesStage's shares are each outlet's attributed words by speaker, summing to 1 per outlet", () => {
  const { quotes, sources } = sourcesStage.corpus({ digests, tools }).tables;
  for (const outlet of new Set(sources.map((s) => s.outlet))) {
    const mine = quotes.filter((q) =>
      q.outlet === outlet && q.type !== "scare" && q.speaker !== "" &&
      !isAgentlessSpeaker({ name: q.speaker, type: q.speakerType })
    );
    const rows = sources.filter((s) => s.outlet === outlet);
    const total = rows.reduce((n, r) => n + r.words, 0);
    assert.equal(rows.reduce((n, r) => n + r.relations, 0), mine.length, outlet);
    assert.ok(Math.abs(rows.reduce((n, r) => n + r.share, 0) - 1) < 1e-9, outlet);
    for (const r of rows) assert.equal(r.share, r.words / total);
  }
  // Larijani speaks for Iran in the gazetteer.
  assert.ok(sources.some((s) => s.speaker === "Ali Larijani" && s.affiliation === "Iran"));
});

Deno.test('sourcesStage keeps "reportedly" and "it is reported" in quotes.csv, not as a speaker of sources.csv or a side', () => {
  const text = "The army reportedly crossed the river at dawn and took the bridge near the town. " +
    "It is reported that the talks in Geneva have stalled for a third week. " +
    "Omar Haddad said the ceasefire would hold.";
  const article = { id: "a", file: "a.md", outlet: "A", text, extra: {} };
  const { quotes, sources, sources_by_side } = sourcesStage.corpus({
    digests: [annotateAndDigest(article, tools)],
    tools,
  }).tables;
  assert.deepEqual(quotes.map((q) => q.speaker), ["unnamed reports", "unnamed reports", "Omar Haddad"]);
  assert.deepEqual(sources.map((s) => [s.speaker, s.relations, s.share]), [["Omar Haddad", 1, 1]]);
  assert.deepEqual(sources_by_side.map((r) => [r.side, r.relations, r.outletRelations]), [[
    "no affiliation (person)",
    1,
    1,
  ]]);
});

Deno.test("sourcesStage counts a report inside a quote once in sources.csv: its words the inner speaker's, not the quote's", () => {
  const text = "“Last spring the mayor told me the bridge would be rebuilt,” said Ellen Park.";
  const article = { id: "a", file: "a.md", outlet: "A", text, extra: {} };
  const { quotes, sources } = sourcesStage.corpus({ digests: [annotateAndDigest(article, tools)], tools }).tables;
  // quotes.csv: the quote's 11 words and the 5 of the report inside it, each as found.
  assert.deepEqual(quotes.map((q) => [q.speaker, q.words, q.insideStart >= 0]), [
    ["Ellen Park", 11, false],
    ["mayor", 5, true],
  ]);
  // sources.csv: Ellen Park 11 - 5 = 6 words, the mayor 5; 11 in all, the shares summing to 1.
  assert.deepEqual(sources.map((s) => [s.speaker, s.relations, s.words, s.share]), [
    ["Ellen Park", 1, 6, 6 / 11],
    ["mayor", 1, 5, 5 / 11],
  ]);
});

Deno.test("sourcesStage resolves speakers against the entities stage's result when given, as when it resolves them itself", () => {
  const alone = sourcesStage.corpus({ digests, tools });
  const entities = entitiesStage.corpus({ digests, tools });
  const given = sourcesStage.corpus({ digests, tools, results: { entities } });
  assert.deepEqual(given.tables, alone.tables);
});

Deno.test("sourcesStage groups by groupBy: rows of a country, with its shares", () => {
  const { sources, quotes } = sourcesStage.corpus({ digests, tools }, { groupBy: "country" }).tables;
  const countries = new Set(corpus.articles.map((a) => a.country ?? "(no country)"));
  assert.ok(quotes.every((q) => countries.has(q.outlet)));
  assert.ok(sources.every((s) => countries.has(s.outlet)));
});

Deno.test("affiliations() gives a person's and an organisation's affiliations, and a place itself", () => {
  const map = affiliations({
    entities: [
      { name: "Ali Larijani", type: "person", aliases: [], demonyms: [], affiliation: ["Iran"] },
      { name: "Iran", type: "place", aliases: [], demonyms: [] },
      { name: "Hezbollah", type: "organization", aliases: [], demonyms: [] },
    ],
  });
  assert.deepEqual([...map], [["Ali Larijani", ["Iran"]], ["Iran", ["Iran"]]]);
});

Deno.test("framing hits carry the speaker of the relation they fall in, through the registry", () => {
  const results = runCorpusStages({ digests, tools });
  const hits = results.framing.tables.framing;
  const aggression = hits.find((h) => h.phrase === "Zionist aggression against Iran")!;
  assert.deepEqual([aggression.voice, aggression.speaker], ["quoted", "Mohammed Shia al-Sudani"]);
  assert.ok(hits.every((h) => h.voice === "quoted" || h.speaker === ""), "a narrative hit has no speaker");
  assert.deepEqual(attributedHits(digests, results.sources), hits);
});

Deno.test("sourcesStage's sources_by_side adds up sources.csv by the speakers' side, per outlet and per country", () => {
  for (const groupBy of ["outlet", "country"]) {
    const { sources, sources_by_side } = sourcesStage.corpus({ digests, tools }, { groupBy }).tables;
    assert.ok(sources_by_side.length > 0, groupBy);
    for (const r of sources_by_side) {
      // By hand: the relations of the group's speakers on this side, over all the group's relations.
      const mine = sources.filter((s) => s.outlet === r.outlet);
      const relations = mine.filter((s) => speakerSide(s) === r.side).reduce((n, s) => n + s.relations, 0);
      const all = mine.reduce((n, s) => n + s.relations, 0);
      assert.deepEqual(
        [r.relations, r.outletRelations, r.share],
        [relations, all, relations / all],
        `${r.outlet}, ${r.side}`,
      );
      assert.ok(r.shareLow <= r.share && r.share <= r.shareHigh);
    }
    const groups = [...new Set(sources.map((s) => s.outlet))].sort();
    assert.deepEqual([...new Set(sources_by_side.map((r) => r.outlet))].sort(), groups, groupBy);
  }
  const countries = sourcesStage.corpus({ digests, tools }, { groupBy: "country" }).tables.sources_by_side;
  const countryOf = new Set(corpus.articles.map((a) => a.country));
  assert.ok(countries.every((r) => countryOf.has(r.outlet)), "each row's group is a country");
});

Deno.test("sourcesStage resolves a title with a demonym by the gazetteer's affiliations, as the accuracy bench does", () => {
  const text =
    "Ali Larijani arrived in Baghdad on Monday. The Iranian official told reporters that the visit went well.";
  const article = { id: "a", file: "a.md", outlet: "X", text, extra: {} };
  const { quotes } = sourcesStage.corpus({ digests: [annotateAndDigest(article, tools)], tools }).tables;
  const row = quotes.find((q) => q.speakerText === "The Iranian official");
  assert.equal(row?.speaker, "Ali Larijani");
});

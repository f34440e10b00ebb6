import assert from "node:assert/strict";
import { loadCorpus } from "../../src/corpus/load.ts";
import { annotateAndDigest, loadDigestTools } from "../../src/pipeline/digest.ts";
import {
  type AnyStage,
  checkStages,
  DIGEST_STAGES,
  runCorpusStages,
  runOrder,
  STAGES,
} from "../../src/stages/registry.ts";
import { columnNames, fitsColumn, groupOf, hasFields, type Stage } from "../../src/stages/stage.ts";
import { articleRows } from "../../src/measures/articles.ts";
import { buildSections, SECTIONS } from "../../src/report/section.ts";
import type { Article } from "../../src/types.ts";
import { projectPath } from "../../src/paths.ts";

const tools = await loadDigestTools();
const corpus = await loadCorpus();
const digests = corpus.articles.map((a) => annotateAndDigest(a, tools));

/** A stage with nothing but a name, what it needs and a result. */
const stub = (name: string, needs: string[] = []): AnyStage => ({
  name,
  module: import.meta.url,
  needs,
  data: [],
  tables: {},
  corpus: (input) => ({ tables: {}, read: Object.keys(input.results ?? {}) }),
});

Deno.test("STAGES lists each stage once, in the order of the report; DIGEST_STAGES those with a per-article part", () => {
  assert.deepEqual(STAGES.map((s) => s.name), [
    "corpus",
    "terms",
    "framing",
    "entities",
    "sources",
    "attention",
    "reuse",
  ]);
  assert.deepEqual(DIGEST_STAGES, ["terms", "framing", "entities", "sources"]);
  assert.deepEqual(Object.keys(SECTIONS), STAGES.map((s) => s.name), "a section per stage, in order");
  const sections = buildSections({ corpus, digests, tools });
  assert.deepEqual(sections.map((s) => s.id), STAGES.map((s) => s.name));
});

Deno.test("runOrder() puts each stage after the stages it needs, the others in the order given", () => {
  // The framing needs the sources (the voice of its hits), which need the entities (the speakers).
  assert.deepEqual(runOrder(STAGES).map((s) => s.name), [
    "corpus",
    "entities",
    "terms",
    "sources",
    "framing",
    "attention",
    "reuse",
  ]);
  assert.deepEqual(runOrder([stub("a", ["c"]), stub("b"), stub("c", ["b"])]).map((s) => s.name), ["b", "c", "a"]);
});

Deno.test("checkStages() names a stage that needs one not registered, two stages of one name, and a circle", () => {
  assert.throws(() => checkStages([stub("a", ["b"])]), /The a stage needs "b", which is not registered/);
  assert.throws(() => checkStages([stub("a"), stub("a")]), /Two stages are named "a"/);
  assert.throws(
    () => checkStages([stub("a", ["b"]), stub("b", ["c"]), stub("c", ["a"])]),
    /Stages need each other in a circle: a needs b needs c needs a/,
  );
});

Deno.test("runCorpusStages() runs a stage after those it needs and gives it their results", () => {
  const times: string[] = [];
  const results = runCorpusStages({ digests, tools }, {
    stages: [stub("late", ["early"]), stub("early")],
    onStage: (name, ms) => (assert.ok(ms >= 0), times.push(name)),
  }) as unknown as Record<string, { read: string[] }>;
  assert.deepEqual(times, ["early", "late"]);
  assert.deepEqual(results.late.read, ["early"]);
});

Deno.test("every table of every stage is flat: on the seed corpus and the planted reuse, each row's columns have their declared types", async () => {
  // The seed articles are independent: the planted reprints and shared quote of tests/fixtures/reuse give the reuse
  // stage rows.
  const planted = (await loadCorpus(projectPath("tests", "fixtures", "reuse"))).articles;
  const all = [...digests, ...planted.map((a) => annotateAndDigest(a, tools))];
  const results = runCorpusStages({ digests: all, tools }) as unknown as Record<
    string,
    { tables: Record<string, Record<string, unknown>[]> }
  >;
  let checked = 0;
  for (const stage of STAGES) {
    const tables = Object.entries(stage.tables) as [string, { columns: Record<string, "string"> }][];
    assert.deepEqual(Object.keys(results[stage.name].tables), tables.map(([name]) => name), stage.name);
    for (const [name, schema] of tables) {
      const rows = results[stage.name].tables[name];
      assert.ok(rows.length > 0, `${name} has rows on the seeds`);
      for (const row of rows) {
        for (const [column, type] of Object.entries(schema.columns)) {
          assert.ok(fitsColumn(row[column], type), `${name}.${column}: ${JSON.stringify(row[column])} is not ${type}`);
          checked++;
        }
      }
    }
  }
  assert.ok(checked > 1000, `${checked} cells`);
});

Deno.test("each section writes its stage's tables with the columns the stage declares", () => {
  const sections = buildSections({ corpus, digests, tools });
  for (const [i, stage] of STAGES.entries()) {
    const declared = Object.entries(stage.tables).map(([name, schema]) => [name, columnNames(schema)]);
    assert.deepEqual(sections[i].tables.map((t) => [t.name, t.columns]), declared, stage.name);
  }
  assert.deepEqual(sections[0].tables[0].columns, ["id", "outlet", "date", "title", "kind", "words", "sentences"]);
});

Deno.test("each stage's part comes back whole from its packed form, through JSON", () => {
  for (const stage of STAGES) {
    if (!stage.digest) continue;
    for (const d of digests) {
      const part = (d as unknown as Record<string, unknown>)[stage.name];
      const packed = JSON.parse(JSON.stringify(stage.digest.pack(part)));
      assert.deepEqual(stage.digest.unpack(packed, d.article), part, `${stage.name} of ${d.article.id}`);
    }
  }
});

Deno.test("each stage's unpack() throws on a malformed part, saying which stage's", () => {
  const d = digests[0];
  const bad: Record<string, unknown[]> = {
    terms: [null, {}, [["war", 1.5]], [["war"]], [[3, 1]]],
    framing: [null, [{}], [{ ...d.framing[0], start: "3" }], [{ ...d.framing[0], frame: "angry" }]],
    entities: [
      null,
      { candidates: [] },
      { candidates: [{ ...d.entities.candidates[0], words: "Larijani" }], spanTags: [] },
      { candidates: [{ ...d.entities.candidates[0], cues: {} }], spanTags: [] },
      { candidates: [], spanTags: [["Larijani"]] },
    ],
    sources: [
      null,
      [{}],
      [{ ...d.sources[0], type: "rumour" }],
      [{ ...d.sources[0], sentence: "1" }],
      [{ ...d.sources[0], content: { start: 5, end: 2 } }],
      [{ ...d.sources[0], content: { start: 0, end: d.article.text.length + 1 } }],
      [{ ...d.sources[0], cue: "said" }],
      [{ ...d.sources[0], source: { start: -1, end: 3 } }],
      [{ ...d.sources[0], inside: { start: 0, end: d.article.text.length + 1 } }],
    ],
  };
  for (const stage of STAGES) {
    if (!stage.digest) continue;
    assert.ok(bad[stage.name], `malformed parts for ${stage.name}`);
    for (const packed of bad[stage.name]) {
      assert.throws(
        () => stage.digest!.unpack(packed, d.article),
        new RegExp(`the cached ${stage.name} part is malformed`),
        JSON.stringify(packed),
      );
    }
  }
});

Deno.test("hasFields() checks the named fields' types, an optional one only when present", () => {
  assert.ok(hasFields({ a: "x", b: 2, c: true }, { a: "string", b: "integer" }));
  assert.ok(!hasFields({ a: "x", b: 2.5 }, { a: "string", b: "integer" }));
  assert.ok(hasFields({ a: "x" }, { a: "string", e: "integer?" }));
  assert.ok(!hasFields({ a: "x", e: "1" }, { a: "string", e: "integer?" }));
  assert.ok(!hasFields(["x"], { 0: "string" }));
  assert.ok(!hasFields(null, {}));
});

Deno.test("groupBy 'outlet', the default, gives the same results as no groupBy at all", () => {
  assert.equal(groupOf(), undefined);
  assert.equal(groupOf("outlet"), undefined);
  assert.deepEqual(runCorpusStages({ digests, tools }, { groupBy: "outlet" }), runCorpusStages({ digests, tools }));
  const byFunction = runCorpusStages({ digests, tools }, { groupBy: (a) => a.outlet });
  assert.deepEqual(byFunction, runCorpusStages({ digests, tools }));
});

Deno.test("groupBy 'country' compares countries: the outlets of one country are one group in every stage", () => {
  const country = (a: Article) => a.country ?? "";
  const results = runCorpusStages({ digests, tools }, { groupBy: "country" });
  const countries = [...new Set(corpus.articles.map(country))].sort((a, b) => a.localeCompare(b));
  assert.ok(countries.length >= 2 && countries.length < corpus.articles.length, "some country has two outlets");
  // By hand: each country's articles and words, summed over its articles.
  const rows = articleRows(digests);
  const expected = countries.map((c) => {
    const mine = rows.filter((_, i) => country(corpus.articles[i]) === c);
    return [c, mine.length, mine.reduce((n, r) => n + r.words, 0)];
  });
  assert.deepEqual(results.corpus.tables.outlets.map((r) => [r.outlet, r.articles, r.words]), expected);
  assert.deepEqual(
    results.corpus.tables.articles,
    rows.map((r, i) => ({ ...r, outlet: country(corpus.articles[i]), articleOutlet: r.outlet })),
    "each article under its country, as every table and chart of the report by country, with its own outlet",
  );
  assert.deepEqual(results.terms.groups, countries);
  assert.deepEqual([...new Set(results.terms.tables.terms.map((r) => r.outlet))].sort(), countries);
  // A term's count in a country is the sum of its counts in the country's articles.
  const term = results.terms.tables.terms[0];
  const byHand = digests.filter((d) => country(d.article) === term.outlet)
    .flatMap((d) => d.terms).filter((r) => r.term === term.term).reduce((n, r) => n + r.count, 0);
  assert.equal(term.count, byHand);
  assert.deepEqual(
    [...new Set(results.framing.tables.framing_summary.map((r) => r.outlet))].sort(),
    countries.filter((c) => digests.some((d) => country(d.article) === c && d.framing.length)),
  );
  assert.ok(results.entities.index.mentions.every((m) => countries.includes(m.outlet)));
});

Deno.test("groupOf() reads a front-matter field framelens does not interpret, and names a missing one", () => {
  const a: Article = { id: "a", file: "a.md", outlet: "X", extra: { camp: "axis" }, text: "" };
  assert.equal(groupOf("camp")!(a), "axis");
  assert.equal(groupOf("country")!(a), "(no country)");
  assert.equal(groupOf((x) => x.outlet.toLowerCase())!(a), "x");
});

Deno.test("a stage's declarations type-check against its rows: a column that is not a field is an error", () => {
  const bad: Stage<"x", never, { tables: { t: { term: string }[] } }> = {
    name: "x",
    module: import.meta.url,
    needs: [],
    data: [],
    // @ts-expect-error -- "count" is not a field of these rows
    tables: { t: { title: "T", columns: { count: "integer" } } },
    corpus: () => ({ tables: { t: [] } }),
  };
  assert.equal(bad.name, "x");
});

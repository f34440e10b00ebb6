import assert from "node:assert/strict";
import { loadCorpus } from "../../src/corpus/load.ts";
import { annotateAndDigest, loadDigestTools } from "../../src/pipeline/digest.ts";
import { runCorpusStages } from "../../src/stages/registry.ts";
import { reuseStage } from "../../src/stages/reuse.ts";
import { columnNames, fitsColumn } from "../../src/stages/stage.ts";
import { toCsv } from "../../src/render/csv.ts";
import { groupHeader } from "../../src/render/csv.ts";
import type { Article } from "../../src/types.ts";

const tools = await loadDigestTools();
const seeds = (await loadCorpus()).articles;
const original = seeds.find((a) => a.outlet === "Tehran Times")!;
const statement = "The people of Lebanon will decide for themselves, and no foreign power will take that right from " +
  "them at any table";
const planted: Article[] = [
  // A reprint of the Tehran Times article by another outlet, its first line changed.
  {
    ...original,
    id: "reprint",
    file: "reprint.md",
    outlet: "Mirror",
    country: "Lebanon",
    date: "2025-08-12",
    text: ["Iran's Larijani signs a security pact in Baghdad", ...original.text.split("\n").slice(1)].join("\n"),
  },
  // Two articles that quote the same statement of Ali Larijani, in their own words around it.
  {
    id: "quote-a",
    file: "quote-a.md",
    outlet: "Beirut Post",
    country: "Lebanon",
    date: "2025-08-13",
    extra: {},
    text:
      `Ali Larijani arrived in Beirut on Wednesday for talks with President Joseph Aoun. Larijani said: "${statement}." ` +
      "Lebanese officials gave him a cool welcome after weeks of public disputes over the disarmament plan.",
  },
  {
    id: "quote-b",
    file: "quote-b.md",
    outlet: "Gulf Daily",
    country: "United Arab Emirates",
    date: "2025-08-13",
    extra: {},
    text: `Iran's security chief ended his regional tour in the Lebanese capital. "${statement}," Ali Larijani said. ` +
      "Analysts in the Gulf read the visit as an attempt to shore up an ally under growing pressure at home.",
  },
];
const digests = [...seeds, ...planted].map((a) => annotateAndDigest(a, tools));

Deno.test("reuseStage declares reprints.csv and reuse.csv, headed in snake_case and by the unit of comparison", () => {
  assert.equal(
    toCsv([], columnNames(reuseStage.tables.reprints)).split("\n")[0],
    "article,cluster,outlet,similarity",
  );
  assert.equal(
    toCsv([], columnNames(reuseStage.tables.reuse)).split("\n")[0],
    "article_a,outlet_a,article_b,outlet_b,words,start_a,end_a,start_b,end_b,speaker,text,articles,outlets",
  );
  assert.deepEqual(
    columnNames(reuseStage.tables.reuse).slice(0, 4).map(groupHeader("country")),
    ["article_a", "country_a", "article_b", "country_b"],
  );
  assert.deepEqual(reuseStage.needs, ["sources"]);
  assert.equal(reuseStage.digest, undefined, "no per-article part");
});

Deno.test("reuseStage groups the planted reprint with its original, and not the articles that quote one statement", () => {
  const result = runCorpusStages({ digests, tools }).reuse;
  for (const [name, rows] of Object.entries(result.tables)) {
    const columns = reuseStage.tables[name as keyof typeof result.tables].columns as Record<string, string>;
    for (const r of rows) {
      for (const [c, type] of Object.entries(columns)) {
        assert.ok(fitsColumn((r as unknown as Record<string, unknown>)[c], type as never), `${name}.${c}`);
      }
    }
  }
  assert.deepEqual(result.tables.reprints.map((r) => [r.article, r.cluster, r.outlet]), [
    [original.id, original.id, "Tehran Times"],
    ["reprint", original.id, "Mirror"],
  ]);
  assert.deepEqual(result.once, ["reprint"]);
  assert.deepEqual(result.shares.find((s) => s.outlet === "Mirror"), { outlet: "Mirror", articles: 1, reprints: 1 });
});

Deno.test("reuseStage lists the quoted statement the two articles share, with its speaker", () => {
  const { reuse } = runCorpusStages({ digests, tools }).reuse.tables;
  assert.equal(reuse.length, 1);
  const [row] = reuse;
  // The statement is 21 words: the(1) people(2) of(3) lebanon(4) will(5) decide(6) for(7) themselves(8) and(9) no(10)
  // foreign(11) power(12) will(13) take(14) that(15) right(16) from(17) them(18) at(19) any(20) table(21).
  assert.deepEqual([row.articleA, row.articleB, row.words, row.speaker], ["quote-a", "quote-b", 21, "Ali Larijani"]);
  assert.equal(row.text, statement);
  const [a, b] = planted.slice(1);
  assert.equal(a.text.slice(row.startA, row.endA), statement);
  assert.equal(b.text.slice(row.startB, row.endB), statement);
});

Deno.test("reuseStage follows groupBy, and its links pair the outlets both ways", () => {
  const result = runCorpusStages({ digests, tools }, { groupBy: "country" }).reuse;
  assert.deepEqual(result.tables.reprints.map((r) => r.outlet), ["Iran", "Lebanon"]);
  assert.deepEqual(result.tables.reuse.map((r) => [r.outletA, r.outletB]), [["Lebanon", "United Arab Emirates"]]);
  assert.deepEqual(result.links.map((l) => [l.outletA, l.outletB, l.passages, l.words, l.reprints]), [
    ["Iran", "Lebanon", 0, 0, 1],
    ["Lebanon", "Iran", 0, 0, 1],
    ["Lebanon", "United Arab Emirates", 1, 21, 0],
    ["United Arab Emirates", "Lebanon", 1, 21, 0],
  ]);
});

Deno.test("runCorpusStages() with reprints once leaves each cluster's later articles out of the other stages", () => {
  const all = runCorpusStages({ digests, tools });
  const once = runCorpusStages({ digests, tools }, { reprints: "once" });
  const outlets = (r: typeof all) => r.corpus.tables.outlets.map((o) => o.outlet);
  assert.ok(outlets(all).includes("Mirror"));
  assert.ok(!outlets(once).includes("Mirror"), "the reprint is left out");
  assert.equal(once.corpus.tables.articles.length, all.corpus.tables.articles.length - 1);
  assert.deepEqual(once.reuse.tables.reprints, all.reuse.tables.reprints, "the reuse stage still reads every article");
  assert.deepEqual(once.reuse.tables.reuse, all.reuse.tables.reuse, "the same passages, with the same speakers");
});

Deno.test("runCorpusStages() with reprints once runs each stage once (the entities and sources not again for the reuse stage)", () => {
  const runs: string[] = [];
  runCorpusStages({ digests, tools }, { reprints: "once", onStage: (name) => runs.push(name) });
  assert.deepEqual(runs, ["corpus", "entities", "terms", "sources", "framing", "attention", "reuse"]);
});

Deno.test("reuseStage.leavesOut() names each cluster's later articles from the digests alone", () => {
  assert.deepEqual(reuseStage.leavesOut!({ digests }), ["reprint"]);
});

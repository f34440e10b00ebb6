import assert from "node:assert/strict";
import { loadCorpus } from "../../src/corpus/load.ts";
import { annotateAndDigest, loadDigestTools } from "../../src/pipeline/digest.ts";
import { runCorpusStages } from "../../src/stages/registry.ts";
import { attentionStage } from "../../src/stages/attention.ts";
import { columnNames, fitsColumn } from "../../src/stages/stage.ts";
import { toCsv } from "../../src/render/csv.ts";

const tools = await loadDigestTools();
const corpus = await loadCorpus();
const digests = corpus.articles.map((a) => annotateAndDigest(a, tools));

Deno.test("attentionStage declares attention.csv: period, date, outlet, measure, key, count and per_1k", () => {
  assert.deepEqual(columnNames(attentionStage.tables.attention), [
    "period",
    "date",
    "outlet",
    "measure",
    "key",
    "count",
    "per1k",
  ]);
  assert.equal(
    toCsv([], columnNames(attentionStage.tables.attention)).split("\n")[0],
    "period,date,outlet,measure,key,count,per_1k",
  );
  assert.deepEqual(attentionStage.needs, ["framing", "entities", "sources"]);
  assert.equal(attentionStage.digest, undefined, "no per-article part");
});

Deno.test("attentionStage counts the seeds' articles and words per day and week, and their framing hits", () => {
  const result = runCorpusStages({ digests, tools }).attention;
  const rows = result.tables.attention;
  const columns = attentionStage.tables.attention.columns;
  for (const r of rows) {
    for (const [c, type] of Object.entries(columns)) {
      assert.ok(fitsColumn((r as unknown as Record<string, unknown>)[c], type!), c);
    }
  }
  assert.deepEqual(result.dates, ["2025-08-11", "2025-08-19"]);
  assert.equal(result.undated, 0);
  // Four articles on Monday 11 August (ISO week 2025-W33), Iran Daily's on the 19th (W34).
  const sum = (period: string, measure: string, date?: string) =>
    rows.filter((r) => r.period === period && r.measure === measure && (date === undefined || r.date === date))
      .reduce((n, r) => n + r.count, 0);
  assert.equal(sum("day", "articles", "2025-08-11"), 4);
  assert.equal(sum("week", "articles", "2025-W33"), 4);
  assert.equal(sum("week", "articles", "2025-W34"), 1);
  assert.equal(sum("day", "words"), digests.reduce((n, d) => n + d.words, 0));
  const hits = digests.reduce((n, d) => n + d.framing.length, 0);
  assert.equal(sum("day", "referent"), hits);
  assert.equal(sum("week", "loaded") + sum("week", "neutral"), hits);
  // A rate is the count over the words of its outlet and day.
  const words = new Map(
    rows.filter((r) => r.measure === "words").map((r) => [`${r.period}${r.date}${r.outlet}`, r.count]),
  );
  for (const r of rows.filter((r) => r.per1k !== null)) {
    assert.equal(r.per1k, r.count / words.get(`${r.period}${r.date}${r.outlet}`)! * 1000);
  }
  assert.ok(rows.some((r) => r.measure === "entity" && r.key === "Ali Larijani"));
  assert.ok(rows.some((r) => r.measure === "source" && r.key === "Mohammed Shia al-Sudani"));
});

Deno.test("attentionStage run alone works out the stages it needs, as when given their results", () => {
  const alone = attentionStage.corpus({ digests, tools });
  const given = runCorpusStages({ digests, tools }).attention;
  assert.deepEqual(alone.tables, given.tables);
  assert.deepEqual(alone.firstUses, given.firstUses);
});

Deno.test("attentionStage groups by groupBy, and counts an undated article apart", () => {
  const byCountry = runCorpusStages({ digests, tools }, { groupBy: "country" }).attention.tables.attention;
  assert.deepEqual(
    [...new Set(byCountry.map((r) => r.outlet))].sort(),
    [...new Set(corpus.articles.map((a) => String(a.country)))].sort(),
  );
  const undated = digests.map((d, i) => i === 0 ? { ...d, article: { ...d.article, date: undefined } } : d);
  const result = attentionStage.corpus({ digests: undated, tools });
  assert.equal(result.undated, 1);
  const rows = result.tables.attention.filter((r) => r.period === "undated");
  assert.deepEqual(rows.filter((r) => r.measure === "articles").map((r) => [r.outlet, r.count]), [[
    digests[0].article.outlet,
    1,
  ]]);
});

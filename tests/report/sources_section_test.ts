import assert from "node:assert/strict";
import { loadCorpus } from "../../src/corpus/load.ts";
import { annotateAndDigest, loadDigestTools } from "../../src/pipeline/digest.ts";
import { sourcesSection } from "../../src/report/sources_section.ts";
import { toCsv } from "../../src/render/csv.ts";

Deno.test("sourcesSection() gives quotes.csv, sources.csv, sources_by_side.csv, the three charts of who speaks and the quotes' KWIC page", async () => {
  const corpus = await loadCorpus();
  const tools = await loadDigestTools();
  const digests = corpus.articles.map((a) => annotateAndDigest(a, tools));
  const section = sourcesSection({ corpus, digests, tools });
  assert.equal(section.id, "sources");
  assert.deepEqual(section.tables.map((t) => t.name), ["quotes", "sources", "sources_by_side"]);
  const [quotes, sources] = section.tables;
  assert.equal(quotes.rows.length, digests.reduce((n, d) => n + d.sources.length, 0));
  assert.deepEqual(sources.columns, ["outlet", "speaker", "speakerType", "affiliation", "relations", "words", "share"]);
  assert.ok(toCsv(sources.rows, sources.columns).split("\n").length > sources.rows.length);
  assert.deepEqual(section.charts.map((c) => c.name), ["source-share", "sources-by-side", "loaded-by-speaker"]);
  const [kwic] = section.files;
  assert.equal(kwic.name, "quotes_kwic.html");
  assert.equal((kwic.content.match(/<mark>/g) ?? []).length, quotes.rows.length, "every quote in the KWIC");
  assert.ok(kwic.content.includes("<td>Mohammed Shia al-Sudani</td>"));
  assert.ok(
    /\d+ attribution relations \(\d+ direct, \d+ indirect, \d+ mixed, \d+ scare quotes\)/.test(section.description),
  );
});

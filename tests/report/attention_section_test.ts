import assert from "node:assert/strict";
import { loadCorpus } from "../../src/corpus/load.ts";
import { annotateAndDigest, loadDigestTools } from "../../src/pipeline/digest.ts";
import { attentionSection } from "../../src/report/attention_section.ts";
import { renderSvg } from "../../src/render/svg.ts";

const corpus = await loadCorpus();
const tools = await loadDigestTools();
const digests = corpus.articles.map((a) => annotateAndDigest(a, tools));

Deno.test("attentionSection() gives attention.csv and the three time charts, with the events of data/events.yaml", () => {
  const section = attentionSection({ corpus, digests, tools });
  assert.equal(section.id, "attention");
  assert.deepEqual(section.tables.map((t) => t.name), ["attention"]);
  assert.deepEqual(section.charts.map((c) => c.name), ["attention-day", "loaded-share-day", "first-use"]);
  assert.equal(section.notes, undefined, "the seeds are dated, over two days");
  assert.ok(section.description.includes("(2)"), "two events listed");
  const svg = renderSvg(section.charts[0]);
  assert.ok(svg.includes(">Larijani in Baghdad, signs memorandum<"));
});

Deno.test("attentionSection() says that a corpus of one day needs more dates for charts over time, and counts the undated", () => {
  const oneDay = digests.filter((d) => d.article.date === "2025-08-11");
  const undated = [...oneDay, { ...digests[4], article: { ...digests[4].article, date: undefined } }];
  const section = attentionSection({ corpus, digests: undated, tools }, undefined, { events: [] });
  assert.deepEqual(section.charts, []);
  assert.equal(section.notes?.length, 2);
  assert.match(section.notes![0], /^1 article\(s\) have no date: they are counted apart/);
  assert.match(section.notes![1], /one day \(2025-08-11\): charts over time need articles of more than one date/);
  assert.equal(section.tables[0].rows.length > 0, true);
});

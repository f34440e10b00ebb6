import assert from "node:assert/strict";
import { loadCorpus } from "../../src/corpus/load.ts";
import { annotateAndDigest, loadDigestTools } from "../../src/pipeline/digest.ts";
import { framingSection } from "../../src/report/framing_section.ts";
import { toCsv } from "../../src/render/csv.ts";

Deno.test("framingSection() gives framing.csv with the columns of issue 4 and the speaker of issue 17, framing_summary.csv and three charts", async () => {
  const corpus = await loadCorpus();
  const tools = await loadDigestTools();
  const digests = corpus.articles.map((a) => annotateAndDigest(a, tools));
  const section = framingSection({ corpus, digests, tools });
  assert.equal(section.id, "framing");
  const [framing, summary] = section.tables;
  assert.equal(framing.name, "framing");
  assert.deepEqual(framing.columns, [
    "article",
    "outlet",
    "referent",
    "frame",
    "voice",
    "speaker",
    "phrase",
    "start",
    "end",
    "sentence",
  ]);
  assert.equal(summary.name, "framing_summary");
  // Five outlets × seven referents.
  assert.equal(summary.rows.length, 35);
  const csv = toCsv(framing.rows, framing.columns);
  assert.ok(csv.startsWith("article,outlet,referent,frame,voice,speaker,phrase,start,end,sentence\n"));
  // "Zionist aggression against Iran" names Israel's attacks on Iran in the June war: one hit for the war.
  assert.ok(
    csv.includes(
      "2025-08-11-peregraf-larijani-visit,Peregraf,june_2025_war,loaded,quoted,Mohammed Shia al-Sudani,Zionist aggression against Iran,",
    ),
  );
  assert.deepEqual(section.charts.map((c) => c.name), ["framing-share", "framing-interval", "framing-rate"]);
});

import assert from "node:assert/strict";
import { annotateAndDigest, loadDigestTools } from "../../src/pipeline/digest.ts";
import { reuseSection } from "../../src/report/reuse_section.ts";
import { buildSections } from "../../src/report/section.ts";
import { STAGES } from "../../src/stages/registry.ts";
import type { Article } from "../../src/types.ts";

const tools = await loadDigestTools();
const wire = "The Lebanese cabinet tasked the army with drawing up a plan to bring all weapons under state control " +
  "by the end of the year, a decision Hezbollah rejected on Wednesday as a gift to Israel.";
const article = (id: string, outlet: string, date: string, text = wire): Article => ({
  id,
  file: `${id}.md`,
  outlet,
  date,
  text,
  extra: {},
});
const articles = [
  article("wire", "Wire", "2025-08-11"),
  article("daily", "Daily", "2025-08-12"),
  article("weekly", "Weekly", "2025-08-13"),
  article("own", "Daily", "2025-08-13", "Hezbollah's leader spoke for an hour on television on Wednesday night."),
];
const corpus = { dir: "articles", articles, problems: [] };
const input = { corpus, digests: articles.map((a) => annotateAndDigest(a, tools)), tools };

Deno.test("reuseSection() warns about each outlet whose figures count reprints, and says how to count them once", () => {
  const section = reuseSection(input);
  assert.deepEqual(section.tables.map((t) => [t.name, t.rows.length]), [["reprints", 3], ["reuse", 0]]);
  assert.deepEqual(section.notes, [
    "Daily: 1 of its 2 article(s) is a reprint of an earlier article of another outlet (reprints.csv); its figures " +
    "in the other sections count that text again (--reprints once counts each cluster once).",
    "Weekly: 1 of its 1 article(s) is a reprint of an earlier article of another outlet (reprints.csv); its figures " +
    "in the other sections count that text again (--reprints once counts each cluster once).",
  ]);
  assert.match(section.description, /^1 reprint cluster\(s\) of 3 articles, 0 passage\(s\) shared by two articles/);
  assert.deepEqual(section.charts.map((c) => c.name), ["reuse-outlets"]);
});

Deno.test("buildSections() with reprints once counts the cluster once elsewhere, and the reuse section says so", () => {
  const sections = buildSections(input, undefined, { reprints: "once" });
  const reuse = sections.find((s) => s.id === "reuse")!;
  assert.match(reuse.notes![0], /counted once, under the cluster's earliest article, in the other sections/);
  const corpusSection = sections.find((s) => s.id === "corpus")!;
  const outlets = corpusSection.tables.find((t) => t.name === "outlets")!.rows as { outlet: string }[];
  assert.deepEqual(outlets.map((r) => r.outlet).sort(), ["Daily", "Wire"], "Weekly's only article is a reprint");
});

Deno.test("buildSections() with reprints once works out each stage once, the reuse stage over every article", () => {
  const runs: [string, number][] = [];
  const saved = STAGES.map((s) => [s, s.corpus] as const);
  try {
    for (const [stage, corpus] of saved) {
      stage.corpus = (stageInput, options) => {
        runs.push([stage.name, stageInput.digests.length]);
        return corpus(stageInput, options);
      };
    }
    buildSections(input, undefined, { reprints: "once" });
  } finally {
    for (const [stage, corpus] of saved) stage.corpus = corpus;
  }
  // Weekly's article and Daily's reprint are left out of every stage but the reuse stage.
  assert.deepEqual(runs.sort(), [
    ["attention", 2],
    ["corpus", 2],
    ["entities", 2],
    ["framing", 2],
    ["reuse", 4],
    ["sources", 2],
    ["terms", 2],
  ]);
});

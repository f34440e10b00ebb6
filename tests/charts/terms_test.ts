import assert from "node:assert/strict";
import { keynessChart, logOddsChart, topTermsChart } from "../../src/charts/terms.ts";
import { keyness } from "../../src/measures/keyness.ts";
import { weightedLogOdds } from "../../src/measures/logodds.ts";
import { type ArticleTermRow, countTable, termRows } from "../../src/measures/terms.ts";
import { renderSvg } from "../../src/render/svg.ts";
import { assertSnapshot } from "../snapshot.ts";

// Two outlets with clearly different vocabularies, and a shared core.
const COUNTS: ArticleTermRow[] = [
  { article: "a1", outlet: "Resistance Monitor", term: "zionist regime", count: 14 },
  { article: "a1", outlet: "Resistance Monitor", term: "resistance", count: 12 },
  { article: "a1", outlet: "Resistance Monitor", term: "martyr", count: 9 },
  { article: "a1", outlet: "Resistance Monitor", term: "larijani", count: 10 },
  { article: "a1", outlet: "Resistance Monitor", term: "security", count: 10 },
  { article: "a1", outlet: "Resistance Monitor", term: "visit", count: 45 },
  { article: "a2", outlet: "Gulf Observer", term: "israel", count: 15 },
  { article: "a2", outlet: "Gulf Observer", term: "iran-backed", count: 11 },
  { article: "a2", outlet: "Gulf Observer", term: "militia", count: 8 },
  { article: "a2", outlet: "Gulf Observer", term: "larijani", count: 10 },
  { article: "a2", outlet: "Gulf Observer", term: "security", count: 10 },
  { article: "a2", outlet: "Gulf Observer", term: "visit", count: 46 },
  { article: "a3", outlet: "Gulf Observer", term: "visit", count: 30 },
  { article: "a3", outlet: "Gulf Observer", term: "zionist regime", count: 1 },
];

Deno.test("topTermsChart() draws each outlet's n most frequent terms, labelled with their counts (snapshot)", async () => {
  const spec = topTermsChart(termRows(COUNTS), { n: 3 });
  assert.equal(spec.rows.length, 6);
  assert.deepEqual(spec.rows.map((r) => r.term), [
    "visit",
    "israel",
    "iran-backed",
    "visit",
    "zionist regime",
    "resistance",
  ]);
  const svg = renderSvg(spec);
  assert.ok(svg.includes(">iran-backed<") && svg.includes(">zionist regime<"));
  assert.ok(!svg.includes("\u0001"), "band keys never show");
  await assertSnapshot("top-terms", svg);
});

Deno.test("keynessChart() draws only significant terms, more-used right of zero and less-used left (snapshot)", async () => {
  const rows = keyness(countTable(COUNTS));
  const spec = keynessChart(rows, { alpha: 0.05, n: 4 });
  assert.ok(spec.rows.every((r) => r.p < 0.05));
  assert.ok(spec.rows.some((r) => r.g2 < 0) && spec.rows.some((r) => r.g2 > 0));
  const resistance = spec.rows.find((r) => r.outlet === "Resistance Monitor" && r.term === "resistance")!;
  assert.ok(resistance.g2 > 0);
  assert.ok(!spec.rows.some((r) => r.term === "security"), "equal use is not key");
  await assertSnapshot("keyness-g2", renderSvg(spec));
});

Deno.test("logOddsChart() draws a panel per outlet and labels its most favoured terms (snapshot)", async () => {
  const spec = logOddsChart(weightedLogOdds(countTable(COUNTS)), { labels: 2 });
  const svg = renderSvg(spec);
  assert.ok(svg.includes(">Resistance Monitor<") && svg.includes(">Gulf Observer<"));
  assert.ok(svg.includes(">resistance<") && svg.includes(">israel<"));
  await assertSnapshot("log-odds", svg);
});

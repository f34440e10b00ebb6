import assert from "node:assert/strict";
import { keynessChart, logOddsChart, topTermsChart } from "../../src/charts/terms.ts";
import { keyness } from "../../src/measures/keyness.ts";
import { type LogOddsRow, weightedLogOdds } from "../../src/measures/logodds.ts";
import { type ArticleTermRow, countTable, termRows } from "../../src/measures/terms.ts";
import { renderSvg } from "../../src/render/svg.ts";
import { assertSnapshot } from "../snapshot.ts";

// Two outlets with clearly different vocabularies, and a shared core.
const COUNTS: ArticleTermRow[] = [
  { article: "a1", outlet: "Resistance Monitor", term: "zionist regime", count: 14 },
  { article: "a1", outlet: "Resistance Monitor", term: "resistance", count: 12 },
  { article: "a1", outlet: "Resistance Monitor", term: "martyr", count: 9 },
  { article: "a1", outlet: "Resistance Monitor", term: "ali larijani", count: 10 },
  { article: "a1", outlet: "Resistance Monitor", term: "security", count: 10 },
  { article: "a1", outlet: "Resistance Monitor", term: "visit", count: 45 },
  { article: "a2", outlet: "Gulf Observer", term: "israel", count: 15 },
  { article: "a2", outlet: "Gulf Observer", term: "iran-backed", count: 11 },
  { article: "a2", outlet: "Gulf Observer", term: "militia", count: 8 },
  { article: "a2", outlet: "Gulf Observer", term: "ali larijani", count: 10 },
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

Deno.test("logOddsChart() draws a bounded number of dots, however many terms the outlets use", () => {
  // Three outlets, 4,000 terms each with its own frequency: far more points than maxDots.
  const rows: ArticleTermRow[] = [];
  for (const [k, outlet] of ["A", "B", "C"].entries()) {
    for (let t = 0; t < 4000; t++) {
      rows.push({ article: outlet, outlet, term: `t${t}`, count: 1 + ((t * (k + 3)) % 97) });
    }
  }
  const odds = weightedLogOdds(countTable(rows));
  const spec = logOddsChart(odds, { maxDots: 200, labels: 3 });
  const marks = spec.plot.marks as unknown as { data: LogOddsRow[] }[];
  const [grey, coloured, labels] = [marks[1].data, marks[2].data, marks[3].data];
  for (const outlet of ["A", "B", "C"]) {
    assert.ok(grey.filter((r) => r.outlet === outlet).length <= 200);
    assert.ok(coloured.filter((r) => r.outlet === outlet).length <= 200);
    assert.equal(labels.filter((r) => r.outlet === outlet).length, 3);
  }
  assert.ok(grey.length > 100, "the cloud is still drawn");
  // The rows behind the chart are the terms drawn, and each outlet's labels are its highest z.
  assert.ok(spec.rows.length <= 3 * (200 + 200 + 3));
  for (const outlet of ["A", "B", "C"]) {
    const best = odds.filter((r) => r.outlet === outlet && r.count > 0).map((r) => r.z).sort((x, y) => y - x);
    assert.deepEqual(labels.filter((r) => r.outlet === outlet).map((r) => r.z), best.slice(0, 3));
  }
  // The axes span every term used, drawn or not.
  const used = odds.filter((r) => r.count > 0);
  const x = spec.plot.x as { domain: number[] };
  assert.deepEqual(x.domain, [
    Math.min(...used.map((r) => r.corpus_count)),
    Math.max(...used.map((r) => r.corpus_count)),
  ]);
});

Deno.test("logOddsChart() draws terms at the same point as one grey dot, and every coloured term", () => {
  // "a", "b" and "c" have the same counts, so the same point; with z: -10 every term is coloured.
  const rows: ArticleTermRow[] = [
    ...["a", "b", "c"].map((term) => ({ article: "1", outlet: "A", term, count: 2 })),
    { article: "2", outlet: "B", term: "d", count: 6 },
  ];
  const spec = logOddsChart(weightedLogOdds(countTable(rows)), { z: -10 });
  const marks = spec.plot.marks as unknown as { data: LogOddsRow[] }[];
  assert.deepEqual(marks[1].data.map((r) => `${r.outlet} ${r.term}`), ["A a", "B d"]);
  assert.deepEqual(marks[2].data.map((r) => `${r.outlet} ${r.term}`), ["A a", "A b", "A c", "B d"]);
});

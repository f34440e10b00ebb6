import assert from "node:assert/strict";
import { keynessChart, logOddsChart, type LogOddsLabel, topTermsChart } from "../../src/charts/terms.ts";
import { keyness } from "../../src/measures/keyness.ts";
import { type LogOddsRow, weightedLogOdds } from "../../src/measures/logodds.ts";
import type { ArticleTermRow } from "../../src/types.ts";
import { countTable } from "../../src/measures/count_table.ts";
import { type TermRow, termRows } from "../../src/measures/terms.ts";
import { renderSvg } from "../../src/render/svg.ts";
import { outletColors } from "../../src/charts/theme.ts";
import { assertSnapshot } from "../snapshot.ts";
import { elementBoxes, inkBox, overlaps } from "../ink.ts";

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

Deno.test("topTermsChart() says in its subtitle, the report's caption, that bars are per 1,000 terms and numbers are counts", () => {
  const spec = topTermsChart(termRows(COUNTS), { n: 3 });
  assert.match(spec.subtitle!, /Bar: occurrences per 1,000 counted terms/);
  assert.match(spec.subtitle!, /number: occurrences \(the raw count\)/);
  // The numbers drawn are the counts, the bars the rates.
  const marks = spec.plot.marks as unknown as { data: TermRow[] }[];
  const visit = spec.rows.find((r) => r.outlet === "Gulf Observer" && r.term === "visit")!;
  assert.equal(visit.count, 76);
  assert.notEqual(visit.per1k, visit.count);
  const svg = renderSvg(spec);
  assert.ok(svg.includes(">76</text>"), "the count is written beside the bar");
  assert.equal(marks[0].data.length, 6);
  const counted = topTermsChart(termRows(COUNTS), { n: 3, measure: "count" });
  assert.match(counted.subtitle!, /Bar and number: occurrences/);
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
  const [grey, coloured] = [marks[1].data, marks[2].data];
  // The labelled terms, whichever label (and text mark) they share.
  const labels = (marks.slice(3) as unknown as { data: LogOddsLabel[] }[]).flatMap((m) =>
    m.data.flatMap((l) => l.terms)
  );
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
    Math.min(...used.map((r) => r.corpusCount)),
    Math.max(...used.map((r) => r.corpusCount)),
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

/** The text of each tick label of an axis of a rendered chart, in order. */
function tickLabels(svg: string, axis: string): string[] {
  const group = svg.split(`aria-label="${axis}-axis tick label"`)[1].split('aria-label="')[0];
  return [...group.matchAll(/<text[^>]*?(?:\/>|>(.*?)<\/text>)/g)].map((m) => m[1] ?? "");
}

Deno.test("logOddsChart() labels its terms without overlaps, measured as resvg draws them in DejaVu Sans", async () => {
  // COUNTS puts "zionist regime" and "resistance" close together; the seed-like corpus
  // below puts several of an outlet's top terms at one point and others close by.
  const crowded: ArticleTermRow[] = [...COUNTS];
  for (const [o, outlet] of ["North", "South", "East"].entries()) {
    for (let t = 0; t < 40; t++) {
      crowded.push({ article: outlet, outlet, term: `${outlet.toLowerCase()}-term-${t}`, count: 1 + ((t + o) % 4) });
      crowded.push({ article: outlet, outlet, term: `shared-${t}`, count: 1 + ((t * (o + 2)) % 7) });
    }
  }
  for (const rows of [COUNTS, crowded]) {
    const spec = logOddsChart(weightedLogOdds(countTable(rows)), { labels: 5 });
    const svg = renderSvg(spec);
    const labels = await elementBoxes(svg, 'g[aria-label="text"] text');
    assert.ok(labels.length >= 2, `${labels.length} labels`);
    for (let i = 0; i < labels.length; i++) {
      for (let j = i + 1; j < labels.length; j++) {
        assert.ok(!overlaps(labels[i].box, labels[j].box), `"${labels[i].text}" overlaps "${labels[j].text}"`);
      }
    }
    const ink = (await inkBox(svg))!;
    const width = spec.plot.width!;
    assert.ok(
      ink.x >= 0 && ink.x + ink.width <= width,
      `drawn from ${ink.x} to ${ink.x + ink.width}, not within ${width}`,
    );
  }
});

Deno.test("logOddsChart() gives terms at one point one label, and the chart's rows every labelled term", () => {
  // "a", "b" and "c" have the same counts in A, so the same point, and the highest z of A.
  const rows: ArticleTermRow[] = [
    ...["a", "b", "c"].map((term) => ({ article: "1", outlet: "A", term, count: 3 })),
    { article: "1", outlet: "A", term: "d", count: 1 },
    { article: "2", outlet: "B", term: "d", count: 6 },
  ];
  const spec = logOddsChart(weightedLogOdds(countTable(rows)), { labels: 3 });
  const labels = (spec.plot.marks as unknown as { data: unknown[] }[]).slice(3).flatMap((m) =>
    m.data as { outlet: string; label: string }[]
  );
  assert.deepEqual(labels.filter((l) => l.outlet === "A").map((l) => l.label), ["a, b, c"]);
  for (const term of ["a", "b", "c"]) assert.ok(spec.rows.some((r) => r.outlet === "A" && r.term === term), term);
});

Deno.test("logOddsChart() writes a label on every tick of its frequency axis", () => {
  const svg = renderSvg(logOddsChart(weightedLogOdds(countTable(COUNTS))));
  const labels = tickLabels(svg, "x");
  assert.ok(labels.length >= 3, labels.join(","));
  assert.ok(labels.every((l) => l !== ""), `ticks without a label: ${JSON.stringify(labels)}`);
  // Corpus counts from 8 to 121.
  assert.deepEqual(labels, ["10", "20", "50", "100"]);
});

Deno.test("logOddsChart() colours exactly the terms above the threshold, and its caption says how many and why few", () => {
  const odds = weightedLogOdds(countTable(COUNTS));
  const spec = logOddsChart(odds);
  const svg = renderSvg(spec);
  const used = odds.filter((r) => r.count > 0);
  const above = used.filter((r) => r.z > 1.96);
  assert.ok(above.length > 0 && above.length < used.length);
  // Every coloured dot is an outlet's colour; the grey ones are #ccc.
  const palette = new Set(outletColors(odds.map((r) => r.outlet)).range);
  const fills = [...svg.matchAll(/<circle[^>]*fill="(#[0-9a-f]+)"/g)].map((m) => m[1]);
  const groups = svg.split('aria-label="dot"').slice(1).map((g) => g.split('aria-label="')[0]);
  const colouredFills = [...groups[1].matchAll(/fill="(#[0-9a-f]+)"/g)].map((m) => m[1]);
  assert.ok(colouredFills.every((f) => palette.has(f)), colouredFills.join(","));
  assert.equal((groups[1].match(/<circle/g) ?? []).length, above.length);
  assert.ok(fills.length >= above.length);
  assert.match(spec.subtitle!, new RegExp(`z\u00a0>\u00a01\.96: ${above.length} of ${used.length} terms`));
  assert.match(spec.subtitle!, /pulls rare terms towards 0, so on a small corpus few terms pass/);
});

Deno.test("keynessChart() and logOddsChart() say that they need two outlets instead of drawing an empty chart", () => {
  const one = COUNTS.filter((r) => r.outlet === "Gulf Observer");
  for (const spec of [keynessChart(keyness(countTable(one))), logOddsChart(weightedLogOdds(countTable(one)))]) {
    assert.equal(spec.rows.length, 0, spec.name);
    assert.match(spec.subtitle!, /two outlets or more/);
    const svg = renderSvg(spec);
    assert.ok(svg.includes("This corpus has one outlet (Gulf Observer)"), spec.name);
    assert.ok(!svg.includes("<circle") && !/aria-label="bar"/.test(svg), spec.name);
  }
});

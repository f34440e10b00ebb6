import assert from "node:assert/strict";
import { articlesPerOutletChart, datesChart, lengthByOutletChart } from "../../src/charts/corpus.ts";
import { renderSvg } from "../../src/render/svg.ts";
import { assertSnapshot } from "../snapshot.ts";
import { ROWS } from "../fixtures/rows.ts";
import type { ArticleRow } from "../../src/types.ts";

Deno.test("articlesPerOutletChart() draws one bar segment per outlet and kind (snapshot)", async () => {
  const spec = articlesPerOutletChart(ROWS);
  assert.equal(spec.name, "articles-per-outlet");
  assert.match(spec.subtitle!, /5 articles from 3 outlets/);
  const svg = renderSvg(spec);
  for (const outlet of ["Tehran Times", "The National", "Iran Daily"]) assert.ok(svg.includes(`>${outlet}<`), outlet);
  // Iran Daily has an opinion piece and an article of unknown kind: two segments; the others one each.
  const bars = svg.split('aria-label="bar"')[1].split("</g>")[0];
  assert.equal((bars.match(/<rect/g) ?? []).length, 4);
  assert.ok(svg.includes(">opinion<") && svg.includes(">unknown<") && svg.includes(">news<"), "kind legend");
  await assertSnapshot("articles-per-outlet", svg);
});

Deno.test("articlesPerOutletChart() puts whole numbers only on the count axis", () => {
  const svg = renderSvg(articlesPerOutletChart(ROWS));
  const ticks = [...svg.matchAll(/<text[^>]*>([0-9.]+)<\/text>/g)].map((m) => m[1]);
  assert.ok(ticks.length >= 2);
  assert.ok(ticks.every((t) => Number.isInteger(Number(t))), ticks.join(","));
  assert.equal(new Set(ticks).size, ticks.length, "no repeated tick labels");
});

Deno.test("lengthByOutletChart() draws a dot per article and the median per outlet (snapshot)", async () => {
  const spec = lengthByOutletChart(ROWS);
  const svg = renderSvg(spec);
  assert.equal((svg.match(/<circle/g) ?? []).length, 5);
  await assertSnapshot("length-by-outlet", svg);
});

Deno.test("datesChart() leaves undated articles out and says how many (snapshot)", async () => {
  const spec = datesChart(ROWS);
  assert.equal(spec.rows.length, 4);
  assert.match(spec.subtitle!, /1 undated article/);
  const svg = renderSvg(spec);
  // Tehran Times on two days, The National and Iran Daily on one each.
  assert.equal((svg.match(/<circle/g) ?? []).length, 4);
  await assertSnapshot("dates", svg);
});

Deno.test("datesChart() marks days, weeks, months or years on its axis, never hours, whatever the span", () => {
  const row = (outlet: string, date: string): ArticleRow => ({
    id: `${outlet} ${date}`,
    outlet,
    date,
    title: "",
    kind: "news",
    words: 100,
    sentences: 5,
  });
  const spans = [
    ["2025-08-11", "2025-08-11"],
    ["2025-08-11", "2025-08-12"],
    ["2025-08-11", "2025-08-13"],
    ["2025-08-11", "2025-08-19"],
    ["2025-08-01", "2025-08-25"],
    ["2025-08-01", "2025-09-30"],
    ["2025-01-01", "2025-09-30"],
    ["2023-01-01", "2025-09-30"],
    ["2010-01-01", "2025-09-30"],
  ];
  for (const [first, last] of spans) {
    const svg = renderSvg(datesChart([row("A", first), row("B", last)]));
    const group = svg.split('aria-label="x-axis tick label"')[1].split('aria-label="')[0];
    const labels = [...group.matchAll(/>([^<]+)</g)].map((m) => m[1].trim()).filter(Boolean);
    assert.ok(labels.length >= 1, `${first}..${last}: no tick`);
    for (const l of labels) assert.ok(!/AM|PM|:\d\d/.test(l), `${first}..${last}: tick "${l}" is an hour`);
  }
});

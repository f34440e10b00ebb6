import assert from "node:assert/strict";
import { attentionChart, firstUseChart, loadedShareChart } from "../../src/charts/attention.ts";
import { firstUses, loadedShareRows } from "../../src/measures/attention.ts";
import { renderSvg } from "../../src/render/svg.ts";
import { assertSnapshot } from "../snapshot.ts";
import { ATTENTION_INPUT, ATTENTION_ROWS, EVENTS, REFERENTS } from "../fixtures/attention_rows.ts";

const count = (svg: string, tag: string) => (svg.match(new RegExp(`<${tag}\\b`, "g")) ?? []).length;

Deno.test("attentionChart() draws a panel per referent and a point per outlet and day it published, zeros included (snapshot)", async () => {
  const spec = attentionChart(ATTENTION_ROWS, { referents: REFERENTS, events: EVENTS });
  assert.equal(spec.name, "attention-day");
  // 7 outlet-days (each article on its own day) × 2 referents.
  assert.equal(spec.rows.length, 14);
  // Tehran Times on 11 August: 8 mentions of Israel in 800 words → 10 per 1,000; none of Hezbollah → 0.
  const t1 = spec.rows.filter((p) => p.outlet === "Tehran Times" && p.date === "2025-08-11");
  assert.deepEqual(t1.map((p) => [p.label, p.count, p.per1k]), [["Israel", 8, 10], ["Hezbollah / resistance", 0, 0]]);
  const svg = renderSvg(spec);
  assert.equal(count(svg, "circle"), 14);
  for (const text of ["Israel", "Hezbollah / resistance", "Larijani in Baghdad", "A made-up event", "Aug 11"]) {
    assert.ok(svg.includes(`>${text}<`), text);
  }
  await assertSnapshot("attention-day", svg);
});

Deno.test("attentionChart() by week puts each ISO week at its Monday", () => {
  const spec = attentionChart(ATTENTION_ROWS, { period: "week", referents: REFERENTS });
  assert.deepEqual([...new Set(spec.rows.map((p) => `${p.date} ${p.start}`))], [
    "2025-W33 2025-08-11",
    "2025-W34 2025-08-18",
  ]);
  // Tehran Times, week 33: t1 + t2 = 1400 words, 8 + 3 = 11 mentions of Israel → 7.857 per 1,000.
  const tt = spec.rows.find((p) => p.outlet === "Tehran Times" && p.date === "2025-W33" && p.referent === "israel")!;
  assert.equal(tt.words, 1400);
  assert.ok(Math.abs(tt.per1k - 11 / 1.4) < 1e-9);
});

Deno.test("loadedShareChart() draws each outlet's share per day with its interval, hollow when too few (snapshot)", async () => {
  const shares = loadedShareRows(ATTENTION_ROWS);
  const spec = loadedShareChart(shares, { events: EVENTS });
  assert.equal(spec.name, "loaded-share-day");
  const svg = renderSvg(spec);
  assert.equal(count(svg, "circle"), shares.length);
  // Too few: Tehran Times 3 of 3 on the 13th, Peregraf 0 of 2 on the 12th and 1 of 4 on the 19th; the others have 5 or more.
  assert.deepEqual(shares.filter((r) => r.tooFew).map((r) => `${r.outlet} ${r.date}`), [
    "Peregraf 2025-08-12",
    "Tehran Times 2025-08-13",
    "Peregraf 2025-08-19",
  ]);
  assert.equal((svg.match(/fill="white"/g) ?? []).length >= 3, true);
  await assertSnapshot("loaded-share-day", svg);
});

Deno.test("firstUseChart() rings and names the first outlet to print each loaded wording (snapshot)", async () => {
  const rows = firstUses(ATTENTION_INPUT.hits as Parameters<typeof firstUses>[0], ATTENTION_INPUT.articles);
  assert.deepEqual(rows.filter((r) => r.first).map((r) => `${r.wording} ${r.outlet}`), [
    "Zionist regime Tehran Times",
    "Zionist entity Tehran Times",
    "the Resistance The National",
  ]);
  const spec = firstUseChart(rows, { referents: REFERENTS, events: EVENTS });
  const svg = renderSvg(spec);
  assert.equal(count(svg, "circle"), rows.length);
  for (const text of ["Israel: Zionist regime", "Hezbollah / resistance: the Resistance", "The National"]) {
    assert.ok(svg.includes(`>${text}<`), text);
  }
  await assertSnapshot("first-use", svg);
});

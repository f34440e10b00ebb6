import assert from "node:assert/strict";
import { framingIntervalChart, framingRateChart, framingShareChart } from "../../src/charts/framing.ts";
import { framingByVoice } from "../../src/framing/summary.ts";
import { renderSvg } from "../../src/render/svg.ts";
import { assertSnapshot } from "../snapshot.ts";
import { SUMMARY } from "../fixtures/framing_rows.ts";

Deno.test("framingShareChart() draws a cell per outlet, referent and voice, coloured where named (snapshot)", async () => {
  const spec = framingShareChart(framingByVoice(SUMMARY));
  assert.equal(spec.name, "framing-share");
  const svg = renderSvg(spec);
  // 3 outlets × 3 referents × 2 voices background cells, and one coloured cell per combination named:
  // Iran Daily 3 (own voice), Peregraf 1 (quoted), The National 2 (own voice).
  assert.equal((svg.match(/<rect/g) ?? []).length - 1, 18 + 6, "background rect of the page, then cells");
  for (const label of ["9/12", "0/2*", "1/1*", "1/8"]) assert.ok(svg.includes(`>${label}<`), label);
  for (const text of ["own voice", "quoted", "Iran Daily", "The National", "Hezbollah / resistance"]) {
    assert.ok(svg.includes(`>${text}<`), text);
  }
  await assertSnapshot("framing-share", svg);
});

Deno.test("framingShareChart() leaves room for the longest outlet name and wraps referent labels", () => {
  const spec = framingShareChart(framingByVoice(SUMMARY));
  assert.ok((spec.plot.marginLeft as number) >= "The National".length * 7, "outlet names are not clipped");
  // Seven referents leave too little room for "Hezbollah / resistance" on one line.
  const seven = SUMMARY.slice(0, 3).flatMap((r) =>
    [1, 2, 3].map((k) => ({ ...r, referent: `${r.referent}${k}`, label: `${r.label} ${k}` }))
  ).slice(0, 7);
  const tall = framingShareChart(framingByVoice(seven));
  const svg = renderSvg(tall);
  assert.ok(!svg.includes(">Hezbollah / resistance 1<"), "the long label is wrapped");
  assert.ok(svg.includes("<tspan"), "on several lines");
  assert.ok((tall.plot.marginTop as number) > (spec.plot.marginTop as number), "with room above for the lines");
});

Deno.test("framingRateChart() draws loaded and neutral segments in outlet colours, with the count (snapshot)", async () => {
  const spec = framingRateChart(SUMMARY);
  assert.equal(spec.name, "framing-rate");
  assert.equal(spec.legend, "Outlet");
  const svg = renderSvg(spec);
  // Named: Iran Daily 3 referents, Peregraf 1, The National 2 = 6 neutral parts (some of width 0) and
  // 4 loaded parts (Iran Daily israel and june war, Peregraf israel, The National hezbollah); plus the page
  // and 3 legend swatches.
  assert.equal((svg.match(/aria-label="bar"/g) ?? []).length, 2);
  assert.equal((svg.match(/<rect/g) ?? []).length, 6 + 4 + 1 + 3);
  assert.ok(svg.includes('fill="#4269d0"'), "first outlet colour of the theme");
  await assertSnapshot("framing-rate", svg);
});

Deno.test("framingIntervalChart() draws each share with its Wilson interval and marks the too-few shares (snapshot)", async () => {
  const rows = framingByVoice(SUMMARY);
  const spec = framingIntervalChart(rows);
  assert.equal(spec.name, "framing-interval");
  const svg = renderSvg(spec);
  // Named in a voice: Iran Daily 3 (own voice), Peregraf 1 (quoted), The National 2 (own voice) = 6 dots,
  // each with an interval line and two ticks; two of them from five mentions or more.
  assert.equal(
    (svg.match(/aria-label="rule"/g) ?? []).length,
    1 + 3,
    "rule groups: the tracks; own voice enough, own voice few, quoted few",
  );
  assert.equal((svg.match(/>[0-9]+\/[0-9]+ too few</g) ?? []).length, 4, "four shares from fewer than five mentions");
  for (const label of ["9/12", "1/8", "1/1 too few", "0/2 too few"]) assert.ok(svg.includes(`>${label}<`), label);
  assert.ok(svg.includes('stroke-dasharray="3,2"'), "a too-few interval is dashed");
  const enough = rows.find((r) => r.outlet === "Iran Daily" && r.referent === "israel" && r.voice === "narrative")!;
  assert.ok(enough.loadedShareLow! < 0.75 && enough.loadedShareHigh! > 0.75, "the interval holds the share");
  await assertSnapshot("framing-interval", svg);
});

Deno.test("framingShareChart() fades a cell from fewer than five mentions and stars its count", () => {
  const svg = renderSvg(framingShareChart(framingByVoice(SUMMARY)));
  assert.ok(svg.includes(">9/12<"), "twelve mentions: no star");
  assert.ok(svg.includes(">0/2*<"), "two mentions: starred");
  assert.ok(svg.includes('fill-opacity="0.4"'), "faded");
});

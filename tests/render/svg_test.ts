import assert from "node:assert/strict";
import * as Plot from "@observablehq/plot";
import { escapeXml, renderSvg, wrapLines } from "../../src/render/svg.ts";
import type { ChartSpec } from "../../src/charts/spec.ts";
import { textWidth as estimateWidth } from "../../src/charts/theme.ts";
import { inkBox, textWidth } from "../ink.ts";

const spec = (title: string, label: string): ChartSpec => ({
  name: "t",
  title,
  subtitle: "sub & title",
  rows: [{ a: label, b: 1 }],
  legend: "Label",
  plot: {
    color: { domain: [label], range: ["red"] },
    marks: [Plot.barX([{ a: label, b: 1 }], { x: "b", y: "a", fill: "a" })],
  },
});

Deno.test("escapeXml() escapes the five XML special characters", () => {
  assert.equal(escapeXml(`<a href="x">'&'</a>`), "&#60;a href=&#34;x&#34;&#62;&#39;&#38;&#39;&#60;/a&#62;");
});

Deno.test("renderSvg() returns one standalone SVG document with title, subtitle and legend", () => {
  const svg = renderSvg(spec("Title", "Outlet A"));
  assert.match(svg, /^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="\d+" height="\d+"/);
  assert.ok(svg.endsWith("</svg>"));
  assert.ok(svg.includes(">Title</text>"));
  assert.ok(svg.includes(">sub &#38; title</text>"));
  assert.ok(svg.includes(">Label:</text>") && svg.includes('fill="red"'));
  assert.ok(!svg.includes("<div") && !svg.includes("<figure"), "no HTML inside");
});

Deno.test("renderSvg() escapes markup in titles and labels so it shows as text", () => {
  const svg = renderSvg(spec("<script>alert(1)</script>", "</svg><img src=x onerror=alert(1)>"));
  assert.ok(!svg.includes("<script"), "no script element");
  assert.ok(!svg.includes("<img"), "no img element");
  assert.ok(svg.includes("&#60;script&#62;"));
  assert.equal((svg.match(/<\/svg>/g) ?? []).length, 1, "only the document's svg closes");
});

Deno.test("renderSvg() draws Plot's chart as a group below the title, not as a nested <svg> (which resvg paints slowly)", () => {
  const svg = renderSvg(spec("Title", "Label"));
  assert.equal((svg.match(/<svg/g) ?? []).length, 1);
  const group = svg.match(/<g transform="translate\(0,(\d+)\)" class="plot-[^"]*"[^>]*>/);
  assert.ok(group, "Plot's attributes are on a translated group");
  assert.ok(!/ (width|height|viewBox)=/.test(group[0]), "no viewport attributes on the group");
  assert.ok(Number(group[1]) > 16, "below the title");
});

Deno.test("wrapLines() breaks at spaces before a line gets too wide, and keeps a long word whole", () => {
  const measure = (s: string) => s.length * 10;
  assert.deepEqual(wrapLines("one two three", 70, measure), ["one two", "three"]);
  assert.deepEqual(wrapLines("one two three", 130, measure), ["one two three"]);
  assert.deepEqual(wrapLines("a extraordinarily b", 50, measure), ["a", "extraordinarily", "b"]);
});

Deno.test("renderSvg() wraps a subtitle wider than its chart, and every line fits, as resvg draws it", async () => {
  const long = "Each outlet's mentions of the people, organisations and places that are among the six most " +
    "mentioned by at least one outlet (dot area and number: mentions)";
  const narrow: ChartSpec = { ...spec("Title", "Outlet A"), subtitle: long, legend: undefined };
  narrow.plot = { ...narrow.plot, width: 320 };
  const svg = renderSvg(narrow);
  const lines = [...svg.matchAll(/<text x="4" y="\d+" font-size="12" font-weight="normal"[^>]*>([^<]*)<\/text>/g)]
    .map((m) => m[1]);
  assert.ok(lines.length >= 3, lines.join(" / "));
  assert.equal(lines.join(" ").replaceAll("&#39;", "'"), long, "every word, in order");
  for (const line of lines) {
    const width = await textWidth(line.replaceAll("&#39;", "'"), 12);
    assert.ok(4 + width <= 320, `"${line}" is ${width} px wide`);
  }
  const ink = (await inkBox(svg))!;
  assert.ok(ink.x + ink.width <= 320, `drawn up to ${ink.x + ink.width}`);
});

Deno.test("textWidth() estimates DejaVu Sans at or a little above its drawn width", async () => {
  for (
    const text of [
      "Iraq",
      "Weighted log-odds: the terms each outlet favours",
      "ISLAMIC REVOLUTIONARY GUARD CORPS",
      "Signed log-likelihood G² of each outlet against all others; p < 0.05; 44 terms",
    ]
  ) {
    for (const bold of [false, true]) {
      const drawn = await textWidth(text, 12, bold);
      const estimate = estimateWidth(text, 12, bold);
      assert.ok(estimate >= drawn && estimate <= drawn * 1.2, `${text} (bold ${bold}): ${estimate} for ${drawn}`);
    }
  }
});

import assert from "node:assert/strict";
import * as Plot from "@observablehq/plot";
import { escapeXml, renderSvg } from "../../src/render/svg.ts";
import type { ChartSpec } from "../../src/charts/spec.ts";

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

import assert from "node:assert/strict";
import { parseFramingLexicon } from "../../src/framing/lexicon.ts";
import { loadResources } from "../../src/pipeline/annotate.ts";
import { annotateAndDigest, makeDigestTools } from "../../src/pipeline/digest.ts";
import { loadGazetteer } from "../../src/entities/gazetteer.ts";
import { framingSection } from "../../src/report/framing_section.ts";
import { reportPage } from "../../src/report/page.ts";
import { renderSvg } from "../../src/render/svg.ts";
import { tableHtml } from "../../src/render/table.ts";

// Lexicon entries are untrusted too: a label, a description or a note with markup must
// reach charts, tables and the page as text.
const LEXICON = `
referents:
  - id: israel
    label: "<script>alert('label')</script>"
    description: "<img src=x onerror=alert('description')>"
    loaded:
      - text: Zionist regime
        note: "</svg><svg onload=alert('note')>"
    neutral:
      - Israel
`;

Deno.test("framing charts, tables and the report page show markup in lexicon entries and outlet names as text", async () => {
  const lexicon = parseFramingLexicon(LEXICON, "hostile.yaml");
  const outlet = `<img src=x onerror="window.__pwned=1">`;
  const tools = makeDigestTools(await loadResources(), lexicon, await loadGazetteer());
  const digests = [
    annotateAndDigest({
      id: "a",
      file: "a.md",
      outlet,
      extra: {},
      text: "The Zionist regime struck. Israel denied it.",
    }, tools),
  ];
  const section = framingSection({
    corpus: { dir: "x", articles: [digests[0].article], problems: [] },
    digests,
    tools,
  });
  assert.ok(section.tables[0].rows.length >= 2, "both wordings found");
  const svgs = section.charts.map(renderSvg);
  const html = reportPage([section], { corpusDir: "x", articles: 1, outlets: 1, problems: [], generated: "" }) +
    section.tables.map((t) => tableHtml(t.rows, { columns: t.columns })).join("");
  for (const out of [...svgs, html]) {
    assert.ok(!/<script/i.test(out), "no script element");
    assert.ok(!/<img(?! src="charts\/[\w-]+\.svg")/i.test(out), "no img element but the page's own chart images");
    assert.ok(!/<svg[^>]*onload/i.test(out), "no svg with onload");
    assert.ok(!/<[^>]*\sonerror=/i.test(out), "no element with an onerror attribute");
  }
  assert.ok(
    svgs.some((s) => s.includes("&lt;script&gt;") || s.includes("&#60;script&#62;")),
    "the label shows as text",
  );
});

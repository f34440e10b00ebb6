import assert from "node:assert/strict";
import { kwicHtml, kwicTable } from "../../src/render/kwic.ts";

const LINES = [
  { outlet: "A <b>&</b>", left: "<script>alert(1)</script> the ", match: "Zionist <i>regime</i>", right: '\'s "jets"' },
  { outlet: "B", left: "", match: "Israel", right: " struck." },
];

Deno.test("kwicHtml() wraps the match in <mark> and escapes all article text", () => {
  const html = kwicHtml(LINES, { columns: ["outlet"] });
  assert.ok(html.includes("<mark>Zionist &#60;i&#62;regime&#60;/i&#62;</mark>"), html);
  assert.ok(html.includes("&#60;script&#62;alert(1)&#60;/script&#62; the "));
  assert.ok(html.includes("&#39;s &#34;jets&#34;"));
  assert.ok(html.includes("<td>A &#60;b&#62;&#38;&#60;/b&#62;</td>"));
  assert.ok(!html.includes("<script>") && !html.includes("<i>") && !html.includes("<b>"));
  assert.equal((html.match(/<mark>/g) ?? []).length, 2);
});

Deno.test("kwicHtml() shows at most `limit` lines and says how many it left out", () => {
  const html = kwicHtml(LINES, { limit: 1 });
  assert.equal((html.match(/<tr>/g) ?? []).length, 2, "header and one line");
  assert.ok(html.includes("1 more lines not shown"));
});

Deno.test("kwicTable() displays as HTML in a notebook and as text elsewhere", () => {
  const shown = kwicTable(LINES, { columns: ["outlet"] })[Symbol.for("Jupyter.display")]();
  assert.ok(shown["text/html"].includes("<mark>Israel</mark>"));
  assert.ok(shown["text/plain"].includes("B  [Israel] struck."));
});

Deno.test("kwicHtml() heads its columns as `header` gives, the group's name under a grouping", () => {
  const lines = [{ outlet: "Iran", left: "the ", match: "Zionist regime", right: "" }];
  assert.ok(kwicHtml(lines, { columns: ["outlet"] }).includes("<th>outlet</th>"));
  const html = kwicHtml(lines, { columns: ["outlet"], header: (c) => (c === "outlet" ? "country" : c) });
  assert.ok(html.includes("<th>country</th>") && !html.includes("<th>outlet</th>"));
});

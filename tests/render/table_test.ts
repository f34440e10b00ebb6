import assert from "node:assert/strict";
import { cellText, tableHtml } from "../../src/render/table.ts";
import { csvHeader } from "../../src/render/csv.ts";

Deno.test("cellText() writes missing values empty, whole numbers as they are, others to three decimals", () => {
  assert.equal(cellText(undefined), "");
  assert.equal(cellText(null), "");
  assert.equal(cellText(42), "42");
  assert.equal(cellText(0.123456), "0.123");
  assert.equal(cellText("<b>"), "<b>", "escaping is the caller's");
});

Deno.test("tableHtml() heads each column with its field name, or with what the header option makes of it", () => {
  const rows = [{ outlet: "A", loadedShare: 0.5 }];
  assert.match(tableHtml(rows), /<th>outlet<\/th><th>loadedShare<\/th>/);
  assert.match(tableHtml(rows, { header: csvHeader }), /<th>outlet<\/th><th>loaded_share<\/th>/);
});

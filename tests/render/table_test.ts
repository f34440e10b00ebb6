import assert from "node:assert/strict";
import { cellText } from "../../src/render/table.ts";

Deno.test("cellText() writes missing values empty, whole numbers as they are, others to three decimals", () => {
  assert.equal(cellText(undefined), "");
  assert.equal(cellText(null), "");
  assert.equal(cellText(42), "42");
  assert.equal(cellText(0.123456), "0.123");
  assert.equal(cellText("<b>"), "<b>", "escaping is the caller's");
});

import assert from "node:assert/strict";
import { countTable } from "../../src/measures/count_table.ts";

Deno.test("countTable() sums counts and totals by outlet, groups sorted", () => {
  const table = countTable([
    { article: "b1", outlet: "Beta", term: "regime", count: 2 },
    { article: "a1", outlet: "Alpha", term: "regime", count: 3 },
    { article: "a2", outlet: "Alpha", term: "regime", count: 1 },
    { article: "a2", outlet: "Alpha", term: "war", count: 4 },
  ]);
  assert.deepEqual(table.groups, ["Alpha", "Beta"]);
  assert.deepEqual(table.totals, [3 + 1 + 4, 2]);
  assert.deepEqual(table.counts.get("regime"), [4, 2]);
  assert.deepEqual(table.counts.get("war"), [4, 0]);
});

Deno.test("countTable() groups by any function of the row", () => {
  const table = countTable(
    [
      { article: "a1", outlet: "Alpha", term: "regime", count: 3 },
      { article: "a2", outlet: "Alpha", term: "regime", count: 1 },
    ],
    (r) => r.article,
  );
  assert.deepEqual(table.groups, ["a1", "a2"]);
  assert.deepEqual(table.counts.get("regime"), [3, 1]);
});

import assert from "node:assert/strict";
import { entityOutletRows, entityRows, topEntities } from "../../src/measures/entities.ts";
import { MENTIONS } from "../fixtures/entities.ts";

Deno.test("entityRows() gives one row per article and entity with its forms joined by |", () => {
  const rows = entityRows([
    ...MENTIONS,
    { ...MENTIONS[4], surface: "Ali Larijani", start: 60, end: 72 },
    { ...MENTIONS[4], start: 80, end: 88 },
  ]);
  const larijani = rows.find((r) => r.article === "a1" && r.entity === "Ali Larijani")!;
  assert.deepEqual(larijani, {
    article: "a1",
    outlet: "A",
    entity: "Ali Larijani",
    type: "person",
    mentions: 3,
    aliases: "Larijani|Ali Larijani",
  });
  assert.deepEqual(rows.map((r) => r.article), ["a1", "a1", "a1", "a1", "a2", "a2", "b1", "b1", "b1"]);
  assert.equal(rows[0].entity, "Ali Larijani", "most mentioned first within an article");
});

Deno.test("entityOutletRows() ranks entities within each outlet and keeps the top N", () => {
  const rows = entityOutletRows(MENTIONS, { top: 2 });
  assert.deepEqual(rows.map((r) => [r.outlet, r.entity, r.mentions, r.rank]), [
    ["A", "Iran", 4, 1],
    ["A", "Iraq", 2, 2],
    ["B", "Hezbollah", 1, 1],
    ["B", "Iran", 1, 2],
  ]);
  assert.deepEqual(entityOutletRows(MENTIONS, { types: ["person"] }).map((r) => r.entity), ["Ali Larijani"]);
});

Deno.test("topEntities() ranks by mentions, then articles, then name", () => {
  assert.deepEqual(topEntities(MENTIONS, 3), ["Iran", "Hezbollah", "Iraq"]);
});

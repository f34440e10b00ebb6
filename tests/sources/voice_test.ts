import assert from "node:assert/strict";
import type { Attribution } from "../../src/sources/attribution.ts";
import type { Speaker } from "../../src/sources/speakers.ts";
import { attributeSpans } from "../../src/sources/voice.ts";

const larijani: Speaker = { name: "Ali Larijani", type: "person", via: "name" };
const aoun: Speaker = { name: "Joseph Aoun", type: "person", via: "name" };
const rel = (type: Attribution["type"], start: number, end: number): Attribution => ({
  type,
  sentence: 0,
  content: { start, end },
});

Deno.test("attributeSpans() makes a span inside reported speech quoted, with its speaker; outside narrative", () => {
  const out = attributeSpans([{ start: 30, end: 40 }, { start: 0, end: 5 }, { start: 60, end: 70 }], [
    rel("indirect", 20, 60),
  ], [
    larijani,
  ]);
  assert.deepEqual(out, [{ voice: "quoted", relation: "indirect", speaker: larijani }, { voice: "narrative" }, {
    voice: "narrative",
  }]);
});

Deno.test("attributeSpans() takes the innermost of nested relations, and gives a scare quote no speaker", () => {
  const relations = [rel("mixed", 10, 100), rel("direct", 40, 60), rel("scare", 120, 130)];
  const out = attributeSpans(
    [{ start: 45, end: 50 }, { start: 70, end: 80 }, { start: 121, end: 125 }],
    relations,
    [aoun, larijani, undefined],
  );
  assert.deepEqual(out, [
    { voice: "quoted", relation: "direct", speaker: larijani },
    { voice: "quoted", relation: "mixed", speaker: aoun },
    { voice: "quoted", relation: "scare" },
  ]);
});

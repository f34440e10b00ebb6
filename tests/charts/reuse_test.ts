import assert from "node:assert/strict";
import { reuseChart } from "../../src/charts/reuse.ts";
import { reuseLinks } from "../../src/reuse/links.ts";
import type { PassageRow } from "../../src/reuse/passages.ts";
import type { ReprintRow } from "../../src/reuse/reprints.ts";
import { renderSvg } from "../../src/render/svg.ts";
import { assertSnapshot } from "../snapshot.ts";

const passage = (
  outletA: string,
  outletB: string,
  words: number,
): Pick<PassageRow, "outletA" | "outletB" | "words"> => ({
  outletA,
  outletB,
  words,
});

/** Three passages and a common one (articles a, b, c of Al Mayadeen, Tehran Times and The National), one reprint pair. */
const PASSAGES = [
  passage("Al Mayadeen", "Tehran Times", 30),
  passage("Al Mayadeen", "Tehran Times", 14),
  passage("Tehran Times", "The National", 12),
  passage("Al Mayadeen", "Tehran Times", 20),
];
const MEMBERS = [["m1", "t1"], ["m2", "t2"], ["t3", "n1"], ["m1", "t1", "n1"]];
const GROUPS = new Map([["m1", "Al Mayadeen"], ["t1", "Tehran Times"], ["n1", "The National"]]);
const REPRINTS: ReprintRow[] = [
  { article: "w1", cluster: "w1", outlet: "Peregraf", similarity: 1 },
  { article: "w2", cluster: "w1", outlet: "Al Mayadeen", similarity: 0.92 },
];

Deno.test("reuseLinks() counts passages, their words and reprint pairs for each pair of outlets, by hand", () => {
  const rows = reuseLinks(PASSAGES, MEMBERS, REPRINTS, GROUPS);
  const row = (a: string, b: string) => rows.find((r) => r.outletA === a && r.outletB === b);
  // Al Mayadeen–Tehran Times: passages of 30 and 14 words, and the common one of 20: 3 passages, 64 words.
  assert.deepEqual(row("Al Mayadeen", "Tehran Times"), {
    outletA: "Al Mayadeen",
    outletB: "Tehran Times",
    passages: 3,
    words: 64,
    reprints: 0,
  });
  // Tehran Times–The National: 12 words, and the common one: 2 passages, 32 words.
  assert.deepEqual(row("The National", "Tehran Times")?.words, 32);
  // Al Mayadeen–The National: the common passage only.
  assert.deepEqual(row("Al Mayadeen", "The National")?.passages, 1);
  assert.deepEqual(row("Peregraf", "Al Mayadeen")?.reprints, 1);
  assert.equal(rows.length, 8, "4 pairs, both ways");
});

Deno.test("reuseChart() draws a cell per pair of outlets that share text, both ways (snapshot)", async () => {
  const spec = reuseChart(reuseLinks(PASSAGES, MEMBERS, REPRINTS, GROUPS));
  assert.deepEqual(spec.plot.x?.domain, ["Al Mayadeen", "Peregraf", "Tehran Times", "The National"]);
  const svg = renderSvg(spec);
  for (const label of ["3", "2", "1", "0 · 1r"]) assert.ok(svg.includes(`>${label}<`), label);
  await assertSnapshot("reuse-outlets", svg);
});

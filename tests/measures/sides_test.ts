import assert from "node:assert/strict";
import { sideRows, speakerSide } from "../../src/measures/sides.ts";
import type { SourceRow } from "../../src/measures/sources.ts";

const source = (outlet: string, speaker: string, affiliation: string, relations: number, words: number): SourceRow => ({
  outlet,
  speaker,
  speakerType: affiliation ? "person" : "unnamed",
  affiliation,
  relations,
  words,
  share: 0,
});

const SOURCES = [
  source("Iran", "Ali Larijani", "Iran", 2, 40),
  source("Iran", "Masoud Pezeshkian", "Iran", 1, 20),
  source("Iran", "Joseph Aoun", "Lebanon", 1, 40),
  source("Gulf", "a diplomat", "", 3, 30),
  source("Gulf", "Joseph Aoun", "Lebanon", 3, 60),
];

Deno.test("speakerSide() is a speaker's first affiliation, else no affiliation with its type", () => {
  assert.equal(speakerSide({ affiliation: "Hezbollah|Lebanon", speakerType: "organization" }), "Hezbollah");
  assert.equal(speakerSide({ affiliation: "", speakerType: "unnamed" }), "no affiliation (unnamed)");
});

Deno.test("sideRows() adds up a side's speakers in each group: relations, words, and shares of the group's", () => {
  const rows = sideRows(SOURCES);
  const iran = rows.filter((r) => r.outlet === "Iran").map((r) => [r.side, r.relations, r.outletRelations, r.words]);
  // Iran: Larijani 2 + Pezeshkian 1 = 3 relations of Iran's side, 60 words; Aoun 1 of Lebanon's, 40 words.
  assert.deepEqual(iran, [["Iran", 3, 4, 60], ["Lebanon", 1, 4, 40], ["no affiliation (unnamed)", 0, 4, 0]]);
  const lebanonInIran = rows.find((r) => r.outlet === "Iran" && r.side === "Lebanon")!;
  assert.equal(lebanonInIran.share, 1 / 4);
  assert.equal(lebanonInIran.wordsShare, 40 / 100);
});

Deno.test("sideRows() gives each share its 95% Wilson interval, computed by hand for 1 of 4 and 0 of 4", () => {
  const rows = sideRows(SOURCES);
  // 1 of 4, z = 1.959964: centre (0.25 + z²/8) / (1 + z²/4) = 0.372475,
  // half z / (1 + z²/4) × √(0.25 × 0.75 / 4 + z²/64) = 0.326895: [0.0456, 0.6994].
  const one = rows.find((r) => r.outlet === "Iran" && r.side === "Lebanon")!;
  assert.equal(one.shareLow.toFixed(4), "0.0456");
  assert.equal(one.shareHigh.toFixed(4), "0.6994");
  // 0 of 4: [0, z² / (4 + z²)] = [0, 0.4899].
  const none = rows.find((r) => r.outlet === "Iran" && r.side === "no affiliation (unnamed)")!;
  assert.equal(none.shareLow, 0);
  assert.equal(none.shareHigh.toFixed(4), "0.4899");
});

Deno.test("sideRows() gives every side quoted anywhere a row in every group, zero included, sorted by group then share", () => {
  const rows = sideRows(SOURCES);
  assert.deepEqual(rows.map((r) => [r.outlet, r.side, r.relations]), [
    ["Gulf", "Lebanon", 3],
    ["Gulf", "no affiliation (unnamed)", 3],
    ["Gulf", "Iran", 0],
    ["Iran", "Iran", 3],
    ["Iran", "Lebanon", 1],
    ["Iran", "no affiliation (unnamed)", 0],
  ]);
  for (const outlet of ["Gulf", "Iran"]) {
    const shares = rows.filter((r) => r.outlet === outlet).reduce((sum, r) => sum + r.share, 0);
    assert.ok(Math.abs(shares - 1) < 1e-12, `${outlet}: shares add up to ${shares}`);
  }
});

Deno.test("sideRows() marks a group with fewer than five relations too few to compare", () => {
  const rows = sideRows(SOURCES);
  assert.ok(rows.filter((r) => r.outlet === "Iran").every((r) => r.tooFew)); // 4 relations
  assert.ok(rows.filter((r) => r.outlet === "Gulf").every((r) => !r.tooFew)); // 6 relations
});

Deno.test("sideRows() of no sources is no row", () => {
  assert.deepEqual(sideRows([]), []);
});

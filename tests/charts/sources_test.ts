import assert from "node:assert/strict";
import { loadedBySpeakerChart, sourcesBySideChart, sourceShareChart } from "../../src/charts/sources.ts";
import { sideRows, speakerSide } from "../../src/measures/sides.ts";
import { type LoadedBySpeakerRow, NO_SPEAKER, OWN_WORDS, type SourceRow } from "../../src/measures/sources.ts";
import { renderSvg } from "../../src/render/svg.ts";
import { assertSnapshot } from "../snapshot.ts";

const row = (outlet: string, speaker: string, share: number, affiliation = "", relations = 1): SourceRow => ({
  outlet,
  speaker,
  speakerType: affiliation ? "person" : "unnamed",
  affiliation,
  relations,
  words: Math.round(share * 100),
  share,
});

const ROWS: SourceRow[] = [
  row("Peregraf", "Mohammed Shia al-Sudani", 0.5, "Iraq", 3),
  row("Peregraf", "Ali Larijani", 0.3, "Iran", 2),
  row("Peregraf", "media office", 0.2),
  row("Tehran Times", "Ali Larijani", 0.7, "Iran", 4),
  row("Tehran Times", "Mohammed Shia al-Sudani", 0.2, "Iraq"),
  row("Tehran Times", "international analysts", 0.1),
];

Deno.test("speakerSide() is a speaker's first affiliation, else its type", () => {
  assert.equal(speakerSide({ affiliation: "Iran|SNSC", speakerType: "person" }), "Iran");
  assert.equal(speakerSide({ affiliation: "", speakerType: "unnamed" }), "no affiliation (unnamed)");
});

Deno.test("sourceShareChart() draws a dot and a percentage per outlet and speaker, speakers by total share (snapshot)", async () => {
  const spec = sourceShareChart(ROWS);
  assert.deepEqual(spec.plot.y?.domain, [
    "Ali Larijani",
    "Mohammed Shia al-Sudani",
    "media office",
    "international analysts",
  ]);
  const svg = renderSvg(spec);
  assert.equal((svg.match(/<circle/g) ?? []).length, 6);
  for (const label of ["70%", "30%", "50%", "Iran", "Iraq"]) assert.ok(svg.includes(`>${label}<`), label);
  await assertSnapshot("source-share", svg);
});

Deno.test("sourceShareChart() keeps the union of each outlet's top N speakers", () => {
  const spec = sourceShareChart(ROWS, { top: 1 });
  assert.deepEqual(spec.plot.y?.domain, ["Ali Larijani", "Mohammed Shia al-Sudani"]);
  assert.equal(spec.rows.length, 4);
});

const loaded = (outlet: string, speaker: string, loaded: number, share: number): LoadedBySpeakerRow => ({
  outlet,
  speaker,
  loaded,
  hits: loaded + 1,
  share,
});

/** Loaded hits of two outlets by speaker, sorted as loadedBySpeaker() sorts them. */
const LOADED: LoadedBySpeakerRow[] = [
  loaded("Al Mayadeen", OWN_WORDS, 6, 0.6),
  loaded("Al Mayadeen", "Naim Qassem", 3, 0.3),
  loaded("Al Mayadeen", NO_SPEAKER, 1, 0.1),
  loaded("The National", "Ali Larijani", 4, 0.8),
  loaded("The National", NO_SPEAKER, 1, 0.2),
];

Deno.test("loadedBySpeakerChart() puts the outlet's own words first and a dot labelled with its count per outlet and speaker (snapshot)", async () => {
  const spec = loadedBySpeakerChart(LOADED);
  assert.deepEqual(spec.plot.y?.domain, [OWN_WORDS, "Ali Larijani", "Naim Qassem", NO_SPEAKER]);
  assert.deepEqual(spec.plot.x?.domain, ["Al Mayadeen", "The National"]);
  const svg = renderSvg(spec);
  assert.equal((svg.match(/<circle/g) ?? []).length, 5);
  for (const label of ["6", "3", "4", "the outlet's own words", "a speaker's words", "quoted, no speaker"]) {
    assert.ok(svg.includes(`>${label.replace("'", "&#39;")}<`) || svg.includes(`>${label}<`), label);
  }
  await assertSnapshot("loaded-by-speaker", svg);
});

Deno.test("loadedBySpeakerChart() keeps the outlet's own words and the union of each outlet's top N speakers", () => {
  const spec = loadedBySpeakerChart(LOADED, { top: 1 });
  assert.deepEqual(spec.plot.y?.domain, [OWN_WORDS, "Ali Larijani", "Naim Qassem"]);
  assert.equal(spec.rows.length, 3);
});

Deno.test("sourcesBySideChart() draws each side's share of each outlet's relations with its interval, too-few hollow (snapshot)", async () => {
  const source = (outlet: string, speaker: string, affiliation: string, relations: number): SourceRow => ({
    outlet,
    speaker,
    speakerType: affiliation ? "person" : "unnamed",
    affiliation,
    relations,
    words: 10 * relations,
    share: 0,
  });
  const rows = sideRows([
    source("Tehran Times", "Ali Larijani", "Iran", 6),
    source("Tehran Times", "Joseph Aoun", "Lebanon", 2),
    source("The National", "Joseph Aoun", "Lebanon", 3),
    source("The National", "a diplomat", "", 1),
    source("Peregraf", "Kurdistan Regional Government", "Kurdistan Region", 2),
  ]);
  const spec = sourcesBySideChart(rows, { top: 3 });
  // The 3 sides most quoted, those with no affiliation last: Iran 6, Lebanon 5, Kurdistan Region 2.
  assert.deepEqual((spec.plot.fy as { domain: string[] }).domain, ["Iran", "Lebanon", "Kurdistan Region"]);
  assert.equal(spec.rows.length, 9);
  const svg = renderSvg(spec);
  assert.ok(svg.includes(">6/8<"), "Iran in Tehran Times: 6 of 8, enough to compare");
  assert.ok(svg.includes(">3/4 too few<"), "Lebanon in The National: 3 of 4");
  await assertSnapshot("sources-by-side", svg);
});

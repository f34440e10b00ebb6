import assert from "node:assert/strict";
import { cooccurrenceNetwork } from "../../src/measures/network.ts";
import { cooccurrenceRows } from "../../src/measures/cooccurrence.ts";
import { annotatedFor, MENTIONS } from "../fixtures/entities.ts";

Deno.test("cooccurrenceNetwork() keeps the top entities that have a link, and their links", () => {
  const rows = cooccurrenceRows(MENTIONS, annotatedFor());
  const net = cooccurrenceNetwork(MENTIONS, rows, { top: 4 });
  assert.deepEqual(net.nodes.map((n) => [n.id, n.type, n.mentions]), [
    ["Iran", "place", 5],
    ["Hezbollah", "organization", 2],
    ["Iraq", "place", 2],
  ]);
  assert.deepEqual(net.links.map((l) => `${l.source}-${l.target}:${l.sentences}`).sort(), [
    "Hezbollah-Iran:1",
    "Iran-Iraq:2",
  ]);
  const withIsolated = cooccurrenceNetwork(MENTIONS, rows, { top: 4, isolated: true });
  assert.equal(withIsolated.nodes.length, 4);
  assert.equal(cooccurrenceNetwork(MENTIONS, rows, { top: 4, minCount: 2 }).links.length, 1);
});

Deno.test("cooccurrenceNetwork() of one outlet counts that outlet's mentions only", () => {
  const rows = cooccurrenceRows(MENTIONS, annotatedFor());
  const net = cooccurrenceNetwork(MENTIONS, rows, { outlet: "B", scope: "article" });
  assert.deepEqual(net.nodes.map((n) => `${n.id}:${n.mentions}`), ["Hezbollah:1", "Iran:1", "United States:1"]);
  assert.equal(net.links.length, 3);
});

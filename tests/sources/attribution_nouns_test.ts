import assert from "node:assert/strict";
import { findAttributions } from "../../src/sources/attribution.ts";
import { resolveSpeakers } from "../../src/sources/speakers.ts";
import { annotateText } from "../fixtures/framing_text.ts";
import { relations } from "../fixtures/attribution_strings.ts";

Deno.test("findAttributions() reads a noun of stance with its possessor: 'X's contention that', 'his argument that'", async () => {
  assert.deepEqual(await relations("Smith's contention that the tax was illegal drew a reply."), [
    ["indirect", "Smith", "contention", "the tax was illegal"],
  ]);
  assert.deepEqual(await relations("The clerk read out his argument that the city can pay."), [
    ["indirect", "his", "argument", "the city can pay"],
  ]);
});

Deno.test("findAttributions() reads a noun of stance with its agent after 'by' or the subject of a support verb", async () => {
  assert.deepEqual(await relations("A remark by the governor that the state had no money angered them."), [
    ["indirect", "the governor", "remark by the governor", "the state had no money"],
  ]);
  assert.deepEqual(await relations("The union leveled charges that the firm cheated its workers."), [
    ["indirect", "The union", "charges", "the firm cheated its workers"],
  ]);
  assert.deepEqual(await relations("The mayor's call for new elections was ignored."), [
    ["indirect", "The mayor", "call", "new elections"],
  ]);
});

Deno.test("findAttributions() reads an accusation with no accuser ('charges of', 'reports of') and an unnamed speaker by its cue", async () => {
  const text = "The clerk was held on charges of fraud and theft. There were reports of fighting near the border.";
  assert.deepEqual(await relations(text), [
    ["indirect", "", "charges", "fraud and theft"],
    ["indirect", "", "reports", "fighting near the border"],
  ]);
  const annotated = await annotateText(text);
  const speakers = resolveSpeakers(text, findAttributions(annotated), []);
  assert.deepEqual(speakers.map((s) => s?.name), ["unnamed accusers", "unnamed reports"]);
});

Deno.test("findAttributions() keeps the content of a later cue that holds a noun cue ('... on charges of X, police said')", async () => {
  assert.deepEqual(await relations("The clerk was arrested on charges of fraud, police said."), [
    ["indirect", "police", "said", "The clerk was arrested on charges of fraud"],
    ["indirect", "", "charges", "fraud"],
  ]);
});

Deno.test("findAttributions() leaves a noun of stance with no source and a determiner alone ('the charges that')", async () => {
  assert.deepEqual(await relations("The charges that were dropped cost the state a fortune."), []);
  assert.deepEqual(await relations("He made a phone call to his mother."), []);
});

Deno.test("findAttributions() takes a noun the tagger read as an adjective after a determiner as a source ('the premier expressed')", async () => {
  assert.deepEqual(await relations("The battalion chief said he had just gotten into his car."), [
    ["indirect", "The battalion chief", "said", "he had just gotten into his car"],
  ]);
});

Deno.test("findAttributions() gives relations that survive the cache's JSON unchanged: no field set to undefined", async () => {
  const text = "He was held on charges of assault, police said. Reports of fighting spread. “We will stay,” she said.";
  const found = findAttributions(await annotateText(text));
  assert.ok(found.some((r) => r.source === undefined), "a relation without a source");
  assert.deepEqual(JSON.parse(JSON.stringify(found)), found);
});

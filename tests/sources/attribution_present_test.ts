/**
 * A verb of saying in the present that the tagger takes for a noun ("economists estimate",
 * "dealers report"), and "report" before a clause without "that". Every sentence here is
 * written for the test.
 */
import assert from "node:assert/strict";
import { relations } from "../fixtures/attribution_strings.ts";

Deno.test("findAttributions() reads a plain present after a plural subject as a cue though tagged a noun: 'economists estimate the harvest will ...'", async () => {
  assert.deepEqual(await relations("Bank economists estimate the harvest will be late this year."), [
    ["indirect", "Bank economists", "estimate", "the harvest will be late this year"],
  ]);
  assert.deepEqual(await relations("Dealers report farmers are eager for new tractors."), [
    ["indirect", "Dealers", "report", "farmers are eager for new tractors"],
  ]);
});

Deno.test("findAttributions() reads 'reports' after a name before a clause without 'that' as a cue: 'Mr. Ames reports shipments were up'", async () => {
  assert.deepEqual(await relations("Mr. Ames reports tractor shipments were up in May."), [
    ["indirect", "Mr. Ames", "reports", "tractor shipments were up in May"],
  ]);
});

Deno.test("findAttributions() reads such a present at the sentence's end after a comma: '..., dealers report.'", async () => {
  assert.deepEqual(await relations("Farmers haggle less over prices this fall, dealers report."), [
    ["indirect", "dealers", "report", "Farmers haggle less over prices this fall"],
  ]);
  assert.deepEqual(await relations("Orders climbed about 5% in August, Mr. Ames reports."), [
    ["indirect", "Mr. Ames", "reports", "Orders climbed about 5% in August"],
  ]);
});

Deno.test("findAttributions() keeps a noun that does not agree with the word before it, and a reported plan, out", async () => {
  assert.deepEqual(await relations("The weather report farmers use was wrong again."), []);
  assert.deepEqual(await relations("Reaction to the Mayor's reported plan was generally favorable."), []);
  assert.deepEqual(await relations("The Flock added a pair of runs in the ninth."), []);
});

Deno.test("findAttributions() takes 'reports' before a plain present and its clause for the subject, not a cue: 'Police reports show the crowd ...'", async () => {
  assert.deepEqual(await relations("Police reports show the crowd was large."), []);
  assert.deepEqual(await relations("Hospital records show that the toll rose overnight."), []);
  // A name before "reports" and a noun after it, as before.
  assert.deepEqual(await relations("Mr. Ames reports tractor shipments were up in May."), [
    ["indirect", "Mr. Ames", "reports", "tractor shipments were up in May"],
  ]);
});

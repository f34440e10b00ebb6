import assert from "node:assert/strict";
import { relations } from "../fixtures/attribution_strings.ts";

Deno.test("findAttributions() reads a stance verb's passive with a named agent: 'was opposed by X', 'was supported by X, the commissioner'", async () => {
  assert.deepEqual(await relations("The toll rise was opposed by Ruth Alder, a spokeswoman for the drivers."), [
    ["indirect", "Ruth Alder", "was opposed", "The toll rise"],
  ]);
  assert.deepEqual(
    await relations("The school levy was supported yesterday by Mayor Dana Cole and Judge Otto Binns."),
    [
      ["indirect", "Mayor Dana Cole", "was supported", "The school levy"],
    ],
  );
  // Not a thing that bears weight, nor the active voice of a vote.
  assert.deepEqual(await relations("The old roof was supported by steel beams."), []);
  assert.deepEqual(await relations("Senator Hale opposed the levy in the vote."), []);
});

Deno.test("findAttributions() reaches 'by' past prepositional phrases and reads an agent before a relative clause", async () => {
  assert.deepEqual(await relations("A new stadium was promised for the 1970s here Tuesday by Mayor Hill."), [
    ["indirect", "Mayor Hill", "was promised", "A new stadium"],
  ]);
  assert.deepEqual(await relations("The truce was welcomed by the delegations who will meet on Friday."), [
    ["indirect", "the delegations", "was welcomed", "The truce"],
  ]);
});

Deno.test("findAttributions() reads a reduced passive of a verb of saying with its agent: 'bonds proposed by X', 'N, announced by X, ...'", async () => {
  assert.deepEqual(await relations("He fought the new road bonds proposed by then Gov. Ray Hale."), [
    ["indirect", "Gov. Ray Hale", "proposed", "the new road bonds"],
  ]);
  assert.deepEqual(
    await relations("The winners, announced formally yesterday by the guild in Boston, include two poets."),
    [
      ["indirect", "the guild", "announced", "The winners"],
    ],
  );
  // The one accused is no content, nor a figure reported.
  assert.deepEqual(await relations("The clerk, accused by police of theft, fled."), []);
  assert.deepEqual(await relations("Among thefts reported by the police in 1959, half were of cars."), []);
});

Deno.test("findAttributions() reads no passive of a verb of asking past a phrase before its agent: the one asked is no content", async () => {
  assert.deepEqual(await relations("The filly was asked for speed only in the stretch by Jockey Al Ruiz and won."), []);
});

Deno.test("findAttributions() reads an agentless report past adverbials: 'was announced at a news conference', 'was reported in May that'", async () => {
  assert.deepEqual(await relations("The merger was announced at a press lunch at which the chairman spoke."), [
    ["indirect", "", "was announced", "The merger"],
  ]);
  assert.deepEqual(await relations("A sharp drop in car sales was reported for last month."), [
    ["indirect", "", "was reported", "A sharp drop in car sales"],
  ]);
  assert.deepEqual(await relations("It was disclosed in June that the mill will close."), [
    ["indirect", "", "was disclosed", "the mill will close"],
  ]);
});

Deno.test("findAttributions() reads 'X, the board was told Friday.' as a report of the clause before its hearer; the hearer alone is no content", async () => {
  assert.deepEqual(await relations("The fund may run dry by June, the county board was told Friday."), [
    ["indirect", "", "was told", "The fund may run dry by June"],
  ]);
  assert.deepEqual(await relations("The county board was told on Friday."), []);
});

import assert from "node:assert/strict";
import { relations } from "../fixtures/attribution_strings.ts";

Deno.test("findAttributions() reads a passive cue with its agent: the subject is what was said, the agent who said it", async () => {
  assert.deepEqual(await relations("The new tariff was denounced by the finance minister."), [
    ["indirect", "the finance minister", "was denounced", "The new tariff"],
  ]);
});

Deno.test("findAttributions() splits reported speech around a cue set off by commas, and drops a connective alone", async () => {
  assert.deepEqual(await relations("The budget, she said, would pass next week."), [
    ["indirect", "she", "said", "The budget"],
    ["indirect", "she", "said", "would pass next week"],
  ]);
  assert.deepEqual(await relations("Moreover, he said, the talks had failed."), [
    ["indirect", "he", "said", "the talks had failed"],
  ]);
});

Deno.test("findAttributions() takes the name before a relative clause as the source, past a year or a word of time", async () => {
  assert.deepEqual(await relations("The senator, who chairs the panel, said the bill was dead."), [
    ["indirect", "The senator", "said", "the bill was dead"],
  ]);
  assert.deepEqual(await relations("Nabil Haddad, who retired from the bank in 1990 said the rates were too high."), [
    ["indirect", "Nabil Haddad", "said", "the rates were too high"],
  ]);
});

Deno.test("findAttributions() reads an inverted source followed by an adverbial, and a capitalised verb opening a sentence", async () => {
  assert.deepEqual(await relations("“We lost the game,” said Smith after the match."), [
    ["direct", "Smith", "said", "We lost the game"],
  ]);
  assert.deepEqual(await relations("“What a day for us”!! Exclaimed Baker."), [
    ["direct", "Baker", "Exclaimed", "What a day for us"],
  ]);
});

Deno.test("findAttributions() gives a second verb of a clause its subject, and a participle the source of its clause", async () => {
  assert.deepEqual(await relations("Aoun received the envoy and stressed that Lebanon wants calm."), [
    ["indirect", "Aoun", "stressed", "Lebanon wants calm"],
  ]);
  assert.deepEqual(await relations("Noting that prices rose, the minister said the plan would change."), [
    ["indirect", "the minister", "Noting", "prices rose"],
    ["indirect", "the minister", "said", "the plan would change"],
  ]);
  assert.deepEqual(await relations("The envoy praised the talks, adding that a deal was near."), [
    ["indirect", "The envoy", "praised", "the talks"],
    ["indirect", "The envoy", "adding", "a deal was near"],
  ]);
});

Deno.test("findAttributions() skips the setting and the hearer of a cue: 'in a statement', 'members of the council'", async () => {
  assert.deepEqual(await relations("The ministry said in a statement: “The talks will resume soon.”"), [
    ["direct", "The ministry", "said", "The talks will resume soon."],
  ]);
  assert.deepEqual(await relations("Martin told members of the council that aid mattered."), [
    ["indirect", "Martin", "told", "aid mattered"],
  ]);
});

Deno.test("findAttributions() reports no speech for a denial, a plan, a document's clause, a topic or an adjective", async () => {
  assert.deepEqual(await relations("He did not say why. She will ask the board to vote."), []);
  assert.deepEqual(await relations("The contract calls for new pumps."), []);
  assert.deepEqual(await relations("The mayor commented on the budget."), []);
  assert.deepEqual(await relations("The minister's reported remarks angered many."), []);
});

Deno.test("findAttributions() reads 'added' as speech only before a clause or a quote", async () => {
  assert.deepEqual(await relations("The team added two runs in the third."), []);
  assert.deepEqual(await relations("He added that the team was tired."), [[
    "indirect",
    "He",
    "added",
    "the team was tired",
  ]]);
});

Deno.test("findAttributions() prefers a cue with its own source to a heading word run into the sentence", async () => {
  assert.deepEqual(await relations("Fraud charged Smith also declared that the count was unfair."), [
    ["indirect", "Smith", "declared", "the count was unfair"],
  ]);
});

Deno.test("findAttributions() reads an inverted source only after what was said, and a name right before the cue over a relative clause", async () => {
  assert.deepEqual(await relations("Haddad conveyed greetings and stressed Tehran's desire to deepen ties."), [
    ["indirect", "Haddad", "stressed", "Tehran's desire to deepen ties"],
  ]);
  assert.deepEqual(
    await relations("He was succeeded by Ivan Allen, who ran after Mayor Hart announced that he would quit."),
    [["indirect", "Mayor Hart", "announced", "he would quit"]],
  );
});

Deno.test("findAttributions() takes no capitalised common noun opening a sentence for a source (a subhead run into the text)", async () => {
  // "Tariff" is written in lower case elsewhere: a common noun, not a name; the minister is the source.
  assert.deepEqual(
    await relations("The tariff rose. Tariff criticized The minister said that the tariff would hurt farmers."),
    [
      ["indirect", "The minister", "said", "the tariff would hurt farmers"],
    ],
  );
  // A plural ("Reports suggest") and a name never written in lower case stay sources.
  assert.deepEqual(
    await relations("Reports suggest that the talks failed. Hezbollah said that the reports were false."),
    [
      ["indirect", "Reports", "suggest", "the talks failed"],
      ["indirect", "Hezbollah", "said", "the reports were false"],
    ],
  );
});

Deno.test("findAttributions() takes 'it' for the source of an organisation's words, not an 'it' of a passive", async () => {
  assert.deepEqual(await relations("The ministry issued a statement. It said that the talks had failed."), [
    ["indirect", "It", "said", "the talks had failed"],
  ]);
  // An agentless report: no source (tests/sources/attribution_reported_test.ts).
  assert.deepEqual(await relations("It was said that the talks had failed."), [
    ["indirect", "", "was said", "the talks had failed"],
  ]);
});

Deno.test("findAttributions() ends reported words before a contrast the outlet sets against them (', while ...')", async () => {
  assert.deepEqual(await relations("The envoy urged the group to disarm, while the army keeps its positions."), [
    ["indirect", "The envoy", "urged", "to disarm"],
  ]);
});

import assert from "node:assert/strict";
import { relations } from "../fixtures/attribution_strings.ts";

Deno.test("findAttributions() reads 'that' after a noun of speech as the conjunction when a clause with its own subject follows, whatever the tagger calls it", async () => {
  assert.deepEqual(
    await relations(
      "The mayor scoffed at rumors. Leaders bristled at reports that the governor had chosen a new deputy.",
    ),
    [
      ["indirect", "", "reports", "the governor had chosen a new deputy"],
    ],
  );
  assert.deepEqual(
    await relations("The worst of it was the charge by his rivals that he has never balanced a budget."),
    [
      ["indirect", "his rivals", "charge by his rivals", "he has never balanced a budget"],
    ],
  );
});

Deno.test("findAttributions() keeps a relative 'that' after a noun of speech out: the noun is the object of the clause's verb", async () => {
  assert.deepEqual(await relations("The statement that the council issued yesterday was short."), []);
  assert.deepEqual(await relations("The claims that she made were checked."), []);
});

Deno.test("findAttributions() finds the source before an adverb the tagger takes for a verb ('he further said that')", async () => {
  assert.deepEqual(await relations("But she further said that the deficit would shrink next year."), [
    ["indirect", "she", "said", "the deficit would shrink next year"],
  ]);
  assert.deepEqual(await relations("The senator further proposed grants for rural hospitals."), [
    ["indirect", "The senator", "proposed", "grants for rural hospitals"],
  ]);
});

Deno.test("findAttributions() reads 'suggested' before a noun phrase as speech when a name or a pronoun suggests, not a thing", async () => {
  assert.deepEqual(await relations("Mrs. Ortega suggested a change in the bus routes."), [
    ["indirect", "Mrs. Ortega", "suggested", "a change in the bus routes"],
  ]);
  assert.deepEqual(await relations("The latest figures suggest a slow recovery."), []);
  assert.deepEqual(await relations("Events in Chad and Niger also suggested the need for a summit."), []);
});

Deno.test("findAttributions() reads 'requests that' as a verb of speech, also when the tagger takes it for a noun", async () => {
  assert.deepEqual(await relations("The committee requests that members arrive early."), [
    ["indirect", "The committee", "requests", "members arrive early"],
  ]);
});

Deno.test("findAttributions() reads a verb of judgement before its object and 'as' as a stated view, the object and what follows its content", async () => {
  assert.deepEqual(await relations("Judge Amos construed this as a veiled threat by the mayor."), [
    ["indirect", "Judge Amos", "construed", "this as a veiled threat by the mayor"],
  ]);
  assert.deepEqual(await relations("The sheriff identified the driver as Leo Marsh, a farmer."), [
    ["indirect", "The sheriff", "identified", "the driver as Leo Marsh, a farmer"],
  ]);
  assert.deepEqual(await relations("Some viewed the move as a bid for power."), [
    ["indirect", "Some", "viewed", "the move as a bid for power"],
  ]);
  // No object before "as", or no verb of judgement: no relation.
  assert.deepEqual(await relations("He served as mayor for ten years."), []);
  assert.deepEqual(await relations("She used the money as collateral."), []);
  assert.deepEqual(await relations("The reported plan failed."), []);
});

Deno.test("findAttributions() reads a cue alone in its sentence after the words it reports ('... Mr. Hale said.') when no quote is near", async () => {
  assert.deepEqual(await relations("The city should hire a full-time director. Mr. Hale said yesterday. He left."), [
    ["indirect", "Mr. Hale", "said", "The city should hire a full-time director"],
  ]);
  // A quote after it is its content; a sentence in another paragraph is not.
  assert.deepEqual(await relations("He left early. Mr. Hale said. “We will win the next game.”"), [
    ["direct", "Mr. Hale", "said", "We will win the next game."],
  ]);
  assert.deepEqual(await relations("The city should hire a director.\n\nMr. Hale said."), []);
});

Deno.test("findAttributions() takes a prepositional phrase alone before a cue for the outlet's setting, not reported words", async () => {
  assert.deepEqual(await relations("In such a case, the auditors stressed, the fee must be repaid."), [
    ["indirect", "the auditors", "stressed", "the fee must be repaid"],
  ]);
  assert.deepEqual(await relations("In a letter to the club, Dr. Moss wrote:\n\n“The work is hard and slow.”"), [
    ["direct", "Dr. Moss", "wrote", "The work is hard and slow."],
  ]);
  // A predicate put first is reported words.
  assert.deepEqual(await relations("Under review, two of the clerks said, were loans to the mayor."), [
    ["indirect", "two of the clerks", "said", "Under review"],
    ["indirect", "two of the clerks", "said", "were loans to the mayor"],
  ]);
});

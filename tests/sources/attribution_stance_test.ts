import assert from "node:assert/strict";
import { relations } from "../fixtures/attribution_strings.ts";

Deno.test("findAttributions() reads a verb of stance before a noun phrase or a gerund as a stated position", async () => {
  assert.deepEqual(await relations("The governor opposes any new tax on gasoline."), [
    ["indirect", "The governor", "opposes", "any new tax on gasoline"],
  ]);
  assert.deepEqual(await relations("The two unions now favor raising the minimum wage."), [
    ["indirect", "The two unions", "favor", "raising the minimum wage"],
  ]);
  // In the past "opposed", "favored" may tell of a vote, an act.
  assert.deepEqual(await relations("The council opposed every change to the budget."), []);
  assert.deepEqual(await relations("The bishop deplored the violence in the north."), [
    ["indirect", "The bishop", "deplored", "the violence in the north"],
  ]);
});

Deno.test("findAttributions() reads no stance verb before a preposition, in an infinitive or as a possibility", async () => {
  // The object is elsewhere ("a plan which the mayor opposes"), not what follows.
  assert.deepEqual(await relations("It is a plan which the mayor opposes in his campaign."), []);
  assert.deepEqual(await relations("They tried to persuade the senator to oppose the bill."), []);
  assert.deepEqual(await relations("The senator would oppose the bill."), []);
});

Deno.test("findAttributions() reads the content of 'complain about', 'grumble about', 'protest against' after the preposition", async () => {
  assert.deepEqual(await relations("Farmers grumble about the price of feed."), [
    ["indirect", "Farmers", "grumble", "the price of feed"],
  ]);
  assert.deepEqual(await relations("The tenant complained of cold radiators."), [
    ["indirect", "The tenant", "complained", "cold radiators"],
  ]);
  assert.deepEqual(await relations("The students protested against the higher fees."), [
    ["indirect", "The students", "protested", "the higher fees"],
  ]);
  // "commented on" still names a topic, not what was said.
  assert.deepEqual(await relations("The coach commented on the weather."), []);
});

Deno.test("findAttributions() reads 'opposition to' after a possessor and 'an opinion that' after a support verb", async () => {
  assert.deepEqual(await relations("The premier was firm in his opposition to the new dam."), [
    ["indirect", "his", "opposition", "the new dam"],
  ]);
  assert.deepEqual(await relations("In 1957 the judge delivered an opinion that the rule was void."), [
    ["indirect", "the judge", "opinion", "the rule was void"],
  ]);
});

Deno.test("findAttributions() reads a past tense of saying that the tagger takes for an adjective before a hearer and 'that'", async () => {
  assert.deepEqual(
    await relations("Just before dinner, his sister, Connie informed him that the house had been sold."),
    [["indirect", "Connie", "informed", "the house had been sold"]],
  );
  // An adjective in -ed that is no verb of saying stays an adjective.
  assert.deepEqual(await relations("His sister, Connie seemed worried that the house had been sold."), []);
});

Deno.test("findAttributions() takes a restrictive relative clause into its source ('Those who backed the plan hailed ...')", async () => {
  assert.deepEqual(await relations("Those who backed a similar plan last year hailed the message."), [
    ["indirect", "Those who backed a similar plan last year", "hailed", "the message"],
  ]);
  assert.deepEqual(await relations("Farmers who sold their crops early predict that prices will fall."), [
    ["indirect", "Farmers who sold their crops early", "predict", "prices will fall"],
  ]);
});

Deno.test("findAttributions() reads a participle's or an adverb's phrase before a speaker and a quote as the setting, not content", async () => {
  assert.deepEqual(await relations("Benched at Tulsa in 1955, he told the manager: “I can't play for you.”"), [
    ["direct", "he", "told", "I can't play for you."],
  ]);
  assert.deepEqual(await relations("Regarding the new airport, the jury recommended: “Buy the land now.”"), [
    ["direct", "the jury", "recommended", "Buy the land now."],
  ]);
  // A clause with its own verb before the speaker is reported content.
  assert.deepEqual(await relations("The tax is too high, she said, “and everyone knows it.”"), [
    ["indirect", "she", "said", "The tax is too high"],
    ["direct", "she", "said", "and everyone knows it."],
  ]);
});

/**
 * A verb of saying with no content of its own ("asked the driver twice and he said ..."), a
 * content that ends before a new subject's verb of saying ("..., but the envoy insisted ..."),
 * and "said" as a determiner ("admission to said university"), which is no cue. Every sentence
 * here is written for the test.
 */
import assert from "node:assert/strict";
import { relations } from "../fixtures/attribution_strings.ts";

Deno.test("findAttributions() gives no content to a cue followed by a conjunction and a new subject's clause", async () => {
  assert.deepEqual(await relations("I asked the driver twice and he said the road was closed."), [
    ["indirect", "he", "said", "the road was closed"],
  ]);
  assert.deepEqual(
    await relations("The players heard what the coach had said and the captain said the team would stay."),
    [["indirect", "the captain", "said", "the team would stay"]],
  );
});

Deno.test("findAttributions() ends a content before a conjunction that opens a new subject's verb of saying", async () => {
  assert.deepEqual(await relations("He said he would go and she said she would stay."), [
    ["indirect", "He", "said", "he would go"],
    ["indirect", "she", "said", "she would stay"],
  ]);
  assert.deepEqual(
    await relations("The minister said the talks failed, but the envoy insisted they would resume."),
    [
      ["indirect", "The minister", "said", "the talks failed"],
      ["indirect", "the envoy", "insisted", "they would resume"],
    ],
  );
});

Deno.test("findAttributions() keeps a content whole past a new subject with no verb of saying, an infinitive, or no verb before the conjunction", async () => {
  assert.deepEqual(await relations("The coach said the team lost and the fans booed."), [
    ["indirect", "The coach", "said", "the team lost and the fans booed"],
  ]);
  assert.deepEqual(
    await relations("The governor said the law would force banks and other firms to report their assets."),
    [
      ["indirect", "The governor", "said", "the law would force banks and other firms to report their assets"],
    ],
  );
  assert.deepEqual(await relations("He said Smith and Jones agreed."), [[
    "indirect",
    "He",
    "said",
    "Smith and Jones agreed",
  ]]);
});

Deno.test("findAttributions() keeps a content whole past a new subject's verb of saying inside the quotation marks it opens", async () => {
  assert.deepEqual(
    await relations("The coach said the team had “played hard and the fans said it was our best game”."),
    [["mixed", "The coach", "said", "the team had “played hard and the fans said it was our best game"]],
  );
});

Deno.test("findAttributions() reads 'said' after a preposition or a determiner and before a noun as no cue", async () => {
  assert.deepEqual(await relations("She applied for admission to said university in 1961."), []);
  assert.deepEqual(await relations("The mayor signed the said agreement, the clerk said."), [
    ["indirect", "the clerk", "said", "The mayor signed the said agreement"],
  ]);
  assert.deepEqual(await relations("That said, the mayor said the plan was fine."), [
    ["indirect", "the mayor", "said", "the plan was fine"],
  ]);
});

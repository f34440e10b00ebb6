/**
 * Two verbs of saying of one subject joined by a conjunction ("has not only reiterated X, but
 * has announced that Y"), and "not only", which denies nothing. Every sentence here is
 * written for the test.
 */
import assert from "node:assert/strict";
import { relations } from "../fixtures/attribution_strings.ts";

Deno.test("findAttributions() reads a cue after 'not only' as reported: 'has not only reiterated X, but has announced that Y' is two relations", async () => {
  assert.deepEqual(
    await relations(
      "In Rome, the foreign minister has not only reiterated the country's support for the treaty, but has announced that two ships will join the fleet.",
    ),
    [
      ["indirect", "the foreign minister", "reiterated", "the country's support for the treaty"],
      ["indirect", "the foreign minister", "announced", "two ships will join the fleet"],
    ],
  );
});

Deno.test("findAttributions() ends a content before a second finite verb of saying of the same subject: 'said X but added that Y'", async () => {
  assert.deepEqual(await relations("The mayor said the bridge would close but added that the ferry would run."), [
    ["indirect", "The mayor", "said", "the bridge would close"],
    ["indirect", "The mayor", "added", "the ferry would run"],
  ]);
});

Deno.test("findAttributions() still denies with 'not' and 'never' alone, and reads past a conjunction that opens a new subject or an infinitive", async () => {
  assert.deepEqual(await relations("The coach has never said the team would move."), []);
  assert.deepEqual(
    await relations(
      "Neighbours said there would be trouble at the fair, and the sheriff got a permit and promised calm.",
    ),
    [[
      "indirect",
      "Neighbours",
      "said",
      "there would be trouble at the fair, and the sheriff got a permit and promised calm",
    ]],
  );
});

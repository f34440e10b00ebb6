/**
 * A participle of saying whose source is the main clause's subject: after "While", "In", "In
 * addition to" opening the sentence, and after a comma with no relation before it. Every
 * sentence here is written for the test.
 */
import assert from "node:assert/strict";
import { relations } from "../fixtures/attribution_strings.ts";

Deno.test("findAttributions() reads a participle after an opening 'While' or 'In' with the main clause's source: 'While stressing that X, Ames said Y'", async () => {
  assert.deepEqual(
    await relations("While stressing that the costs were not settled, Ames said the dam would be built."),
    [
      ["indirect", "Ames", "stressing", "the costs were not settled"],
      ["indirect", "Ames", "said", "the dam would be built"],
    ],
  );
  assert.deepEqual(
    await relations(
      "In announcing the pianist's return, the society also announced that the season would open in May.",
    ),
    [
      ["indirect", "the society", "announcing", "the pianist's return"],
      ["indirect", "the society", "announced", "the season would open in May"],
    ],
  );
});

Deno.test("findAttributions() gives ', alleging that ...' the sentence's subject when no relation comes before and the subject names a speaker", async () => {
  assert.deepEqual(
    await relations("The company sued under the old law, alleging that the union had blocked its trucks."),
    [
      ["indirect", "The company", "alleging", "the union had blocked its trucks"],
    ],
  );
});

Deno.test("findAttributions() gives no participle a subject that names no speaker, nor one with a noun phrase after a comma", async () => {
  assert.deepEqual(await relations("The goal is to link the two ports, suggesting that a new treaty may follow."), []);
  assert.deepEqual(await relations("The troops advanced at dawn, claiming the hill by noon."), []);
});

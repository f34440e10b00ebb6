import assert from "node:assert/strict";
import { findAttributions } from "../../src/sources/attribution.ts";
import { resolveSpeakers } from "../../src/sources/speakers.ts";
import { annotateText } from "../fixtures/framing_text.ts";

/** The speaker names of a text's relations, with no entity named in it. */
async function speakers(text: string): Promise<(string | undefined)[]> {
  return resolveSpeakers(text, findAttributions(await annotateText(text)), []).map((s) => s?.name);
}

Deno.test("resolveSpeakers() gives the members of a body just quoted that body ('the jurors said' after 'the jury said')", async () => {
  assert.deepEqual(await speakers("The jury said the vote was fair. The jurors said they want more funds."), [
    "jury",
    "jury",
  ]);
});

Deno.test("resolveSpeakers() keeps one member of a body as that person, not the body ('the juror said')", async () => {
  assert.deepEqual(await speakers("The jury said the vote was fair. The juror said he was threatened."), [
    "jury",
    "juror",
  ]);
});

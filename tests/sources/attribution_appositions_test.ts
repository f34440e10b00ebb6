import assert from "node:assert/strict";
import { findAttributions } from "../../src/sources/attribution.ts";
import { resolveSpeakers } from "../../src/sources/speakers.ts";
import { annotateText } from "../fixtures/framing_text.ts";
import { mention } from "../fixtures/speaker_inputs.ts";

/** The source of each relation of a text, as written. */
async function sources(text: string): Promise<string[]> {
  return findAttributions(await annotateText(text)).map((r) =>
    r.source ? text.slice(r.source.start, r.source.end) : ""
  );
}

Deno.test("findAttributions() takes a name in apposition to a description before the cue as the source", async () => {
  assert.deepEqual(
    await sources(
      "On Friday the governor of the northern province of Ostrava, Karel Novak, announced that his province would vote.",
    ),
    ["Karel Novak"],
  );
  assert.deepEqual(
    await sources("Back home in Dover, Del., his elder sister, Ruth, said that she had heard nothing."),
    [
      "Ruth",
    ],
  );
});

Deno.test("findAttributions() never takes a name after a preposition, before an address, as the source", async () => {
  assert.deepEqual(
    await sources(
      "The trustees, after hearing a long appeal from Mrs. Helen Porter, 12 Oak Lane, said they would vote in May.",
    ),
    ["The trustees"],
  );
});

Deno.test("findAttributions() still takes the name before an apposition that is a description or a title", async () => {
  assert.deepEqual(await sources("Omar Haddad, the Syrian envoy, said that the talks had failed."), ["Omar Haddad"]);
  assert.deepEqual(await sources("Ivan Allen, Mayor of Atlanta, said that taxes would rise."), ["Ivan Allen"]);
});

Deno.test("resolveSpeakers() gives 'board members' the board the article names, as 'officials' their body", async () => {
  const text = "The Lakeside School Board met on Monday. Board members said they would vote on the budget in May.";
  const relations = findAttributions(await annotateText(text));
  const mentions = [mention(text, "Lakeside School Board", "Lakeside School Board", "organization")];
  assert.deepEqual(
    resolveSpeakers(text, relations, mentions).map((s) => [s?.name, s?.type]),
    [["Lakeside School Board", "organization"]],
  );
});

Deno.test("findAttributions() reads a text that opens with a comma before its source without failing", async () => {
  // No name before the first comma: no apposition, and no source for the cue.
  assert.deepEqual(await sources(", the envoy, said that the talks had failed."), []);
  assert.deepEqual(await sources(", Mary, said that the talks had failed."), []);
  assert.deepEqual(await sources(", the envoy said that the talks had failed."), ["the envoy"]);
});

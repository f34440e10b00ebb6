import assert from "node:assert/strict";
import { relations } from "../fixtures/attribution_strings.ts";

Deno.test("findAttributions() reaches 'that' past a hearer and two places after 'told'", async () => {
  const text = "Mr. Reama told the Rotary Club of Providence at its luncheon at the Sheraton-Biltmore Hotel that " +
    "about half of the people in the country want the “welfare” type of government.";
  assert.deepEqual((await relations(text)).map((r) => r.slice(0, 3)), [["mixed", "Mr. Reama", "told"]]);
});

Deno.test("findAttributions() reads a court's finding after what it found ('..., the Tax Court ruled.')", async () => {
  assert.deepEqual(await relations("The owner owed no tax on the payments, the Tax Court ruled."), [
    ["indirect", "the Tax Court", "ruled", "The owner owed no tax on the payments"],
  ]);
});

Deno.test("findAttributions() still reads 'held' and 'ruled' with no clause as no speech", async () => {
  assert.deepEqual(await relations("The team held a dinner. The king ruled for ten years."), []);
});

Deno.test("findAttributions() reads a clause of time before a cue and its quote as the setting, not reported words", async () => {
  const text = "Last week, when Royal was informed that his backs led the league, he said: “That won't last long”.";
  assert.deepEqual(await relations(text), [["direct", "he", "said", "That won't last long"]]);
  assert.deepEqual(await relations("When asked about the plan, the minister said: “We will not accept it”."), [
    ["direct", "the minister", "said", "We will not accept it"],
  ]);
});

Deno.test("findAttributions() keeps a clause of time before a cue in mid-sentence as reported words", async () => {
  assert.deepEqual((await relations("When the vote comes, he said, the party will win.")).map((r) => r[3]), [
    "When the vote comes",
    "the party will win",
  ]);
});

import assert from "node:assert/strict";
import { relations } from "../fixtures/attribution_strings.ts";

Deno.test("findAttributions() reads a short quote before its cue and a second quote as one speaker's words, not a scare quote", async () => {
  assert.deepEqual(await relations("“No”, she said, “I never lived in Ohio”."), [
    ["direct", "she", "said", "No"],
    ["direct", "she", "said", "I never lived in Ohio"],
  ]);
});

Deno.test("findAttributions() reads a short quote that is a sentence alone as the words of the speaker quoted before it", async () => {
  const text = "“I work for the church and nobody else”, the pastor said. “I'm a missionary”.";
  assert.deepEqual(await relations(text), [
    ["direct", "the pastor", "said", "I work for the church and nobody else"],
    ["direct", "the pastor", "said", "I'm a missionary"],
  ]);
});

Deno.test("findAttributions() reads a short quote closed by an exclamation, then an inverted cue, as that speaker's words", async () => {
  const text = "The Bills won on Sunday.\n\n“Just my luck”! Exclaimed Stram.";
  assert.deepEqual((await relations(text)).map((r) => r.slice(0, 2).concat(r[3])), [[
    "direct",
    "Stram",
    "Just my luck",
  ]]);
});

Deno.test("findAttributions() still reads a short quote inside the outlet's own sentence as a scare quote", async () => {
  assert.deepEqual(await relations("The mayor called the plan a “sound idea” on Monday."), [
    ["scare", "", "", "sound idea"],
  ]);
});

import assert from "node:assert/strict";
import type { Attribution } from "../../src/sources/attribution.ts";
import { quoteSpeakerAround } from "../../src/sources/speaker_quotes.ts";
import { resolveSpeakers } from "../../src/sources/speakers.ts";
import { mention } from "../fixtures/speaker_inputs.ts";

/** A direct quote with no source: its content located in `text`. */
function quote(text: string, content: string, sentence: number): Attribution {
  const start = text.indexOf(content);
  return { type: "direct", sentence, content: { start, end: start + content.length } };
}

Deno.test("resolveSpeakers() gives a quote with no source the person of the sentence that introduces it with a colon", () => {
  const text = "Omar Haddad spoke first. Farm dealer Karim Nassar tells of a pickup in sales: “We sold four pickers.”";
  const mentions = [
    mention(text, "Omar Haddad", "Omar Haddad", "person"),
    { ...mention(text, "Karim Nassar", "Karim Nassar", "person"), sentence: 1 },
  ];
  const said = { ...quote(text, "Omar Haddad spoke first", 0), source: { start: 0, end: 11 } };
  const names = resolveSpeakers(text, [said, quote(text, "We sold four pickers.", 1)], mentions).map((s) => s?.name);
  assert.deepEqual(names, ["Omar Haddad", "Karim Nassar"]);
});

Deno.test("resolveSpeakers() gives a quote with no source the person named right after its closing mark and a comma", () => {
  const text = "Omar Haddad spoke first. “Take a ride on this one”, Karim Nassar greeted him.";
  const mentions = [
    mention(text, "Omar Haddad", "Omar Haddad", "person"),
    { ...mention(text, "Karim Nassar", "Karim Nassar", "person"), sentence: 1 },
  ];
  const said = { ...quote(text, "Omar Haddad spoke first", 0), source: { start: 0, end: 11 } };
  const names = resolveSpeakers(text, [said, quote(text, "Take a ride on this one", 1)], mentions).map((s) => s?.name);
  assert.deepEqual(names, ["Omar Haddad", "Karim Nassar"]);
});

Deno.test("quoteSpeakerAround() takes no object of a preposition, no body named as a person, and no name after a full stop", () => {
  const text = "He wrote to Karim Nassar at Tulsa Symphony: “Come soon.” Omar Haddad left.";
  const mentions = [
    mention(text, "Karim Nassar", "Karim Nassar", "person"),
    mention(text, "Tulsa Symphony", "Tulsa Symphony", "person"),
    mention(text, "Omar Haddad", "Omar Haddad", "person"),
  ];
  const content = { start: text.indexOf("Come"), end: text.indexOf("soon.") + 5 };
  const subject = (m: { surface: string }) => m.surface !== "Karim Nassar";
  assert.equal(quoteSpeakerAround(text, content, mentions, subject), undefined);
});

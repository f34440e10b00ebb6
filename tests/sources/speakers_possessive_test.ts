import assert from "node:assert/strict";
import { findAttributions } from "../../src/sources/attribution.ts";
import { resolveSpeakers } from "../../src/sources/speakers.ts";
import { annotateText } from "../fixtures/framing_text.ts";
import { mention, relation } from "../fixtures/speaker_inputs.ts";

Deno.test("findAttributions() keeps the possessive that opens a source before its cue ('His foes said', 'Its spokesmen said')", async () => {
  const text =
    "Haddad won the vote. His foes said the count was wrong. The union met. Its spokesmen said it had failed.";
  const sources = findAttributions(await annotateText(text)).map((r) =>
    r.source && text.slice(r.source.start, r.source.end)
  );
  assert.deepEqual(sources, ["His foes", "Its spokesmen"]);
});

Deno.test("resolveSpeakers() gives 'his petition' its issuer, and 'its directors' after a place no place", () => {
  const text =
    "Omar Haddad filed for divorce. His petition charged cruelty. Acme, of 10 Elm St., failed after its directors indicated no plan.";
  const mentions = [
    mention(text, "Omar Haddad", "Omar Haddad", "person"),
    { ...mention(text, "Elm St.", "Elm St.", "place"), sentence: 2 },
  ];
  const relations = [relation(text, "His petition", 0, 1), relation(text, "its directors", 0, 2)];
  assert.deepEqual(resolveSpeakers(text, relations, mentions).map((s) => s?.name), ["Omar Haddad", "directors"]);
});

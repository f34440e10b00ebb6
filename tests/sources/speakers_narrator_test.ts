import assert from "node:assert/strict";
import type { Attribution } from "../../src/sources/attribution.ts";
import { resolveSpeakers } from "../../src/sources/speakers.ts";
import { mention, relation } from "../fixtures/speaker_inputs.ts";

Deno.test("resolveSpeakers() gives a column's 'I' outside quoted words the columnist, not the last person named", () => {
  const text = "My son Stephen asked for a ride. I said he could walk.";
  const mentions = [mention(text, "Stephen", "Stephen", "person")];
  const [speaker] = resolveSpeakers(text, [relation(text, "I", 30, 1)], mentions);
  assert.deepEqual(speaker, { name: "the columnist", type: "unnamed", via: "description" });
});

Deno.test("resolveSpeakers() gives a column's 'I' the byline when the article has one", () => {
  const text = "My son Stephen asked for a ride. I said he could walk.";
  const mentions = [mention(text, "Stephen", "Stephen", "person")];
  const [speaker] = resolveSpeakers(text, [relation(text, "I", 30, 1)], mentions, { narrator: "Ann Lee" });
  assert.deepEqual(speaker, { name: "Ann Lee", type: "person", via: "pronoun" });
});

Deno.test("resolveSpeakers() leaves an 'I' inside someone's quoted words to the person named before", () => {
  // “I told him no,” inside Haddad's quote: the inner "I" is Haddad.
  const text = "Omar Haddad spoke. “Then I told him no,” he said.";
  const mentions = [mention(text, "Omar Haddad", "Omar Haddad", "person")];
  const quote: Attribution = {
    type: "direct",
    sentence: 1,
    content: { start: text.indexOf("Then"), end: text.indexOf(" no") + 3 },
    cue: { start: text.lastIndexOf("said"), end: text.lastIndexOf("said") + 4 },
    source: { start: text.lastIndexOf("he"), end: text.lastIndexOf("he") + 2 },
  };
  const inner = relation(text, "I", text.indexOf("Then"), 1);
  assert.equal(resolveSpeakers(text, [quote, inner], mentions)[1]?.name, "Omar Haddad");
});

Deno.test("resolveSpeakers() gives 'he' no name that only modifies the person named after it ('Symphony Conductor Pfohl')", () => {
  const text = "Transylvania Symphony Conductor Pfohl spoke at noon. He said the band would play.";
  const mentions = [
    mention(text, "Symphony", "San Francisco Symphony", "person"),
    mention(text, "Pfohl", "James Pfohl", "person"),
  ];
  assert.equal(resolveSpeakers(text, [relation(text, "He", 0, 1)], mentions)[0]?.name, "James Pfohl");
});

Deno.test("resolveSpeakers() gives a column's 'I' an agency byline as an organisation (an acronym, a body's name, an organisation named)", () => {
  const text = "Reuters saw the talks. I was told they failed.";
  const mentions = [mention(text, "Reuters", "Reuters", "organization")];
  const types = ["AFP", "Tehran Times", "Reuters", "Ann Lee"].map((narrator) =>
    resolveSpeakers(text, [relation(text, "I", 20, 1)], mentions, { narrator })[0]?.type
  );
  assert.deepEqual(types, ["organization", "organization", "organization", "person"]);
});

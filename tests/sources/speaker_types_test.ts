import assert from "node:assert/strict";
import { namesBody } from "../../src/sources/speaker_types.ts";
import { resolveSpeakers } from "../../src/sources/speakers.ts";
import { mention, relation } from "../fixtures/speaker_inputs.ts";

Deno.test("namesBody() reads a name's last word, or its last before 'of', as a body's, an office's or a work's", () => {
  assert.deepEqual(
    ["Anti-Communist Crusade Council", "Lummus Cotton Gin Co.", "Bank of Tokyo", "Leningrad Kirov Ballet"].map(
      namesBody,
    ),
    [true, true, true, true],
  );
  assert.deepEqual(["Branch Rickey", "Guard Al Reynolds", "Omar Haddad", "Jackie Jensen"].map(namesBody), [
    false,
    false,
    false,
    false,
  ]);
});

Deno.test("resolveSpeakers() gives 'he' no 'person' of the entity stage named like a body", () => {
  // The entity stage took "Tulsa Symphony" for a person: "he" is still Haddad.
  const text = "Tulsa Symphony hired Omar Haddad last year. He said it was a fine orchestra.";
  const mentions = [
    mention(text, "Omar Haddad", "Omar Haddad", "person"),
    mention(text, "Tulsa Symphony", "Tulsa Symphony", "person"),
  ];
  const he = { ...relation(text, "He"), sentence: 1 };
  assert.equal(resolveSpeakers(text, [he], mentions)[0]?.name, "Omar Haddad");
});

Deno.test("resolveSpeakers() gives 'it was announced' the body the news names, not an agency in the dateline", () => {
  const text = "Tulsa (AP) -- Harold Penn has been elected president of the Tulsa Rotary Club, it was announced.";
  const mentions = [
    mention(text, "AP", "Associated Press", "organization"),
    mention(text, "Harold Penn", "Harold Penn", "person"),
    mention(text, "Tulsa Rotary Club", "Tulsa Rotary Club", "person"),
  ];
  const at = (part: string) => ({ start: text.indexOf(part), end: text.indexOf(part) + part.length });
  const announced = {
    type: "indirect" as const,
    sentence: 0,
    content: at("Tulsa (AP) -- Harold Penn has been elected president of the Tulsa Rotary Club"),
    cue: at("was announced"),
  };
  assert.deepEqual(resolveSpeakers(text, [announced], mentions)[0], {
    name: "Tulsa Rotary Club",
    type: "organization",
    via: "office",
  });
});

Deno.test("resolveSpeakers() gives an announcement whose news names no body no speaker", () => {
  const text = "Harold Penn has been elected president, it was announced.";
  const mentions = [mention(text, "Harold Penn", "Harold Penn", "person")];
  const at = (part: string) => ({ start: text.indexOf(part), end: text.indexOf(part) + part.length });
  const announced = {
    type: "indirect" as const,
    sentence: 0,
    content: at("Harold Penn has been elected president"),
    cue: at("was announced"),
  };
  assert.equal(resolveSpeakers(text, [announced], mentions)[0], undefined);
});

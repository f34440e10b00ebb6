import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import {
  ENGLISH,
  ENGLISH_FILE,
  NOT_ENTITY_HEADS,
  ORGANIZATION_HEADS,
  parseEnglishWords,
  PLACE_HEADS,
  PLACE_PREFIXES,
} from "../../src/text/english.ts";
import { SPEECH_VERBS } from "../../src/sources/cues.ts";

const text = await readFile(new URL("../../data/english.yaml", import.meta.url), "utf8");

const LISTS = [
  "organization_heads",
  "place_heads",
  "place_prefixes",
  "not_entity_heads",
  "place_prepositions",
  "member_nouns",
  "group_nouns",
  "name_cue_verbs",
  "speech_verbs",
  "work_nouns",
  "work_leads",
  "what_verbs",
  "as_verbs",
  "name_verbs",
  "pronoun_objects",
  "determiners",
];

/** A valid file of one word a list, but the list `list`, whose value (YAML) is `value`. */
const withList = (list: string, value: string) => LISTS.map((l) => `${l}: ${l === list ? value : "[word]"}\n`).join("");

Deno.test("ENGLISH holds every list of data/english.yaml, as parseEnglishWords() reads the file", () => {
  assert.deepEqual(ENGLISH, parseEnglishWords(text, ENGLISH_FILE));
  assert.deepEqual(Object.keys(ENGLISH), LISTS);
  for (const [name, words] of Object.entries(ENGLISH)) assert.ok(words.size > 0, `${name} has words`);
  assert.deepEqual([...ENGLISH.name_verbs], ["call", "label", "brand", "term", "dub"]);
  assert.ok(ENGLISH.speech_verbs.has("say") && ENGLISH.speech_verbs.has("condemn"));
  assert.ok(ENGLISH.name_cue_verbs.has("meet") && !ENGLISH.speech_verbs.has("meet"), "meeting is not speech");
  assert.ok(ENGLISH.place_prepositions.has("near") && ENGLISH.member_nouns.has("secretary-general"));
});

Deno.test("ORGANIZATION_HEADS, PLACE_HEADS, PLACE_PREFIXES and NOT_ENTITY_HEADS are lists of ENGLISH", () => {
  assert.equal(ORGANIZATION_HEADS, ENGLISH.organization_heads);
  assert.equal(PLACE_HEADS, ENGLISH.place_heads);
  assert.equal(PLACE_PREFIXES, ENGLISH.place_prefixes);
  assert.equal(NOT_ENTITY_HEADS, ENGLISH.not_entity_heads);
  assert.ok(ORGANIZATION_HEADS.has("militia") && PLACE_HEADS.has("valley") && PLACE_PREFIXES.has("tel"));
  assert.ok(NOT_ENTITY_HEADS.has("agreement"));
});

Deno.test("parseEnglishWords() reads every list, its words trimmed", () => {
  const words = parseEnglishWords(withList("place_heads", "[valley, ' river ']"), "e.yaml");
  assert.deepEqual([...words.place_heads], ["valley", "river"]);
  assert.deepEqual([...words.determiners], ["word"]);
});

Deno.test("parseEnglishWords() names the file, the line and the nearest key of a misspelt key", () => {
  const misspelt = withList("place_heads", "[valley]").replace("speech_verbs", "speech_verb");
  assert.throws(() => parseEnglishWords(misspelt, "e.yaml"), {
    message: 'Cannot read e.yaml:9:1: unknown top-level key "speech_verb" (did you mean "speech_verbs"?)',
  });
});

Deno.test("parseEnglishWords() names a missing list, and a list that is not one", () => {
  const missing = withList("determiners", "[the]").replace(/^determiners:.*\n/m, "");
  assert.throws(() => parseEnglishWords(missing, "e.yaml"), {
    message: 'Cannot read e.yaml: "determiners" must be a list of words',
  });
  assert.throws(() => parseEnglishWords(withList("group_nouns", "militia"), "e.yaml"), {
    message: 'Cannot read e.yaml: "group_nouns" must be a list of words',
  });
});

Deno.test("parseEnglishWords() takes only single words in lower case", () => {
  for (
    const [value, why] of [
      ["[party, Ministry]", 'item 2 ("Ministry"): not one word in lower case'],
      ["[party, prime minister]", 'item 2 ("prime minister"): not one word in lower case'],
      ["[party, 3]", "item 2 (3): not a word"],
      ["[party, '']", 'item 2 (""): not a word'],
    ]
  ) {
    assert.throws(() => parseEnglishWords(withList("organization_heads", value), "e.yaml"), {
      message: `Cannot read e.yaml: organization_heads, ${why}`,
    });
  }
});

Deno.test("parseEnglishWords() takes as a voice cue verb three ASCII letters or more, not three ending in e", () => {
  for (const verb of ["go", "use", "décrire"]) {
    assert.throws(() => parseEnglishWords(withList("as_verbs", `[describe, ${verb}]`), "e.yaml"), {
      message: `Cannot read e.yaml: as_verbs, item 2 ("${verb}"): ` +
        'a cue verb is three ASCII letters or more, and not three ending in "e"',
    });
  }
  assert.ok(parseEnglishWords(withList("what_verbs", "[dub, call]"), "e.yaml").what_verbs.has("dub"));
  // Pronouns and determiners are no verbs: "it", "us" and "the" are words of their lists.
  const words = parseEnglishWords(
    withList("pronoun_objects", "[it, us]").replace("determiners: [word]", "determiners: [the]"),
    "e.yaml",
  );
  assert.deepEqual([[...words.pronoun_objects], [...words.determiners]], [["it", "us"], ["the"]]);
});

Deno.test("the verbs of speech are listed once: sources' SPEECH_VERBS is ENGLISH.speech_verbs", () => {
  assert.equal(SPEECH_VERBS, ENGLISH.speech_verbs);
});

import assert from "node:assert/strict";
import { optionalWords, parsePattern } from "../../src/framing/pattern.ts";
import { parseFramingLexicon } from "../../src/framing/lexicon.ts";
import { compileFraming, findFraming } from "../../src/framing/match.ts";
import { annotateText } from "../fixtures/framing_text.ts";

const lexicon = (loaded: string[], neutral: string[] = ["Israel"]) =>
  parseFramingLexicon(
    `referents:\n  - id: israel\n    label: Israel\n    loaded: ${JSON.stringify(loaded)}\n    neutral: ${
      JSON.stringify(neutral)
    }\n`,
    "patterns.yaml",
  );

async function phrases(loaded: string[], text: string): Promise<string[]> {
  const hits = findFraming(await annotateText(text), compileFraming(lexicon(loaded)));
  return hits.filter((h) => h.frame === "loaded").map((h) => h.phrase);
}

Deno.test("parsePattern() splits a spelling into words, families and slots", () => {
  assert.deepEqual(parsePattern("Israeli [adj]* aggress* against Iran"), [
    { kind: "words", text: "Israeli" },
    { kind: "slot", slot: "adj", min: 0, max: 6 },
    { kind: "family", prefix: "aggress" },
    { kind: "words", text: "against Iran" },
  ]);
  assert.deepEqual(parsePattern("[quote] resistance [quote]").map((e) => e.kind), ["slot", "words", "slot"]);
  assert.deepEqual(parsePattern("the [any]? regime")[1], { kind: "slot", slot: "any", min: 0, max: 1 });
});

Deno.test("optionalWords() writes word? as the alternative (word|)", () => {
  assert.equal(optionalWords("the? Zionist regime"), "(the|) Zionist regime");
  assert.equal(optionalWords("Israel's [adj]? crimes?"), "Israel's [adj]? (crimes|)");
});

Deno.test("a bad pattern is an error that names the file, the referent and the pattern", () => {
  const cases: [string, RegExp][] = [
    ["Israeli [noun] strikes", /unknown slot "\[noun\]"/],
    ["[adj] regime", /starts with the slot \[adj\]/],
    ["agg* regime", /word family "agg\*" needs four letters/],
    ["Zion*ist regime", /"Zion\*ist": "\?", "\*" and brackets/],
    ["[quote]* resistance", /"\[quote\]\*": a quotation mark is one token/],
  ];
  for (const [pattern, message] of cases) {
    assert.throws(() => lexicon([pattern]), (e: Error) => {
      assert.match(e.message, /^Cannot load patterns\.yaml: referent "israel", loaded wording 1/);
      assert.ok(e.message.includes(`("${pattern}")`), `names the pattern: ${e.message}`);
      assert.match(e.message, message);
      return true;
    });
  }
});

Deno.test("a word family matches every word that starts with its prefix", async () => {
  const found = await phrases(
    ["Israeli aggress*"],
    "Israeli aggression grew. The Israeli aggressor struck. Israeli aggressive moves followed. Israeli aggressions too.",
  );
  assert.deepEqual(found, ["Israeli aggression", "Israeli aggressor", "Israeli aggressive", "Israeli aggressions"]);
});

Deno.test("a plain word matches its inflections through wink-nlp's lemma", async () => {
  const found = await phrases(["Israel massacre"], "Israel massacred dozens. Israel massacres civilians.");
  assert.deepEqual(found, ["Israel massacred", "Israel massacres"]);
});

Deno.test("an optional word may be there or not, and the longer match wins", async () => {
  const found = await phrases(["the? Zionist regime"], "The Zionist regime said so. Zionist regime forces moved.");
  assert.deepEqual(found, ["The Zionist regime", "Zionist regime"]);
});

Deno.test("[adj]* takes any number of adjectives, with adverbs and 'and' between them, or none", async () => {
  const found = await phrases(
    ["Israeli [adj]* crimes"],
    "Israeli crimes mount. Israeli brutal crimes mount. Israeli brutal and systematic crimes mount. " +
      "Israeli increasingly brutal crimes mount.",
  );
  assert.deepEqual(found, [
    "Israeli crimes",
    "Israeli brutal crimes",
    "Israeli brutal and systematic crimes",
    "Israeli increasingly brutal crimes",
  ]);
});

Deno.test("[adj] does not take a noun or a verb, so the words must still meet", async () => {
  assert.deepEqual(await phrases(["Israeli [adj]* crimes"], "Israeli officials deny crimes."), []);
  assert.deepEqual(await phrases(["Israeli [adj] crimes"], "Israeli crimes mount."), [], "[adj] needs one");
});

Deno.test("[any] takes one word of any kind, [any]* up to three, never punctuation", async () => {
  assert.deepEqual(await phrases(["Israel [any] bombed"], "Israel reportedly bombed the site."), [
    "Israel reportedly bombed",
  ]);
  assert.deepEqual(await phrases(["Israel [any]* bombed"], "Israel has once again bombed the site."), [
    "Israel has once again bombed",
  ]);
  assert.deepEqual(await phrases(["Israel [any]* bombed"], "Israel, they say, bombed it."), []);
  assert.deepEqual(await phrases(["Israel [any]* bombed"], "Israel is said to have then bombed it."), [], "four words");
});

Deno.test("[quote] matches a quotation mark of any style", async () => {
  const found = await phrases(
    ["[quote] Jewish state [quote]"],
    'It calls itself the "Jewish state". Others write the “Jewish state” too. Plain Jewish state is not.',
  );
  assert.deepEqual(found, ['"Jewish state"', "“Jewish state”"]);
});

Deno.test("alternatives combine with families and slots", async () => {
  const found = await phrases(
    ["(Israel's|Israeli) [adj]* (genocid*|massacr*)"],
    "Israel's genocidal war went on. The Israeli deliberate massacres continued.",
  );
  assert.deepEqual(found, ["Israel's genocidal", "Israeli deliberate massacres"]);
});

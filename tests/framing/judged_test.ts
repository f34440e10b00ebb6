import assert from "node:assert/strict";
import { compileEvaluative, isEvaluative, judgedPhrase } from "../../src/framing/judged.ts";
import { tokenize } from "../../src/nlp/wink.ts";
import { prepareText } from "../../src/text/normalize.ts";
import { parseFramingLexicon } from "../../src/framing/lexicon.ts";

const words = compileEvaluative(["brutal*", "so-called", "heinous", "cynical"]);
const tokensOf = (text: string) => tokenize(prepareText(text)).tokens;
/** The judged phrase of the hit on the words `hit` of a text, as text, or null. */
function judged(text: string, hit: string): string | null {
  const tokens = tokensOf(text);
  const start = text.indexOf(hit);
  const from = tokens.findIndex((t) => t.start === start);
  const to = tokens.findIndex((t) => t.end === start + hit.length) + 1;
  const j = judgedPhrase(tokens, from, to, words);
  return j && text.slice(tokens[j.from].start, tokens[j.to - 1].end);
}

Deno.test("isEvaluative() knows a listed word and every member of a listed family, in any case", () => {
  assert.ok(isEvaluative(words, "Brutally"));
  assert.ok(isEvaluative(words, "so-called"));
  assert.ok(!isEvaluative(words, "brute"));
});

Deno.test("judgedPhrase() finds the modifier inside the hit, before it, or in the phrase a possessive governs", () => {
  assert.equal(judged("They fear cynical US pressure on Beirut.", "US pressure"), "cynical US pressure");
  assert.equal(
    judged("He spoke of the heinous and brutal Israeli raid.", "Israeli raid"),
    "heinous and brutal Israeli raid",
  );
  assert.equal(judged("They rejected the so-called US plan.", "US plan"), "so-called US plan");
  assert.equal(judged("Israel's brutal bombardment of Gaza went on.", "Israel's"), "Israel's brutal bombardment");
});

Deno.test("judgedPhrase() ignores a modifier of another noun phrase, past a verb or a preposition", () => {
  assert.equal(judged("The heat was brutal for US troops.", "US troops"), null);
  assert.equal(judged("Israel's army blamed the brutal heat.", "Israel's"), null);
  assert.equal(judged("A brutal winter and US pressure weigh on Beirut.", "US pressure"), null);
});

Deno.test("the lexicon's evaluative list takes words and families of four letters, and names a bad item", () => {
  const yaml = (list: string) =>
    `evaluative: [${list}]\nreferents:\n  - id: israel\n    label: Israel\n    neutral: [Israel]\n`;
  assert.deepEqual(parseFramingLexicon(yaml("brutal*, so-called"), "f.yaml").evaluative, ["brutal*", "so-called"]);
  assert.throws(() => parseFramingLexicon(yaml("bru*"), "f.yaml"), /f\.yaml.*"evaluative" item "bru\*"/);
  assert.throws(() => parseFramingLexicon(yaml("very brutal"), "f.yaml"), /"evaluative" item "very brutal"/);
});

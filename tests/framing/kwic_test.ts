import assert from "node:assert/strict";
import type { FramingHit } from "../../src/framing/match.ts";
import { framingKwic } from "../../src/framing/kwic.ts";

const SENTENCE = "He also reiterated Iraq\u2019s \u201Cprincipled stance\u201D in rejecting what he called " +
  "\u201CZionist aggression against Iran\u201D and voiced opposition.";
const START = 100;
const at = SENTENCE.indexOf("Zionist aggression");
const HIT: FramingHit = {
  article: "p",
  outlet: "Peregraf",
  referent: "israel",
  frame: "loaded",
  voice: "quoted",
  phrase: "Zionist aggression",
  start: START + at,
  end: START + at + 18,
  sentence: SENTENCE,
  sentenceStart: START,
  wording: "Zionist aggression",
  speaker: "",
};

Deno.test("framingKwic() cuts the sentence into left context, match and right context", () => {
  const [row] = framingKwic([HIT], { context: 200 });
  assert.equal(row.match, "Zionist aggression");
  assert.equal(row.left + row.match + row.right, SENTENCE);
  assert.deepEqual([row.outlet, row.referent, row.frame, row.voice], ["Peregraf", "israel", "loaded", "quoted"]);
  assert.deepEqual([row.start, row.end], [HIT.start, HIT.end]);
});

Deno.test("framingKwic() shortens long contexts at a word and marks the cut", () => {
  const [row] = framingKwic([HIT], { context: 20 });
  assert.ok(row.left.startsWith("\u2026") && row.left.length <= 21, row.left);
  assert.ok(row.left.endsWith("called \u201C"), row.left);
  assert.ok(row.right.endsWith("\u2026") && row.right.length <= 21, row.right);
});

Deno.test("framingKwic() collapses white space, line breaks included", () => {
  const [row] = framingKwic([{
    ...HIT,
    phrase: "Zionist\naggression",
    sentence: SENTENCE.replace("Zionist ", "Zionist\n"),
  }]);
  assert.equal(row.match, "Zionist aggression");
});

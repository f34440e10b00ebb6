import assert from "node:assert/strict";
import { attributionSpans, quotationSpans, voiceAt } from "../../src/framing/voice.ts";
import { annotateText } from "../fixtures/framing_text.ts";

/** The quoted stretches of a text, as text. */
const quoted = (text: string) => quotationSpans(text).map((s) => text.slice(s.start, s.end));

async function paraphrased(text: string): Promise<string[]> {
  const a = await annotateText(text);
  return attributionSpans(a.tokens).map((s) => text.slice(s.start, s.end));
}

Deno.test("quotationSpans() finds curly, straight, low and mixed double quotes and guillemets", () => {
  assert.deepEqual(quoted('He said \u201Cbalance\u201D and "Zionist regime".'), [
    "\u201Cbalance\u201D",
    '"Zionist regime"',
  ]);
  assert.deepEqual(quoted('"Iraq is our friend,\u201D Larijani said.'), ['"Iraq is our friend,\u201D']);
  assert.deepEqual(quoted("Er sagte \u201EZionist aggression\u201C heute."), ["\u201EZionist aggression\u201C"]);
  assert.deepEqual(quoted("Il a dit \u00AB l'entit\u00E9 sioniste \u00BB hier."), [
    "\u00AB l'entit\u00E9 sioniste \u00BB",
  ]);
});

Deno.test("quotationSpans() tells single quotes from apostrophes", () => {
  const text = "Iran's envoy said the visit 'sends a message to the enemies' of the countries' bonds.";
  assert.deepEqual(quoted(text), ["'sends a message to the enemies'"]);
  assert.deepEqual(quoted("Iran\u2019s \u2018Zionist entity\u2019 remark, the Kurds\u2019 fears."), [
    "\u2018Zionist entity\u2019",
  ]);
  assert.deepEqual(quoted("It's the '90s again, isn't it?"), []);
});

Deno.test("quotationSpans() pairs straight single marks spaced on both sides, never an apostrophe", () => {
  // Quotes inside a quote, written with a space on each side of both marks.
  const text = "\u201CHis talk of ' a tired old party ' or ' empty promises ' insults voters\u201D, she said.";
  assert.deepEqual(quoted(text), [
    "\u201CHis talk of ' a tired old party ' or ' empty promises ' insults voters\u201D",
    "' a tired old party '",
    "' empty promises '",
  ]);
  // A run-in heading in single marks, and a quote closed right before its double mark.
  assert.deepEqual(quoted("' rates too high ' The mayor spoke."), ["' rates too high '"]);
  assert.deepEqual(quoted("He said, \u201CThey will think, ' He kept his word '\u201D."), [
    "\u201CThey will think, ' He kept his word '\u201D",
    "' He kept his word '",
  ]);
  // Apostrophes glued to a word stay apostrophes; a spaced mark opened before a double mark is dropped there.
  assert.deepEqual(quoted("The Jones' farm and ol' Casey's mule."), []);
  assert.deepEqual(quoted("' Back at home \u201CWe are home ' now\u201D, she said."), [
    "\u201CWe are home ' now\u201D",
  ]);
});

Deno.test("quotationSpans() runs a quote left open to the end of its paragraph, not beyond", () => {
  const text = "He said \u201Cthe resistance will not disarm.\nThe cabinet met.";
  assert.deepEqual(quoted(text), ["\u201Cthe resistance will not disarm."]);
});

Deno.test("quotationSpans() ignores a closing mark with no quote open", () => {
  assert.deepEqual(quoted("They met.\u201D Then the Zionist regime struck."), []);
});

Deno.test("quotationSpans() joins a line wrapped mid-sentence to its paragraph", () => {
  const text = "He said \u201Cthe Zionist\nregime will fall\u201D today.";
  assert.deepEqual(quoted(text), ["\u201Cthe Zionist\nregime will fall\u201D"]);
});

Deno.test("attributionSpans() finds 'what he called', 'described it as' and 'calling it', each to its clause end", async () => {
  assert.deepEqual(await paraphrased("He rejected what he called Zionist aggression, then left."), [
    "Zionist aggression",
  ]);
  assert.deepEqual(await paraphrased("Qassem described the June conflict as the imposed war on Iran."), [
    "the imposed war on Iran",
  ]);
  assert.deepEqual(await paraphrased("Velayati was calling the plan a product of failed US and Israeli pressure."), [
    "the plan a product of failed US and Israeli pressure",
  ]);
  assert.deepEqual(await paraphrased("Baghaei condemned the killing, labeling it a war crime."), ["it a war crime"]);
  assert.deepEqual(await paraphrased("Leaders rejected disarmament as a concession to Israel."), [
    "a concession to Israel",
  ]);
});

Deno.test("attributionSpans() does not take so-called, called for, a telephone call or a name for attribution", async () => {
  assert.deepEqual(await paraphrased("The so-called Resistance met."), []);
  assert.deepEqual(await paraphrased("He called for calm in Lebanon."), []);
  assert.deepEqual(await paraphrased("Pezeshkian called the Iraqi prime minister to discuss trade."), []);
  assert.deepEqual(await paraphrased("A group called the Resistance Front claimed it."), []);
});

Deno.test("voiceAt() is quoted inside a span and narrative outside", () => {
  const spans = [{ start: 10, end: 20, kind: "quotation" as const }];
  assert.equal(voiceAt(10, spans), "quoted");
  assert.equal(voiceAt(19, spans), "quoted");
  assert.equal(voiceAt(20, spans), "narrative");
  assert.equal(voiceAt(3, []), "narrative");
});

Deno.test("attributionSpans() reads a cue verb in any inflection: dubbed, labelling, brands, characterised", async () => {
  assert.deepEqual(await paraphrased("Officials dubbed the raid a provocation."), ["the raid a provocation"]);
  assert.deepEqual(await paraphrased("Critics were labelling the deal a betrayal."), ["the deal a betrayal"]);
  assert.deepEqual(await paraphrased("He brands it a crime."), ["it a crime"]);
  assert.deepEqual(await paraphrased("Tehran characterised the strike as an act of war."), ["an act of war"]);
  assert.deepEqual(await paraphrased("The calmest dealer described nothing."), []);
});

Deno.test("quotationSpans() finds the quotes of every paragraph of a long text, and none elsewhere", () => {
  const paragraph = (i: number) =>
    i % 3 === 0 ? `Line ${i} said \u201Cquote ${i}\u201D and 'single ${i}' too.` : `Line ${i} plain.`;
  const text = Array.from({ length: 300 }, (_, i) => paragraph(i)).join("\n\n");
  const expected = Array.from({ length: 100 }, (_, k) => [`\u201Cquote ${3 * k}\u201D`, `'single ${3 * k}'`]).flat();
  assert.deepEqual(quoted(text), expected);
});

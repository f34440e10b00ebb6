/**
 * The mechanisms of issue 18's seventh round, from the causes of the sixth fresh set's misses:
 * a noun phrase in scare quotes governed by a referent's or an agent's possessive judges as a
 * judging word does (the marks distance the writer from the word, or quote a party's
 * characterisation); an agent's name and its noun alone in scare quotes likewise; and a predicate
 * of "as" is reached past a hit of the same referent (a relative clause of the described phrase).
 * Sentences written for this test, none from the fresh sets.
 */
import assert from "node:assert/strict";
import { checkCases, loadedCase as loaded, noCase as no } from "../fixtures/framing_sentences.ts";
import { scareQuotedEnd } from "../../src/framing/judged.ts";
import { isQuoteMark } from "../../src/nlp/wink.ts";
import { tokenize } from "../../src/nlp/wink.ts";
import { prepareText } from "../../src/text/normalize.ts";

Deno.test("scareQuotedEnd() closes one to three nouns and adjectives ending in a noun, and nothing else", () => {
  const at = (text: string, k: number) => scareQuotedEnd(tokenize(prepareText(text)).tokens, k);
  assert.equal(at(`Washington's "mediation" failed`, 2), 4);
  assert.equal(at(`America's 'economic terrorism' again`, 2), 5);
  assert.equal(at(`Israel's “self-defence” in Gaza`, 2), 6);
  // A clause, a determiner, an adjective alone, four words, or no closing mark: none.
  assert.equal(at(`Washington's "we will stay" pledge`, 2), -1);
  assert.equal(at(`Washington's "the plan" again`, 2), -1);
  assert.equal(at(`Washington's "generous" offer`, 2), -1);
  assert.equal(at(`Washington's "long hard honest regional talks" ended`, 2), -1);
  assert.equal(at(`Washington's "mediation went on`, 2), -1);
  // Not a mark at k.
  assert.equal(at(`Washington's mediation failed`, 2), -1);
});

Deno.test("isQuoteMark() takes straight and curly marks, not a possessive 's", () => {
  const { tokens } = tokenize(prepareText(`Israel's “plan” and 'deal'`));
  assert.deepEqual(tokens.map(isQuoteMark), [false, false, true, false, true, false, true, false, true]);
});

Deno.test("a noun phrase in scare quotes that a referent's or an agent's possessive governs is a loaded hit", async () => {
  await checkCases([
    loaded(
      "united_states",
      `Columnists in Beirut laughed at Washington's "mediation" between the cabinet and the party.`,
      `"mediation"`,
    ),
    loaded(
      "united_states",
      `The sermon dwelt on America's 'humanitarian concern' for the south.`,
      `'humanitarian concern'`,
    ),
    loaded(
      "united_states",
      `Few in Baghdad still believe in Washington’s “neutrality” on the pipeline.`,
      `“neutrality”`,
    ),
    loaded(
      "united_states",
      `The paper listed the costs of the Pentagon's "partnership" with the army.`,
      `"partnership"`,
    ),
    loaded("israel", `Aid workers buried the victims of Israel's "self-defence" in the camp.`, `"self-defence"`),
    loaded("israel", `The envoy scoffed at Netanyahu's 'security zone' along the river.`, `'security zone'`),
    loaded("israel", `Villagers returned to find what the IDF's "precision" had left of the market.`, `"precision"`),
    loaded(
      "hezbollah_resistance",
      `Gulf editorials mocked Hezbollah's "victory" over the ruins of Dahiyeh.`,
      `"victory"`,
    ),
    loaded(
      "hezbollah_resistance",
      `The minister questioned Hezbollah's 'defensive strategy' in a long interview.`,
      `'defensive strategy'`,
    ),
    loaded(
      "united_states",
      `Protesters outside the embassy denounced 'US tutelage' over the central bank.`,
      `US tutelage`,
    ),
    loaded(
      "united_states",
      `The headline read: Tehran rejects "Washington diplomacy" in the region`,
      `Washington diplomacy`,
    ),
    loaded("united_states", "The cleric sneered at Washington’s “concern” for Lebanese sovereignty.", "“concern”"),
    // A name in the marks (a weapon, an operation) is no scare-quoted noun.
    no("israel", `Israel's "Iron Dome" intercepted most of the rockets.`, "loaded"),
    // Without the marks, the same plain nouns judge nothing.
    no(
      "united_states",
      "Columnists in Beirut wrote about Washington's mediation between the cabinet and the party.",
      "loaded",
    ),
    no("israel", "The minister met the head of Israel's security services in Cairo.", "loaded"),
    no("united_states", "The paper listed the costs of the Pentagon's partnership with the army.", "loaded"),
    // A quoted clause or a quoted sentence after a possessive is a quotation, not a scare-quoted noun.
    no("united_states", `Washington's "we will not leave" speech was broadcast twice.`, "loaded"),
    no("united_states", `The aide read Washington's reply: "the talks will go on".`, "loaded"),
    // A name in marks with no noun after it is not judged by them.
    no("united_states", `The placard said only 'Washington' in red letters.`, "loaded"),
  ]);
});

Deno.test("what a hit is described as is reached past a hit of the same referent, not past another referent's", async () => {
  await checkCases([
    loaded(
      "soleimani_killing",
      "The ministry had condemned the US strike that killed Soleimani as a reckless adventure.",
      "a reckless adventure",
    ),
    loaded(
      "israel",
      "The editorial described the Israeli raid that Israel later denied as a barbaric act.",
      "a barbaric act",
    ),
    // The hit between belongs to another referent: it is that one's description, not the first hit's.
    no("united_states", "The editors described the US envoy's plan for Hezbollah as a heroic stand.", "loaded"),
  ]);
});

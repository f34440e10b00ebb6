/**
 * The mechanisms of issue 18's second round, from the first fresh set's held-out misses (read
 * once) and its tuned half: a discredited statement for every party; a hostile label that names
 * Hezbollah by itself; "Tehran's militias" and "Iran-backed militia" by the sentence's country;
 * the shield label without "arms" as a cue; "relentless" and "designs". Sentences written for
 * this test, none from the fresh sets.
 */
import {
  checkCases,
  loadedCase as loaded,
  neutralCase as neutral,
  noCase as no,
} from "../fixtures/framing_sentences.ts";
import { parseFramingLexicon } from "../../src/framing/lexicon.ts";
import assert from "node:assert/strict";

Deno.test("a discrediting verb or noun after a neutral naming of any party makes the hit loaded for that party", async () => {
  await checkCases([
    loaded("israel", "Israel claimed that the building housed a command centre.", "claimed"),
    loaded("israel", "The Israeli army has falsely alleged that the clinic hid fighters.", "alleged"),
    loaded("israel", "Residents dismissed Israel's claims about the tunnel under the school.", "claims"),
    loaded("israel", "Hospital staff rejected the Israeli allegations point by point.", "allegations"),
    loaded("hezbollah_resistance", "Hezbollah claimed that its drones had reached Haifa.", "claimed"),
    loaded("hezbollah_resistance", "Israeli officials mocked Hezbollah's propaganda about the border.", "propaganda"),
    loaded("pmf_factions", "The PMF alleged that the convoy had crossed into Syria.", "alleged"),
    loaded("united_states", "The American ambassador claimed that the aid was unconditional.", "claimed"),
  ]);
});

Deno.test("a claim of responsibility or of an attack is no discredited statement", async () => {
  await checkCases([
    no("hezbollah_resistance", "Hezbollah claimed responsibility for the drone launched at Metula.", "loaded"),
    no("israel", "Israel claimed the lives of three paramedics in the raid, the ministry said.", "loaded"),
    no("pmf_factions", "The PMF claimed credit for clearing the desert road.", "loaded"),
    no("hezbollah_resistance", "Soldiers searched Hezbollah's alleged depot near the river.", "loaded"),
    neutral("israel", "Israel said the building housed a command centre.", "Israel"),
  ]);
});

Deno.test("a hostile label holding Iran's name counts for Hezbollah with no cue word in the sentence", async () => {
  await checkCases([
    loaded(
      "hezbollah_resistance",
      "The senator called for sanctions on Iran's terrorist proxy and its bankers.",
      "terrorist proxy",
    ),
    loaded(
      "hezbollah_resistance",
      "Tehran's jihadist army has rebuilt its rocket stocks, the analyst wrote.",
      "jihadist army",
    ),
    loaded(
      "hezbollah_resistance",
      "Officials met to discuss the Iranian terror militias and their funding.",
      "terror militias",
    ),
    no("hezbollah_resistance", "The senator called for sanctions on terror groups and their bankers."),
  ]);
});

Deno.test("Iran's militias count for the Iraqi factions in an Iraqi sentence and for Hezbollah in a Lebanese one", async () => {
  await checkCases([
    loaded("pmf_factions", "Tehran's militias paraded through Baghdad on Thursday.", "Tehran's militias"),
    loaded(
      "hezbollah_resistance",
      "Tehran's militias still hold the hills above the Lebanese border.",
      "Tehran's militias",
    ),
    no("pmf_factions", "Tehran's militias still hold the hills above the Lebanese border."),
    neutral("pmf_factions", "An Iran-backed militia fired rockets at a base in western Iraq.", "Iran-backed militia"),
    no("pmf_factions", "The Iran-backed militia rebuilt its positions near Nabatieh in south Lebanon."),
  ]);
});

Deno.test("a guardian is no legitimising label in a sentence whose only cue is 'arms'", async () => {
  await checkCases([
    no("hezbollah_resistance", "The guardians carried the sleeping child in their arms across the square."),
    loaded(
      "hezbollah_resistance",
      "Its weapons are the guardian of the southern villages, the cleric said.",
      "guardian",
    ),
  ]);
});

Deno.test("'relentless' judges a neutral wording, and 'designs' is a US or Israeli conduct noun", async () => {
  await checkCases([
    loaded("israel", "Farmers fled the relentless Israeli shelling of the orchards.", "relentless Israeli"),
    loaded("united_states", "The editorial warned of American designs on the region's oil.", "American designs"),
    loaded("israel", "The paper wrote about Israeli designs on the water of the Litani.", "Israeli designs"),
    loaded("united_states", "The cleric denounced the colonial designs of Washington in the Gulf.", "designs"),
  ]);
});

Deno.test("the lexicon's discrediting list takes words and families of four letters, and names a bad item", () => {
  const yaml = (list: string) =>
    `discrediting: [${list}]\nreferents:\n  - id: israel\n    label: Israel\n    neutral: [Israel]\n`;
  assert.deepEqual(parseFramingLexicon(yaml("claim*, propaganda"), "f.yaml").discrediting, ["claim*", "propaganda"]);
  assert.throws(() => parseFramingLexicon(yaml("cla*"), "f.yaml"), /f\.yaml.*"discrediting" item "cla\*"/);
});

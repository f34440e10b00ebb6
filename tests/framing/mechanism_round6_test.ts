/**
 * The mechanisms of issue 18's sixth round, from the misses of the fifth fresh set, chosen to
 * reach wordings no set lists: a judging word by its polarity (wink-nlp's sentiment of the word
 * alone) wherever a word of the `evaluative` list judges; what a hit is said to be or described
 * as (a predicate with a judging word or a role noun); an agent's name as the modifier of a
 * judging noun; role nouns and epithets of conduct by family. Sentences written for this test,
 * none from the fresh sets.
 */
import assert from "node:assert/strict";
import {
  checkCases,
  loadedCase as loaded,
  neutralCase as neutral,
  noCase as no,
} from "../fixtures/framing_sentences.ts";
import { wordPolarity } from "../../src/nlp/polarity.ts";
import { compileJudging, judges } from "../../src/framing/judged.ts";
import { tokenize } from "../../src/nlp/wink.ts";
import { prepareText } from "../../src/text/normalize.ts";

Deno.test("wordPolarity() reads wink-nlp's sentiment of the word alone, case ignored, 0 for a word it does not score", () => {
  assert.equal(wordPolarity("blackmail"), -0.6);
  assert.equal(wordPolarity("Blackmail"), -0.6);
  assert.equal(wordPolarity("war"), -0.4);
  assert.equal(wordPolarity("initiative"), 0);
  assert.equal(wordPolarity("qwzxv"), 0);
  // The same answer however often, and whatever was asked before.
  assert.equal(wordPolarity("strife"), wordPolarity("strife"));
});

Deno.test("judges() takes a listed word, or an adjective or noun scored at or below minus the polarity, unless exempt", () => {
  const words = compileJudging(["brutal*"], 0.6, ["kill*", "crisis"]);
  const { tokens } = tokenize(prepareText("brutal blackmail crisis war killings corruption good"));
  assert.deepEqual(tokens.map((t) => judges(words, t)), [true, true, false, false, false, true, false]);
  // No polarity: the list alone.
  const listOnly = compileJudging(["brutal*"], 0, []);
  assert.deepEqual(tokens.map((t) => judges(listOnly, t)), [true, false, false, false, false, false, false]);
});

Deno.test("a word of strong negative polarity judges a hit's noun phrase as a listed evaluative word does", async () => {
  await checkCases([
    loaded(
      "united_states",
      "Beirut has grown tired of Washington's blackmail over the reconstruction funds.",
      "Washington's blackmail",
    ),
    loaded(
      "united_states",
      "The minister spoke of America's corruption of every institution it touches.",
      "America's corruption",
    ),
    loaded("united_states", "Columnists mocked the Trump administration's deceit on the ceasefire file.", "deceit"),
    loaded(
      "israel",
      "The editorial condemned Israel's humiliation of the displaced families of the south.",
      "Israel's humiliation",
    ),
    loaded("israel", "Residents described the Israeli army's abuse of detainees at the border crossing.", "abuse"),
    loaded("israel", "Lebanese papers denounced the shameless Israeli disregard for the truce.", "Israeli"),
    loaded("united_states", "Tehran decried the hideous US pressure on Baghdad to expel the advisers.", "US pressure"),
    loaded("israel", "The commentator wrote of Israel's greed for the waters of the Litani.", "Israel's greed"),
    loaded(
      "united_states",
      "Hezbollah's deputy mocked Washington's arrogant blackmail of the Lebanese cabinet.",
      "Washington's",
    ),
    loaded(
      "israel",
      "Israel's horrific bombardment of the camps drew protests across the region.",
      "Israel's horrific bombardment",
    ),
    // The polarity of a verb after a possessive (mis-tagged) counts as the noun's.
    loaded(
      "united_states",
      "Another chapter of Washington's blackmail of Lebanon opened this week.",
      "Washington's blackmail",
    ),
    // Events the model scores negatively do not judge: they report.
    neutral("israel", "Israel's killing of the commander was confirmed by the army.", "Israel"),
    no("israel", "Israel's deadly strike on the building killed four people.", "loaded"),
    no("israel", "The Israeli withdrawal from the five hills has not begun.", "loaded"),
    no("united_states", "American withdrawal from Syria remains under discussion.", "loaded"),
    no("israel", "Israeli casualties rose after the attack on the base.", "loaded"),
    no("israel", "Israel's war on Hezbollah lasted more than a year.", "loaded"),
    no("united_states", "US terror designations now cover the bank's two directors.", "loaded"),
    no("israel", "The Israeli crisis cabinet met again on Sunday night.", "loaded"),
    // Praise the model scores positively does not judge: positive scores do not count.
    no("united_states", "The great American mediators arrived in Beirut on Monday.", "loaded"),
    no("united_states", "Washington's excellent relations with the Lebanese army were noted.", "loaded"),
  ]);
});

Deno.test("an agent's name that modifies a judging noun is a loaded hit, though the bare name is none", async () => {
  await checkCases([
    loaded(
      "united_states",
      "The speaker denounced US betrayal of the Kurds on the question of the border.",
      "US betrayal",
    ),
    loaded("united_states", "Editorials in Tehran blamed US arrogance for the collapse of the talks.", "US arrogance"),
    loaded(
      "united_states",
      "The cleric spoke of America corruption in the reconstruction contracts.",
      "America corruption",
    ),
    loaded("united_states", "Columnists wrote that the cabinet had bowed to Washington greed.", "Washington greed"),
    loaded("israel", "The preacher railed against Netanyahu deceit in the talks.", "Netanyahu deceit"),
    // A plain or event noun is no judgement; nor is a noun that modifies another.
    no("united_states", "American mediation resumed on Tuesday after a pause.", "loaded"),
    no("united_states", "The cabinet heard American concerns about the border.", "loaded"),
    no("united_states", "US officials said the talks had stalled.", "loaded"),
    no("united_states", "American casualties in the region have been few this year.", "loaded"),
    no("united_states", "The committee reviewed US corruption cases from the decade.", "loaded"),
    // An agent is a name that speaks for the referent: "American" is none.
    no("united_states", "The speaker denounced American corruption in the contracts.", "loaded"),
  ]);
});

Deno.test("what a hit is said to be, with a judging word or a role noun in it, is a loaded hit of the hit's referent", async () => {
  await checkCases([
    loaded(
      "hezbollah_resistance",
      "Hezbollah remains the bulwark that guards the villages of the south.",
      "the bulwark",
    ),
    loaded(
      "hezbollah_resistance",
      "For its supporters Hezbollah is the vanguard of Lebanese sovereignty.",
      "the vanguard of Lebanese sovereignty",
    ),
    loaded("hezbollah_resistance", "Hezbollah has long been Iran's most loyal instrument in the Levant.", "instrument"),
    loaded(
      "hezbollah_resistance",
      "Hezbollah is nothing more than a gang of smugglers, the deputy said.",
      "a gang of smugglers",
    ),
    loaded(
      "hezbollah_resistance",
      "Hezbollah, the minister insisted, is a cancer in the body of the state.",
      "a cancer",
    ),
    loaded(
      "kurdish_opposition",
      "Kurdish opposition groups are, in the general's words, pawns of foreign intelligence.",
      "pawns",
    ),
    loaded("united_states", "US pressure on the Lebanese cabinet amounts to blackmail, the deputy said.", "blackmail"),
    loaded("united_states", "The US proposal is a recipe for strife, the speaker warned.", "a recipe for strife"),
    loaded("israel", "Israel's bombardment of the camps is a disgrace to the world, the envoy said.", "a disgrace"),
    loaded(
      "israel",
      "Israeli strikes on the south are a violation of the truce, the army said.",
      "a violation of the truce",
    ),
    loaded(
      "pmf_factions",
      "The Popular Mobilization Forces serve as a tool of the Iranian state.",
      "a tool of the Iranian state",
    ),
    loaded("united_states", "US pressure was pure blackmail, the columnist wrote.", "pure blackmail"),
    // A plain predicate, a denied one, a predicate holding a hit of its own: none.
    no("hezbollah_resistance", "Hezbollah is a political party with deputies in parliament.", "loaded"),
    no("hezbollah_resistance", "Hezbollah is not a tool of Iran, its leader said.", "loaded"),
    no("hezbollah_resistance", "Hezbollah remains the largest party in the southern districts.", "loaded"),
    no("united_states", "The US proposal is a plan in three stages.", "loaded"),
    no("israel", "Israel's strike on the depot was the first in a week.", "loaded"),
    no("israel", "Israeli forces are at war with Hezbollah again.", "loaded"),
  ]);
});

Deno.test("what a hit is described as, with a judging word or a role noun in it, is a loaded hit of the hit's referent", async () => {
  await checkCases([
    loaded("hezbollah_resistance", "Gulf papers described Hezbollah as Tehran's favourite card in the region.", "card"),
    loaded(
      "hezbollah_resistance",
      "The rally hailed Hezbollah as the vanguard of the border villages.",
      "the vanguard",
    ),
    loaded(
      "hezbollah_resistance",
      "Hezbollah's fighters were praised by the crowd as heroes of the frontier.",
      "heroes",
    ),
    loaded("hezbollah_resistance", "The senator branded Hezbollah as a band of thugs.", "thugs"),
    loaded(
      "united_states",
      "The envoy condemned the US sanctions as blackmail against the Lebanese people.",
      "blackmail",
    ),
    loaded("united_states", "Tehran portrayed the US proposal as a recipe for sedition.", "recipe"),
    loaded("israel", "The minister denounced Israel's raids as an atrocity.", "atrocity"),
    loaded("kurdish_opposition", "Tehran regards Kurdish opposition groups as tools of its enemies.", "tools"),
    // A plain description is none; nor is "as" without a verb of describing.
    no("hezbollah_resistance", "The report described Hezbollah as a party with two ministers.", "loaded"),
    no("hezbollah_resistance", "Hezbollah rose as the war ended, the historian noted.", "loaded"),
    no("united_states", "The US proposal arrived as the cabinet met.", "loaded"),
  ]);
});

Deno.test("a loaded hit's judged predicate is the end of that hit, counted once", async () => {
  const { sentenceHits } = await import("../fixtures/framing_sentences.ts");
  const hits = await sentenceHits("The Zionist occupation of the south is a disgrace to mankind.");
  assert.deepEqual(hits.map((h) => [h.referent, h.frame, h.phrase]), [
    ["israel", "loaded", "Zionist occupation of the south is a disgrace to mankind"],
  ]);
});

Deno.test("role nouns and conduct epithets count by family: Iran's wing or card in Lebanon, the occupier, the regime occupying Jerusalem", async () => {
  await checkCases([
    loaded(
      "hezbollah_resistance",
      "Iran's military wing in Lebanon kept its fighters north of the river.",
      "Iran's military wing in Lebanon",
    ),
    loaded(
      "hezbollah_resistance",
      "Tehran's strongest card in Lebanon is now under pressure.",
      "Tehran's strongest card in Lebanon",
    ),
    loaded(
      "hezbollah_resistance",
      "Hezbollah fighters buried their dead as Iran's best card in the region looked weaker.",
      "card",
    ),
    loaded(
      "hezbollah_resistance",
      "Iranian instruments in Lebanon lost their grip on the port.",
      "Iranian instruments in Lebanon",
    ),
    loaded("israel", "The occupier's bulldozers razed the olive groves near the Lebanese border.", "The occupier"),
    loaded("israel", "Villagers in southern Lebanon say the occupiers came back at night.", "the occupiers"),
    loaded("israel", "The usurper has no right to the land of Palestine, the sermon said.", "The usurper"),
    loaded("israel", "The regime occupying al-Quds will fall, the commander said.", "regime occupying al-Quds"),
    loaded("soleimani_killing", "The martyrdom of Hajj Qassem is marked every January in Kerman.", "martyrdom"),
    // With no cue of the referent in the sentence, none.
    no("israel", "The occupier of the flat upstairs pays his rent late."),
    no("hezbollah_resistance", "The dealer kept his best card for the last round."),
    no("hezbollah_resistance", "The party's youth wing held its congress in Beirut.", "loaded"),
  ]);
});

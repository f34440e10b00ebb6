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
  // Whatever was asked before: a word first asked after negations (which turn a sentiment within one document) has
  // the score it has alone (-0.812, wink-nlp's lexicon); these words are asked nowhere else in this file.
  for (const w of ["not", "never", "no"]) wordPolarity(w);
  assert.equal(wordPolarity("strife"), -0.812);
});

Deno.test("wordPolarity() leaves the annotation of texts alone: its wink-nlp instance is not tokenize()'s", () => {
  const text = "Baghdad's envoys met Mrs. Qmati's aides in Dahiyeh.";
  const before = tokenize(prepareText(text)).tokens.map((t) => [t.text, t.pos, t.sentence]);
  for (const w of ["Baghdad's", "Qmati's", "Dahiyeh", "Mrs.", "zzyzx"]) wordPolarity(w);
  assert.deepEqual(tokenize(prepareText(text)).tokens.map((t) => [t.text, t.pos, t.sentence]), before);
});

Deno.test("judges() takes a listed word, or an adjective or noun scored at or below minus the polarity, unless exempt", () => {
  // "war" exempt too since round 8: VADER, a source from then on, scores it -0.725.
  const words = compileJudging(["brutal*"], 0.6, ["kill*", "crisis", "war"]);
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
    loaded("united_states", "Lebanese columnists are weary of US deceit over the border talks.", "US deceit"),
    loaded("united_states", "The sermon attacked Trump greed for the oil of the region.", "Trump greed"),
    loaded("united_states", "Protesters chanted against Pentagon atrocities in the villages.", "Pentagon atrocities"),
    loaded(
      "united_states",
      "The editorial called it another episode of White House humiliation of the Arabs.",
      "White House humiliation",
    ),
    loaded("israel", "The Lebanese press wrote of Netanyahu corruption and his war.", "Netanyahu corruption"),
    loaded(
      "hezbollah_resistance",
      "Gulf papers blamed Nasrallah deceit for the ruin of the banks.",
      "Nasrallah deceit",
    ),
    no("united_states", "Pentagon officials described the drills as routine.", "loaded"),
    no("united_states", "Trump crisis talks with the Gulf leaders ended on Friday.", "loaded"),
    no("united_states", "White House staff met the Lebanese delegation.", "loaded"),
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
    // A hit after a preposition is not the subject.
    no("israel", "Protests against the founding of Israel were a disgrace, the paper said.", "loaded"),
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
    loaded(
      "hezbollah_resistance",
      "Iran's armed wings in Lebanon answer to the Revolutionary Guard.",
      "Iran's armed wings in Lebanon",
    ),
    loaded(
      "hezbollah_resistance",
      "Tehran's last card in Lebanon, as Hezbollah is called in Riyadh, is weaker now.",
      "Tehran's last card in Lebanon",
    ),
    loaded("israel", "The oppressor's jets broke the sound barrier over southern Lebanon again.", "The oppressor"),
    loaded("israel", "In the south of Lebanon the usurpers bulldozed another hill.", "the usurpers"),
    loaded(
      "israel",
      "The entity usurping Palestine fears the resistance, the sheikh said.",
      "entity usurping Palestine",
    ),
    loaded("soleimani_killing", "Crowds marked the martyrdom of Abu Mahdi at the airport road.", "martyrdom"),
    loaded("united_states", "Moscow says Washington is fuelling unrest in the Caucasus.", "fuelling unrest"),
    no("soleimani_killing", "The martyrdom of the saint is marked every spring in the village."),
    // With no cue of the referent in the sentence, none.
    no("israel", "The occupier of the flat upstairs pays his rent late."),
    no("hezbollah_resistance", "The dealer kept his best card for the last round."),
    no("hezbollah_resistance", "The party's youth wing held its congress in Beirut.", "loaded"),
  ]);
});

Deno.test("what the US does, as a verb it governs or a passive by it, is a neutral hit; strife or conflict it is said to stoke a loaded one", async () => {
  await checkCases([
    neutral(
      "united_states",
      "The US Treasury sanctioned two money changers in Tyre on Thursday.",
      "US Treasury sanctioned",
    ),
    neutral(
      "united_states",
      "Washington has sanctioned four more firms linked to the group.",
      "Washington has sanctioned",
    ),
    neutral(
      "united_states",
      "The State Department will fund a new training programme for the army.",
      "State Department will fund",
    ),
    neutral(
      "united_states",
      "The United States continues to support the Lebanese army with vehicles.",
      "continues to support",
    ),
    neutral(
      "united_states",
      "Diplomats said Washington could unlock the frozen aid within weeks.",
      "Washington could unlock",
    ),
    neutral("united_states", "The US vetoed the draft resolution at the Security Council.", "US vetoed"),
    neutral("united_states", "America brokered the truce that ended the fighting last year.", "America brokered"),
    neutral(
      "united_states",
      "The Pentagon mediated between the two armies over the border posts.",
      "Pentagon mediated",
    ),
    neutral(
      "united_states",
      "An exchange house sanctioned by Washington reopened its branch in Sidon.",
      "sanctioned by Washington",
    ),
    neutral(
      "united_states",
      "The clinics are funded by the United States and run by local staff.",
      "funded by the United States",
    ),
    neutral("united_states", "The ceasefire was brokered by the US and France in November.", "brokered by the US"),
    neutral(
      "united_states",
      "The financier, blacklisted by the US Treasury, left the country.",
      "blacklisted by the US Treasury",
    ),
    loaded("united_states", "Tehran accused Washington of fuelling conflict in the Caucasus.", "fuelling conflict"),
    loaded(
      "united_states",
      "The cleric said America seeks to inflame sectarianism among Muslims.",
      "inflame sectarianism",
    ),
    loaded("united_states", "Moscow charged that the US stirs tension along the borders of Iran.", "stirs tension"),
    // A verb of saying in between, another subject, or a word of another sense: none.
    no("united_states", "US officials said Qatar would fund the salaries.", "neutral"),
    no("united_states", "The Lebanese government supported the plan in principle."),
    no("united_states", "The embassy in Beirut was funded by the ministry of culture."),
    no("united_states", "Hezbollah will never support the American paper's clauses on weapons, he said.", "loaded"),
    no("united_states", "The storm fuelled conflict between farmers in the valley."),
  ]);
});

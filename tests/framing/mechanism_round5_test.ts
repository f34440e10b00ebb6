/**
 * The mechanisms of issue 18's fifth round, from the misses of the fourth, third and earlier
 * fresh sets and the brief's leftovers (never the fifth fresh set): a descriptor resolved by
 * the article's referent; word families by lemma; proper adjectives of creed in an adjective
 * slot; `[any]` that does not cross a verb of saying or a new clause; a generic judgement as a
 * verb whose subject is someone else; the plural possessive; context cues with their plurals,
 * and cues in capitals as written. Sentences written for this test, none from the fresh sets.
 */
import assert from "node:assert/strict";
import {
  checkCases,
  loadedCase as loaded,
  neutralCase as neutral,
  noCase as no,
  sentenceHits,
} from "../fixtures/framing_sentences.ts";

Deno.test("a descriptor with no cue in its sentence counts for the referent the article names, and only when it names no rival", async () => {
  await checkCases([
    // The name comes two sentences later: beyond the sentence and the one before.
    neutral(
      "hezbollah_resistance",
      "The heavily armed Shia movement kept silent on Monday. Its deputies left the chamber early. " +
        "A Hezbollah lawmaker later called the vote premature.",
      "Shia movement",
    ),
    neutral(
      "hezbollah_resistance",
      "Hezbollah buried two fighters on Sunday. Crowds filled the streets of Nabatieh for hours. " +
        "The Tehran-backed party has yet to respond to the cabinet.",
      "Tehran-backed party",
    ),
    loaded(
      "hezbollah_resistance",
      "Hezbollah rejected the timetable. Officials in Washington were unmoved. " +
        "Congressmen again called the movement a terrorist organisation that holds a country hostage.",
      "terrorist organisation",
    ),
    // Nor does an article that names neither.
    no("hezbollah_resistance", "The heavily armed Shia movement kept silent on Monday. Its deputies left early."),
  ]);
  // An article that names the Iraqi factions too decides nothing.
  const both = await sentenceHits(
    "The heavily armed Shia movement kept silent on Monday. Its deputies left the chamber early. " +
      "Hezbollah and the Popular Mobilization Forces later issued statements.",
  );
  assert.deepEqual(both.map((h) => h.phrase), ["Hezbollah", "Popular Mobilization Forces"]);
});

Deno.test("a word family takes the inflections of its words: bully* finds bullied", async () => {
  await checkCases([
    loaded("united_states", "Washington bullied the small states of the Gulf for decades.", "bullied"),
    loaded("united_states", "The Americans have bullied one cabinet after another in Baghdad.", "bullied"),
  ]);
});

Deno.test("an adjective slot takes proper adjectives of creed, not of nation", async () => {
  await checkCases([
    neutral(
      "hezbollah_resistance",
      "In Lebanon, the Iran-allied Shiite Muslim party won every seat it contested.",
      "Iran-allied Shiite Muslim party",
    ),
    // A nation's adjective between the words would let one referent take another's wording.
    neutral("israel", "The envoy met the Lebanese under US and Israeli pressure to disarm.", "Israeli"),
  ]);
  const hits = await sentenceHits("The envoy met the Lebanese under US and Israeli pressure to disarm.");
  const us = hits.filter((h) => h.referent === "united_states");
  assert.deepEqual(us.map((h) => h.phrase), ["US"]);
});

Deno.test("[any] between a subject and its verb does not cross a verb of saying or a new clause", async () => {
  await checkCases([
    no("united_states", "US diplomats said Tehran meddled in Baghdad's choice of ministers.", "loaded"),
    no("united_states", "Washington believes that Moscow interferes in the region's politics.", "loaded"),
    no("israel", "Israel says Hamas fighters slaughtered the hostages.", "loaded"),
    no("israel", "The IDF believes that the gunmen butchered the hostages.", "loaded"),
    // Auxiliaries and adverbs still stand between.
    loaded("united_states", "Washington has openly meddled in Baghdad's choice of ministers.", "meddled"),
    loaded("israel", "Israeli forces have again massacred a family in Jabalia.", "massacred"),
  ]);
});

Deno.test("a generic judgement as a verb is not counted when its subject names someone else", async () => {
  await checkCases([
    // "interfer* in ... affairs" counts for the US in a sentence naming the US, but not when Iran does it.
    no("united_states", "According to US officials, Iran interfered in the affairs of its neighbours.", "loaded"),
    no("israel", "In Gaza, Hamas gunmen massacred a family accused of collaboration.", "loaded"),
    no("israel", "Israel says Hamas massacred civilians in the village.", "loaded"),
    // With the referent (or no one named) as the subject, it counts as before.
    loaded("united_states", "The US envoy said Washington never interfered in the affairs of Lebanon.", "interfered"),
  ]);
});

Deno.test("a plural possessive joins its name like 's: the judged noun phrase it governs is loaded", async () => {
  await checkCases([
    loaded("israel", "The Israelis' brutal siege of Gaza entered its second year.", "Israelis' brutal siege"),
    loaded("israel", "Rescuers dug through rubble left by the Israelis' savage air raids on Tyre.", "savage air raids"),
    // A closing quotation mark after a plural is no possessive.
    neutral("israel", "Israel's army calls them 'terrorists' and bombs their homes.", "Israel's"),
  ]);
  const hits = await sentenceHits("Israel's army calls them 'terrorists' and bombs their homes.");
  assert.equal(hits.filter((h) => h.frame === "loaded" && h.referent === "israel").length, 0);
});

Deno.test("a context cue finds its plural, and a cue in capitals matches only in capitals", async () => {
  await checkCases([
    // "Zionist" is a cue of the Lebanese resistance: "the Zionists" now is one too.
    loaded("hezbollah_resistance", "The enemy fears the resistance, and the Zionists know it.", "the resistance"),
    // "us" is no "US": a generic judgement of meddling is not the US's in a sentence without it.
    no("united_states", "They keep meddling in the affairs of the region, the elders told us.", "loaded"),
    loaded("united_states", "They keep meddling in the affairs of the region, the elders told the US.", "meddling"),
  ]);
});

Deno.test("an agent's possessive that governs a judged noun phrase is a loaded hit for its referent", async () => {
  await checkCases([
    loaded(
      "united_states",
      "Lebanon has paid for Washington's reckless gambles in the region.",
      "Washington's reckless gambles",
    ),
    loaded("united_states", "Nobody in Baghdad trusts the Pentagon's duplicitous timetable.", "duplicitous timetable"),
    loaded("israel", "Mourners in Tyre cursed Netanyahu's barbaric campaign.", "Netanyahu's barbaric campaign"),
    loaded(
      "israel",
      "The ministers denounced Tel Aviv's wanton destruction of the border villages.",
      "wanton destruction",
    ),
    // A plain noun phrase after the possessive is no hit: the bare name of the US is not one.
    no("united_states", "Lebanon has waited for Washington's answer since June."),
  ]);
});

Deno.test("a descriptor in apposition to a name is a hit of the named referent", async () => {
  await checkCases([
    neutral(
      "pmf_factions",
      "The Popular Mobilization Forces, a state-funded alliance of some forty armed groups, paraded in Baghdad.",
      "alliance",
    ),
    neutral("hezbollah_resistance", "Hezbollah, the best-armed non-state force in the region, kept quiet.", "force"),
    loaded(
      "hezbollah_resistance",
      "Hezbollah, a lawless militia in the eyes of its critics, kept quiet.",
      "lawless militia",
    ),
    // Not an aside that is no descriptor ("the group's leader said").
    no("hezbollah_resistance", "Hezbollah, the group's chief said on Friday, will not give up its rifles.", "loaded"),
  ]);
  // Inside the apposition a cued wording of another referent gives way to it.
  const hits = await sentenceHits(
    "Hezbollah met the envoy. The PMF, an umbrella of mostly Shiite armed groups, stayed away.",
  );
  assert.deepEqual(hits.map((h) => [h.referent, h.phrase]), [
    ["hezbollah_resistance", "Hezbollah"],
    ["pmf_factions", "PMF"],
    ["pmf_factions", "an umbrella of mostly Shiite armed groups"],
  ]);
});

Deno.test("a generic judgement in the passive keeps its referent: its subject is the victim", async () => {
  await checkCases([
    neutral(
      "soleimani_killing",
      "Crowds gathered for Soleimani, an Iranian general assassinated by a US drone strike in 2020.",
      "assassinated",
    ),
    loaded("israel", "In Gaza, Syrians and Egyptians were massacred alongside Palestinians.", "massacred"),
  ]);
});

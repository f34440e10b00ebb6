/**
 * The mechanisms of issue 18's fourth round, from the misses of the third fresh set, the earlier
 * sets and the brief's leftovers (never the fourth fresh set): a possessive naming and the loaded
 * wording it governs are one hit; "US-imposed" is plain conduct, loaded only when judged; the
 * US acting through its administration (as subject, possessive or agent); conduct nouns after
 * "by"/"of" the US; strife the US is said to stoke; a US judgement coordinated with another
 * party's; Israel's occupation of a named place, conduct "committed by" it, a campaign "of
 * extermination", a violated country's airspace, "the aggressor"; a war imposed on Iran; an
 * Iran-backed terror label; "national resistance"; militias "in Iraq". Sentences written for
 * this test, none from the fresh sets.
 */
import assert from "node:assert/strict";
import {
  checkCases,
  loadedCase as loaded,
  neutralCase as neutral,
  noCase as no,
  sentenceHits,
} from "../fixtures/framing_sentences.ts";

Deno.test("a possessive naming and the loaded wording it governs are one loaded hit, not two", async () => {
  for (
    const [text, phrase] of [
      ["Hezbollah's illegal weapons stand between Lebanon and its recovery.", "Hezbollah's illegal weapons"],
      ["They want Hezbollah's illegitimate arsenal handed to the army.", "Hezbollah's illegitimate arsenal"],
    ]
  ) {
    const hits = (await sentenceHits(text)).filter((h) => h.referent === "hezbollah_resistance");
    assert.deepEqual(hits.map((h) => [h.phrase, h.frame]), [[phrase, "loaded"]], text);
  }
  // Two namings side by side that are not a possessive stay two.
  const two = (await sentenceHits("Hezbollah, the Islamic Resistance, held a rally.")).filter((h) =>
    h.referent === "hezbollah_resistance"
  );
  assert.equal(two.length, 2);
});

Deno.test('"US-imposed" is plain conduct, loaded only when judged in its noun phrase', async () => {
  await checkCases([
    neutral("united_states", "Beirut turned down the US-imposed deadline for a cabinet vote.", "US-imposed"),
    neutral("united_states", "The U.S.-imposed sanctions cut the bank off from dollar transfers.", "U.S.-imposed"),
    no("united_states", "Beirut turned down the US-imposed deadline for a cabinet vote.", "loaded"),
    loaded("united_states", "The cruel US-imposed blockade starves the sick of medicine.", "cruel US-imposed"),
  ]);
});

Deno.test("the US acting through its administration: as the subject of a judged verb, a possessive, and an agent", async () => {
  await checkCases([
    loaded("united_states", "The American administration meddles in every appointment in Baghdad.", "meddles"),
    loaded("united_states", "The US administration keeps dictating conditions to the Lebanese.", "dictating"),
    loaded("united_states", "The Obama administration's appeasement of the mullahs emboldened them.", "appeasement"),
    loaded(
      "united_states",
      "The American administration, as ever, claimed that the strikes were defensive.",
      "claimed",
    ),
    loaded("united_states", "The Biden administration alleged that the shipments had stopped.", "alleged"),
    neutral("united_states", "The Trump administration's proposal was handed to Aoun on Monday.", "proposal"),
    no("united_states", "The American administration announced a new ambassador to Baghdad.", "loaded"),
  ]);
});

Deno.test("conduct nouns after by, of or from the US, and the US's plain aid, assistance, paper and withdrawal", async () => {
  await checkCases([
    loaded("united_states", "Iraqis have had enough of the diktats of Washington.", "diktats of Washington"),
    loaded(
      "united_states",
      "He denounced the arrogance of the United States in the region.",
      "arrogance of the United States",
    ),
    loaded("united_states", "The people reject appeasement by America of the occupiers.", "appeasement by America"),
    neutral("united_states", "American assistance to the army arrives in monthly shipments.", "American assistance"),
    neutral("united_states", "The cabinet studied the US paper line by line.", "US paper"),
    neutral("united_states", "A U.S. withdrawal from Syria would change the balance in the east.", "U.S. withdrawal"),
    no("united_states", "Americans gave generously to the aid appeal after the flood.", "loaded"),
    no("united_states", "Spies stole American diplomatic papers from the consulate."),
  ]);
});

Deno.test("strife, discord or chaos the US is said to stoke, and a US judgement coordinated with another party's", async () => {
  await checkCases([
    loaded("united_states", "Washington is trying to sow discord between the army and the people.", "sow discord"),
    loaded(
      "united_states",
      "Tehran charges that America foments sectarian strife in Iraq.",
      "foments sectarian strife",
    ),
    loaded("united_states", "The region will resist any US or Israeli hegemony.", "US"),
    no("united_states", "Rival clans stoke strife in the province, US officials said.", "loaded"),
    no("united_states", "He said the drought would sow chaos in the markets.", "loaded"),
  ]);
});

Deno.test("Israel's occupation of a named place, conduct committed by it, a campaign of extermination, the aggressor", async () => {
  await checkCases([
    loaded(
      "israel",
      "Resistance is the answer to the occupation of southern Lebanon.",
      "the occupation",
    ),
    loaded("israel", "Nothing justifies the occupation of Palestinian land.", "the occupation"),
    no("israel", "The occupation of the university library by students lasted a week."),
    loaded("israel", "Hezbollah was born of the occupation of the south in 1982.", "the occupation"),
    no("israel", "The occupation of the South after the Civil War ended in 1877."),
    loaded(
      "israel",
      "The crimes committed by the occupation in Khiam will be answered.",
      "crimes committed by the occupation",
    ),
    loaded("israel", "The massacres perpetrated by the Israeli army shocked the world.", "massacres perpetrated"),
    loaded("israel", "The siege is part of a campaign of annihilation against Gaza.", "campaign of annihilation"),
    no("israel", "Ancient Rome waged a war of extermination against Carthage."),
    loaded("israel", "The Zionist drones again violated Lebanese airspace over Tyre.", "violated Lebanese airspace"),
    no("israel", "Turkish jets violated Iraqi airspace over Duhok, the ministry said."),
    loaded("israel", "The aggressor will pay for every Lebanese village it razes.", "aggressor"),
    no("israel", "The aggressor in the bar fight was fined by the court."),
  ]);
});

Deno.test("a war imposed on Iran is the June war beside Israel or June; the 1980s war is not", async () => {
  await checkCases([
    loaded(
      "june_2025_war",
      "The war that the Zionist entity imposed on Iran in June failed in its aims.",
      "war that the Zionist entity imposed on Iran",
    ),
    no("june_2025_war", "The war Saddam imposed on Iran lasted eight years."),
  ]);
});

Deno.test("an Iran-backed terror label counts for Hezbollah beside Israel as beside Lebanon; militias in Iraq for the factions", async () => {
  await checkCases([
    loaded(
      "hezbollah_resistance",
      "The Iran-backed terror group has fired drones at the Israeli north.",
      "Iran-backed terror group",
    ),
    loaded(
      "hezbollah_resistance",
      "An Iranian-funded terrorist organization rules the Lebanese south.",
      "Iranian-funded terrorist organization",
    ),
    loaded(
      "hezbollah_resistance",
      "Hezbollah is a national resistance that no decree can abolish.",
      "national resistance",
    ),
    no("hezbollah_resistance", "The French national resistance fought the occupation of Paris in 1944."),
    neutral("pmf_factions", "Armed groups in Iraq have stayed quiet since the truce.", "Armed groups in Iraq"),
    neutral("pmf_factions", "Several militias in Iraq answered Tehran's call.", "militias in Iraq"),
  ]);
});

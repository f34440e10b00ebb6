/**
 * The mechanisms of issue 18's third round, from the misses of the second fresh set, the first
 * fresh set's tuned half and the seeds (never the third fresh set): "impose" counts as US
 * conduct only with its judgement; generic wordings that need a cue of their own country
 * ("war with Israel", "Kurdish militants"); "the resistance" by the cues of the Lebanese
 * movement; a statement discredited after a person or office that speaks for a party, or after
 * a comma; a judgement of conduct after "its" counted for the referent named just before; and a
 * few judging words and labels. Sentences written for this test, none from the fresh sets.
 */
import {
  checkCases,
  loadedCase as loaded,
  neutralCase as neutral,
  noCase as no,
} from "../fixtures/framing_sentences.ts";

Deno.test("sanctions the US imposes are a neutral characterisation, loaded only when judged", async () => {
  await checkCases([
    neutral("united_states", "Washington has imposed sanctions on two Lebanese bankers.", "imposed sanctions"),
    neutral(
      "united_states",
      "The United States imposed fresh sanctions on the shipping firm.",
      "imposed fresh sanctions",
    ),
    no("united_states", "Washington has imposed sanctions on two Lebanese bankers.", "loaded"),
    loaded(
      "united_states",
      "The illegal sanctions imposed by Washington starve the sick of medicine.",
      "illegal sanctions",
    ),
    loaded("united_states", "Washington imposed cruel sanctions on a nation already in ruins.", "cruel sanctions"),
    loaded("united_states", "America seeks to impose its will on the peoples of the region.", "impose its will"),
    no("united_states", "The envoy said the United States would not impose a deadline on Beirut.", "loaded"),
    no("united_states", "Analysts said a deal between the United States and Iran is not impossible.", "loaded"),
  ]);
});

Deno.test('"war with Israel" counts for the June war with Iran as a party, not with a group Iran backs', async () => {
  await checkCases([
    neutral("june_2025_war", "Iran rebuilt its air defences after the war with Israel in June.", "war with Israel"),
    no("june_2025_war", "The Iran-backed movement lost most of its commanders in its war with Israel."),
    no("june_2025_war", "An Iranian-backed militia fought a long war with Israel in the 1990s."),
  ]);
});

Deno.test("Kurdish militants and rebels count as the Iranian Kurdish groups only in a sentence about Iran or their camps", async () => {
  await checkCases([
    neutral(
      "kurdish_opposition",
      "Iranian artillery shelled Kurdish rebels near the border town of Sidakan.",
      "Kurdish rebels",
    ),
    neutral(
      "kurdish_opposition",
      "Tehran wants Kurdish militants disarmed and moved away from the frontier.",
      "Kurdish militants",
    ),
    no("kurdish_opposition", "Turkish jets struck Kurdish militants in the Qandil mountains overnight."),
    no("kurdish_opposition", "Ankara says the Kurdish rebels must lay down their arms in Syria."),
  ]);
});

Deno.test('"the resistance" names the Lebanese movement by its leaders, the south and its weapons', async () => {
  await checkCases([
    loaded("hezbollah_resistance", "The resistance will not surrender its arms, Qassem said on Friday.", "resistance"),
    loaded(
      "hezbollah_resistance",
      "The fighters of the resistance held the southern hills for weeks.",
      "fighters of the resistance",
    ),
    loaded("hezbollah_resistance", "Nobody can forget who liberated the south: the resistance did.", "the resistance"),
    loaded(
      "hezbollah_resistance",
      "The arms of the resistance are not on the table, the MP said.",
      "arms of the resistance",
    ),
    no("hezbollah_resistance", "The reform met resistance from the unions in the south of the country."),
    no("hezbollah_resistance", "Qassem Soleimani built the resistance of the Iraqi factions.", "loaded"),
  ]);
});

Deno.test("a discrediting verb after a person or an office that speaks for a party is loaded for that party", async () => {
  await checkCases([
    loaded("united_states", "Barrack claimed that the paper had Beirut's full support.", "claimed"),
    loaded("united_states", "Rubio alleged that Tehran was smuggling cash through the airport.", "alleged"),
    loaded(
      "united_states",
      "The State Department claimed that the strike had been coordinated with Baghdad.",
      "claimed",
    ),
    loaded("israel", "Netanyahu claimed that the ceasefire allowed Israel to act at will.", "claimed"),
    loaded("hezbollah_resistance", "Qassem alleged that the cabinet had acted on foreign orders.", "alleged"),
    no("united_states", "Trump claimed victory after the vote in Congress.", "loaded"),
    no("israel", "Netanyahu said the ceasefire allowed the army to act.", "loaded"),
  ]);
});

Deno.test("a discrediting verb after a comma or a parenthesis still reports the party's statement", async () => {
  await checkCases([
    loaded("united_states", "The US, as usual, alleged that Iran was behind the attacks.", "alleged"),
    loaded("israel", "Israel, claiming that the house was a depot, levelled it at dawn.", "claiming"),
    loaded("israel", "Netanyahu, claiming that Hezbollah is rearming, threatened new strikes.", "claiming"),
    loaded("hezbollah_resistance", "Hezbollah, once again, claimed that the strike hit only soldiers.", "claimed"),
    no("israel", "Israel, the ministry said, struck the depot at dawn.", "loaded"),
    no("united_states", "Washington, claiming responsibility for nothing, stayed silent.", "loaded"),
  ]);
});

Deno.test('a judgement of conduct after "its" counts for the referent named just before', async () => {
  await checkCases([
    loaded("israel", "The Zionist enemy pressed on with its daily violations of Lebanese airspace.", "violations"),
    loaded(
      "israel",
      "Israel struck Nabatieh again on Monday. Its brutal aggression has emptied the villages.",
      "aggression",
    ),
    loaded("israel", "The occupation army shelled Khiam, and its crimes went unpunished.", "crimes"),
    no("israel", "Hezbollah rejected the paper, and its officials left the session.", "loaded"),
    no("israel", "Israel struck Tyre. The ministry counted its victims.", "loaded"),
    no("israel", "The city council met on Monday. Its aggression toward the mayor surprised no one.", "loaded"),
  ]);
});

Deno.test("a diktat, baseless accusations and a group named by its backer are characterisations too", async () => {
  await checkCases([
    loaded("united_states", "Beirut will not accept an American diktat on its own army.", "American diktat"),
    loaded(
      "united_states",
      "Tehran rejected the baseless US accusations about arms shipments.",
      "baseless US accusations",
    ),
    neutral("united_states", "Tehran rejected the US accusations about arms shipments.", "US accusations"),
    neutral(
      "hezbollah_resistance",
      "The Iran-backed group said it would not disarm while Israel occupies the hills.",
      "Iran-backed group",
    ),
    neutral(
      "hezbollah_resistance",
      "The Lebanese group has not fired a rocket at Israel since November.",
      "Lebanese group",
    ),
    no("hezbollah_resistance", "A Lebanese rights group counted the Israeli strikes of the week."),
  ]);
});

Deno.test('"its" is not counted for a referent named in an aside between commas', async () => {
  await checkCases([
    no(
      "united_states",
      "The Zionist regime, shielded by American warships in the Gulf, pressed on with its aggression.",
      "loaded",
    ),
    loaded(
      "israel",
      "The Zionist regime, shielded by American warships in the Gulf, pressed on with its aggression.",
      "its aggression",
    ),
  ]);
});

Deno.test("a claim whose object is the subject of a clause is a discredited statement, a claim of lives or of an attack is not", async () => {
  await checkCases([
    loaded("israel", "Israel claimed the school was a command post, and struck it twice.", "claimed"),
    loaded("united_states", "Rubio claimed the shipment had come from Iran.", "claimed"),
    no("israel", "Israel claimed the lives of four rescuers in the second strike.", "loaded"),
    no("hezbollah_resistance", "Hezbollah claimed the attack on the border post.", "loaded"),
    no("hezbollah_resistance", "Hezbollah claimed responsibility, the group said.", "loaded"),
  ]);
});

Deno.test("the June war named as Israel's or America's campaign against Iran, with modifiers between", async () => {
  await checkCases([
    neutral(
      "june_2025_war",
      "Israel's air campaign against Iran lasted twelve days.",
      "Israel's air campaign against Iran",
    ),
    neutral(
      "june_2025_war",
      "The Israeli military offensive on Iran began before dawn.",
      "Israeli military offensive on Iran",
    ),
    no("june_2025_war", "Israel's campaign against Hezbollah in the autumn left the south in ruins."),
  ]);
});

Deno.test('a label for Hezbollah\'s weapons counts beside "the resistance" too, and Shiite armed groups in Iraq are the factions', async () => {
  await checkCases([
    loaded(
      "hezbollah_resistance",
      "They call the resistance's rockets 'illegal arms' and ask who defended the border.",
      "illegal arms",
    ),
    neutral(
      "pmf_factions",
      "The umbrella of Shiite armed groups was folded into Iraq's forces in 2016.",
      "Shiite armed groups",
    ),
    no("pmf_factions", "Shiite armed groups paraded in the south of the city, the mayor of Tyre said."),
  ]);
});

Deno.test('conduct done "with impunity" is a judgement of Israel in a sentence about it', async () => {
  await checkCases([
    loaded("israel", "The Israeli army goes on demolishing homes near the border with impunity.", "with impunity"),
    no("israel", "The smugglers crossed the river with impunity for years.", "loaded"),
  ]);
});

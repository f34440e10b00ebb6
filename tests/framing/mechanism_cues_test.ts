/**
 * Cue words that make a generic wording count for a referent (issue 18): a wording such as
 * "war crime", "martyrdom" or "interference in its affairs" counts only in a sentence (or
 * after one) that names the referent; a cue inside another name ("Kataib Hezbollah") is none.
 * Sentences written for this test.
 */
import { checkCases } from "../fixtures/framing_sentences.ts";

Deno.test("a generic characterisation counts for Israel only beside one of its cue words", async () => {
  await checkCases([
    {
      text: "Rights groups called the strike on the Gaza school a war crime.",
      referent: "israel",
      frame: "loaded",
      covers: "war crime",
    },
    {
      text: "Lebanese officials described the shelling of Khiam as collective punishment.",
      referent: "israel",
      frame: "loaded",
      covers: "collective punishment",
    },
    { text: "Palestinians in Jabalia spoke of genocide.", referent: "israel", frame: "loaded", covers: "genocide" },
    {
      text: "The Israeli army entered the village. Survivors later described a massacre.",
      referent: "israel",
      frame: "loaded",
      covers: "massacre",
    },
    {
      text: "The tribunal found that the militia had committed a war crime in Darfur.",
      referent: "israel",
      none: true,
    },
    { text: "Historians still argue about the 1915 genocide.", referent: "israel", none: true },
  ]);
});

Deno.test("the enemy, the occupation and the resistance count only where the sentence is about Lebanon or Israel", async () => {
  await checkCases([
    {
      text: "In south Lebanon the enemy shelled two villages at dawn.",
      referent: "israel",
      frame: "loaded",
      covers: "the enemy",
    },
    {
      text: "The occupation still holds five hills in southern Lebanon.",
      referent: "israel",
      frame: "loaded",
      covers: "The occupation",
    },
    {
      text: "Hezbollah officials said the resistance would not hand over its arms.",
      referent: "hezbollah_resistance",
      frame: "loaded",
      covers: "the resistance",
    },
    { text: "The coach said the enemy of a good team is complacency.", referent: "israel", none: true },
    { text: "The resistance of the old bridge surprised the engineers.", referent: "hezbollah_resistance", none: true },
  ]);
});

Deno.test("a generic judgement of conduct counts for the US beside a US cue word", async () => {
  await checkCases([
    {
      text: "Iraqi lawmakers accused the Trump administration of meddling in their internal affairs.",
      referent: "united_states",
      frame: "loaded",
      covers: "meddling",
    },
    {
      text: "The US ambassador's remarks amount to interference in Iraq's internal affairs, the bloc said.",
      referent: "united_states",
      frame: "loaded",
      covers: "interference",
    },
    {
      text: "The Pentagon review is a clear sign of interference in Lebanese affairs, the MP said.",
      referent: "united_states",
      frame: "loaded",
      covers: "interference",
    },
    {
      text: "Baghdad warned Ankara against interference in its internal affairs.",
      referent: "united_states",
      none: true,
    },
  ]);
});

Deno.test("a hostile label counts for Hezbollah beside a Lebanese cue, not beside an Iraqi faction's name", async () => {
  await checkCases([
    {
      text: "The Lebanese minister called the group a terror outfit.",
      referent: "hezbollah_resistance",
      frame: "loaded",
      covers: "terror outfit",
    },
    {
      text: "In Dahiyeh, Israeli leaflets called the movement a terrorist militia.",
      referent: "hezbollah_resistance",
      frame: "loaded",
      covers: "terrorist militia",
    },
    {
      text: "Kataib Hezbollah, a terrorist organisation in Washington's eyes, fired at the base.",
      referent: "hezbollah_resistance",
      none: true,
    },
    { text: "The court banned the terrorist group in Spain.", referent: "hezbollah_resistance", none: true },
    {
      text: "Soleimani's martyrdom is marked in Kerman each year.",
      referent: "soleimani_killing",
      frame: "loaded",
      covers: "martyrdom",
    },
    { text: "The saint's martyrdom is marked in Rome each year.", referent: "soleimani_killing", none: true },
  ]);
});

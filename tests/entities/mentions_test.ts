import assert from "node:assert/strict";
import { compileGazetteer, findCandidates } from "../../src/entities/mentions.ts";
import { loadGazetteer } from "../../src/entities/gazetteer.ts";
import { article } from "../fixtures/entities.ts";

const compiled = compileGazetteer(await loadGazetteer());
const surfaces = async (text: string, outlet?: string, author?: string) =>
  findCandidates(await article("t", text, outlet, author), compiled).map((c) => c.surface);

Deno.test("findCandidates() matches gazetteer names across a hyphen, without titles or 's", async () => {
  const found = findCandidates(
    await article("t", "Iraqi Prime Minister Mohammed Shia Al-Sudani's office met Iran's envoy."),
    compiled,
  );
  assert.deepEqual(found.map((c) => c.surface), ["Mohammed Shia Al-Sudani", "Iran"]);
  assert.ok(found.every((c) => c.entry !== undefined));
});

Deno.test("findCandidates() matches an all-capital alias only in capitals", async () => {
  assert.deepEqual(await surfaces("He told us that the US would act."), ["US"]);
});

Deno.test("findCandidates() cuts titles, demonyms and names that are not entities", async () => {
  assert.deepEqual(
    await surfaces("They met Speaker Nabih Berri and Iranian Kurdish groups on Monday for Arbaeen."),
    ["Nabih Berri"],
  );
});

Deno.test("findCandidates() keeps a demonym that heads an organisation's name", async () => {
  const found = findCandidates(await article("t", "Troops of the Lebanese Armed Forces moved south."), compiled);
  assert.deepEqual(found.filter((c) => c.reliable).map((c) => c.surface), ["Lebanese Armed Forces"]);
});

Deno.test("findCandidates() joins 'of' after a word such as Party, and records a defined acronym", async () => {
  const found = findCandidates(await article("t", "He met the Popular Front of Zgharta (PFZ) leaders."), compiled);
  assert.equal(found[0].surface, "Popular Front of Zgharta");
  assert.equal(found[0].cues.acronym, "PFZ");
});

Deno.test("findCandidates() leaves out the outlet's name, its acronym and the byline", async () => {
  assert.deepEqual(
    await surfaces(
      "By Sana al-Jubouri\nKarim Haddad told the Cedar Evening Post (CEP) that CEP was right.",
      "Cedar Evening Post",
    ),
    ["Karim Haddad"],
  );
});

Deno.test("findCandidates() marks a capitalised word that starts a sentence as unreliable", async () => {
  const found = findCandidates(await article("t", "Reports say Nabih Berri spoke."), compiled);
  assert.deepEqual(found.map((c) => [c.surface, c.reliable]), [["Reports", false], ["Nabih Berri", true]]);
});

Deno.test("findCandidates() takes a known name at the head of a longer one as one name", async () => {
  assert.deepEqual(await surfaces("He landed at Baghdad International Airport."), ["Baghdad International Airport"]);
});

Deno.test("findCandidates() drops 'Messrs' and cuts a title inside a run of names ('Fulton Superior Court Judge X')", async () => {
  assert.deepEqual(await surfaces("The suit named Messrs. Dalton and Perez as trustees."), ["Dalton", "Perez"]);
  const found = findCandidates(
    await article("t", "The ruling of Marion Superior Court Judge Walter Kemp stood."),
    compiled,
  );
  assert.deepEqual(found.map((c) => [c.surface, c.cues.title]), [["Marion Superior Court", false], [
    "Walter Kemp",
    true,
  ]]);
  // A title word followed by an organisation's or a place's head is part of that name.
  assert.deepEqual(await surfaces("She was taken to Marion General Hospital at once."), ["Marion General Hospital"]);
});

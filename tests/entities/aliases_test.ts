import assert from "node:assert/strict";
import { extractEntities } from "../../src/entities/extract.ts";
import { loadGazetteer } from "../../src/entities/gazetteer.ts";
import { articleEntities } from "../../src/entities/evaluate.ts";
import { article } from "../fixtures/entities.ts";
import { loadCorpus } from "../../src/corpus/load.ts";
import { annotateCorpus, loadResources } from "../../src/pipeline/annotate.ts";
import { compileGazetteer, findCandidates } from "../../src/entities/mentions.ts";
import { resolveEntities } from "../../src/entities/aliases.ts";
import { quickSpanTags, spanTags } from "../../src/nlp/compromise.ts";
import { projectPath } from "../../src/paths.ts";

const gazetteer = await loadGazetteer();
const entitiesOf = async (...texts: string[]) => {
  const annotated = await Promise.all(texts.map((t, i) => article(`a${i}`, t)));
  return extractEntities(annotated, gazetteer);
};
const names = (index: Awaited<ReturnType<typeof entitiesOf>>) =>
  index.entities.map((e) => `${e.name}/${e.type}`).sort();

Deno.test("resolveEntities() makes one person of a full name, Mr, Dr. and a misspelt surname", async () => {
  const index = await entitiesOf("Ali Larijani arrived. Mr Larijani spoke. Dr. Larijani left. Larjani smiled.");
  assert.deepEqual(names(index), ["Ali Larijani/person"]);
  assert.equal(index.entities[0].mentions, 4);
});

Deno.test("resolveEntities() merges Arabic article variants and transliterations of a new name", async () => {
  const index = await entitiesOf(
    "Commander Hadi al-Amiri spoke to reporters.",
    "Hadi Al Amiri said the talks went well. Al-Amiri then left.",
  );
  assert.deepEqual(names(index), ["Hadi al-Amiri/person"]);
});

Deno.test("resolveEntities() merges a surname with the one person of that surname in the article", async () => {
  const index = await entitiesOf("Speaker Nabih Berri met the envoy. Berri said little.");
  assert.deepEqual(names(index), ["Nabih Berri/person"]);
});

Deno.test("resolveEntities() never guesses a surname between two people who share it", async () => {
  const index = await entitiesOf("Karim Haddad met Rania Haddad in Beirut. Later Haddad said no.");
  assert.deepEqual(names(index), ["Beirut/place", "Haddad/person", "Karim Haddad/person", "Rania Haddad/person"]);
});

Deno.test("resolveEntities() prefers the person named in the same article", async () => {
  const index = await entitiesOf(
    "Karim Haddad spoke in Beirut. Haddad was calm.",
    "Rania Haddad spoke in Baghdad. Haddad was firm.",
  );
  const byArticle = articleEntities(index);
  assert.deepEqual(byArticle.get("a0")!.map((e) => e.name).sort(), ["Beirut", "Karim Haddad"]);
  assert.deepEqual(byArticle.get("a1")!.map((e) => e.name).sort(), ["Baghdad", "Rania Haddad"]);
});

Deno.test("resolveEntities() joins an acronym defined in parentheses to its name", async () => {
  const index = await entitiesOf(
    "The Free Patriotic Movement (FPM) objected.",
    "Leaders of the FPM met in Beirut.",
  );
  assert.deepEqual(names(index), ["Beirut/place", "Free Patriotic Movement/organization"]);
  assert.deepEqual(index.entities.find((e) => e.name === "Free Patriotic Movement")!.forms.sort(), [
    "FPM",
    "Free Patriotic Movement",
  ]);
});

Deno.test("resolveEntities() keeps a country apart from its demonym", async () => {
  const index = await entitiesOf("Iranian officials said Iran would help. The Lebanese army deployed.");
  assert.deepEqual(names(index), ["Iran/place"]);
});

Deno.test("resolveEntities() types new names from titles, heads and prepositions", async () => {
  const index = await entitiesOf(
    "President Karim Haddad flew to Baabda, where the Cedar Unity Party met in Zahle.",
  );
  assert.deepEqual(names(index), [
    "Baabda/place",
    "Cedar Unity Party/organization",
    "Karim Haddad/person",
    "Zahle/place",
  ]);
});

Deno.test("resolveEntities() reads the Islamic Republic as Iran and the Zionist regime as Israel", async () => {
  const index = await entitiesOf("The Islamic Republic warned the Zionist regime. Israel replied to Iran.");
  assert.deepEqual(names(index), ["Iran/place", "Israel/place"]);
});

Deno.test("resolveEntities() finds the same entities with quickSpanTags as with compromise itself", async () => {
  const resources = await loadResources();
  for (const dir of [projectPath("data", "articles"), projectPath("tests", "fixtures", "unseen")]) {
    const annotated = annotateCorpus((await loadCorpus(dir)).articles, resources);
    for (const g of [gazetteer, { ...gazetteer, entities: [] }]) {
      const compiled = compileGazetteer(g);
      const candidates = annotated.flatMap((a) => findCandidates(a, compiled));
      const quick = resolveEntities(candidates, compiled);
      assert.deepEqual(quick, resolveEntities(candidates, compiled, { tags: spanTags }));
      // Nor does the answer depend on the spans read before.
      for (const c of candidates.slice(0, 50)) quickSpanTags(`${c.surface} Smith`);
      assert.deepEqual(resolveEntities(candidates, compiled), quick);
    }
  }
});

Deno.test("resolveEntities() gives one mention of a candidate given twice", async () => {
  const resources = await loadResources();
  const annotated = annotateCorpus((await loadCorpus(projectPath("data", "articles"))).articles, resources);
  const compiled = compileGazetteer(gazetteer);
  // Gazetteer names: each kept as found, typed by the gazetteer.
  const candidates = annotated.flatMap((a) => findCandidates(a, compiled)).filter((c) => c.entry !== undefined);
  const once = resolveEntities(candidates, compiled);
  assert.ok(once.mentions.length > 10);
  assert.deepEqual(resolveEntities([...candidates, ...candidates], compiled), once);
});

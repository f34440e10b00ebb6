import assert from "node:assert/strict";
import { loadGazetteer, parseGazetteer } from "../../src/entities/gazetteer.ts";

Deno.test("loadGazetteer() reads data/entities.yaml with its types, aliases and demonyms", async () => {
  const g = await loadGazetteer();
  const iran = g.entities.find((e) => e.name === "Iran")!;
  assert.equal(iran.type, "place");
  assert.ok(iran.aliases.includes("Islamic Republic"));
  assert.ok(iran.demonyms.includes("Iranian"));
  assert.equal(iran.wikidata, "Q794");
  assert.ok(g.titles.includes("Prime Minister"));
  assert.ok(g.notEntities.includes("Arbaeen"));
});

Deno.test("the gazetteer does not list the people of the unseen Lebanese test articles", async () => {
  const g = await loadGazetteer();
  const names = g.entities.flatMap((e) => [e.name, ...e.aliases]).join("|");
  for (const n of ["Aoun", "Berri", "Nawaf Salam", "Naim Qassem", "Barrack", "Rajji", "Muhandis", "Amiri"]) {
    assert.ok(!names.includes(n), n);
  }
});

Deno.test("parseGazetteer() names the file and the entry with a bad type", () => {
  assert.throws(
    () => parseGazetteer("entities:\n  - { name: Iran, type: place }\n  - { name: Foo, type: thing }", "e.yaml"),
    /Cannot read e\.yaml: entity 2 \("Foo"\) has type "thing"; expected person, organization, place/,
  );
});

Deno.test("parseGazetteer() refuses a name that two entities share", () => {
  assert.throws(
    () =>
      parseGazetteer("entities: [{ name: A B, type: person }, { name: C, type: person, aliases: [A-B] }]", "e.yaml"),
    /entity 2 \("C"\) has the name "A-B", which "A B" already has/,
  );
});

Deno.test("parseGazetteer() checks Wikidata ids, lists and unknown fields", () => {
  assert.throws(() => parseGazetteer("entities: [{ name: A, type: place, wikidata: 794 }]", "e.yaml"), /wikidata 794/);
  assert.throws(() => parseGazetteer("entities: [{ name: A, type: place, aliases: B }]", "e.yaml"), /"aliases"/);
  assert.throws(
    () => parseGazetteer("entities: [{ name: A, type: place, alias: [B] }]", "e.yaml"),
    /unknown field "alias"/,
  );
  assert.throws(() => parseGazetteer("entities: [{ type: place }]", "e.yaml"), /entity 1 has no "name"/);
  assert.throws(() => parseGazetteer("entities: [oops", "e.yaml"), /Cannot read e\.yaml: not valid YAML/);
});

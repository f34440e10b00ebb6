import assert from "node:assert/strict";
import { DEFAULT_ENTITIES_FILE, loadGazetteer, parseGazetteer } from "../../src/entities/gazetteer.ts";

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
    /entity 1 \("A"\): unknown key "alias" \(did you mean "aliases"\?\)/,
  );
  assert.throws(() => parseGazetteer("entities: [{ type: place }]", "e.yaml"), /entity 1 has no "name"/);
  assert.throws(
    () => parseGazetteer("entities: [oops", "e.yaml"),
    /Cannot read e\.yaml:1:16: not valid YAML: Flow sequence in block collection must be sufficiently indented and end with a \]$/,
  );
});

/** The message of the error parseGazetteer() throws on `lines`, read as data/entities.yaml. */
function gazetteerError(lines: string[]): string {
  try {
    parseGazetteer(lines.join("\n"), "data/entities.yaml");
  } catch (e) {
    return (e as Error).message;
  }
  assert.fail("expected an error, but the gazetteer loaded");
}

Deno.test("parseGazetteer() refuses an unknown key at the top and in an entity, naming file, line, key and the nearest valid key", () => {
  const lines = [
    "entities:",
    "  - { name: Iran, type: place }",
    "  - name: Hezbollah",
    "    type: organization",
    "    aliases: [Hizbollah]",
    "titles: [President]",
    "demonyms: [Iranian]",
    "not_entities: [Arbaeen]",
  ];
  assert.equal(parseGazetteer(lines.join("\n"), "e.yaml").notEntities[0], "Arbaeen");
  const typo = (n: number, from: string, to: string) => lines.map((l, i) => (i === n - 1 ? l.replace(from, to) : l));
  assert.equal(
    gazetteerError(typo(8, "not_entities", "not_entitys")),
    'Cannot read data/entities.yaml:8:1: unknown top-level key "not_entitys" (did you mean "not_entities"?)',
  );
  assert.equal(
    gazetteerError(typo(1, "entities", "entites")),
    'Cannot read data/entities.yaml:1:1: unknown top-level key "entites" (did you mean "entities"?)',
  );
  assert.equal(
    gazetteerError(typo(5, "aliases", "alises")),
    'Cannot read data/entities.yaml:5:5: entity 2 ("Hezbollah"): unknown key "alises" (did you mean "aliases"?)',
  );
  assert.equal(
    gazetteerError(typo(2, "type", "tpye")),
    'Cannot read data/entities.yaml:2:19: entity 1 ("Iran"): unknown key "tpye" (did you mean "type"?)',
  );
});

Deno.test("loadGazetteer() refuses data/entities.yaml with not_entities: misspelt, at its line", async () => {
  const lines = (await Deno.readTextFile(DEFAULT_ENTITIES_FILE)).split("\n");
  const at = lines.findIndex((l) => l.startsWith("not_entities:"));
  lines[at] = lines[at].replace("not_entities", "not_entitys");
  const dir = await Deno.makeTempDir({ prefix: "framelens-test-" });
  try {
    const file = `${dir}/entities.yaml`;
    await Deno.writeTextFile(file, lines.join("\n"));
    await assert.rejects(loadGazetteer(file), {
      message: `Cannot read ${file}:${at + 1}:1: unknown top-level key "not_entitys" (did you mean "not_entities"?)`,
    });
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("parseGazetteer() reads an affiliation as canonical names, and refuses one that names no entity", () => {
  const yaml = `entities:
  - { name: Iran, type: place, aliases: [Islamic Republic] }
  - { name: Ali Larijani, type: person, affiliation: [islamic republic] }
`;
  assert.deepEqual(parseGazetteer(yaml, "e.yaml").entities[1].affiliation, ["Iran"]);
  assert.equal(parseGazetteer(yaml, "e.yaml").entities[0].affiliation, undefined);
  assert.throws(
    () => parseGazetteer(yaml.replace("islamic republic", "Irn"), "e.yaml"),
    /e\.yaml: entity 2 \("Ali Larijani"\) has the affiliation "Irn", which is no entity of the gazetteer \(did you mean "Iran"\?\)/,
  );
});

Deno.test("data/entities.yaml gives the Iranian and Iraqi officials of the seeds their country", async () => {
  const g = await loadGazetteer();
  const of = (name: string) => g.entities.find((e) => e.name === name)?.affiliation;
  assert.deepEqual(of("Ali Larijani"), ["Iran"]);
  assert.deepEqual(of("Mohammed Shia al-Sudani"), ["Iraq"]);
});

/**
 * The entity gazetteer: known people, organisations and places with their aliases,
 * and the titles, demonyms and other capitalised words that are not names, read from
 * `data/entities.yaml` and validated.
 *
 * @module
 */
import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { type DataSchema, LEAF, parseDataFile } from "../data/yaml.ts";
import { ENTITY_TYPES, type EntityType, type Gazetteer, type GazetteerEntry } from "./types.ts";
import { nameKey } from "./names.ts";
import { didYouMean } from "../suggest.ts";

/** The project's gazetteer. */
export const DEFAULT_ENTITIES_FILE: string = fileURLToPath(new URL("../../data/entities.yaml", import.meta.url));

/** What an error calls entity `i` (from 0): by its name when it has one. */
const entityName = (i: number, item: unknown): string => {
  const name = (item as { name?: unknown } | null)?.name;
  return typeof name === "string" && name.trim() !== "" ? `entity ${i + 1} ("${name.trim()}")` : `entity ${i + 1}`;
};

/** The keys of a gazetteer at each level; any other key is an error. */
const SCHEMA: DataSchema = {
  keys: {
    entities: {
      items: {
        name: entityName,
        keys: { name: LEAF, type: LEAF, aliases: LEAF, demonyms: LEAF, wikidata: LEAF, affiliation: LEAF },
      },
    },
    titles: LEAF,
    demonyms: LEAF,
    not_entities: LEAF,
  },
};

function stringList(value: unknown, what: string, file: string): string[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value) || value.some((x) => typeof x !== "string" || x.trim() === "")) {
    throw new Error(`Cannot read ${file}: ${what} must be a list of non-empty strings`);
  }
  return value.map((x: string) => x.trim());
}

/**
 * Validates a gazetteer read from YAML: every entity has a `name` and a `type`
 * (person, organization or place), lists are lists of strings, a Wikidata id looks
 * like `Q123`, no name or alias belongs to two entities, and an `affiliation` (the
 * sides a person or an organisation speaks for: a country, a party, a government) names
 * entities of the gazetteer.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { parseGazetteer } from "framelens";
 * const g = parseGazetteer("entities: [{ name: Iran, type: place, demonyms: [Iranian] }]", "e.yaml");
 * assert.deepEqual(g.entities[0].demonyms, ["Iranian"]);
 * assert.throws(() => parseGazetteer("entities: [{ name: Iran, type: country }]", "e.yaml"), /e\.yaml/);
 * ```
 *
 * @param yamlText The file's text.
 * @param file The file name, for error messages.
 * @throws {Error} naming the file and the entry at fault; for an unknown key or a YAML syntax
 *   error, its line and column (an unknown key with the nearest valid one).
 */
export function parseGazetteer(yamlText: string, file: string): Gazetteer {
  const r = parseDataFile(yamlText, file, { schema: SCHEMA, expected: 'an "entities" list' });
  const list = r.entities ?? [];
  if (!Array.isArray(list)) throw new Error(`Cannot read ${file}: "entities" must be a list`);
  const owner = new Map<string, string>();
  const entities = list.map((item, i): GazetteerEntry => {
    const at = `entity ${i + 1}`;
    if (!item || typeof item !== "object" || Array.isArray(item)) {
      throw new Error(`Cannot read ${file}: ${at} is not a mapping with "name" and "type"`);
    }
    const e = item as Record<string, unknown>;
    if (typeof e.name !== "string" || e.name.trim() === "") {
      throw new Error(`Cannot read ${file}: ${at} has no "name"`);
    }
    const name = e.name.trim();
    const where = entityName(i, e);
    if (!ENTITY_TYPES.includes(e.type as EntityType)) {
      throw new Error(
        `Cannot read ${file}: ${where} has type ${JSON.stringify(e.type)}; expected ${ENTITY_TYPES.join(", ")}`,
      );
    }
    const aliases = stringList(e.aliases, `"aliases" of ${where}`, file);
    const demonyms = stringList(e.demonyms, `"demonyms" of ${where}`, file);
    let wikidata: string | undefined;
    if (e.wikidata !== undefined && e.wikidata !== null) {
      if (typeof e.wikidata !== "string" || !/^Q\d+$/.test(e.wikidata)) {
        throw new Error(
          `Cannot read ${file}: ${where} has wikidata ${JSON.stringify(e.wikidata)}; expected an id like Q794`,
        );
      }
      wikidata = e.wikidata;
    }
    for (const n of [name, ...aliases]) {
      const key = nameKey(n) + (n === n.toUpperCase() && /[A-Z]/.test(n) ? "#upper" : "");
      const before = owner.get(key);
      if (before !== undefined && before !== name) {
        throw new Error(`Cannot read ${file}: ${where} has the name "${n}", which "${before}" already has`);
      }
      owner.set(key, name);
    }
    const affiliation = stringList(e.affiliation, `"affiliation" of ${where}`, file);
    return {
      name,
      type: e.type as EntityType,
      aliases,
      demonyms,
      ...(wikidata ? { wikidata } : {}),
      ...(affiliation.length ? { affiliation } : {}),
    };
  });
  // An affiliation names an entity of the gazetteer (by its name or an alias), written as its canonical name.
  const canonical = new Map(entities.flatMap((e) => [e.name, ...e.aliases].map((n) => [nameKey(n), e.name])));
  for (const [i, e] of entities.entries()) {
    if (!e.affiliation) continue;
    e.affiliation = e.affiliation.map((a) => {
      const found = canonical.get(nameKey(a));
      if (found === undefined) {
        throw new Error(
          `Cannot read ${file}: ${entityName(i, e)} has the affiliation "${a}", which is no entity of the gazetteer${
            didYouMean(a, canonical.values())
          }`,
        );
      }
      return found;
    });
  }
  return {
    file,
    entities,
    titles: stringList(r.titles, `"titles"`, file),
    demonyms: stringList(r.demonyms, `"demonyms"`, file),
    notEntities: stringList(r.not_entities, `"not_entities"`, file),
  };
}

/**
 * Reads and validates a gazetteer file.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { loadGazetteer } from "framelens";
 * const gazetteer = await loadGazetteer(); // data/entities.yaml
 * assert.equal(gazetteer.entities.find((e) => e.name === "Ali Larijani")?.type, "person");
 * ```
 *
 * @param file The YAML file; `data/entities.yaml` by default.
 */
export async function loadGazetteer(file: string = DEFAULT_ENTITIES_FILE): Promise<Gazetteer> {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (e) {
    throw new Error(`Cannot read ${file}: ${(e as Error).message}`);
  }
  return parseGazetteer(text, file);
}

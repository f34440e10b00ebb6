/**
 * What framelens knows of each outlet, from `data/outlets.yaml`: its aliases, country,
 * camp (alignment), ownership, language and home page; and articles given their
 * outlet's fields, so that any of them can be the unit of comparison (`groupBy`).
 *
 * @module
 */
import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { type DataSchema, LEAF, parseDataFile } from "../data/yaml.ts";
import type { Article } from "../types.ts";

/** The project's outlet file. */
export const DEFAULT_OUTLETS_FILE: string = fileURLToPath(new URL("../../data/outlets.yaml", import.meta.url));

/** The fields of an outlet entry that its articles take (unless their front matter gives them). */
export const OUTLET_FIELDS = ["country", "camp", "ownership", "language"] as const;

/** A field of an outlet entry that its articles take. */
export type OutletField = (typeof OUTLET_FIELDS)[number];

/** One outlet of `data/outlets.yaml`; a field not known is absent. */
export type OutletEntry =
  & {
    /** The outlet's name, as articles give it. */
    name: string;
    /** Other names of the outlet (an article's `outlet` that is one counts under `name`). */
    aliases: string[];
    /** The outlet's home page. */
    url?: string;
  }
  & { [F in OutletField]?: string };

/** The keys of an outlet file at each level; any other key is an error. */
const SCHEMA: DataSchema = {
  keys: {
    outlets: {
      items: {
        name: (i, item) => {
          const name = (item as { name?: unknown } | null)?.name;
          return typeof name === "string" ? `outlet ${i + 1} ("${name}")` : `outlet ${i + 1}`;
        },
        keys: { name: LEAF, aliases: LEAF, url: LEAF, ...Object.fromEntries(OUTLET_FIELDS.map((f) => [f, LEAF])) },
      },
    },
  },
};

/** The key under which two outlet names count as the same: trimmed, spaces collapsed, lower case. */
const outletKey = (name: string) => name.trim().replace(/\s+/g, " ").toLowerCase();

/**
 * Validates an outlet file read from YAML: every outlet has a `name`; `aliases` is a
 * list of names; every other field, when given, is a non-empty string; no name or alias
 * belongs to two outlets.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const outlets = parseOutlets("outlets: [{ name: Tehran Times, country: Iran }]", "o.yaml");
 * assert.deepEqual(outlets[0], { name: "Tehran Times", aliases: [], country: "Iran" });
 * assert.throws(() => parseOutlets("outlets: [{ name: Tehran Times, contry: Iran }]", "o.yaml"), {
 *   message: 'Cannot read o.yaml:1:33: outlet 1 ("Tehran Times"): unknown key "contry" (did you mean "country"?)',
 * });
 * ```
 *
 * @param yamlText The file's text.
 * @param file The file name, for error messages.
 * @throws {Error} naming the file and the outlet at fault; for an unknown key or a YAML syntax
 *   error, its line and column (an unknown key with the nearest valid one).
 */
export function parseOutlets(yamlText: string, file: string): OutletEntry[] {
  const list = parseDataFile(yamlText, file, { schema: SCHEMA, expected: 'an "outlets" list' }).outlets ?? [];
  if (!Array.isArray(list)) throw new Error(`Cannot read ${file}: "outlets" must be a list`);
  const owner = new Map<string, string>();
  return list.map((item, i): OutletEntry => {
    if (!item || typeof item !== "object" || Array.isArray(item)) {
      throw new Error(`Cannot read ${file}: outlet ${i + 1} is not a mapping with "name"`);
    }
    const o = item as Record<string, unknown>;
    if (typeof o.name !== "string" || o.name.trim() === "") {
      throw new Error(`Cannot read ${file}: outlet ${i + 1} has no "name"`);
    }
    const name = o.name.trim();
    const where = `outlet ${i + 1} ("${name}")`;
    const aliases = o.aliases ?? [];
    if (!Array.isArray(aliases) || aliases.some((a) => typeof a !== "string" || a.trim() === "")) {
      throw new Error(`Cannot read ${file}: ${where} has "aliases" that are not a list of names`);
    }
    const entry: OutletEntry = { name, aliases: aliases.map((a: string) => a.trim()) };
    for (const field of [...OUTLET_FIELDS, "url"] as const) {
      const v = o[field];
      if (v === undefined || v === null) continue;
      if (typeof v !== "string" || v.trim() === "") {
        throw new Error(`Cannot read ${file}: ${where} has ${field} ${JSON.stringify(v)}; expected text`);
      }
      entry[field] = v.trim();
    }
    for (const n of [name, ...entry.aliases]) {
      const before = owner.get(outletKey(n));
      if (before !== undefined && before !== name) {
        throw new Error(`Cannot read ${file}: ${where} has the name "${n}", which "${before}" already has`);
      }
      owner.set(outletKey(n), name);
    }
    return entry;
  });
}

/**
 * Reads and validates an outlet file.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const outlets = await loadOutlets();
 * assert.equal(outlets.find((o) => o.name === "The National")?.country, "United Arab Emirates");
 * ```
 *
 * @param file The YAML file; `data/outlets.yaml` by default.
 * @throws {Error} naming the file when it cannot be read or is not valid (see {@linkcode parseOutlets}).
 */
export async function loadOutlets(file: string = DEFAULT_OUTLETS_FILE): Promise<OutletEntry[]> {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (e) {
    throw new Error(`Cannot read ${file}: ${(e as Error).message}`);
  }
  return parseOutlets(text, file);
}

/**
 * The articles with their outlet's fields: an article whose `outlet` is an outlet's name
 * or alias (ignoring case) takes the outlet's name, and each field of the entry
 * (`country`, `camp`, `ownership`, `language`) that its front matter does not give;
 * `country` as the article's own field, the others under `extra`. An article of an
 * outlet not listed is given back as it is.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const outlets = [{ name: "Tehran Times", aliases: ["The Tehran Times"], country: "Iran", camp: "Iranian state" }];
 * const article = { id: "a", file: "a.md", outlet: "the tehran times", extra: {}, text: "" };
 * assert.deepEqual(withOutlets([article], outlets)[0], {
 *   id: "a",
 *   file: "a.md",
 *   outlet: "Tehran Times",
 *   extra: { camp: "Iranian state" },
 *   text: "",
 *   country: "Iran",
 * });
 * ```
 */
export function withOutlets(articles: readonly Article[], outlets: readonly OutletEntry[]): Article[] {
  const byName = new Map(outlets.flatMap((o) => [o.name, ...o.aliases].map((n) => [outletKey(n), o])));
  return articles.map((article) => {
    const entry = byName.get(outletKey(article.outlet));
    if (!entry) return article;
    const out: Article = { ...article, outlet: entry.name, extra: { ...article.extra } };
    for (const field of OUTLET_FIELDS) {
      const value = entry[field];
      if (value === undefined) continue;
      if (field === "country") out.country ??= value;
      else if (out.extra[field] === undefined || out.extra[field] === null) out.extra[field] = value;
    }
    return out;
  });
}

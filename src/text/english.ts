/**
 * The English word lists that framelens's rules read, from `data/english.yaml`: cues for
 * finding and typing names and for attributed paraphrase. The file is imported with the
 * code (a text import, so the lists are there as soon as the module is, in a worker or a
 * notebook alike) and checked then: a broken file stops framelens from loading, with an
 * error that names the file and the list.
 *
 * @module
 */
import ENGLISH_YAML from "../../data/english.yaml" with { type: "text" };
import { type DataSchema, LEAF, parseDataFile } from "../data/yaml.ts";

/** The project's word lists, relative to the project: what errors call the file. */
export const ENGLISH_FILE = "data/english.yaml";

/** The lists of `data/english.yaml`, as sets of words in lower case. */
export interface EnglishWords {
  /** Last words that make a name an organisation's ("Amal Movement"). */
  organization_heads: ReadonlySet<string>;
  /** Last words that make a name a place's ("Bekaa Valley"). */
  place_heads: ReadonlySet<string>;
  /** First words that make a name a place's ("Ain al-Tineh", "Tel Aviv"). */
  place_prefixes: ReadonlySet<string>;
  /** Last words of names that are none of the three types ("Taif Agreement"). */
  not_entity_heads: ReadonlySet<string>;
  /** Prepositions right before a name that make it a place ("in Baghdad"). */
  place_prepositions: ReadonlySet<string>;
  /** "leaders of X": X is an organisation; alone, such a noun is no name. */
  member_nouns: ReadonlySet<string>;
  /** Nouns after a name that make it an organisation's ("the Badr militia"). */
  group_nouns: ReadonlySet<string>;
  /** Lemmas of verbs that, after a name, mark a speaker though they are not speech ("Larijani met"). */
  name_cue_verbs: ReadonlySet<string>;
  /** Lemmas of verbs of saying and of stated position ("said", "stressed", "condemned"). */
  speech_verbs: ReadonlySet<string>;
  /** Nouns of a work whose quoted title follows ("the film “Operation Abolition”"). */
  work_nouns: ReadonlySet<string>;
  /** Words right before a quoted title of a work ("a role in “Golden Arrow”"). */
  work_leads: ReadonlySet<string>;
  /** Voice: "what X called ...", "what Tehran describes as ...". */
  what_verbs: ReadonlySet<string>;
  /** Voice: "X described it as ...", "rejecting disarmament as ...". */
  as_verbs: ReadonlySet<string>;
  /** Voice: "calling the plan a product of ...", "labelling it a war crime". */
  name_verbs: ReadonlySet<string>;
  /** Voice: objects of a name verb ("calling it ..."). */
  pronoun_objects: ReadonlySet<string>;
  /** Voice: words that may open the object of a name verb ("calling the plan ..."). */
  determiners: ReadonlySet<string>;
}

/** The lists, in the order of the file. */
const LISTS: readonly (keyof EnglishWords)[] = [
  "organization_heads",
  "place_heads",
  "place_prefixes",
  "not_entity_heads",
  "place_prepositions",
  "member_nouns",
  "group_nouns",
  "name_cue_verbs",
  "speech_verbs",
  "work_nouns",
  "work_leads",
  "what_verbs",
  "as_verbs",
  "name_verbs",
  "pronoun_objects",
  "determiners",
];
/** The lists of voice's cue verbs, which voice.ts finds from their first three letters. */
const CUE_VERBS: ReadonlySet<keyof EnglishWords> = new Set(["what_verbs", "as_verbs", "name_verbs"] as const);

const SCHEMA: DataSchema = { keys: Object.fromEntries(LISTS.map((k) => [k, LEAF])) };

/**
 * Why a word of a list is not valid, or "" when it is: one word in lower case; a voice
 * verb also of ASCII letters, three or more, and not three ending in "e" (voice.ts tells a
 * token that is no cue verb by its first three letters, and tries a stem plus "e").
 */
function problem(word: unknown, verb: boolean): string {
  const w = typeof word === "string" ? word.trim() : "";
  if (w === "") return "not a word";
  if (/\s/.test(w) || w !== w.toLowerCase()) return "not one word in lower case";
  if (verb && (!/^[a-z]{3,}$/.test(w) || /^[a-z]{2}e$/.test(w))) {
    return 'a cue verb is three ASCII letters or more, and not three ending in "e"';
  }
  return "";
}

function wordSet(value: unknown, list: keyof EnglishWords, file: string): ReadonlySet<string> {
  if (!Array.isArray(value)) throw new Error(`Cannot read ${file}: "${list}" must be a list of words`);
  value.forEach((word, i) => {
    const why = problem(word, CUE_VERBS.has(list));
    if (why) throw new Error(`Cannot read ${file}: ${list}, item ${i + 1} (${JSON.stringify(word)}): ${why}`);
  });
  return new Set(value.map((w: string) => w.trim()));
}

/**
 * Reads the word lists of an `english.yaml` text: every list required, each a list of
 * words in lower case (trimmed).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { parseEnglishWords } from "./english.ts";
 * const file = new URL("../../data/english.yaml", import.meta.url);
 * const english = parseEnglishWords(await Deno.readTextFile(file), "data/english.yaml");
 * assert.equal(english.place_heads.has("valley"), true);
 * ```
 *
 * @param yamlText The file's text.
 * @param file The file name, for error messages.
 * @throws {Error} naming the file and the list at fault (an unknown key or a YAML syntax
 *   error with its line and column).
 */
export function parseEnglishWords(yamlText: string, file: string): EnglishWords {
  const r = parseDataFile(yamlText, file, { schema: SCHEMA, expected: "lists of words" });
  return Object.fromEntries(LISTS.map((list) => [list, wordSet(r[list], list, file)])) as unknown as EnglishWords;
}

/**
 * The project's word lists (`data/english.yaml`).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { ENGLISH } from "./english.ts";
 * assert.equal(ENGLISH.name_verbs.has("label"), true);
 * ```
 */
export const ENGLISH: EnglishWords = parseEnglishWords(ENGLISH_YAML, ENGLISH_FILE);

/** Last words that make a name an organisation's ("Amal Movement"): `ENGLISH.organization_heads`. */
export const ORGANIZATION_HEADS: ReadonlySet<string> = ENGLISH.organization_heads;

/** Last words that make a name a place's ("Bekaa Valley"): `ENGLISH.place_heads`. */
export const PLACE_HEADS: ReadonlySet<string> = ENGLISH.place_heads;

/** First words that make a name a place's ("Ain al-Tineh", "Tel Aviv"): `ENGLISH.place_prefixes`. */
export const PLACE_PREFIXES: ReadonlySet<string> = ENGLISH.place_prefixes;

/** Last words of names that are not entities of the three types ("Taif Agreement"): `ENGLISH.not_entity_heads`. */
export const NOT_ENTITY_HEADS: ReadonlySet<string> = ENGLISH.not_entity_heads;

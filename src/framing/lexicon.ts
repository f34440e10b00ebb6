/**
 * The framing lexicon: referents with their loaded and neutral wordings, read from
 * `data/lexicons/framing.yaml` and validated, with errors that name the file and the entry.
 *
 * @module
 */
import { readFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { type DataSchema, LEAF, parseDataFile } from "../data/yaml.ts";
import { optionalWords, parsePattern } from "./pattern.ts";

/** The project's framing lexicon. */
export const DEFAULT_FRAMING_LEXICON_FILE: string = fileURLToPath(
  new URL("../../data/lexicons/framing.yaml", import.meta.url),
);

/** How a wording frames its referent. */
export type Frame = "loaded" | "neutral";

/** The frames, in the order charts and tables show them. */
export const FRAMES: readonly Frame[] = ["loaded", "neutral"];

/** One wording of a referent, as written in the lexicon. */
export interface Wording {
  /** The wording as written, possibly with alternatives: `"(killed|assassinated) in a drone strike"`. */
  text: string;
  /** Every spelling the wording stands for, its alternatives expanded. */
  spellings: string[];
  /** Loaded or neutral. */
  frame: Frame;
  /** Why it is loaded or neutral, or where it comes from; empty when none. */
  note: string;
  /** Cue words one of which must be in the sentence; empty: counted everywhere. */
  context: string[];
  /** Whether its capitalised words must be capitalised in the text. */
  matchCase: boolean;
  /**
   * Whether, without a cue in its sentence, it counts in an article that names its referent
   * and no other referent with such wordings (`article: true` in the file; see
   * `src/framing/article_context.ts`).
   */
  article: boolean;
}

/** A thing the coverage names in competing ways, with its wordings. */
export interface Referent {
  /** Short id: lower case, digits and underscores. */
  id: string;
  /** How charts and tables name it. */
  label: string;
  /** What counts as the referent. */
  description: string;
  /** Cue words for its `contextual` wordings. */
  context: string[];
  /** Where the wordings come from; empty when not given. */
  sources: string;
  /**
   * Names that speak for it (its leaders, offices, officials: "Netanyahu", "State
   * Department"): a discrediting word after one ("Barrack claimed") is a loaded hit for it
   * (see `src/framing/agents.ts`). Empty when not given.
   */
  agents?: string[];
  /**
   * Head nouns of the definite descriptions that may stand for it ("occupier*", "aggressor*",
   * "superpower"): "the [adjectives] HEAD" is a loaded hit for it where it is the referent named
   * last before (see `src/framing/description.ts`). Empty when not given.
   */
  descriptions?: string[];
  /** Loaded wordings, then neutral ones, in file order. */
  wordings: Wording[];
}

/** A framing lexicon: its referents and the phrases that count as nothing. */
export interface FramingLexicon {
  /** The file it was read from (or a name given to {@linkcode parseFramingLexicon}). */
  file: string;
  /** Referents in file order. */
  referents: Referent[];
  /** Phrases that win over the wordings they contain and count as nothing ("Washington Post"). */
  ignore: string[];
  /**
   * Evaluative modifiers ("brutal*", "so-called"): one in the noun phrase of a neutral
   * wording makes the hit loaded (see `src/framing/judged.ts`).
   */
  evaluative: string[];
  /**
   * Discrediting words ("claim*", "alleg*"): one that reports a named party's statement
   * right after a neutral naming of it makes the hit loaded (see `src/framing/discredited.ts`).
   * Absent in a lexicon that has none.
   */
  discrediting?: string[];
  /**
   * The least negative polarity, from 0 to 1 (wink-nlp's sentiment of the word alone, see
   * `src/nlp/polarity.ts`: 0.6 takes the words scored -0.6 or lower), that makes an adjective
   * or a noun judge as an `evaluative` word does; absent or 0 in a lexicon that judges by its
   * lists only.
   */
  polarity?: number;
  /**
   * The least negative polarity, from 0 to 1, at which VADER and one of wink-nlp and AFINN-165
   * agreeing make a word judge (see `src/framing/judged.ts`, `negativeEnough`); absent or 0: none.
   */
  polarityAgree?: number;
  /** Words and families (a trailing `*`) whose polarity does not judge: events ("kill*", "death"). */
  polarityExcept?: string[];
  /**
   * Nouns of a role ("tool*", "proxy", "guarantor"): one in a predicate said of a referent's
   * hit ("Hezbollah remains the guarantor of ...") makes that predicate a loaded hit for it
   * (see `src/framing/predicate.ts`), as an evaluative word there does.
   */
  labels?: string[];
}

const ID = /^[a-z][a-z0-9_]*$/;
/**
 * The most spellings one wording may expand to. Each is tokenized once when the lexicon is
 * compiled and tried wherever its first word stands, so a typo that multiplies alternatives is
 * refused rather than left to slow every article.
 */
export const MAX_SPELLINGS = 2048;

/** The most spellings a whole lexicon may expand to (what compiling it costs). */
export const MAX_LEXICON_SPELLINGS = 16384;

/** What an error calls referent `i` (from 0): by its id when it has a valid one. */
const referentName = (i: number, item: unknown): string => {
  const id = isRecord(item) ? item.id : undefined;
  return typeof id === "string" && ID.test(id) ? `referent "${id}"` : `referent ${i + 1}`;
};

/** The list under `loaded:` or `neutral:`: phrases, or mappings with these keys. */
const wordings = (frame: Frame): DataSchema => ({
  items: {
    name: (j) => `${frame} wording ${j + 1}`,
    keys: { text: LEAF, note: LEAF, contextual: LEAF, match_case: LEAF, context: LEAF, article: LEAF },
  },
});

/** The keys of a framing lexicon at each level; any other key is an error. */
const SCHEMA: DataSchema = {
  keys: {
    ignore: { items: { name: (i) => `"ignore" item ${i + 1}`, keys: { text: LEAF, note: LEAF } } },
    evaluative: LEAF,
    discrediting: LEAF,
    polarity: LEAF,
    polarity_except: LEAF,
    polarity_agree: LEAF,
    labels: LEAF,
    referents: {
      items: {
        name: referentName,
        keys: {
          id: LEAF,
          label: LEAF,
          description: LEAF,
          context: LEAF,
          agents: LEAF,
          descriptions: LEAF,
          loaded: wordings("loaded"),
          neutral: wordings("neutral"),
          sources: LEAF,
        },
      },
    },
  },
};

/**
 * Expands a wording's alternatives: `(a|b)` is either word, `(a|)` an optional word.
 * Each spelling has single spaces.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { expandWording } from "./lexicon.ts";
 * assert.deepEqual(expandWording("(killed|assassinated) in a (US|) drone strike"), [
 *   "killed in a US drone strike",
 *   "killed in a drone strike",
 *   "assassinated in a US drone strike",
 *   "assassinated in a drone strike",
 * ]);
 * ```
 *
 * @throws {Error} when brackets are unbalanced, nested or hold no `|`.
 */
export function expandWording(text: string): string[] {
  const parts: string[][] = [];
  let rest = text;
  while (rest.length) {
    const open = rest.indexOf("(");
    const close = rest.indexOf(")");
    if (open < 0) {
      if (close >= 0) throw new Error(`")" without "(" in "${text}"`);
      parts.push([rest]);
      break;
    }
    if (close >= 0 && close < open) throw new Error(`")" without "(" in "${text}"`);
    if (open > 0) parts.push([rest.slice(0, open)]);
    const end = rest.indexOf(")", open);
    if (end < 0) throw new Error(`"(" without ")" in "${text}"`);
    const inner = rest.slice(open + 1, end);
    if (inner.includes("(")) throw new Error(`nested brackets in "${text}"`);
    if (!inner.includes("|")) {
      throw new Error(`brackets must hold alternatives separated by "|" in "${text}"`);
    }
    parts.push(inner.split("|").map((s) => s.trim()));
    rest = rest.slice(end + 1);
  }
  let out = [""];
  for (const alternatives of parts) {
    out = out.flatMap((prefix) => alternatives.map((a) => prefix + (a === "" ? "" : a)));
    if (out.length > MAX_SPELLINGS) throw new Error(`more than ${MAX_SPELLINGS} spellings in "${text}"`);
  }
  const spellings = out.map((s) => s.replace(/\s+/g, " ").trim()).filter((s) => s !== "");
  if (!spellings.length) throw new Error(`no words in "${text}"`);
  return [...new Set(spellings)];
}

/**
 * The key under which two spellings count as the same: lower case, hyphens and
 * spaces alike.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { spellingKey } from "./lexicon.ts";
 * assert.equal(spellingKey("Iran-backed  groups"), "iran backed groups");
 * ```
 */
export function spellingKey(spelling: string): string {
  return spelling.toLowerCase().replace(/[-\u2010-\u2015\s]+/g, " ").trim();
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

function stringList(v: unknown, what: string, fail: (m: string) => never): string[] {
  if (v === undefined || v === null) return [];
  if (!Array.isArray(v)) fail(`${what} must be a list`);
  return (v as unknown[]).map((x, i) => {
    if (typeof x === "number") return String(x);
    if (typeof x !== "string" || !x.trim()) fail(`${what}: item ${i + 1} is not a word or phrase`);
    return (x as string).trim();
  });
}

/**
 * Validates a framing lexicon read from YAML.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { parseFramingLexicon } from "framelens";
 * const lexicon = parseFramingLexicon(`
 * referents:
 *   - id: israel
 *     label: Israel
 *     loaded: [Zionist regime]
 *     neutral: [Israel]
 * `, "framing.yaml");
 * assert.deepEqual(lexicon.referents[0].wordings.map((w) => [w.text, w.frame]), [
 *   ["Zionist regime", "loaded"],
 *   ["Israel", "neutral"],
 * ]);
 * assert.throws(() => parseFramingLexicon("referents: [{ id: Israel }]", "framing.yaml"), /framing\.yaml/);
 * ```
 *
 * @param yamlText The file's text.
 * @param file The file name, for error messages.
 * @throws {Error} naming the file and the entry at fault; for an unknown key or a YAML syntax
 *   error, its line and column (an unknown key with the nearest valid one).
 */
export function parseFramingLexicon(yamlText: string, file: string): FramingLexicon {
  const fail = (message: string): never => {
    throw new Error(`Cannot load ${file}: ${message}`);
  };
  const raw = parseDataFile(yamlText, file, { schema: SCHEMA, expected: 'a "referents" list', verb: "load" });
  if (!Array.isArray(raw.referents) || raw.referents.length === 0) {
    return fail(`"referents" must be a non-empty list`);
  }
  if (raw.ignore !== undefined && raw.ignore !== null && !Array.isArray(raw.ignore)) fail(`"ignore" must be a list`);
  const ignore = ((raw.ignore ?? []) as unknown[]).map((x, i) => {
    const text = isRecord(x) ? x.text : x;
    if (typeof text !== "string" || !text.trim()) {
      return fail(`"ignore" item ${i + 1} is neither a phrase nor a mapping with "text"`);
    }
    return text.trim();
  });
  const evaluative = stringList(raw.evaluative, `"evaluative"`, fail);
  const discrediting = stringList(raw.discrediting, `"discrediting"`, fail);
  const polarityExcept = stringList(raw.polarity_except, `"polarity_except"`, fail);
  const labels = stringList(raw.labels, `"labels"`, fail);
  const polarity = raw.polarity ?? 0;
  if (typeof polarity !== "number" || !(polarity >= 0 && polarity <= 1)) {
    fail(`"polarity" must be a number from 0 to 1 (got ${JSON.stringify(polarity)})`);
  }
  const polarityAgree = raw.polarity_agree ?? 0;
  if (typeof polarityAgree !== "number" || !(polarityAgree >= 0 && polarityAgree <= 1)) {
    fail(`"polarity_agree" must be a number from 0 to 1 (got ${JSON.stringify(polarityAgree)})`);
  }
  const lists = [
    ["evaluative", evaluative],
    ["discrediting", discrediting],
    ["polarity_except", polarityExcept],
    ["labels", labels],
  ] as const;
  for (const [list, words] of lists) {
    for (const word of words) {
      if (!/^[\p{L}'-]+\*?$/u.test(word) || word.replace("*", "").length < (word.endsWith("*") ? 4 : 2)) {
        fail(`"${list}" item "${word}" is not one word, or a word family of four letters at least with a trailing *`);
      }
    }
  }
  const seen = new Map<string, string>();
  for (const phrase of ignore) seen.set(spellingKey(phrase), `"${phrase}" under "ignore"`);
  const ids = new Set<string>();
  let total = 0;
  const referents = (raw.referents as unknown[]).map((item, i): Referent => {
    if (!isRecord(item)) return fail(`referent ${i + 1} is not a mapping`);
    const id = item.id;
    if (typeof id !== "string" || !ID.test(id)) {
      return fail(`referent ${i + 1} needs an "id" of lower-case letters, digits and underscores`);
    }
    const where = referentName(i, item);
    if (ids.has(id)) fail(`${where} appears twice`);
    ids.add(id);
    const label = item.label ?? id;
    if (typeof label !== "string" || !label.trim()) fail(`${where}: "label" must be a text`);
    for (const key of ["description", "sources"]) {
      if (item[key] !== undefined && typeof item[key] !== "string") fail(`${where}: "${key}" must be a text`);
    }
    const context = stringList(item.context, `${where}: "context"`, fail);
    const agents = stringList(item.agents, `${where}: "agents"`, fail);
    const descriptions = stringList(item.descriptions, `${where}: "descriptions"`, fail);
    for (const word of descriptions) {
      if (!/^[\p{L}'-]+\*?$/u.test(word) || word.replace("*", "").length < (word.endsWith("*") ? 4 : 2)) {
        fail(`${where}: "descriptions" item "${word}" is not one word, or a word family of four letters at least`);
      }
    }
    const wordings: Wording[] = [];
    for (const frame of ["loaded", "neutral"] as const) {
      const list = item[frame] ?? [];
      if (!Array.isArray(list)) fail(`${where}: "${frame}" must be a list`);
      (list as unknown[]).forEach((w, j) => {
        const at = `${where}, ${frame} wording ${j + 1}`;
        let text: unknown = w;
        let note = "";
        let matchCase = false;
        let own: string[] | undefined;
        let contextual = false;
        let article = false;
        if (isRecord(w)) {
          text = w.text;
          if (w.note !== undefined && typeof w.note !== "string") fail(`${at}: "note" must be a text`);
          note = (w.note as string | undefined) ?? "";
          for (const flag of ["contextual", "match_case", "article"]) {
            if (w[flag] !== undefined && typeof w[flag] !== "boolean") fail(`${at}: "${flag}" must be true or false`);
          }
          contextual = w.contextual === true;
          matchCase = w.match_case === true;
          article = w.article === true;
          if (w.context !== undefined) own = stringList(w.context, `${at}: "context"`, fail);
        }
        if (typeof text !== "string" || !text.trim()) return fail(`${at} has no text`);
        const shown = `${at} ("${text}")`;
        if (contextual && !own && !context.length) {
          fail(`${shown} is contextual but the referent has no "context" cues`);
        }
        if (article && !contextual && !own) fail(`${shown} has "article: true" but no context cues to stand for`);
        let spellings: string[] = [];
        try {
          spellings = expandWording(optionalWords(text));
          for (const spelling of spellings) parsePattern(spelling);
        } catch (e) {
          fail(`${shown}: ${(e as Error).message}`);
        }
        for (const s of spellings) {
          const key = spellingKey(s);
          const before = seen.get(key);
          if (before) fail(`${shown}: "${s}" is already ${before}`);
          seen.set(key, `"${s}" of ${where} (${frame})`);
        }
        wordings.push({
          text: text.trim(),
          spellings,
          frame,
          note,
          context: own ?? (contextual ? context : []),
          matchCase,
          article,
        });
      });
    }
    if (!wordings.length) fail(`${where} has no wordings`);
    total += wordings.reduce((n, w) => n + w.spellings.length, 0);
    return {
      id,
      label: (label as string).trim(),
      description: ((item.description as string | undefined) ?? "").trim(),
      context,
      sources: ((item.sources as string | undefined) ?? "").trim(),
      agents,
      descriptions,
      wordings,
    };
  });
  if (total > MAX_LEXICON_SPELLINGS) {
    fail(`the wordings expand to ${total} spellings, more than ${MAX_LEXICON_SPELLINGS}: write fewer alternatives`);
  }
  return {
    file,
    referents,
    ignore,
    evaluative,
    discrediting,
    polarity: polarity as number,
    polarityAgree: polarityAgree as number,
    polarityExcept,
    labels,
  };
}

/**
 * Reads and validates a framing lexicon file.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { loadFramingLexicon } from "framelens";
 * const lexicon = await loadFramingLexicon(); // data/lexicons/framing.yaml
 * assert.ok(lexicon.referents.some((r) => r.id === "israel"));
 * ```
 *
 * @param file The YAML file; `data/lexicons/framing.yaml` by default.
 */
export async function loadFramingLexicon(file: string = DEFAULT_FRAMING_LEXICON_FILE): Promise<FramingLexicon> {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (e) {
    throw new Error(`Cannot load ${file}: ${(e as Error).message}`);
  }
  return parseFramingLexicon(text, file);
}

/**
 * Reads and validates a framing lexicon file synchronously, for the report's section
 * builders.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { loadFramingLexiconSync } from "./lexicon.ts";
 * const lexicon = loadFramingLexiconSync(); // in a worker's setup, where waiting is not wanted
 * assert.ok(lexicon.referents.length > 0);
 * ```
 *
 * @param file The YAML file; `data/lexicons/framing.yaml` by default.
 */
export function loadFramingLexiconSync(file: string = DEFAULT_FRAMING_LEXICON_FILE): FramingLexicon {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (e) {
    throw new Error(`Cannot load ${file}: ${(e as Error).message}`);
  }
  return parseFramingLexicon(text, file);
}

/**
 * The phrase list: multi-word expressions counted as one term, read from
 * `data/phrases.yaml`, and the matcher that merges them in a token stream.
 *
 * @module
 */
import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { type DataSchema, LEAF, parseDataFile } from "../data/yaml.ts";
import { tokenKeys } from "../nlp/wink.ts";
import type { Term, Token } from "../types.ts";

/** The project's phrase list. */
export const DEFAULT_PHRASES_FILE: string = fileURLToPath(
  new URL("../../data/phrases.yaml", import.meta.url),
);

/** One phrase of the list, with the spellings that count as it. */
export interface PhraseEntry {
  /** The canonical phrase. */
  term: string;
  /** Other spellings counted as the same term. */
  variants: string[];
}

interface Pattern {
  norms: string[];
  lemmas: string[];
  key: string;
}

/** A phrase list compiled for matching. */
export interface PhraseMatcher {
  /** The entries it was compiled from. */
  entries: PhraseEntry[];
  /** Patterns indexed by the normal form or lemma of their first word, longest first. */
  byFirst: Map<string, Pattern[]>;
}

/** The keys of a phrase list at each level; any other key is an error. */
const SCHEMA: DataSchema = {
  keys: { phrases: { items: { name: (i) => `phrase ${i + 1}`, keys: { term: LEAF, variants: LEAF } } } },
};

/**
 * Validates a phrase list read from YAML.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { parsePhrases } from "framelens";
 * assert.deepEqual(parsePhrases("phrases: [Zionist regime]", "p.yaml"), [{ term: "Zionist regime", variants: [] }]);
 * ```
 *
 * @param yamlText The file's text.
 * @param file The file name, for error messages.
 * @throws {Error} naming the file and the entry at fault; for an unknown key or a YAML syntax
 *   error, its line and column (an unknown key with the nearest valid one).
 */
export function parsePhrases(yamlText: string, file: string): PhraseEntry[] {
  const list = parseDataFile(yamlText, file, { schema: SCHEMA, expected: 'a "phrases" list' }).phrases ?? [];
  if (!Array.isArray(list)) throw new Error(`Cannot read ${file}: "phrases" must be a list`);
  return list.map((item, i) => {
    if (typeof item === "string" && item.trim()) return { term: item.trim(), variants: [] };
    if (item && typeof item === "object" && typeof (item as { term?: unknown }).term === "string") {
      const v = (item as { variants?: unknown }).variants ?? [];
      if (!Array.isArray(v) || v.some((x) => typeof x !== "string")) {
        throw new Error(`Cannot read ${file}: phrase ${i + 1} has "variants" that are not a list of strings`);
      }
      return { term: (item as { term: string }).term.trim(), variants: v as string[] };
    }
    throw new Error(`Cannot read ${file}: phrase ${i + 1} is neither a string nor a mapping with "term"`);
  });
}

/**
 * Reads a phrase list file.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { loadPhrases } from "framelens";
 * const phrases = await loadPhrases(); // data/phrases.yaml
 * assert.ok(phrases.some((p) => p.term === "Zionist regime"));
 * ```
 *
 * @param file The YAML file; `data/phrases.yaml` by default.
 */
export async function loadPhrases(file: string = DEFAULT_PHRASES_FILE): Promise<PhraseEntry[]> {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (e) {
    throw new Error(`Cannot read ${file}: ${(e as Error).message}`);
  }
  return parsePhrases(text, file);
}

const isHyphen = (s: string) => s === "-";

/**
 * Compiles phrase entries for {@linkcode mergePhrases}.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { compilePhrases } from "framelens";
 * const matcher = compilePhrases([{ term: "Zionist regime", variants: [] }]);
 * assert.ok(matcher.byFirst.has("zionist")); // looked up by its first word
 * ```
 */
export function compilePhrases(entries: PhraseEntry[]): PhraseMatcher {
  const byFirst = new Map<string, Pattern[]>();
  const add = (first: string, p: Pattern) => {
    const list = byFirst.get(first) ?? [];
    if (!list.includes(p)) list.push(p);
    byFirst.set(first, list);
  };
  for (const entry of entries) {
    const key = entry.term.toLowerCase().replace(/\s+/g, " ");
    // wink-nlp keeps the plural as the lemma of a capitalised word (a proper noun:
    // "Forces"), so each spelling is also compiled lower-cased, for the lemma "force".
    const spellings = [entry.term, ...entry.variants].flatMap((s) => [s, s.toLowerCase()]);
    for (const spelling of new Set(spellings)) {
      const { norms, lemmas } = tokenKeys(spelling);
      const keep = norms.map((n) => !isHyphen(n));
      const p: Pattern = {
        norms: norms.filter((_, i) => keep[i]),
        lemmas: lemmas.filter((_, i) => keep[i]),
        key,
      };
      if (p.norms.length < 1) continue;
      add(p.norms[0], p);
      add(p.lemmas[0], p);
    }
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.norms.length - a.norms.length);
  return { entries, byFirst };
}

function matchAt(tokens: Token[], at: number, p: Pattern): number {
  let k = at;
  for (let j = 0; j < p.norms.length; j++) {
    if (j > 0) {
      while (k < tokens.length && isHyphen(tokens[k].norm) && tokens[k].sentence === tokens[at].sentence) k++;
    }
    const t = tokens[k];
    if (!t || t.sentence !== tokens[at].sentence) return -1;
    if (t.norm !== p.norms[j] && t.lemma !== p.lemmas[j]) return -1;
    k++;
  }
  return k;
}

const WORDLIKE = new Set(["word", "number"]);

/**
 * The end (exclusive) of a hyphenated compound starting at token i: words joined by
 * hyphens with no space ("al-Sudani", "Iran-Iraq", "12-day", "counter-terrorism");
 * i + 1 when there is none.
 */
function hyphenCompound(tokens: Token[], i: number): number {
  let k = i;
  while (
    k + 2 < tokens.length && tokens[k + 1].norm === "-" && WORDLIKE.has(tokens[k].type) &&
    WORDLIKE.has(tokens[k + 2].type) && tokens[k].end === tokens[k + 1].start &&
    tokens[k + 1].end === tokens[k + 2].start && tokens[k + 2].sentence === tokens[k].sentence
  ) k += 2;
  return k + 1;
}

/**
 * Turns tokens into terms, merging the phrases of the list into one term each,
 * longest match first, never across a sentence boundary. A phrase's parts are not
 * terms of their own. Words joined by hyphens without spaces ("al-Sudani", "12-day")
 * are one term too, keyed by their joined forms ("al-sudani", lemma as written: "iran-backed").
 * An opaque token (a long run without a space, see `Token.type`) is no term.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { compilePhrases, mergePhrases, prepareText, tokenize } from "framelens";
 * const text = "The Zionist regime's forces.";
 * const { tokens } = tokenize(prepareText(text));
 * const terms = mergePhrases(text, tokens, compilePhrases([{ term: "Zionist regime", variants: [] }]));
 * assert.deepEqual(terms.map((t) => t.norm), ["the", "zionist regime", "'s", "forces", "."]);
 * ```
 *
 * @param original The original text, for the surface forms.
 * @param tokens The tokens of the text.
 * @param matcher The compiled phrase list.
 */
export function mergePhrases(original: string, tokens: Token[], matcher: PhraseMatcher): Term[] {
  const terms: Term[] = [];
  for (let i = 0; i < tokens.length;) {
    const t = tokens[i];
    if (t.type === "opaque") {
      // A run set aside (a base64 image, a script) is no term.
      i++;
      continue;
    }
    // The longest phrase starting here, by the token's normal form or its lemma (the
    // first found of equal length).
    let bestEnd = 0;
    let bestKey = "";
    for (let side = 0; side < 2; side++) {
      const list = side === 0
        ? matcher.byFirst.get(t.norm)
        : t.lemma !== t.norm
        ? matcher.byFirst.get(t.lemma)
        : undefined;
      if (!list) continue;
      for (const p of list) {
        const end = matchAt(tokens, i, p);
        if (end > 0 && end > bestEnd) {
          bestEnd = end;
          bestKey = p.key;
        }
      }
    }
    if (bestEnd > 0) {
      const last = tokens[bestEnd - 1];
      terms.push({
        norm: bestKey,
        lemma: bestKey,
        surface: original.slice(t.start, last.end),
        start: t.start,
        end: last.end,
        sentence: t.sentence,
        firstToken: i,
        lastToken: bestEnd,
        phrase: true,
        stop: false,
        punct: false,
      });
      i = bestEnd;
      continue;
    }
    const compound = hyphenCompound(tokens, i);
    if (compound > i + 1) {
      const parts = tokens.slice(i, compound);
      const last = parts[parts.length - 1];
      terms.push({
        norm: parts.map((p) => p.norm).join(""),
        lemma: parts.map((p) => p.norm).join(""),
        surface: original.slice(t.start, last.end),
        start: t.start,
        end: last.end,
        sentence: t.sentence,
        firstToken: i,
        lastToken: compound,
        phrase: false,
        stop: false,
        punct: false,
      });
      i = compound;
      continue;
    }
    terms.push({
      norm: t.norm,
      lemma: t.lemma,
      surface: original.slice(t.start, t.end),
      start: t.start,
      end: t.end,
      sentence: t.sentence,
      firstToken: i,
      lastToken: i + 1,
      phrase: false,
      stop: t.stop,
      punct: t.punct,
    });
    i++;
  }
  return terms;
}

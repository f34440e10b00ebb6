/**
 * Names as terms: each name of an article made into one term, so that a house style
 * ("Mr Larijani", "Al Sudani") or a spelling ("al-Sudani") is never counted as an
 * outlet's vocabulary. The names are those the entity stage finds in the article
 * (`findCandidates`: names of the gazetteer, and runs of capitalised words with titles,
 * demonyms and non-names cut off), with the honorifics and particles right before them
 * folded in; a name's term depends only on the article and the gazetteer, never on
 * other articles, so that counts are the same however a corpus is split or extended.
 *
 * @module
 */
import type { AnnotatedArticle, Term } from "../types.ts";
import type { Gazetteer } from "../entities/types.ts";
import { type Candidate, type CompiledGazetteer, compileGazetteer, findCandidates } from "../entities/mentions.ts";
import { ORGANIZATION_HEADS, PLACE_HEADS } from "../text/english.ts";
import {
  isShortFormOfWords,
  NAME_PARTICLES,
  nameKey,
  similarNameWords,
  withinOneEdit,
  WordBlocks,
} from "../entities/names.ts";

/** Honorifics folded into the name they precede ("Mr Larijani"), never terms of their own. */
export const HONORIFICS: ReadonlySet<string> = new Set(["mr", "mrs", "ms", "dr"]);

/** Particles folded into the name they precede ("al-", "el-", "bin"), never terms of their own. */
export const NAME_TERM_PARTICLES: ReadonlySet<string> = new Set([...NAME_PARTICLES, "bin", "ibn"]);

/** Whether a word starts with a capital letter. */
function capitalised(text: string): boolean {
  const c = text.charCodeAt(0);
  return c < 128 ? c >= 65 && c <= 90 : /^\p{Lu}/u.test(text);
}

/** First letters of the honorifics and particles, for a quick test. */
const AFFIX_INITIALS = new Set([...HONORIFICS, ...NAME_TERM_PARTICLES].map((w) => w.charCodeAt(0)));

/**
 * Whether a term is an honorific (Mr, Mrs, Ms, Dr, capitalised, with or without a full
 * stop; not "MS") or a name particle (al, el, ul; Bin, Ibn capitalised) standing alone:
 * such words belong to the name they precede and are never counted as terms of their own.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { annotateArticle, loadResources } from "framelens";
 * import { isNameAffix } from "./name_terms.ts";
 * const text = "Mr Larijani used MS Word.";
 * const { terms } = annotateArticle({ id: "a", file: "a.md", outlet: "A", text, extra: {} }, await loadResources());
 * assert.deepEqual(terms.filter(isNameAffix).map((t) => t.surface), ["Mr"]); // not "MS"
 * ```
 */
export function isNameAffix(t: Term): boolean {
  const norm = t.norm;
  if (norm.length < 2 || norm.length > 4 || !AFFIX_INITIALS.has(norm.charCodeAt(0))) return false;
  if (t.phrase || t.name || t.lastToken - t.firstToken !== 1) return false;
  const word = norm.charCodeAt(norm.length - 1) === 46 ? norm.slice(0, -1) : norm;
  const s = t.surface;
  if (HONORIFICS.has(word)) return capitalised(s) && !capitalised(s.slice(1));
  // "bin" in lower case is also an English word ("a rubbish bin"); "al", "el" and "ul" are not.
  return NAME_TERM_PARTICLES.has(word) && (NAME_PARTICLES.has(word) || capitalised(s));
}

/** A form of a name that a shorter form or a variant spelling may join: its key's words and its term. */
interface Form {
  words: string[];
  term: string;
}

/** Stretches of runs that are no names looked up as forms of a name, by this thread (see {@linkcode nameTermsWork}). */
let stretchLookups = 0;

/**
 * The work done by {@linkcode nameTerms} in this thread so far: the stretches of capitalised
 * runs that are no name looked up as forms of a name. Tests read it to check that the work
 * grows with a run's length, not its cube.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { nameTermsWork } from "./name_terms.ts";
 * assert.equal(typeof nameTermsWork().stretchLookups, "number");
 * ```
 */
export function nameTermsWork(): { stretchLookups: number } {
  return { stretchLookups };
}

/** What the gazetteer says about names as terms, worked out once per compiled gazetteer. */
interface NameTable {
  /** Per entry: the term of each of its names' keys. */
  termOf: Map<string, string>[];
  /** Each entry's canonical name, lower-cased. */
  canonical: string[];
  /** Every name and alias, by its last word. */
  forms: WordBlocks<Form>;
  /** People's names and aliases, by their last word. */
  people: WordBlocks<Form>;
  /** The most words any of these names has. */
  longest: number;
}

const tables = new WeakMap<CompiledGazetteer, NameTable>();
const compiledOf = new WeakMap<Gazetteer, CompiledGazetteer>();

/**
 * The term of each name of the gazetteer. A person's every name and alias counts under
 * the canonical name (they are forms and spellings of one person's name). An
 * organisation's or a place's alias counts under the canonical name when it is a
 * spelling of it (`similarNames`: "Hizbollah", "Kata'ib Hezbollah"); an alias that is
 * another name ("Zionist regime", "Gulf", "Daesh", "PMF") is vocabulary, and counts as
 * itself, under the first name of the entry it is a spelling of ("U.S." as "us").
 */
function nameTable(compiled: CompiledGazetteer): NameTable {
  let table = tables.get(compiled);
  if (table) return table;
  const forms = new WordBlocks<Form>();
  const people = new WordBlocks<Form>();
  const entries = compiled.gazetteer.entities;
  const termOf = entries.map(() => new Map<string, string>());
  let longest = 0;
  entries.forEach((e, i) => {
    const names = [e.name, ...e.aliases];
    const keys = names.map((n) => nameKey(n).split(" "));
    names.forEach((_, j) => {
      let term = e.name.toLowerCase();
      if (e.type !== "person" && !similarNameWords(keys[j], keys[0])) {
        const first = keys.findIndex((k) => similarNameWords(k, keys[j]));
        term = names[first].toLowerCase();
      }
      const key = keys[j].join(" ");
      if (!termOf[i].has(key)) termOf[i].set(key, term);
      const form: Form = { words: keys[j], term };
      longest = Math.max(longest, keys[j].length);
      const last = keys[j][keys[j].length - 1];
      forms.add(last, form);
      if (e.type === "person") people.add(last, form);
    });
  });
  table = { termOf, canonical: entries.map((e) => e.name.toLowerCase()), forms, people, longest };
  tables.set(compiled, table);
  return table;
}

/** The compiled form of a gazetteer, compiled once. */
function compiledGazetteer(g: Gazetteer | CompiledGazetteer): CompiledGazetteer {
  if ("patterns" in g) return g;
  let c = compiledOf.get(g);
  if (!c) compiledOf.set(g, c = compileGazetteer(g));
  return c;
}

/**
 * Whether `short` is a shorter form of `long` that may stand for it: its words in order
 * and the same surname, a single word only with at most one slip ("Sulaimani" the city is
 * not "Soleimani"), and not the generic last word of an organisation or a place ("Council").
 */
function shortFormOf(short: string[], long: string[]): boolean {
  if (!isShortFormOfWords(short, long)) return false;
  const last = long[long.length - 1];
  if (ORGANIZATION_HEADS.has(last) || PLACE_HEADS.has(last)) return false;
  if (short.length > 1) return true;
  return short[0] === last || (short[0].length >= 6 && withinOneEdit(short[0], last));
}

/**
 * Whether two names of as many words are spellings of one name: `similarNameWords`, a
 * single word only with one slip, as entity resolution has it ("Larjani", not "Sulaimani"
 * for "Soleimani").
 */
function spellingOf(a: string[], b: string[]): boolean {
  if (a.length !== 1) return similarNameWords(a, b);
  return a[0] === b[0] || (a[0].length >= 6 && withinOneEdit(a[0], b[0]));
}

/** The one term among the forms that `words` is a spelling (same length) or a short form of; undefined for none or several. */
function ownerTerm(words: string[], near: readonly Form[], shortForms: boolean): string | undefined {
  let found: string | undefined;
  for (const f of near) {
    const match = f.words.length === words.length
      ? spellingOf(words, f.words)
      : shortForms && f.words.length > words.length && shortFormOf(words, f.words);
    if (!match) continue;
    if (found !== undefined && found !== f.term) return undefined;
    found = f.term;
  }
  return found;
}

/** A name found in the article: its candidate, its place among the terms, and its term. */
interface Found {
  c: Candidate;
  /** The first and last term of its core (titles cut), before affixes are folded in. */
  first: number;
  last: number;
  /** The first word of `c.words` in its key (titles and honorifics before it cut). */
  from: number;
  /** Its words' keys. */
  words: string[];
  term?: string;
}

/**
 * The terms of an article with each name made into one term: a name of the gazetteer, or
 * a run of capitalised words that the entity stage's candidate finder
 * (`findCandidates`) takes for a name, with the honorifics (Mr, Mrs, Ms, Dr) and
 * particles (al, el, bin) right before it folded in. The term spans the whole name as
 * written, honorific included, so that its offsets slice the original text.
 *
 * A name's term depends only on the article and the gazetteer:
 * - a name of the gazetteer counts under the entry's canonical name, lower-cased (an
 *   organisation's or a place's alias that is another name, not a spelling of it, counts as
 *   itself: see docs/methods.md, "How names are counted");
 * - a name the phrase list has as one of its phrases keeps the phrase's term;
 * - another name counts under the article's fullest form of it: the one longer name of the
 *   article that it is a shorter form of ("Mr Larijani" under "Ali Larijani") or a spelling
 *   of, else the one person of the gazetteer it is a shorter form of, else itself; that form
 *   is keyed by `nameKey` (case, accents, hyphens and the particles al, el left out: "Al
 *   Sudani" and "al-Sudani" are both "sudani");
 * - a run of capitalised words at the head of a sentence or in a title-case headline, where
 *   capitals say little, is a name only when it is a form of a name of the article or of
 *   the gazetteer, and so are the longest stretches of it that are ("Larijani" in
 *   "Pact Signed During Larijani Visit"); its other words stay terms as they were.
 * A name that would cut a term in two (the "Iran" of "Iran-backed") is not made one.
 *
 * The work is linear in the article's length (each name looked up by its last word).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { annotateArticle, loadGazetteer, loadResources } from "framelens";
 * import { nameTerms } from "./name_terms.ts";
 * const text = "Ali Larijani arrived. Mr Larijani met officials.";
 * const annotated = annotateArticle({ id: "a", file: "a.md", outlet: "A", text, extra: {} }, await loadResources());
 * const terms = nameTerms(annotated, await loadGazetteer());
 * assert.deepEqual(terms.filter((t) => t.name).map((t) => [t.surface, t.norm]), [
 *   ["Ali Larijani", "ali larijani"],
 *   ["Mr Larijani", "ali larijani"],
 * ]);
 * ```
 *
 * @param annotated The annotated article.
 * @param gazetteer The gazetteer, or its compiled form (`compileGazetteer`).
 * @param candidates The article's candidates, `findCandidates(annotated, gazetteer)`, when already at hand.
 */
export function nameTerms(
  annotated: AnnotatedArticle,
  gazetteer: Gazetteer | CompiledGazetteer,
  candidates?: readonly Candidate[],
): Term[] {
  const compiled = compiledGazetteer(gazetteer);
  const table = nameTable(compiled);
  const terms = annotated.terms;
  const cands = candidates ?? findCandidates(annotated, compiled);
  if (!cands.length) return terms;
  // Terms by the offset where they start and where they end, plus one (0: none there).
  const length = annotated.article.text.length + 1;
  const startsAt = new Int32Array(length);
  const endsAt = new Int32Array(length);
  for (let i = 0; i < terms.length; i++) {
    startsAt[terms[i].start] = i + 1;
    endsAt[terms[i].end] = i + 1;
  }
  const titles = compiled.titles;
  const found: Found[] = [];
  for (const c of cands) {
    const words = c.words;
    let from = 0;
    // A known name may start with a title ("Ayatollah Khamenei"): the title stays a term.
    if (c.entry !== undefined) {
      for (const seq of titles.get(words[0].key) ?? []) {
        if (seq.length >= words.length || HONORIFICS.has(seq[0])) continue;
        if (seq.every((k, j) => words[j].key === k)) {
          from = seq.length;
          break;
        }
      }
    }
    // An honorific the gazetteer does not list as a title is in the name's span, not in its key.
    let keyFrom = from;
    while (keyFrom < words.length && HONORIFICS.has(words[keyFrom].key)) keyFrom++;
    if (keyFrom === words.length) continue;
    const first = startsAt[words[from].start] - 1;
    const last = endsAt[words[words.length - 1].end] - 1;
    if (first < 0 || last < first) continue;
    const key = keyFrom ? nameKey(words.slice(keyFrom).map((w) => w.text).join(" ")) : c.key;
    found.push({ c, from: keyFrom, first, last, words: key.split(" ") });
  }
  found.push(...resolve(found, table, terms, startsAt, endsAt));
  // Each name's terms, and the honorifics and particles right before it, made into one.
  const nameAt = new Int32Array(terms.length);
  let names = 0;
  for (let j = 0; j < found.length; j++) {
    if (found[j].term !== undefined) {
      nameAt[found[j].first] = j + 1;
      names++;
    }
  }
  if (!names) return terms;
  const out: Term[] = [];
  for (let i = 0; i < terms.length; i++) {
    const j = nameAt[i];
    if (!j) {
      out.push(terms[i]);
      continue;
    }
    const f = found[j - 1];
    let head = terms[i];
    while (out.length && out[out.length - 1].sentence === head.sentence && isNameAffix(out[out.length - 1])) {
      head = out.pop()!;
    }
    const tail = terms[f.last];
    const key = f.term!;
    out.push({
      norm: key,
      lemma: key,
      surface: annotated.article.text.slice(head.start, tail.end),
      start: head.start,
      end: tail.end,
      sentence: head.sentence,
      firstToken: head.firstToken,
      lastToken: tail.lastToken,
      phrase: false,
      name: true,
      stop: false,
      punct: false,
    });
    i = f.last;
  }
  return out;
}

/**
 * Gives each found name its term (`term` left undefined for a run that is not taken for
 * a name): longer names first, and of equal length the reliable ones first, so that each
 * shorter or less certain form finds the forms it may stand for already placed. Of a run
 * at a sentence's head or in a headline that is no name as a whole, the longest stretches
 * that are forms of a name are names (the "Larijani" of "Memorandum During Larijani"):
 * they are returned, to be added to the names found.
 *
 * @param startsAt The term starting at each offset, plus one (0: none).
 * @param endsAt The term ending at each offset, plus one (0: none).
 */
function resolve(
  found: Found[],
  table: NameTable,
  terms: readonly Term[],
  startsAt: Int32Array,
  endsAt: Int32Array,
): Found[] {
  // A counting sort on (words, reliability), longest and reliable first, text order kept.
  let most = 0;
  for (const f of found) most = Math.max(most, f.words.length);
  const rank = (f: Found) => (most - f.words.length) * 2 + (f.c.reliable || f.c.entry !== undefined ? 0 : 1);
  const start = new Int32Array(2 * most + 2);
  for (const f of found) start[rank(f) + 1]++;
  for (let r = 0; r + 1 < start.length; r++) start[r + 1] += start[r];
  const order: Found[] = new Array(found.length);
  for (const f of found) order[start[rank(f)]++] = f;

  const forms = new WordBlocks<Form>();
  // The forms filed, by key and term: a name said again is not filed again.
  const filed = new Set<string>();
  // The most words of any form filed or in the gazetteer: no longer stretch can be a form of a name.
  let longest = table.longest;
  const file = (words: string[], key: string, term: string) => {
    const id = `${key}\u0000${term}`;
    if (filed.has(id)) return;
    filed.add(id);
    forms.add(words[words.length - 1], { words, term });
    longest = Math.max(longest, words.length);
  };
  /** The term of the one name these words are a form of: the article's longer forms, the gazetteer's names, its people. */
  const known = (words: string[]) => {
    const last = words[words.length - 1];
    return ownerTerm(words, forms.candidates(last), true) ??
      ownerTerm(words, table.forms.candidates(last), false) ??
      ownerTerm(words, table.people.candidates(last), true);
  };
  const memo = new Map<string, string | undefined>();
  const unknown: Found[] = [];
  for (const f of order) {
    const { c, words } = f;
    const key = words.join(" ");
    const phrase = f.first === f.last && terms[f.first].phrase ? terms[f.first].norm : undefined;
    if (c.entry !== undefined) {
      const term = phrase ?? table.termOf[c.entry].get(key) ?? table.canonical[c.entry];
      f.term = term;
      file(words, key, term);
      continue;
    }
    const reliable = c.reliable;
    const id = reliable ? key : `\u0000${key}`;
    if (memo.has(id)) {
      f.term = phrase ?? memo.get(id);
      continue;
    }
    let term = known(words);
    if (term === undefined && reliable) term = key;
    memo.set(id, term);
    f.term = phrase ?? term;
    if (term !== undefined && reliable) file(words, key, term);
    if (f.term === undefined && c.words.length - f.from > 1) unknown.push(f);
  }
  // Stretches of the runs that are no names, once every name is placed.
  const stretches: Found[] = [];
  const keyOf = new Map<string, string[]>();
  for (const f of unknown) {
    const ws = f.c.words;
    // Words before each word that surely stay a word of the key (plain letters, no particle): a
    // stretch with more of them than the longest form has more words than any form, and is
    // not looked up, so a long run costs its length times the longest form, not its length cubed.
    const sure = new Int32Array(ws.length + 1);
    for (let k = 0; k < ws.length; k++) {
      const t = ws[k].text;
      sure[k + 1] = sure[k] + (/^[A-Za-z]+$/.test(t) && !NAME_PARTICLES.has(t.toLowerCase()) ? 1 : 0);
    }
    for (let i = f.from; i < ws.length;) {
      let hit: Found | undefined;
      let end = i + 1;
      // The longest stretch from word i (the whole run was tried already).
      let j = ws.length - (i === f.from ? 1 : 0);
      while (j > i && sure[j] - sure[i] > longest) j--;
      for (; j > i; j--) {
        stretchLookups++;
        const text = ws.slice(i, j).map((w) => w.text).join(" ");
        let words = keyOf.get(text);
        if (!words) keyOf.set(text, words = nameKey(text).split(" "));
        const term = known(words);
        if (term === undefined) continue;
        const first = startsAt[ws[i].start] - 1;
        const last = endsAt[ws[j - 1].end] - 1;
        if (first < 0 || last < first) continue;
        hit = { c: f.c, from: i, first, last, words, term };
        end = j;
        break;
      }
      if (hit) stretches.push(hit);
      i = end;
    }
  }
  return stretches;
}

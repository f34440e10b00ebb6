/**
 * The one place that touches compromise: what it makes of a short span such as a
 * candidate name, as plain flags.
 *
 * Two ways to ask. {@linkcode spanTags} runs compromise itself (`nlp(span)`, then its
 * people, places and organisations): about 0.3 ms a span, most of it in compromise's
 * post-tagger, which tries 570 rules on every sentence. {@linkcode quickSpanTags} gives
 * the same answer from compromise's own model (its lexicon, tag set, suffix and
 * regular-expression rules, word clues, organisation and place words) read by a port
 * of the part of its tagger that decides names: its tokenizer's sentence ends and
 * hyphens, the lexicon passes, the pre-tagger's passes, and the 70 post-tagger rules that
 * tag people, places and organisations (in compromise's match syntax, so that they can
 * be compared with its source). It is written for compromise 14.17.0, pinned in
 * `deno.json`. On the 19,741 distinct candidate spans of the Brown corpus it agrees with
 * `spanTags` on person, place, organisation and first name for all but 12 (99.94%), and
 * on all 188 spans of the seed and unseen test articles; it costs about 10 µs a span, and
 * words the tagger has seen before are read from a cache. Words with digits ("B-52")
 * or contractions ("I'm") are read as plain words, where compromise reads further.
 *
 * @module
 */
import nlp from "compromise";

/** What compromise recognises in a span. */
export interface SpanTags {
  /** compromise finds a person covering the whole span. */
  person: boolean;
  /** compromise finds a place covering the whole span. */
  place: boolean;
  /** compromise finds an organisation covering the whole span. */
  organization: boolean;
  /** The first word is a known first name ("Joseph"). */
  firstName: boolean;
  /** The span is a single demonym ("Lebanese"). */
  demonym: boolean;
  /** The span is a single word that compromise reads as a verb, adjective or adverb, not a noun ("Reports"). */
  notNoun: boolean;
}

const cache = new Map<string, SpanTags>();

const FLAG_NAMES = ["person", "place", "organization", "firstName", "demonym", "notNoun"] as const;

/**
 * Span tags as a number, one bit a flag (person 1, place 2, organization 4, firstName 8,
 * demonym 16, notNoun 32), to be stored compactly.
 *
 * @example
 * ```ts
 * spanTagBits(quickSpanTags("Joseph Aoun")); // 9: person and firstName
 * ```
 */
export function spanTagBits(tags: SpanTags): number {
  let bits = 0;
  FLAG_NAMES.forEach((name, i) => {
    if (tags[name]) bits |= 1 << i;
  });
  return bits;
}

/** The 64 possible span tags, by their bits. */
const BY_BITS: readonly SpanTags[] = Array.from({ length: 1 << FLAG_NAMES.length }, (_, bits) => {
  const tags = {} as SpanTags;
  FLAG_NAMES.forEach((name, i) => tags[name] = (bits & (1 << i)) !== 0);
  return Object.freeze(tags);
});

/**
 * Span tags from {@linkcode spanTagBits}'s number (a shared, frozen object).
 *
 * @example
 * ```ts
 * spanTagsOfBits(9).person; // true
 * ```
 *
 * @throws {Error} when the number is not the bits of some span tags.
 */
export function spanTagsOfBits(bits: number): SpanTags {
  const tags = BY_BITS[bits];
  if (!Number.isInteger(bits) || !tags) throw new Error(`${bits} is not a set of span tags`);
  return tags;
}

/**
 * Number of distinct spans compromise has read (for measuring its share of the work).
 *
 * @example
 * ```ts
 * spanTags("Joseph Aoun");
 * compromiseCalls(); // 1 (quickSpanTags does not run compromise)
 * ```
 */
export function compromiseCalls(): number {
  return cache.size;
}

/**
 * What compromise recognises in a short span, by running compromise on it, cached per
 * distinct span. {@linkcode quickSpanTags} gives the same answer much faster.
 *
 * @example
 * ```ts
 * spanTags("Joseph Aoun"); // { person: true, firstName: true, ... }
 * spanTags("Lebanese").demonym; // true
 * spanTags("Reports").notNoun; // true
 * ```
 */
export function spanTags(span: string): SpanTags {
  const hit = cache.get(span);
  if (hit) return hit;
  const doc = nlp(span);
  const covers = (found: string[]) =>
    found.some((f) => f.replace(/[^\p{L}\p{N}]+/gu, "") === span.replace(/[^\p{L}\p{N}]+/gu, ""));
  const terms = (doc.json({ terms: { tags: true } }) as { terms: { tags: string[] }[] }[]).flatMap((s) => s.terms);
  const first = terms[0]?.tags ?? [];
  const tags: SpanTags = {
    person: covers(doc.people().out("array") as string[]),
    place: covers(doc.places().out("array") as string[]),
    organization: covers(doc.organizations().out("array") as string[]),
    firstName: first.includes("FirstName"),
    demonym: terms.length === 1 && first.includes("Demonym"),
    notNoun: terms.length === 1 && !first.includes("Noun") &&
      first.some((t) => t === "Verb" || t === "Adjective" || t === "Adverb" || t === "Preposition"),
  };
  cache.set(span, tags);
  return tags;
}

// ---------------------------------------------------------------------------------------
// compromise's model, as far as names need it.

type Lexicon = Record<string, string | string[]>;
type Clues = Partial<Record<"beforeTags" | "afterTags" | "beforeWords" | "afterWords", Record<string, string>>>;
type Rule = [RegExp, string | string[], string?];

interface Model {
  one: {
    lexicon: Lexicon;
    frozenLex: Lexicon;
    _multiCache: Record<string, number>;
    tagSet: Record<string, { parents?: string[]; not?: string[] }>;
    abbreviations: Record<string, boolean>;
    unicode: Record<string, string>;
    prefixes: Record<string, boolean>;
    suffixes: Record<string, boolean>;
  };
  two: {
    switches: Record<string, string>;
    clues: Record<string, Clues>;
    suffixPatterns: Record<string, string>[];
    prefixPatterns: Record<string, string>[];
    endsWith: Record<string, Rule[]>;
    regexNormal: Rule[];
    regexText: Rule[];
    neighbours: Record<"leftTags" | "leftWords" | "rightWords" | "rightTags", [string, string][]>;
    orgWords: Record<string, boolean>;
    placeWords: Record<string, boolean>;
  };
}

const M: Model = (nlp as unknown as { model(): Model }).model();
const asMap = <T>(o: Record<string, T>) => new Map(Object.entries(o));
const LEXICON = asMap(M.one.lexicon);
const FROZEN = asMap(M.one.frozenLex);
const MULTI = asMap(M.one._multiCache);
const SWITCHES = asMap(M.two.switches);

/** A word as compromise's tagger sees it. */
interface Term {
  text: string;
  normal: string;
  machine: string;
  tags: Tags;
  switch?: string;
  /** Tagged by a frozen entry of the lexicon: later passes leave it. */
  frozen?: boolean;
  /** Tagged by an entry of several words. */
  fixed?: boolean;
  /** A hyphen joins it to the next term. */
  hyphen?: boolean;
  /** The remembered reading of the word alone, when the lexicon read it alone. */
  reading?: WordReading;
}

const has = (t: Term | undefined, tag: string) => t !== undefined && t.tags.has(tag);
const own = (o: object, k: string) => Object.hasOwn(o, k);

/**
 * A term's tags: compromise keeps them in a `Set`; here they are bits, one per tag of
 * its tag set (a tag outside it gets the next free bit), so that copying them, adding a
 * tag's parents and removing the tags it excludes are a few operations on four numbers.
 */
class Tags {
  a = 0;
  b = 0;
  c = 0;
  d = 0;

  /** Whether the tag is set. */
  has(name: string): boolean {
    const id = TAG_IDS.get(name);
    return id !== undefined && this.hasId(id);
  }

  hasId(id: number): boolean {
    const bit = 1 << (id & 31);
    switch (id >> 5) {
      case 0:
        return (this.a & bit) !== 0;
      case 1:
        return (this.b & bit) !== 0;
      case 2:
        return (this.c & bit) !== 0;
      default:
        return (this.d & bit) !== 0;
    }
  }

  add(name: string): this {
    const id = tagId(name);
    const bit = 1 << (id & 31);
    switch (id >> 5) {
      case 0:
        this.a |= bit;
        break;
      case 1:
        this.b |= bit;
        break;
      case 2:
        this.c |= bit;
        break;
      default:
        this.d |= bit;
    }
    return this;
  }

  delete(name: string): void {
    const id = TAG_IDS.get(name);
    if (id === undefined) return;
    const bit = ~(1 << (id & 31));
    switch (id >> 5) {
      case 0:
        this.a &= bit;
        break;
      case 1:
        this.b &= bit;
        break;
      case 2:
        this.c &= bit;
        break;
      default:
        this.d &= bit;
    }
  }

  clear(): void {
    this.a =
      this.b =
      this.c =
      this.d =
        0;
  }

  /** Nonzero when some tag is set (the number of tags is not needed). */
  get size(): number {
    return (this.a | this.b | this.c | this.d) === 0 ? 0 : 1;
  }

  copy(): Tags {
    const t = new Tags();
    t.a = this.a;
    t.b = this.b;
    t.c = this.c;
    t.d = this.d;
    return t;
  }

  /** Adds every tag of a mask. */
  or(m: Mask): void {
    this.a |= m[0];
    this.b |= m[1];
    this.c |= m[2];
    this.d |= m[3];
  }

  /** Whether some tag of the mask is set. */
  meets(m: Mask): boolean {
    return ((this.a & m[0]) | (this.b & m[1]) | (this.c & m[2]) | (this.d & m[3])) !== 0;
  }

  /** Removes every tag of the mask. */
  remove(m: Mask): void {
    this.a &= ~m[0];
    this.b &= ~m[1];
    this.c &= ~m[2];
    this.d &= ~m[3];
  }

  /** The ids of the tags set, in id order. */
  ids(): number[] {
    const out: number[] = [];
    const words = [this.a, this.b, this.c, this.d];
    for (let w = 0; w < 4; w++) {
      let x = words[w];
      while (x !== 0) {
        const low = x & -x;
        out.push(w * 32 + 31 - Math.clz32(low));
        x ^= low;
      }
    }
    return out;
  }
}

/** A set of tags as bits. */
type Mask = [number, number, number, number];

const TAG_IDS = new Map<string, number>();
const TAG_NAMES: string[] = [];
function tagId(name: string): number {
  let id = TAG_IDS.get(name);
  if (id === undefined) {
    id = TAG_NAMES.length;
    if (id >= 128) throw new Error(`Cannot read compromise's tags: more than 128 at "${name}"`);
    TAG_IDS.set(name, id);
    TAG_NAMES.push(name);
  }
  return id;
}
for (const name of Object.keys(M.one.tagSet)) tagId(name);

function maskOf(names: readonly string[]): Mask {
  const m: Mask = [0, 0, 0, 0];
  for (const n of names) {
    const id = tagId(n);
    m[id >> 5] |= 1 << (id & 31);
  }
  return m;
}

/** compromise's tag set: each tag's parents, and the tags it excludes, as masks by tag id. */
const PARENTS: Mask[] = [];
const EXCLUDED: Mask[] = [];
for (const [name, { parents, not }] of Object.entries(M.one.tagSet)) {
  PARENTS[tagId(name)] = maskOf(parents ?? []);
  EXCLUDED[tagId(name)] = maskOf(not ?? []);
}

/** compromise's `setTag` for one term: conflicting tags out, parents in (not over a safe conflict). */
function setTag(t: Term, tag: string, safe = false): void {
  const id = tagId(tag);
  const tags = t.tags;
  if (tags.hasId(id)) return;
  const not = EXCLUDED[id];
  if (not) {
    if ((safe || t.frozen) && tags.meets(not)) return;
    tags.remove(not);
    tags.or(PARENTS[id]);
  }
  tags.add(tag);
}

function setTags(terms: Term[], tag: string | string[], safe = false): void {
  for (const t of terms) for (const x of typeof tag === "string" ? [tag] : tag) setTag(t, x, safe);
}

/** compromise's `fastTag`: the tag alone, over nothing, unless the term is frozen. */
function fastTag(t: Term, tag: string | string[]): void {
  if (t.frozen) return;
  for (const x of typeof tag === "string" ? [tag] : tag) t.tags.add(x);
}

const UNCOUNTABLE = ["Acronym", "Abbreviation", "ProperNoun", "Uncountable", "Possessive", "Pronoun", "Activity"]
  .concat(["Honorific", "Month"]);
const UNCOUNTABLE_MASK = maskOf(UNCOUNTABLE);
const NOT_PLURAL = [
  "bus",
  "mas",
  "was",
  "ias",
  "xas",
  "vas",
  "cis",
  "lis",
  "nis",
  "ois",
  "ris",
  "sis",
  "tis",
  "xis",
  "aus",
  "cus",
  "eus",
  "fus",
  "gus",
  "ius",
  "lus",
  "nus",
  "das",
  "ous",
  "pus",
  "rus",
  "sus",
  "tus",
  "xus",
  "aos",
  "igos",
  "ados",
  "ogos",
  "'s",
  "ss",
];
const PLURAL_ENDINGS: Record<string, string[]> = {
  e: ["mice", "louse", "antennae", "formulae", "nebulae", "vertebrae", "vitae"],
  i: ["tia", "octopi", "viri", "radii", "nuclei", "fungi", "cacti", "stimuli"],
  n: ["men"],
  t: ["feet"],
};

/** compromise's `looksPlural`. */
function looksPlural(str: string): boolean {
  if (str.length <= 3) return false;
  if (str === "israelis" || str === "menus" || str === "logos") return true;
  const end = str[str.length - 1];
  if (own(PLURAL_ENDINGS, end)) return PLURAL_ENDINGS[end].some((s) => str.endsWith(s));
  return end === "s" && !NOT_PLURAL.some((s) => str.endsWith(s));
}

/** compromise's `fillTags`: parent tags, and singular or plural for a noun. */
function fillTags(t: Term): void {
  if (!t.frozen) { for (const id of t.tags.ids()) if (PARENTS[id]) t.tags.or(PARENTS[id]); }
  if (!t.tags.has("Noun") || t.tags.has("Plural") || t.tags.has("Singular")) return;
  if (t.tags.meets(UNCOUNTABLE_MASK)) return;
  fastTag(t, looksPlural(t.normal) ? "Plural" : "Singular");
}

// ---------------------------------------------------------------------------------------
// Words into terms, and terms into sentences, as compromise's tokenizer makes them.

const DOTTED = /^(?:\p{L}\.){2,}\p{L}?$/u;

/** compromise's `hasHyphen`: whether its tokenizer splits a word at its hyphens ("Vice-President", not "X-ray"). */
function splitsAtHyphens(word: string): boolean {
  const parts = word.split(/[-–—]/);
  if (parts.length <= 1) return false;
  if (parts[0].length === 1 && /[a-z]/i.test(parts[0])) return false;
  if (own(M.one.prefixes, parts[0])) return false;
  if (own(M.one.suffixes, parts[1].trim().replace(/[.?!]$/, ""))) return false;
  return /^([a-z\u00C0-\u00FF`"'/]+)[-–—]([a-z0-9\u00C0-\u00FF].*)/i.test(word) ||
    /^[('"]?([0-9]{1,4})[-–—]([a-z\u00C0-\u00FF`"'/-]+[)'"]?$)/i.test(word);
}

/** A term as compromise's tokenizer and normaliser make it. */
function term(text: string, hyphen: boolean): Term {
  let forms = FORMS.get(text);
  if (!forms) {
    let normal = text.toLowerCase().replace(/\.+$/, "");
    if (/[^ -~]/.test(normal)) normal = [...normal].map((c) => M.one.unicode[c] ?? c).join("");
    if (/(?:[a-z]\.)+[a-z]\.?$/.test(normal)) normal = normal.replace(/\./g, "");
    let machine = normal.replace(/['’]s$/, "").replace(/s['’]$/, "s");
    if (/^\p{L}+-\p{L}+$/u.test(machine)) machine = machine.replace(/-/g, "");
    FORMS.set(text, forms = { normal, machine });
  }
  return { text, normal: forms.normal, machine: forms.machine, tags: new Tags(), ...(hyphen ? { hyphen } : {}) };
}

/** The normal and machine forms of each word read so far. */
const FORMS = new Map<string, { normal: string; machine: string }>();

/**
 * Splits a span into compromise's sentences of terms: a word that ends with a full
 * stop ends a sentence unless it is an initial or an abbreviation; hyphenated words are
 * split as compromise splits them. Words with digits or contractions ("I'm") are kept
 * whole, where compromise reads them further (their tags may differ from its own).
 */
function sentencesOf(span: string): Term[][] {
  const words = span.split(" ");
  const out: Term[][] = [];
  let sentence: Term[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i];
    if (!word) continue;
    const dotted = DOTTED.test(word);
    const text = dotted || !word.endsWith(".") ? word : word.slice(0, -1);
    if (text.includes("-") && splitsAtHyphens(text)) {
      const parts = text.split(/[-–—]/);
      parts.forEach((part, k) => part && sentence.push(term(part, k < parts.length - 1)));
    } else sentence.push(term(text, false));
    // A full stop ends a sentence after a word that is not an initial or an abbreviation.
    if (word.endsWith(".") && i < words.length - 1 && !dotted) {
      const initial = text.length === 1 && /[A-Za-z]/.test(text);
      if (!initial && !own(M.one.abbreviations, sentence[sentence.length - 1].normal)) {
        out.push(sentence);
        sentence = [];
      }
    }
  }
  if (sentence.length) out.push(sentence);
  return out;
}

// ---------------------------------------------------------------------------------------
// The lexicon, and the pre-tagger's passes.

/**
 * compromise's lexicon passes: frozen entries, then entries of several words ("new
 * york"), then single words; the terms a longer entry tagged are marked `fixed`.
 */
function lookUp(terms: Term[]): void {
  const key = (span: Term[]) => span.map((x) => x.machine || x.normal).join(" ");
  for (let i = 0; i < terms.length; i++) {
    const t = terms[i];
    const word = t.machine || t.normal;
    const longest = MULTI.get(word);
    if (longest !== undefined && terms[i + 1]) {
      for (let k = i + longest - 1; k > i; k--) {
        const span = terms.slice(i, k + 1);
        const tag = FROZEN.get(key(span));
        if (tag === undefined) continue;
        setTags(span, tag);
        for (const x of span) x.frozen = true;
      }
    }
    const tag = FROZEN.get(word);
    if (tag !== undefined) {
      setTags([t], tag);
      t.frozen = true;
    }
  }
  for (let i = 0; i < terms.length; i++) {
    const t = terms[i];
    const longest = MULTI.get(t.machine || t.normal);
    if (t.tags.size || longest === undefined || !terms[i + 1]) continue;
    for (let k = i + longest - 1; k > i; k--) {
      const span = terms.slice(i, k + 1);
      const tag = LEXICON.get(key(span));
      if (tag === undefined) continue;
      setTags(span, tag);
      for (const x of span) x.fixed = true;
      i = k;
      break;
    }
  }
  for (const t of terms) {
    if (t.tags.size || t.fixed || t.frozen) continue;
    const tags = lexiconCache.get(t.text);
    if (tags) t.tags = tags.copy();
    else {
      singleWord(t);
      lexiconCache.set(t.text, t.tags.copy());
    }
  }
}

const lexiconCache = new Map<string, Tags>();
const VERBAL = ["Verb", "Infinitive", "PastTense", "Gerund", "PresentTense", "Adjective", "Participle"];

function singleWord(t: Term): void {
  const word = t.machine || t.normal;
  const tag = LEXICON.get(word);
  if (tag !== undefined) return setTags([t], tag);
  // Prefixed verbs and adjectives ("overwork").
  const stem = word.replace(/^(under|over|mis|re|un|dis|semi|pre|post)-?/, "");
  const stemTag = stem !== word && stem.length > 3 ? LEXICON.get(stem) : undefined;
  if (typeof stemTag === "string" && VERBAL.includes(stemTag)) setTags([t], stemTag);
}

const TITLE_CASE = /^\p{Lu}[\p{Ll}'’]/u;
const NOT_PROPER = ["Date", "Month", "WeekDay", "Unit", "Expression"];

function suffixTag(str: string, patterns: Record<string, string>[]): string | undefined {
  const len = str.length;
  for (let i = Math.min(7, len - 1); i > 1; i--) {
    const s = str.substring(len - i);
    if (own(patterns[s.length], s)) return patterns[s.length][s];
  }
  return undefined;
}

function prefixTag(str: string, patterns: Record<string, string>[]): string | undefined {
  for (let i = Math.min(7, str.length - 3); i > 2; i--) {
    const p = str.substring(0, i);
    if (own(patterns[p.length], p)) return patterns[p.length][p];
  }
  return undefined;
}

function firstRule(str: string, rules: Rule[]): Rule | undefined {
  return rules.find((r) => r[0].test(str));
}

/** What the second pass made of a word in one place and case, and what the acronym pass and `fillTags` then made of it. */
interface WordReading {
  tags: Tags;
  switch?: string;
  third?: { tags: Tags; found: boolean };
}

const secondCache = new Map<string, (WordReading | undefined)[]>();

/**
 * compromise's second pass: switches, title case, suffixes, regular expressions,
 * prefixes. It reads a term alone, so its result is remembered for each word, place
 * (first or not) and case of the sentence, unless a longer entry of the lexicon tagged it.
 */
function secondPass(terms: Term[], yelling: boolean): void {
  terms.forEach((t, i) => {
    if (t.frozen) return;
    if (t.fixed) return secondPassTerm(t, i, yelling);
    const variants = secondCache.get(t.text) ?? secondCache.set(t.text, []).get(t.text)!;
    const variant = (i === 0 ? 0 : 1) + (yelling ? 2 : 0);
    const hit = variants[variant];
    if (hit) {
      t.tags = hit.tags.copy();
      if (hit.switch) t.switch = hit.switch;
      t.reading = hit;
      return;
    }
    secondPassTerm(t, i, yelling);
    t.reading = variants[variant] = { tags: t.tags.copy(), ...(t.switch ? { switch: t.switch } : {}) };
  });
}

function secondPassTerm(t: Term, i: number, yelling: boolean): void {
  const { suffixPatterns, prefixPatterns, regexText, regexNormal, endsWith } = M.two;
  const stem = t.normal.replace(/^(under|over|mis|re|un|dis|semi)-?/, "");
  const form = SWITCHES.get(t.normal) ?? (stem !== t.normal && stem.length > 3 ? SWITCHES.get(stem) : undefined);
  if (form) t.switch = form;
  if (!yelling && i !== 0 && TITLE_CASE.test(t.text) && !NOT_PROPER.some((x) => t.tags.has(x))) {
    if (t.normal !== "the") {
      fillTags(t);
      if (!t.tags.has("Noun")) t.tags.clear();
      fastTag(t, "ProperNoun");
    }
  } else if (
    /^[IVXLCDM]{2,}$/.test(t.text) && /[IVX]/.test(t.text) && !["li", "dc", "md", "dm", "ml"].includes(t.normal)
  ) {
    if (/^M{0,4}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$/.test(t.text)) fastTag(t, "RomanNumeral");
  }
  if (t.tags.size === 0) {
    const tag = suffixTag(t.normal, suffixPatterns);
    if (tag) fastTag(t, tag);
  }
  const normal = t.machine || t.normal;
  let rule = firstRule(t.text, regexText) ?? firstRule(normal, regexNormal);
  if (!rule && t.tags.size === 0) rule = (endsWith[normal[normal.length - 1]] ?? []).find((r) => r[0].test(normal));
  if (rule) setTags([t], rule[1]);
  if (t.tags.size === 0) {
    const tag = prefixTag(t.normal, prefixPatterns);
    if (tag) fastTag(t, tag);
  }
}

const ACRONYM_PLACES = new Set(["la", "ny", "us", "dc", "gb", "uk"]);

/** compromise's acronym pass; true when it tagged the term. */
function acronym(t: Term): boolean {
  if (t.tags.has("RomanNumeral") || t.tags.has("Acronym") || t.frozen) return false;
  let str = t.text;
  let noPeriod = false;
  if (!/^[A-Z-]+$/.test(str)) {
    if (str.length > 3 && /^[A-Z]+s$/.test(str)) str = str.replace(/s$/, "");
    else str = "";
  } else if (ACRONYM_PLACES.has(t.normal)) noPeriod = true;
  if (str && !noPeriod) {
    noPeriod = str.length <= 5 && str !== "I" && str !== "A" && !LEXICON.has(t.normal) &&
      (/([A-Z]\.)+[A-Z]?,?$/.test(str) || /^[A-Z]('s|,)?$/.test(str) || /[A-Z]{2,}('s|,)?$/.test(str));
  }
  if (noPeriod) {
    t.tags.clear();
    fastTag(t, ["Acronym", "Noun"]);
    if (ACRONYM_PLACES.has(t.normal)) fastTag(t, "Place");
    if (/^[A-Z]+s$/.test(t.text)) fastTag(t, "Plural");
    return true;
  }
  if (t.text !== "I" && t.text !== "A" && /^[A-Z]('s|,)?$/.test(t.text)) {
    t.tags.clear();
    fastTag(t, ["Acronym", "Noun"]);
    return true;
  }
  if (t.tags.has("Organization") && (t.text.length <= 3 || (/^[A-Z-]+$/.test(t.text) && t.text.length <= 6))) {
    fastTag(t, "Acronym");
    return true;
  }
  return false;
}

/** compromise's neighbour pass, for a term without tags. */
function neighbours(terms: Term[], i: number): boolean {
  const t = terms[i];
  if (t.tags.size) return false;
  const { leftTags, leftWords, rightWords, rightTags } = M.two.neighbours;
  const word = (x: Term | undefined, list: [string, string][]) => x && list.find((a) => x.normal === a[0])?.[1];
  const tag = (x: Term | undefined, list: [string, string][]) => x && list.find((a) => x.tags.has(a[0]))?.[1];
  const found = word(terms[i - 1], leftWords) || word(terms[i + 1], rightWords) || tag(terms[i - 1], leftTags) ||
    tag(terms[i + 1], rightTags);
  if (!found) return false;
  fastTag(t, found);
  fillTags(t);
  return true;
}

/**
 * compromise's third pass: acronyms, parent tags, neighbours, and a noun when nothing
 * else. The first two read a term alone, so their result is remembered with the second pass's.
 */
function thirdPass(terms: Term[]): void {
  terms.forEach((t, i) => {
    let found: boolean;
    const third = t.reading?.third;
    if (third) {
      t.tags = third.tags.copy();
      found = third.found;
    } else {
      found = acronym(t);
      fillTags(t);
      if (t.reading) t.reading.third = { tags: t.tags.copy(), found };
    }
    if (found || neighbours(terms, i)) return;
    if (t.tags.size === 0) {
      fastTag(t, "Noun");
      fillTags(t);
    }
  });
}

const isTitle = (t: Term) => TITLE_CASE.test(t.text);

function orgWords(terms: Term[], i: number, yelling: boolean): void {
  const isOrg = (k: number) => {
    const t = terms[k];
    if (!t || t.tags.has("FirstName") || t.tags.has("Place")) return false;
    if (t.tags.has("ProperNoun") || t.tags.has("Organization") || t.tags.has("Acronym")) return true;
    if (!yelling && isTitle(t)) return k === 0 ? t.tags.has("Singular") : true;
    return false;
  };
  const str = terms[i].machine || terms[i].normal;
  if (M.two.orgWords[str] !== true || !isOrg(i - 1)) return;
  setTag(terms[i], "Organization");
  for (let k = i; k >= 0 && isOrg(k); k--) setTag(terms[k], "Organization");
}

const PLACE_CONTINUED = new Set([
  "athletic",
  "city",
  "community",
  "eastern",
  "federal",
  "financial",
  "great",
  "historic",
  "historical",
  "local",
  "memorial",
  "municipal",
  "national",
  "northern",
  "provincial",
  "southern",
  "state",
  "western",
  "spring",
  "pine",
  "sunset",
  "view",
  "oak",
  "maple",
  "spruce",
  "cedar",
  "willow",
]);
const NO_PLACE_AFTER = new Set(["center", "centre", "way", "range", "bar", "bridge", "field", "pit"]);

function placeWords(terms: Term[], i: number, yelling: boolean): void {
  const isPlace = (k: number) => {
    const t = terms[k];
    if (!t || t.tags.has("Organization") || t.tags.has("Possessive") || /'s$/.test(t.normal)) return false;
    if (t.tags.has("ProperNoun") || t.tags.has("Place")) return true;
    if (!yelling && isTitle(t)) return k === 0 ? t.tags.has("Singular") : true;
    return false;
  };
  const str = terms[i].machine || terms[i].normal;
  if (M.two.placeWords[str] !== true) return;
  for (let n = i - 1; n >= 0; n--) {
    if (PLACE_CONTINUED.has(terms[n].normal)) continue;
    if (!isPlace(n)) break;
    setTags(terms.slice(n, i + 1), "Place");
  }
  if (NO_PLACE_AFTER.has(str)) return;
  for (let n = i + 1; n < terms.length; n++) {
    if (isPlace(n)) {
      setTags(terms.slice(i, n + 1), "Place");
      return;
    }
    if (terms[n].normal !== "of" && !PLACE_CONTINUED.has(terms[n].normal)) return;
  }
}

/** Tag ids by the number of their parents, most first. */
const BY_DEPTH = TAG_NAMES.map((_, id) => id).sort((a, b) =>
  (M.one.tagSet[TAG_NAMES[b]]?.parents?.length ?? 0) - (M.one.tagSet[TAG_NAMES[a]]?.parents?.length ?? 0)
);

/** compromise's `pickTag` and ad-hoc choices for a word that may be one of two things ("Bill"). */
function switches(terms: Term[], i: number): void {
  const t = terms[i];
  if (!t.switch || t.tags.has("Acronym") || t.tags.has("PhrasalVerb")) return;
  const form = t.switch;
  const clues = M.two.clues[form];
  let tag: string | undefined;
  if (clues) {
    const before = terms[i - 1]?.text !== "also" ? i - 1 : Math.max(0, i - 2);
    const word = (x: Term | undefined, o?: Record<string, string>) =>
      x && o && own(o, x.normal) ? o[x.normal] : undefined;
    // The tags with the most parents first ("ProperNoun" before "Noun").
    const tagOf = (x: Term | undefined, o?: Record<string, string>) => {
      if (!x || !o) return undefined;
      const found = BY_DEPTH.find((id) => x.tags.hasId(id) && o[TAG_NAMES[id]]);
      return found === undefined ? undefined : o[TAG_NAMES[found]];
    };
    tag = word(terms[i + 1], clues.afterWords) || word(terms[before], clues.beforeWords) ||
      tagOf(terms[before], clues.beforeTags) || tagOf(terms[i + 1], clues.afterTags);
  }
  const capital = t.tags.has("ProperNoun") && /^[A-Z][a-z]/.test(t.text) ? "Noun" : undefined;
  const alone = (x: string) => i === 0 && !terms[1] ? x : undefined;
  let adhoc: string | undefined;
  switch (form) {
    case "Adj|Gerund":
    case "Actor|Verb":
    case "Adj|Past":
    case "Adj|Present":
    case "Noun|Gerund":
    case "Person|Noun":
      adhoc = capital;
      break;
    case "Adj|Noun":
      adhoc = capital ?? (!terms[i + 1] && has(terms[i - 1], "Determiner") ? "Noun" : undefined);
      break;
    case "Noun|Verb":
      adhoc = (i > 0 ? capital : undefined) ?? alone("Infinitive");
      break;
    case "Plural|Verb":
      adhoc = capital ?? alone("PresentTense") ?? (i === 0 && terms.length > 3 ? "Plural" : undefined);
      break;
    case "Person|Verb":
      adhoc = i !== 0 ? capital : undefined;
      break;
    case "Person|Adj":
      adhoc = i === 0 && terms.length > 1 ? "Person" : capital ? "Person" : undefined;
  }
  tag = adhoc || tag;
  if (!tag) return;
  setTag(t, tag);
  fillTags(t);
}

function preTagger(terms: Term[]): void {
  const yelling = terms.filter((t) => !t.tags.has("ProperNoun")).length > 3 &&
    terms.every((t) => !/^[a-z]/.test(t.text));
  secondPass(terms, yelling);
  thirdPass(terms);
  terms.forEach((t, i) => {
    if (t.frozen) return;
    orgWords(terms, i, yelling);
    placeWords(terms, i, yelling);
    switches(terms, i);
    if (
      t.tags.has("Verb") && !["PastTense", "PresentTense", "Auxiliary", "Modal", "Particle"].some((x) => t.tags.has(x))
    ) {
      setTag(t, "Infinitive");
    }
    if (t.hyphen && terms[i + 1]) setTags([t, terms[i + 1]], "Hyphenated");
  });
  // A possessive at the end of a sentence.
  const last = terms[terms.length - 1];
  if (last && /['’]s$/.test(last.normal)) setTag(last, "Possessive");
}

// ---------------------------------------------------------------------------------------
// The post-tagger rules that tag names, in compromise's match syntax and order. compromise
// finds every match on the pre-tagged sentence, then applies them in turn; so do these.

type Test = (t: Term) => boolean;

interface Step {
  test: Test;
  optional: boolean;
  repeat: boolean;
  group: boolean;
}

interface PostRule {
  steps: Step[];
  /** Words, tags (`#Tag`) and switches (`%A|B%`) the sentence must have for the rule to match. */
  needs: string[];
  /** The tags and switches of `needs`, as bits of {@linkcode NEED_BITS}. */
  needMask: number;
  /** The words of `needs`. */
  needWords: string[];
  /** The bit of `ifNo`, or 0. */
  ifNoMask: number;
  /** The number of terms a match takes at least. */
  minWords: number;
  tag?: string | string[];
  unTag?: string;
  safe?: boolean;
  notIf?: Test;
  ifNo?: string;
  start: boolean;
  end: boolean;
}

/** One term of a match: `#Tag`, `%A|B%`, `/regexp/`, `@isTitleCase`, a word, `(a|#B)`, `(a && @c)`. */
function parseTest(src: string): { test: Test; need?: string } {
  if (src.startsWith("(") && src.endsWith(")")) {
    const inner = src.slice(1, -1);
    if (inner.includes("&&")) {
      const parts = inner.split("&&").map((x) => parseTest(x.trim()));
      return { test: (t) => parts.every((p) => p.test(t)), need: parts.find((p) => p.need)?.need };
    }
    const parts = inner.split("|").map((x) => parseTest(x));
    return { test: (t) => parts.some((p) => p.test(t)), need: parts.length === 1 ? parts[0].need : undefined };
  }
  if (src.startsWith("#")) {
    const name = src.slice(1);
    return { test: (t) => t.tags.has(name), need: src };
  }
  if (src.startsWith("%")) {
    const form = src.slice(1, -1);
    return { test: (t) => t.switch === form, need: src };
  }
  if (src.startsWith("/")) {
    const re = new RegExp(src.slice(1, -1));
    return { test: (t) => re.test(t.normal) };
  }
  if (src === "@isTitleCase") return { test: (t) => /^\p{Lu}[a-z'\u00C0-\u00FF]/u.test(t.text) };
  if (src.startsWith("@")) return { test: () => false }; // not a term method of compromise's
  return { test: (t) => t.normal === src || t.machine === src, need: src };
}

/** A bit for every tag (`#Tag`) and switch (`%A|B%`) a rule needs. */
const NEED_BITS = new Map<string, number>();
const needBit = (need: string) => {
  if (!NEED_BITS.has(need)) {
    if (NEED_BITS.size >= 31) throw new Error(`Cannot number the needs of compromise's rules: more than 31 at ${need}`);
    NEED_BITS.set(need, 1 << NEED_BITS.size);
  }
  return NEED_BITS.get(need)!;
};

/** What a rule does, besides its match: as in compromise's `model.two.matches`. */
interface RuleOptions {
  tag?: string | string[];
  unTag?: string;
  safe?: boolean;
  notIf?: string;
  ifNo?: string;
}

function parseRule([match, options]: [string, RuleOptions]): PostRule {
  const tokens = match.match(/\([^)]*\)\S*|\S+/g) ?? [];
  const steps: Step[] = [];
  let inGroup = false;
  let start = false;
  let end = false;
  const needs: string[] = [];
  for (let tok of tokens) {
    if (tok.startsWith("^")) [start, tok] = [true, tok.slice(1)];
    if (tok.endsWith("$")) [end, tok] = [true, tok.slice(0, -1)];
    if (tok.startsWith("[")) [inGroup, tok] = [true, tok.slice(1)];
    let closes = false;
    if (tok.endsWith("]")) [closes, tok] = [true, tok.slice(0, -1)];
    const optional = tok.endsWith("?");
    const repeat = tok.endsWith("+");
    if (optional || repeat) tok = tok.slice(0, -1);
    const { test, need } = parseTest(tok);
    if (need && !optional) needs.push(need);
    steps.push({ test, optional, repeat, group: inGroup });
    if (closes) inGroup = false;
  }
  const { notIf, ...rest } = options;
  let needMask = 0;
  const needWords: string[] = [];
  for (const n of needs) {
    if (n.startsWith("#") || n.startsWith("%")) needMask |= needBit(n);
    else needWords.push(n);
  }
  const ifNoMask = rest.ifNo ? needBit(rest.ifNo) : 0;
  const minWords = steps.filter((st) => !st.optional).length;
  return {
    ...rest,
    steps,
    needs,
    needMask,
    needWords,
    ifNoMask,
    minWords,
    start,
    end,
    ...(notIf ? { notIf: parseTest(notIf).test } : {}),
  };
}

const RULES: [string, RuleOptions][] = [
  ["#Copula [(#Noun|#PresentTense)] #LastName", { tag: "FirstName" }],
  ["(sister|pope|brother|father|aunt|uncle|grandpa|grandfather|grandma) #ProperNoun", { tag: "Person", safe: true }],
  ["#FirstName [#Determiner #Noun] #LastName", { tag: "Person" }],
  ["#ProperNoun (b|c|d|e|f|g|h|j|k|l|m|n|o|p|q|r|s|t|u|v|w|x|y|z) #ProperNoun", { tag: "Person", safe: true }],
  ["#Acronym #LastName", { tag: "Person", safe: true }],
  ["#Person (jr|sr|md)", { tag: "Person" }],
  ["#Honorific #Acronym", { tag: "Person" }],
  ["#Person #Person the? #RomanNumeral", { tag: "Person" }],
  ["#FirstName [/^[^aiurck]$/]", { tag: ["Acronym", "Person"] }],
  ["#Noun van der? #Noun", { tag: "Person", safe: true }],
  ["(king|queen|prince|saint|lady) of #Noun", { tag: "Person", safe: true }],
  ["(prince|lady) #Place", { tag: "Person" }],
  ["(king|queen|prince|saint) #ProperNoun", { tag: "Person", notIf: "#Place" }],
  ["al (#Person|#ProperNoun)", { tag: "Person", safe: true }],
  ["#FirstName de #Noun", { tag: "Person" }],
  ["#FirstName (bin|al) #Noun", { tag: "Person" }],
  ["#FirstName #Acronym #ProperNoun", { tag: "Person" }],
  ["#FirstName #FirstName #ProperNoun", { tag: "Person" }],
  ["#Honorific #FirstName? #ProperNoun", { tag: "Person" }],
  ["#FirstName the #Adjective", { tag: "Person" }],
  ["#ProperNoun (van|al|bin) #ProperNoun", { tag: "Person", safe: true }],
  ["#ProperNoun (de|du) la? #ProperNoun", { tag: "Person", notIf: "#Place" }],
  ["#Singular #Acronym #LastName", { tag: "#FirstName #Person .", safe: true }],
  ["[#ProperNoun] #Person", { tag: "Person", safe: true }],
  ["#Person [#ProperNoun #ProperNoun]", { tag: "Person", notIf: "#Possessive", safe: true }],
  ["#FirstName #Acronym? [#ProperNoun]", { tag: "LastName", notIf: "#Possessive" }],
  ["#FirstName [#FirstName]", { tag: "LastName" }],
  ["#FirstName #Acronym #Noun", { tag: "Person", safe: true }],
  ["#FirstName [(de|di|du|van|von)] #Person", { tag: "LastName" }],
  [
    "[(lieutenant|corporal|sergeant|captain|qeen|king|admiral|major|colonel|marshal|president|queen|king)+] #ProperNoun",
    { tag: "Honorific" },
  ],
  ["[(private|general|major|rear|prime|field|count|miss)] #Honorific? #Person", { tag: ["Honorific", "Person"] }],
  ["#Honorific #FirstName [#Singular]", { tag: "LastName", notIf: "#Possessive", safe: true }],
  ["#Honorific #Actor", { tag: "Honorific" }],
  ["(first|second|third|1st|2nd|3rd) #Actor", { tag: "Honorific" }],
  ["#Person #RomanNumeral", { tag: "Person" }],
  [
    "#FirstName #Noun$",
    { tag: ". #LastName", notIf: "(#Possessive|#Organization|#Place|#Pronoun|@hasTitleCase)" },
  ],
  ["%Person|Date% #Acronym? #ProperNoun", { tag: "Person" }],
  ["%Person|Noun% #Acronym? #ProperNoun", { tag: "Person", safe: true }],
  ["%Person|Noun% #Organization", { tag: "Organization" }],
  ["%Person|Verb% #Acronym? #ProperNoun", { tag: "Person", ifNo: "#Actor" }],
  ["[%Person|Place%] (harbor|harbour|pier|town|city|place|dump|landfill)", { tag: "Place" }],
  ["(west|east|north|south) [%Person|Place%]", { tag: "Place" }],
  ["#Modal [%Person|Verb%]", { tag: "Verb" }],
  ["#Adverb [%Person|Verb%]", { tag: "Verb" }],
  ["[%Person|Verb%] (#Adverb|#Comparative)", { tag: "Verb" }],
  ["%Person|Verb% #Person", { tag: "Person" }],
  ["%Person|Verb% #Acronym #ProperNoun", { tag: "Person" }],
  ["(will && @isTitleCase) #ProperNoun", { tag: "Person" }],
  ["^[#Singular] #Person #Verb", { tag: "Person", safe: true }],
  ["(a|an) [#Person]$", { unTag: "Person" }],
  ["university of #Place", { tag: "Organization" }],
  ["#Noun (&|n) #Noun", { tag: "Organization" }],
  ["#Organization of the? #ProperNoun", { tag: "Organization", safe: true }],
  ["#Organization #Country", { tag: "Organization" }],
  ["#ProperNoun #Organization", { tag: "Organization", notIf: "#FirstName" }],
  ["#ProperNoun (ltd|co|inc|dept|assn|bros)", { tag: "Organization" }],
  ["the [#Acronym]", { tag: "Organization", safe: true }],
  ["government of the? [#Place+]", { tag: "Organization" }],
  ["(health|school|commerce) board", { tag: "Organization" }],
  ["(nominating|special|conference|executive|steering|central|congressional) committee", { tag: "Organization" }],
  ["(world|global|international|national|#Demonym) #Organization", { tag: "Organization" }],
  ["#Noun+ (public|private) school", { tag: "School" }],
  ["#Place+ #SportsTeam", { tag: "SportsTeam" }],
  ["(dc|atlanta|minnesota|manchester|newcastle|sheffield) united", { tag: "SportsTeam" }],
  ["#Place+ fc", { tag: "SportsTeam" }],
  [
    "#Place+ #Noun? #Noun? (club|society|group|team|committee|commission|association|guild|crew)",
    { tag: "Organization" },
  ],
  ["(west|north|south|east|western|northern|southern|eastern)+ #Place", { tag: "Region" }],
  ["#ProperNoun+ (cliff|place|range|pit|place|point|room|grounds|ruins)", { tag: "Place" }],
  ["in [#ProperNoun] #Place", { tag: "Place" }],
  ["(port|mount|mt) #ProperName", { tag: "Place" }],
];
const POST_RULES: PostRule[] = RULES.map(parseRule);

/** The end of a match of the steps from term `i`, and its group, or undefined. */
function matchAt(terms: Term[], i: number, steps: Step[]): Match | undefined {
  const first = steps[0];
  if (!first.optional && (i >= terms.length || !first.test(terms[i]))) return undefined;
  return matchFrom(terms, steps, 0, i, -1, -1);
}

interface Match {
  end: number;
  from: number;
  to: number;
}

function matchFrom(terms: Term[], steps: Step[], k: number, j: number, from: number, to: number): Match | undefined {
  if (k === steps.length) return { end: j, from, to };
  const st = steps[k];
  if (st.repeat) {
    let n = j;
    while (n < terms.length && st.test(terms[n])) n++;
    for (let e = n; e > j; e--) {
      const r = st.group
        ? matchFrom(terms, steps, k + 1, e, from < 0 ? j : from, e)
        : matchFrom(terms, steps, k + 1, e, from, to);
      if (r) return r;
    }
    return undefined;
  }
  if (j < terms.length && st.test(terms[j])) {
    const r = st.group
      ? matchFrom(terms, steps, k + 1, j + 1, from < 0 ? j : from, j + 1)
      : matchFrom(terms, steps, k + 1, j + 1, from, to);
    if (r) return r;
  }
  return st.optional ? matchFrom(terms, steps, k + 1, j, from, to) : undefined;
}

/** The bits of the tags and switches rules need, by tag and by switch. */
const BIT_OF_TAG_ID: number[] = [];
const BIT_OF_SWITCH = new Map<string, number>();
for (const [need, bit] of NEED_BITS) {
  if (need.startsWith("#")) BIT_OF_TAG_ID[tagId(need.slice(1))] = bit;
  else BIT_OF_SWITCH.set(need.slice(1, -1), bit);
}
const NEEDED_TAGS = maskOf([...NEED_BITS.keys()].filter((n) => n.startsWith("#")).map((n) => n.slice(1)));

function postTagger(terms: Term[]): void {
  let present = 0;
  for (const t of terms) {
    if (t.switch) present |= BIT_OF_SWITCH.get(t.switch) ?? 0;
    if (t.tags.meets(NEEDED_TAGS)) { for (const id of t.tags.ids()) present |= BIT_OF_TAG_ID[id] ?? 0; }
  }
  const found: { rule: PostRule; terms: Term[] }[] = [];
  for (const rule of POST_RULES) {
    if (rule.minWords > terms.length) continue;
    if ((rule.needMask & present) !== rule.needMask || (rule.ifNoMask & present) !== 0) continue;
    if (!rule.needWords.every((w) => terms.some((t) => t.normal === w || t.machine === w))) continue;
    for (let i = 0; i < terms.length && (i === 0 || !rule.start); i++) {
      const m = matchAt(terms, i, rule.steps);
      if (!m || m.end === i) continue;
      const matched = terms.slice(i, m.end);
      if (!(rule.end && m.end !== terms.length) && !(rule.notIf && matched.some(rule.notIf))) {
        found.push({
          rule,
          terms: m.from < 0 || typeof rule.tag === "string" && rule.tag.includes(" ")
            ? matched
            : terms.slice(m.from, m.to),
        });
      }
      i = m.end - 1;
    }
  }
  for (const { rule, terms: ts } of found) {
    const { tag, safe } = rule;
    if (safe && typeof tag === "string" && !tag.includes(" ")) {
      const not = EXCLUDED[tagId(tag)];
      if (not && ts.some((t) => t.tags.meets(not))) continue;
      // Not half of a hyphenated word.
      if (ts[ts.length - 1].hyphen) continue;
    }
    if (typeof tag === "string" && tag.includes(" ")) {
      tag.split(" ").forEach((x, k) => x !== "." && ts[k] && setTag(ts[k], x.replace(/^#/, ""), safe));
    } else if (tag) setTags(ts, tag, safe);
    if (rule.unTag) { for (const t of ts) t.tags.delete(rule.unTag); }
  }
}

// ---------------------------------------------------------------------------------------

/** What the tagger makes of one sentence's terms. */
function tagSentence(terms: Term[]): void {
  lookUp(terms);
  preTagger(terms);
  postTagger(terms);
}

const quickCache = new Map<string, SpanTags>();

/**
 * What compromise recognises in a short span, as {@linkcode spanTags} says, read from
 * compromise's model by a port of the part of its tagger that decides names (see the
 * module notes), without running compromise. Cached per span.
 *
 * @example
 * ```ts
 * quickSpanTags("Joseph Aoun"); // { person: true, firstName: true, ... }
 * quickSpanTags("Baghdad").place; // true
 * quickSpanTags("Litani River").place; // true
 * quickSpanTags("Reynolds Metal Co.").organization; // true
 * ```
 */
export function quickSpanTags(span: string): SpanTags {
  let tags = quickCache.get(span);
  if (!tags) quickCache.set(span, tags = readSpan(span));
  return tags;
}

function readSpan(span: string): SpanTags {
  const sentences = sentencesOf(span);
  if (!sentences.length) return spanTags(span);
  for (const terms of sentences) tagSentence(terms);
  const terms = sentences[0];
  const first = terms[0].tags;
  const whole = sentences.length === 1;
  // people() is "#Honorific+? #Person+", split after a possessive.
  const possessive = terms.findIndex((t) => t.tags.has("Possessive"));
  return {
    person: whole && terms.every((t) => t.tags.has("Person")) && (possessive < 0 || possessive === terms.length - 1),
    place: whole && terms.every((t) => t.tags.has("Place") || t.tags.has("Address")),
    organization: whole && terms.every((t) => t.tags.has("Organization")),
    firstName: first.has("FirstName"),
    demonym: whole && terms.length === 1 && first.has("Demonym"),
    notNoun: whole && terms.length === 1 && !first.has("Noun") &&
      ["Verb", "Adjective", "Adverb", "Preposition"].some((t) => first.has(t)),
  };
}

/**
 * Candidate mentions of entities in an annotated article: names of the gazetteer
 * matched as token sequences, and runs of capitalised words elsewhere, cleaned of
 * titles, demonyms and words that are not names, with the cues that later type them.
 *
 * @module
 */
import type { AnnotatedArticle, Token } from "../types.ts";
import type { Gazetteer } from "./types.ts";
import { tokenize } from "../nlp/wink.ts";
import { prepareText } from "../text/normalize.ts";
import { NAME_PARTICLES, nameKey, wordKey } from "./names.ts";
import { ENGLISH, NOT_ENTITY_HEADS, ORGANIZATION_HEADS, PLACE_HEADS } from "../text/english.ts";

interface PatternWord {
  key: string;
  upper: boolean;
}

interface Pattern {
  words: PatternWord[];
  entry: number;
}

/** Word-key sequences indexed by their first key, longest first. */
type SequenceIndex = Map<string, string[][]>;

/** A gazetteer compiled for matching against tokens. */
export interface CompiledGazetteer {
  /** The gazetteer it was compiled from. */
  gazetteer: Gazetteer;
  /** Name and alias patterns by the key of their first word, longest first. */
  patterns: Map<string, Pattern[]>;
  /** The entry of each name and alias key (`nameKey`). */
  keys: Map<string, number>;
  /** Titles as word-key sequences. */
  titles: SequenceIndex;
  /** Demonyms (the entities' and the general ones) as word-key sequences. */
  demonyms: SequenceIndex;
  /** Capitalised names that are not entities, as word-key sequences. */
  notEntities: SequenceIndex;
}

/** The cues around a candidate that help to type it. */
export interface MentionCues {
  /** A title or honorific stood right before it ("Speaker", "Mr"). */
  title: boolean;
  /** A place preposition stood right before it ("in", "at", "near"). */
  placePreposition: boolean;
  /** A verb of speech or meeting follows it ("said", "told", "met"). */
  speechVerb: boolean;
  /** It stands where an organisation does: "leaders of X", "the X militia". */
  organizationContext?: boolean;
  /** It is followed by an acronym in parentheses: the acronym. */
  acronym?: string;
}

/** One word of a candidate. */
export interface CandidateWord {
  /** As written (prepared text). */
  text: string;
  /** `wordKey` of the text. */
  key: string;
  /** Offset of the first character in the original text. */
  start: number;
  /** Offset just past the last character in the original text. */
  end: number;
}

/** A candidate mention, before resolution. */
export interface Candidate {
  /** Article id. */
  article: string;
  /** Outlet. */
  outlet: string;
  /** Sentence index in the article. */
  sentence: number;
  /** The words of the name (hyphens left out). */
  words: CandidateWord[];
  /** The name as written in the original text. */
  surface: string;
  /** `nameKey` of the surface. */
  key: string;
  /** The gazetteer entry its name matched, if any. */
  entry?: number;
  /** False when it starts a sentence or stands in a title-case headline, where capitals say little. */
  reliable: boolean;
  /** Cues for its type. */
  cues: MentionCues;
}

function splitName(name: string): { text: string }[] {
  return tokenize(prepareText(name)).tokens.filter((t) => t.text !== "-");
}

function isUpper(text: string): boolean {
  return /\p{L}.*\p{L}/su.test(text) && !/\p{Ll}/u.test(text);
}

function sequenceIndex(phrases: string[]): SequenceIndex {
  const index: SequenceIndex = new Map();
  for (const p of phrases) {
    const keys = splitName(p).map((t) => wordKey(t.text)).filter((k) => k !== "");
    if (!keys.length) continue;
    const list = index.get(keys[0]) ?? [];
    list.push(keys);
    index.set(keys[0], list);
  }
  for (const list of index.values()) list.sort((a, b) => b.length - a.length);
  return index;
}

/**
 * Compiles a gazetteer for {@linkcode findCandidates}.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { loadGazetteer } from "framelens";
 * import { compileGazetteer } from "./mentions.ts";
 * const gazetteer = await loadGazetteer();
 * const compiled = compileGazetteer(gazetteer); // once for a corpus: findCandidates reads it for every article
 * assert.equal(compiled.gazetteer, gazetteer);
 * ```
 */
export function compileGazetteer(gazetteer: Gazetteer): CompiledGazetteer {
  const patterns = new Map<string, Pattern[]>();
  const keys = new Map<string, number>();
  gazetteer.entities.forEach((entry, i) => {
    for (const name of [entry.name, ...entry.aliases]) {
      const words = splitName(name).map((t) => ({ key: wordKey(t.text), upper: isUpper(t.text) && t.text.length > 1 }))
        .filter((w) => w.key !== "");
      if (!words.length) continue;
      const list = patterns.get(words[0].key) ?? [];
      list.push({ words, entry: i });
      patterns.set(words[0].key, list);
      if (!isUpper(name)) keys.set(nameKey(name), i);
    }
  });
  for (const list of patterns.values()) list.sort((a, b) => b.words.length - a.words.length);
  return {
    gazetteer,
    patterns,
    keys,
    titles: sequenceIndex(gazetteer.titles),
    demonyms: sequenceIndex([...gazetteer.demonyms, ...gazetteer.entities.flatMap((e) => e.demonyms)]),
    notEntities: sequenceIndex(gazetteer.notEntities),
  };
}

const {
  place_prepositions: PLACE_PREPOSITIONS,
  member_nouns: MEMBER_NOUNS,
  group_nouns: GROUP_NOUNS,
} = ENGLISH;
/** Verbs after a name that mark a speaker: the verbs of speech and the other cue verbs ("met"). */
const SPEAKER_VERBS: ReadonlySet<string> = new Set([...ENGLISH.speech_verbs, ...ENGLISH.name_cue_verbs]);
const LOWER_PARTICLES = new Set([...NAME_PARTICLES, "bin", "ibn", "bint", "de"]);
const PARTICLE_INITIALS = new Set([...LOWER_PARTICLES].map((p) => p[0]));

/**
 * The length of the longest sequence of the index found at `at`, not past `end`, 0 if
 * none; `keys` is an array of word keys or gives the key at an index.
 */
function matchSequence(
  index: SequenceIndex,
  keys: string[] | ((i: number) => string),
  at: number,
  end?: number,
): number {
  const key = typeof keys === "function" ? keys : (i: number) => keys[i];
  const seqs = index.get(key(at));
  if (!seqs) return 0;
  const stop = end ?? (keys as string[]).length;
  for (const seq of seqs) {
    if (at + seq.length > stop) continue;
    let j = 1;
    while (j < seq.length && key(at + j) === seq[j]) j++;
    if (j === seq.length) return seq.length;
  }
  return 0;
}

/** Whether a word starts with a capital letter (`/^\p{Lu}/u`), fast for ASCII. */
function startsUpper(text: string): boolean {
  const c = text.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return /^\p{Lu}/u.test(text);
}

const ownCache = new Map<string, SequenceIndex>();

/** The outlet's and the author's names as word-key sequences: never mentions in their own article. */
function ownNames(outlet: string, author?: string): SequenceIndex {
  const id = `${outlet}\u0000${author ?? ""}`;
  let index = ownCache.get(id);
  if (!index) {
    const initials = outlet.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]).join("");
    index = sequenceIndex([outlet, ...(author ? [author] : []), ...(initials.length > 1 ? [initials] : [])]);
    ownCache.set(id, index);
  }
  return index;
}

/** Whether a word starts with a letter (`/^\p{L}/u`), fast for ASCII. */
function startsLetter(text: string): boolean {
  const c = text.charCodeAt(0);
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return /^\p{L}/u.test(text);
}

/** Whether a word starts with a lower-case letter (`/^\p{Ll}/u`), fast for ASCII. */
function startsLower(text: string): boolean {
  const c = text.charCodeAt(0);
  if (c < 128) return c >= 97 && c <= 122;
  return /^\p{Ll}/u.test(text);
}

/** Whether a sentence is a title-case headline, where capitals do not mark names. */
function isHeadline(tokens: Token[], first: number, last: number): boolean {
  let words = 0;
  for (let k = first; k < last; k++) {
    const t = tokens[k];
    if (t.type !== "word" || t.stop || !startsLetter(t.text)) continue;
    if (!startsUpper(t.text)) return false;
    words++;
  }
  return words >= 4;
}

const ACRONYM = /^[\p{Lu}\d]{2,6}$/u;

/**
 * Finds the candidate mentions of one article: names of the gazetteer (longest first,
 * never across a sentence, hyphens skipped, all-capital aliases matched only in
 * capitals), then runs of capitalised words (joined by hyphens, by "al"/"el"/"bin",
 * and by "of" after a word such as "Party"), from which titles, demonyms and names
 * that are not entities are cut. The article's outlet and author are not mentions.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { annotateArticle, loadGazetteer, loadResources } from "framelens";
 * import { compileGazetteer, findCandidates } from "./mentions.ts";
 * const text = "Speaker Nabih Berri met Karim Haddad in Baabda. Haddad said the plan would fail.";
 * const annotated = annotateArticle({ id: "a", file: "a.md", outlet: "A", text, extra: {} }, await loadResources());
 * const candidates = findCandidates(annotated, compileGazetteer(await loadGazetteer()));
 * assert.deepEqual(candidates.map((c) => c.surface), ["Nabih Berri", "Karim Haddad", "Baabda", "Haddad"]);
 * assert.equal(candidates[3].reliable, false); // it starts a sentence
 * ```
 */
export function findCandidates(annotated: AnnotatedArticle, compiled: CompiledGazetteer): Candidate[] {
  const { article, tokens, sentences } = annotated;
  const text = article.text;
  const out: Candidate[] = [];
  const { titles, demonyms, notEntities, patterns } = compiled;
  // Word keys, computed when first needed (most words are never looked up).
  const keys: string[] = new Array(tokens.length);
  const keyAt = (k: number) => keys[k] ??= wordKey(tokens[k].text);
  // Per token: a capital first letter (and a word); a particle ("al", "bin"); taken by a name already.
  const upper = new Uint8Array(tokens.length);
  const capWord = new Uint8Array(tokens.length);
  const particle = new Uint8Array(tokens.length);
  const consumed = new Uint8Array(tokens.length);
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    const text = t.text;
    if (startsUpper(text)) {
      upper[k] = 1;
      if (t.type === "word") capWord[k] = 1;
    } else if (text.length >= 2 && text.length <= 4 && PARTICLE_INITIALS.has(text[0]) && LOWER_PARTICLES.has(text)) {
      particle[k] = 1;
    }
  }
  const excluded = new Set<string>([nameKey(article.outlet)]);
  for (const w of (article.author ?? "").split(/[\s-]+/)) if (w) excluded.add(nameKey(w));
  const own = ownNames(article.outlet, article.author);

  // The sentence being read: its index, token range, first word and whether it is a headline.
  let sentence = 0;
  let first = 0;
  let last = 0;
  let initial = 0;
  let headline = false;

  /** Whether token k is a capitalised word that may start a name (not the sentence's first word, unless a noun). */
  const isCap = (k: number) => {
    if (!capWord[k]) return false;
    if (k !== initial) return true;
    const pos = tokens[k].pos;
    return pos === "PROPN" || pos === "NOUN";
  };

  /** Adds the candidate of tokens from..to (hyphens left out of its words). */
  const make = (from: number, to: number, entry: number | undefined, cues: MentionCues, reliable: boolean) => {
    const start = tokens[from].start;
    const end = tokens[to - 1].end;
    const surface = text.slice(start, end);
    const key = nameKey(surface);
    if (entry === undefined) {
      if (excluded.has(key)) return;
      let all = true;
      for (let k = from; k < to && all; k++) if (tokens[k].text !== "-" && !excluded.has(keyAt(k))) all = false;
      if (all) return;
    }
    let after = to;
    if (after < last && tokens[after].text === "'s") after++;
    if (
      after + 2 < last && tokens[after].text === "(" && tokens[after + 2].text === ")" &&
      isUpper(tokens[after + 1].text) && ACRONYM.test(tokens[after + 1].text) &&
      !notEntities.has(keyAt(after + 1)) && wordCount(from, to) > 1 && sharesInitial(from, to, keyAt(after + 1)[0])
    ) cues.acronym = tokens[after + 1].text;
    if (after < last && SPEAKER_VERBS.has(tokens[after].lemma)) cues.speechVerb = true;
    if (after < last && GROUP_NOUNS.has(tokens[after].norm) && startsLower(tokens[after].text)) {
      cues.organizationContext = true;
    }
    let b = from - 1;
    if (b >= first && tokens[b].norm === "the") b--;
    if (b - 1 >= first && tokens[b].norm === "of" && MEMBER_NOUNS.has(tokens[b - 1].norm)) {
      cues.organizationContext = true;
    }
    const words: CandidateWord[] = [];
    for (let k = from; k < to; k++) {
      const t = tokens[k];
      if (t.text !== "-") words.push({ text: t.text, key: keyAt(k), start: t.start, end: t.end });
    }
    const articleId = article.id;
    const outlet = article.outlet;
    out.push(
      entry === undefined
        ? { article: articleId, outlet, sentence, words, surface, key, reliable, cues }
        : { article: articleId, outlet, sentence, words, surface, key, entry, reliable, cues },
    );
  };
  /** The words of tokens from..to that are not hyphens. */
  const wordCount = (from: number, to: number) => {
    let n = 0;
    for (let k = from; k < to; k++) if (tokens[k].text !== "-") n++;
    return n;
  };
  /** Whether a word of tokens from..to (not a hyphen) has a key starting with this letter. */
  const sharesInitial = (from: number, to: number, initialLetter: string) => {
    for (let k = from; k < to; k++) if (tokens[k].text !== "-" && keyAt(k)[0] === initialLetter) return true;
    return false;
  };

  /** The token before token k, past a "the", in the sentence. */
  const behind = (k: number) => {
    let b = k - 1;
    if (b >= first && tokens[b].norm === "the") b--;
    return b >= first ? tokens[b] : undefined;
  };
  const prep = (t?: Token) =>
    t !== undefined && PLACE_PREPOSITIONS.has(t.norm) && (startsLower(t.text) || t.i === initial);

  /** One segment lo..hi of a run starting at token `runStart`: titles and function words stripped, then a candidate. */
  const segment = (lo: number, hi: number, runStart: number): void => {
    // A title inside the run opens a person's name after it ("Fulton Superior Court Judge Durwood
    // Pye"), unless an organisation's or place's head ends the run ("Marion General Hospital").
    const lastKey = keyAt(hi - 1);
    if (!ORGANIZATION_HEADS.has(lastKey) && !PLACE_HEADS.has(lastKey) && !NOT_ENTITY_HEADS.has(lastKey)) {
      // Titles are taken whole, longest first ("Prime Minister" is no "Prime" before "Minister").
      for (let i = lo; i < hi - 1;) {
        const n = matchSequence(titles, keyAt, i, hi);
        if (n && i > lo && i + n < hi && hi - (i + n) <= 4 && upper[i] && tokens[i - 1].text !== "-") {
          segment(lo, i, runStart);
          segment(i, hi, runStart);
          return;
        }
        i += n || 1;
      }
    }
    let title = false;
    // Titles and "the", "of", hyphens at the start; a title's "of" takes the word after it when
    // nothing or a name of two words or more follows ("Secretary of State Dean Rusk" is Dean Rusk).
    for (let changed = true, afterTitle = false; changed && lo < hi;) {
      changed = false;
      const n = matchSequence(titles, keyAt, lo, hi);
      if (n) {
        lo += n;
        title = true;
        changed = afterTitle = true;
      } else {
        const k0 = keyAt(lo);
        // "the Secretary of State" alone is a title, no name.
        if (k0 === "of" && afterTitle && (hi - lo >= 4 || hi - lo === 2) && upper[lo + 1]) {
          lo += 2;
          changed = true;
        } else if (k0 === "the" || k0 === "of" || k0 === "-" || tokens[lo].text === "-") {
          lo++;
          changed = true;
        }
        afterTitle = false;
      }
    }
    // Titles (not the whole segment) and "the", "of", hyphens at the end.
    for (let changed = true; changed && lo < hi;) {
      changed = false;
      let n = 0;
      for (let i = lo + 1; i < hi && !n; i++) {
        const m = matchSequence(titles, keyAt, i, hi);
        if (m && i + m === hi) n = m;
      }
      if (n) {
        hi -= n;
        changed = true;
      } else {
        const lastKey = keyAt(hi - 1);
        if (lastKey === "the" || lastKey === "of" || tokens[hi - 1].text === "-") {
          hi--;
          changed = true;
        }
      }
    }
    if (lo >= hi) return;
    const single = hi - lo === 1;
    if (single && matchSequence(titles, keyAt, lo, lo + 1)) return;
    let capital = false;
    for (let k = lo; k < hi && !capital; k++) if (upper[k]) capital = true;
    if (!capital) return;
    if (single && tokens[lo].stop) return;
    if (!single && NOT_ENTITY_HEADS.has(keyAt(hi - 1))) return;
    if (single && MEMBER_NOUNS.has(keyAt(lo))) return;
    make(
      lo,
      hi,
      undefined,
      { title, placePreposition: prep(behind(lo)) || prep(behind(runStart)), speechVerb: false },
      !headline && lo !== initial,
    );
  };

  /** Whether a title of tokens from..to ends right at `to` ("Secretary" of "Secretary of State Dean Rusk"). */
  const titleEndsAt = (from: number, to: number) => {
    for (let j = from; j < to; j++) if (matchSequence(titles, keyAt, j, to) === to - j) return true;
    return false;
  };

  /** Whether a title starts at some token of from..to (ending by `to`). */
  const titleFrom = (from: number, to: number) => {
    for (let j = from; j < to; j++) if (matchSequence(titles, keyAt, j, to) > 0) return true;
    return false;
  };

  /**
   * A run of capitalised words, tokens rs..re (a run is always consecutive tokens): cut
   * at names that are not entities and at demonyms (a demonym stays at the head of an
   * organisation's name: "Lebanese Armed Forces"), each segment then cleaned.
   */
  const clean = (rs: number, re: number) => {
    let segStart = rs;
    for (let i = rs; i < re;) {
      let cut = matchSequence(notEntities, keyAt, i, re);
      if (!cut) {
        const d = matchSequence(demonyms, keyAt, i, re);
        // Inside a name between two other words it is part of the name ("Mohammed Shia al-Sudani").
        if (d && !(i > segStart && i + d < re)) {
          const keep = i === segStart && ORGANIZATION_HEADS.has(keyAt(re - 1)) && !titleFrom(i + d, re);
          if (!keep) cut = d;
        }
      }
      if (cut) {
        if (i > segStart) segment(segStart, i, rs);
        i += cut;
        segStart = i;
      } else i++;
    }
    if (re > segStart) segment(segStart, re, rs);
  };

  for (const s of sentences) {
    first = s.firstToken;
    last = s.lastToken;
    sentence = s.i;
    headline = isHeadline(tokens, first, last);
    initial = first;
    while (initial < last && tokens[initial].punct) initial++;
    consumed.fill(0, first, last);
    // A byline ("By Reza Kazemi-Nia") names the author, not an entity of the story.
    if (tokens[initial]?.text === "By" && last - initial <= 6) continue;

    // 1. The outlet's and author's names, names that are not entities, names of the gazetteer.
    let forcedUntil = first;
    for (let k = first; k < last;) {
      const skip = upper[k]
        ? Math.max(matchSequence(own, keyAt, k, last), matchSequence(notEntities, keyAt, k, last))
        : 0;
      let bestEnd = -1;
      let bestEntry = 0;
      if (k >= forcedUntil && (upper[k] || particle[k])) {
        const list = patterns.get(keyAt(k));
        if (list) {
          for (const p of list) {
            const pw = p.words;
            let m = k;
            let ok = true;
            for (let j = 0; j < pw.length; j++) {
              if (j > 0) { while (m < last && tokens[m].text === "-") m++; }
              if (m >= last || keyAt(m) !== pw[j].key || (pw[j].upper && !isUpper(tokens[m].text))) {
                ok = false;
                break;
              }
              m++;
            }
            if (ok && (bestEnd < 0 || m > bestEnd)) {
              bestEnd = m;
              bestEntry = p.entry;
            }
          }
        }
      }
      if (bestEnd >= 0 && skip >= bestEnd - k) bestEnd = -1;
      if (bestEnd >= 0) {
        // A demonym longer than the known name it starts with ("Gulf Arab" states, not the Gulf).
        const demonym = matchSequence(demonyms, keyAt, k, last);
        if (demonym > bestEnd - k) {
          for (let m = k; m < k + demonym; m++) consumed[m] = 1;
          k += demonym;
          continue;
        }
        // A known name at the head of a longer one ("Baghdad International Airport").
        let j = bestEnd;
        while (j < last && capWord[j]) j++;
        if (j > bestEnd && (ORGANIZATION_HEADS.has(keyAt(j - 1)) || PLACE_HEADS.has(keyAt(j - 1)))) {
          forcedUntil = j;
          k++;
          continue;
        }
        for (let m = k; m < bestEnd; m++) consumed[m] = 1;
        const before = k - 1 >= first ? tokens[k - 1].norm : "";
        make(
          k,
          bestEnd,
          bestEntry,
          { title: false, placePreposition: PLACE_PREPOSITIONS.has(before), speechVerb: false },
          true,
        );
        k = bestEnd;
      } else if (skip) {
        for (let m = k; m < k + skip; m++) consumed[m] = 1;
        k += skip;
      } else k++;
    }

    // 2. Runs of capitalised words outside them: tokens rs..re (none when rs < 0).
    let rs = -1;
    let re = -1;
    const startsName = (k: number) => k < last && !consumed[k] && (isCap(k) || particle[k] === 1);
    for (let k = first; k < last; k++) {
      if (consumed[k]) {
        if (rs >= 0) clean(rs, re);
        rs = -1;
        continue;
      }
      const t = tokens[k];
      const inRun = rs >= 0 && re === k;
      const next = k + 1 < last && tokens[k + 1].text === "-" ? k + 2 : k + 1;
      if (isCap(k) || (particle[k] && startsName(next) && isCap(next))) {
        if (rs < 0) rs = k;
        re = k + 1;
      } else if (t.text === "-" && inRun && startsName(k + 1)) re = k + 1;
      else if (
        t.norm === "of" && inRun &&
        (ORGANIZATION_HEADS.has(keyAt(k - 1)) || PLACE_HEADS.has(keyAt(k - 1)) || keyAt(k - 1) === "republic" ||
          titleEndsAt(rs, k))
      ) {
        const after = k + 1 < last && tokens[k + 1].norm === "the" ? k + 2 : k + 1;
        if (after < last && isCap(after) && !consumed[after]) {
          re = after;
          k = after - 1;
        } else {
          clean(rs, re);
          rs = -1;
        }
      } else if (rs >= 0) {
        clean(rs, re);
        rs = -1;
      }
    }
    if (rs >= 0) clean(rs, re);
  }
  return out;
}

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
 * const compiled = compileGazetteer(await loadGazetteer());
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

/** Last words that make a name an organisation's. */
export const ORGANIZATION_HEADS: ReadonlySet<string> = new Set([
  "party",
  "movement",
  "council",
  "forces",
  "force",
  "army",
  "ministry",
  "agency",
  "government",
  "parliament",
  "brigade",
  "brigades",
  "front",
  "committee",
  "organization",
  "organisation",
  "union",
  "assembly",
  "bank",
  "corps",
  "guard",
  "guards",
  "group",
  "authority",
  "office",
  "court",
  "commission",
  "company",
  "institute",
  "university",
  "league",
  "alliance",
  "bloc",
  "coalition",
  "association",
  "federation",
  "network",
  "news",
  "tv",
  "times",
  "post",
  "channel",
  "radio",
  "press",
  "media",
  "cabinet",
  "militia",
  "battalion",
  "service",
  "services",
  "directorate",
  "foundation",
  "fund",
  "corporation",
  "unit",
  "units",
  "embassy",
  "mission",
  "senate",
  "congress",
  "department",
  "framework",
  "council",
  "secretariat",
  "presidency",
  "newspaper",
  "daily",
  "magazine",
  "broadcaster",
]);

/** Last words that make a name a place's. */
export const PLACE_HEADS: ReadonlySet<string> = new Set([
  "region",
  "province",
  "governorate",
  "district",
  "river",
  "farms",
  "city",
  "valley",
  "mountains",
  "mountain",
  "mount",
  "sea",
  "gulf",
  "strait",
  "street",
  "square",
  "airport",
  "port",
  "plain",
  "plains",
  "camp",
  "hills",
  "heights",
  "island",
  "islands",
  "coast",
  "desert",
  "border",
  "crossing",
  "palace",
  "bay",
  "lake",
  "state",
  "county",
  "village",
  "town",
  "quarter",
  "suburb",
  "suburbs",
  "area",
  "republic",
  "kingdom",
  "emirates",
  "states",
]);

/** First words that make a name a place's ("Ain al-Tineh", "Tel Aviv"). */
export const PLACE_PREFIXES: ReadonlySet<string> = new Set([
  "ain",
  "tel",
  "wadi",
  "jabal",
  "jebel",
  "deir",
  "beit",
  "kfar",
  "bint",
  "ras",
  "marj",
  "khan",
  "bab",
  "mount",
]);

/** Last words of names that are not entities of the three types ("Taif Agreement"). */
export const NOT_ENTITY_HEADS: ReadonlySet<string> = new Set([
  "agreement",
  "accord",
  "accords",
  "treaty",
  "plan",
  "initiative",
  "war",
  "memorandum",
  "resolution",
  "law",
  "doctrine",
  "project",
  "day",
  "week",
  "month",
  "year",
  "prize",
  "award",
  "summit",
  "conference",
  "talks",
]);

const PLACE_PREPOSITIONS = new Set([
  "in",
  "at",
  "near",
  "into",
  "inside",
  "outside",
  "across",
  "toward",
  "towards",
  "around",
]);
const MEMBER_NOUNS = new Set([
  "leader",
  "leaders",
  "head",
  "chief",
  "member",
  "members",
  "commander",
  "commanders",
  "fighters",
  "founder",
  "spokesman",
  "spokesperson",
  "ranks",
  "wing",
  "official",
  "officials",
  "secretary-general",
]);
const GROUP_NOUNS = new Set([
  "militia",
  "militias",
  "group",
  "groups",
  "movement",
  "party",
  "faction",
  "factions",
  "organization",
  "bloc",
  "alliance",
  "coalition",
  "brigades",
  "network",
  "fighters",
  "agency",
  "news",
  "ministers",
  "lawmakers",
  "mps",
  "members",
  "supporters",
  "leaders",
  "commanders",
  "spokesman",
  "spokesperson",
]);
const SPEECH_LEMMAS = new Set([
  "say",
  "tell",
  "state",
  "add",
  "warn",
  "note",
  "stress",
  "urge",
  "announce",
  "insist",
  "meet",
  "reiterate",
  "affirm",
  "emphasise",
  "emphasize",
  "express",
  "declare",
  "describe",
  "reply",
  "respond",
  "argue",
  "ask",
]);
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

/** Whether a sentence is a title-case headline, where capitals do not mark names. */
function isHeadline(tokens: Token[], first: number, last: number): boolean {
  let words = 0;
  for (let k = first; k < last; k++) {
    const t = tokens[k];
    if (t.type !== "word" || t.stop || !/^\p{L}/u.test(t.text)) continue;
    if (!startsUpper(t.text)) return false;
    words++;
  }
  return words >= 4;
}

/**
 * Finds the candidate mentions of one article: names of the gazetteer (longest first,
 * never across a sentence, hyphens skipped, all-capital aliases matched only in
 * capitals), then runs of capitalised words (joined by hyphens, by "al"/"el"/"bin",
 * and by "of" after a word such as "Party"), from which titles, demonyms and names
 * that are not entities are cut. The article's outlet and author are not mentions.
 *
 * @example
 * ```ts
 * const candidates = findCandidates(annotated[0], compileGazetteer(await loadGazetteer()));
 * candidates.map((c) => c.surface); // ["Iran", "Supreme National Security Council", "Ali Larijani", ...]
 * ```
 */
export function findCandidates(annotated: AnnotatedArticle, compiled: CompiledGazetteer): Candidate[] {
  const { article, tokens, sentences } = annotated;
  const text = article.text;
  const out: Candidate[] = [];
  // Word keys, computed when first needed (most words are never looked up).
  const keys: string[] = new Array(tokens.length);
  const keyAt = (k: number) => keys[k] ??= wordKey(tokens[k].text);
  // Per token: a capital first letter; a particle ("al", "bin"); taken by a name already.
  const upper = new Uint8Array(tokens.length);
  const particle = new Uint8Array(tokens.length);
  const consumed = new Uint8Array(tokens.length);
  for (let k = 0; k < tokens.length; k++) {
    const text = tokens[k].text;
    if (startsUpper(text)) upper[k] = 1;
    else if (text.length >= 2 && text.length <= 4 && PARTICLE_INITIALS.has(text[0]) && LOWER_PARTICLES.has(text)) {
      particle[k] = 1;
    }
  }
  const excluded = new Set<string>([nameKey(article.outlet)]);
  for (const w of (article.author ?? "").split(/[\s-]+/)) if (w) excluded.add(nameKey(w));
  const own = ownNames(article.outlet, article.author);

  for (const s of sentences) {
    const first = s.firstToken;
    const last = s.lastToken;
    const headline = isHeadline(tokens, first, last);
    let initial = first;
    while (initial < last && tokens[initial].punct) initial++;
    const isCap = (k: number) => {
      const t = tokens[k];
      if (t.type !== "word" || !upper[k]) return false;
      return k !== initial || t.pos === "PROPN" || t.pos === "NOUN";
    };
    const isParticle = (k: number) => particle[k] === 1;
    consumed.fill(0, first, last);
    // A byline ("By Reza Kazemi-Nia") names the author, not an entity of the story.
    if (tokens[initial]?.text === "By" && last - initial <= 6) continue;

    const make = (words: number[], entry: number | undefined, cues: MentionCues, reliable: boolean) => {
      const ws = words.filter((k) => tokens[k].text !== "-");
      const start = tokens[words[0]].start;
      const end = tokens[words[words.length - 1]].end;
      const surface = text.slice(start, end);
      const key = nameKey(surface);
      if (entry === undefined && (excluded.has(key) || ws.every((k) => excluded.has(keyAt(k))))) return;
      let after = words[words.length - 1] + 1;
      if (after < last && tokens[after].text === "'s") after++;
      if (
        after + 2 < last && tokens[after].text === "(" && tokens[after + 2].text === ")" &&
        isUpper(tokens[after + 1].text) && /^[\p{Lu}\d]{2,6}$/u.test(tokens[after + 1].text) &&
        !compiled.notEntities.has(keyAt(after + 1)) && ws.length > 1 &&
        ws.some((k) => keyAt(k)[0] === keyAt(after + 1)[0])
      ) cues.acronym = tokens[after + 1].text;
      if (after < last && SPEECH_LEMMAS.has(tokens[after].lemma)) cues.speechVerb = true;
      if (after < last && GROUP_NOUNS.has(tokens[after].norm) && /^\p{Ll}/u.test(tokens[after].text)) {
        cues.organizationContext = true;
      }
      let b = words[0] - 1;
      if (b >= first && tokens[b].norm === "the") b--;
      if (b - 1 >= first && tokens[b].norm === "of" && MEMBER_NOUNS.has(tokens[b - 1].norm)) {
        cues.organizationContext = true;
      }
      out.push({
        article: article.id,
        outlet: article.outlet,
        sentence: s.i,
        words: ws.map((k) => ({ text: tokens[k].text, key: keyAt(k), start: tokens[k].start, end: tokens[k].end })),
        surface,
        key,
        ...(entry === undefined ? {} : { entry }),
        reliable,
        cues,
      });
    };

    // 1. The outlet's and author's names, names that are not entities, names of the gazetteer.
    let forcedUntil = first;
    for (let k = first; k < last;) {
      const skip = upper[k]
        ? Math.max(matchSequence(own, keyAt, k, last), matchSequence(compiled.notEntities, keyAt, k, last))
        : 0;
      let best: { end: number; entry: number } | undefined;
      if (k >= forcedUntil && (upper[k] || isParticle(k))) {
        for (const p of compiled.patterns.get(keyAt(k)) ?? []) {
          let m = k;
          let ok = true;
          for (let j = 0; j < p.words.length; j++) {
            if (j > 0) { while (m < last && tokens[m].text === "-") m++; }
            if (m >= last || keyAt(m) !== p.words[j].key || (p.words[j].upper && !isUpper(tokens[m].text))) {
              ok = false;
              break;
            }
            m++;
          }
          if (ok && (!best || m > best.end)) best = { end: m, entry: p.entry };
        }
      }
      if (best && skip >= best.end - k) best = undefined;
      // A demonym longer than the known name it starts with ("Gulf Arab" states, not the Gulf).
      const demonym = best ? matchSequence(compiled.demonyms, keyAt, k, last) : 0;
      if (best && demonym > best.end - k) {
        best = undefined;
        for (let m = k; m < k + demonym; m++) consumed[m] = 1;
        k += demonym;
        continue;
      }
      if (best) {
        // A known name at the head of a longer one ("Baghdad International Airport").
        let j = best.end;
        while (j < last && tokens[j].type === "word" && upper[j]) j++;
        if (j > best.end && (ORGANIZATION_HEADS.has(keyAt(j - 1)) || PLACE_HEADS.has(keyAt(j - 1)))) {
          forcedUntil = j;
          best = undefined;
          k++;
          continue;
        }
      }
      if (!best && skip) {
        for (let m = k; m < k + skip; m++) consumed[m] = 1;
        k += skip;
        continue;
      }
      if (best) {
        const words = [];
        for (let m = k; m < best.end; m++) {
          words.push(m);
          consumed[m] = 1;
        }
        const before = k - 1 >= first ? tokens[k - 1].norm : "";
        make(
          words,
          best.entry,
          { title: false, placePreposition: PLACE_PREPOSITIONS.has(before), speechVerb: false },
          true,
        );
        k = best.end;
      } else k++;
    }

    // 2. Runs of capitalised words outside them.
    const clean = (run: number[]) => {
      // Cut the run at names that are not entities and at demonyms (a demonym stays
      // at the head of an organisation's name: "Lebanese Armed Forces").
      const runKeys = run.map(keyAt);
      const segments: number[][] = [];
      let seg: number[] = [];
      for (let i = 0; i < run.length;) {
        const cut = matchSequence(compiled.notEntities, runKeys, i) ||
          (() => {
            const d = matchSequence(compiled.demonyms, runKeys, i);
            if (!d) return 0;
            // Inside a name between two other words it is part of the name ("Mohammed Shia al-Sudani").
            if (seg.length > 0 && i + d < run.length) return 0;
            const lastKey = runKeys[run.length - 1];
            const keep = seg.length === 0 && ORGANIZATION_HEADS.has(lastKey) &&
              !run.slice(i + d).some((k) => matchSequence(compiled.titles, runKeys, run.indexOf(k)) > 0);
            return keep ? 0 : d;
          })();
        if (cut) {
          if (seg.length) segments.push(seg);
          seg = [];
          i += cut;
        } else seg.push(run[i++]);
      }
      if (seg.length) segments.push(seg);
      for (let words of segments) {
        let title = false;
        const strip = (fromStart: boolean) => {
          for (let changed = true; changed && words.length;) {
            changed = false;
            const ks = words.map(keyAt);
            if (fromStart) {
              const n = matchSequence(compiled.titles, ks, 0);
              if (n) {
                words = words.slice(n);
                title = true;
                changed = true;
              } else if (["the", "of", "-"].includes(ks[0]) || tokens[words[0]].text === "-") {
                words = words.slice(1);
                changed = true;
              }
            } else {
              const lastKey = ks[ks.length - 1];
              let n = 0;
              for (let i = 1; i < ks.length && !n; i++) {
                const m = matchSequence(compiled.titles, ks, i);
                if (m && i + m === ks.length) n = m;
              }
              if (n) {
                words = words.slice(0, words.length - n);
                changed = true;
              } else if (["the", "of"].includes(lastKey) || tokens[words[words.length - 1]].text === "-") {
                words = words.slice(0, -1);
                changed = true;
              }
            }
          }
        };
        strip(true);
        strip(false);
        if (!words.length) continue;
        if (words.length === 1 && matchSequence(compiled.titles, [keyAt(words[0])], 0)) continue;
        if (!words.some((k) => /^\p{Lu}/u.test(tokens[k].text))) continue;
        if (words.length === 1 && tokens[words[0]].stop) continue;
        if (words.length > 1 && NOT_ENTITY_HEADS.has(keyAt(words[words.length - 1]))) continue;
        if (words.length === 1 && MEMBER_NOUNS.has(keyAt(words[0]))) continue;
        const behind = (k: number) => {
          let b = k - 1;
          if (b >= first && tokens[b].norm === "the") b--;
          return b >= first ? tokens[b] : undefined;
        };
        const before = behind(words[0]);
        const runBefore = behind(run[0]);
        const prep = (t?: Token) =>
          t !== undefined && PLACE_PREPOSITIONS.has(t.norm) && (/^\p{Ll}/u.test(t.text) || t.i === initial);
        make(
          words,
          undefined,
          { title, placePreposition: prep(before) || prep(runBefore), speechVerb: false },
          !headline && words[0] !== initial,
        );
      }
    };

    let run: number[] = [];
    const flush = () => {
      if (run.length) clean(run);
      run = [];
    };
    const startsName = (k: number) => k < last && !consumed[k] && (isCap(k) || isParticle(k));
    for (let k = first; k < last; k++) {
      const t = tokens[k];
      if (consumed[k]) {
        flush();
        continue;
      }
      const next = k + 1 < last && tokens[k + 1].text === "-" ? k + 2 : k + 1;
      if (isCap(k)) run.push(k);
      else if (isParticle(k) && startsName(next) && isCap(tokens[k + 1].text === "-" ? k + 2 : k + 1)) run.push(k);
      else if (t.text === "-" && run.length && run[run.length - 1] === k - 1 && startsName(k + 1)) run.push(k);
      else if (
        t.norm === "of" && run.length && run[run.length - 1] === k - 1 &&
        (ORGANIZATION_HEADS.has(keyAt(k - 1)) || PLACE_HEADS.has(keyAt(k - 1)) || keyAt(k - 1) === "republic")
      ) {
        const after = k + 1 < last && tokens[k + 1].norm === "the" ? k + 2 : k + 1;
        if (after < last && isCap(after) && !consumed[after]) {
          for (let m = k; m < after; m++) run.push(m);
          k = after - 1;
        } else flush();
      } else flush();
    }
    flush();
  }
  return out;
}

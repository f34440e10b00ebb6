/**
 * The framing matcher: every wording of every referent of the framing lexicon in an
 * article, longest first and nothing counted twice, each hit with its frame (loaded or
 * neutral), its voice (quoted or narrative), its offsets and its sentence.
 *
 * @module
 */
import { prepareText } from "../text/normalize.ts";
import { tokenize } from "../nlp/wink.ts";
import type { AnnotatedArticle, Token } from "../types.ts";
import type { Frame, FramingLexicon } from "./lexicon.ts";
import { attributionSpans, quotationSpans, type Voice, voiceAt } from "./voice.ts";
import { parsePattern } from "./pattern.ts";
import { type PatternSlot, QUOTES, slotEnds } from "./slots.ts";
import { compileEvaluative, type EvaluativeWords, judgedPhrase } from "./judged.ts";
import { discreditedEnd } from "./discredited.ts";
import { cueRegex, type Cues, hasCue } from "./cues.ts";
import { agentHits, agentJudgedHits, type Agents, compileAgents } from "./agents.ts";
import { anaphoraHits } from "./anaphora.ts";
import { isPossessive, joinPossessives } from "./possessive.ts";
import { articleContextHits } from "./article_context.ts";
import { foreignSubject } from "./subject.ts";
import { appositiveHits } from "./appositive.ts";

/** One wording of a referent found in an article: a row of `framing.csv`. */
export interface FramingHit {
  /** Article id. */
  article: string;
  /** The article's outlet. */
  outlet: string;
  /** Referent id from the lexicon. */
  referent: string;
  /** Loaded or neutral. */
  frame: Frame;
  /** Quoted (inside quotation marks or an attributed paraphrase) or narrative (the outlet's own words). */
  voice: Voice;
  /** The matched text as written in the article. */
  phrase: string;
  /** Offset of the match in the article's original text. */
  start: number;
  /** Offset just past the match. */
  end: number;
  /** The sentence the match stands in, as written. */
  sentence: string;
  /** Offset of that sentence in the original text. */
  sentenceStart: number;
  /** The lexicon spelling that matched (alternatives expanded), e.g. "Zionist regime". */
  wording: string;
  /**
   * Whom a quoted hit is attributed to (the speaker of the attribution relation it falls
   * in, see `src/sources/voice.ts`); empty for a narrative hit, a scare quote, or a hit
   * not attributed yet (as `findFraming` gives it).
   */
  speaker: string;
}

interface PatternWord {
  kind?: undefined;
  norm: string;
  lemma: string;
  stem: string;
  /** Written in capitals: must match exactly ("US", "PMF"). */
  exact?: string;
  /** Must start with a capital (a `match_case` wording). */
  capital: boolean;
}

/** A word family of the pattern language: any word that starts with `prefix`. */
interface PatternFamily {
  kind: "family";
  prefix: string;
}

type PatternItem = PatternWord | PatternFamily | PatternSlot;

interface Pattern {
  words: PatternItem[];
  /** Index of the item the hit ends before (a `>` in the wording), or words.length. */
  cut: number;
  /** Referent id, or null for an `ignore` phrase. */
  referent: string | null;
  frame: Frame;
  spelling: string;
  context: Cues | null;
  /** Whether, without its cues, it may count by the article's referent (`src/framing/article_context.ts`). */
  article: boolean;
  order: number;
}

/** A framing lexicon compiled for matching. */
export interface FramingMatcher {
  /** The lexicon it was compiled from. */
  lexicon: FramingLexicon;
  /** Patterns indexed by every key of their first word (a word in capitals by its text, after a NUL). */
  byFirst: Map<string, Pattern[]>;
  /** Patterns that start with a word family, by its prefix. */
  byFamily: Map<string, Pattern[]>;
  /** Patterns that start with a quotation mark (`[quote]`). */
  byQuote: Pattern[];
  /** The lexicon's evaluative modifiers, which make a neutral wording's hit loaded. */
  evaluative: EvaluativeWords;
  /** The lexicon's discrediting words, which make a neutral naming before them loaded. */
  discrediting: EvaluativeWords;
  /** The names that speak for each referent, whose discredited statements are loaded hits. */
  agents: Agents;
  /** Each referent's loaded possessive wordings with "its" for the name ("its [adj]* crimes"), by referent. */
  anaphoric: Map<string, Pattern[]>;
  /** The referents with wordings that may count by the article's referent (`article: true`). */
  articleReferents: ReadonlySet<string>;
}

/** What a discredited statement of an agent matched (see `src/framing/agents.ts`). */
const AGENT: Pattern = {
  words: [],
  cut: 0,
  referent: null,
  frame: "loaded",
  spelling: "",
  context: null,
  article: false,
  order: -1,
};

/**
 * A crude stem that makes plurals meet their singular: "militias" and "militia",
 * "proxies" and "proxy", "forces" and "force".
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { stemWord } from "./match.ts";
 * assert.equal(stemWord("proxies"), "proxy");
 * assert.equal(stemWord("proxy"), "proxy"); // "Iran's proxies" matches the wording "Iran's proxy"
 * ```
 */
export function stemWord(word: string): string {
  const w = word.toLowerCase();
  if (w.length > 4 && w.endsWith("ies")) return w.slice(0, -3) + "y";
  if (w.length > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("'s")) return w.slice(0, -1);
  return w;
}

const CAPITALS = /^(?=.*\p{Lu}.*\p{Lu})[\p{Lu}\p{N}.&]+$/u;
/** The prefix of the index key of a word in capitals, which matches only as written. */
const EXACT = "\u0000";
const JOINERS = new Set(["-"]);

function isJoiner(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  if (!t) return false;
  if (JOINERS.has(t.text)) return true;
  // An en or em dash between two words with no space ("Israel–Iran war").
  return t.text === "\u2014" && tokens[k - 1]?.end === t.start && tokens[k + 1]?.start === t.end;
}

function compileSpelling(spelling: string, matchCase: boolean): { words: PatternItem[]; cut: number } {
  const words: PatternItem[] = [];
  let cut = -1;
  for (const e of parsePattern(spelling)) {
    if (e.kind === "end") cut = words.length;
    else if (e.kind === "words") words.push(...compileWords(e.text, matchCase));
    else words.push(e);
  }
  return { words, cut: cut < 0 ? words.length : cut };
}

function compileWords(spelling: string, matchCase: boolean): PatternWord[] {
  const raw = tokenize(prepareText(spelling)).tokens.filter((t) => !JOINERS.has(t.text) && t.text !== "\u2014");
  // A spelling in lower case already is tokenized once.
  const lower = spelling.toLowerCase() === spelling ? raw : tokenize(prepareText(spelling.toLowerCase())).tokens
    .filter((t) => !JOINERS.has(t.text) && t.text !== "\u2014");
  return raw.map((t, i) => {
    const lemma = lower.length === raw.length ? lower[i].lemma : t.lemma;
    const word: PatternWord = { norm: t.norm, lemma, stem: stemWord(t.norm), capital: false };
    if (CAPITALS.test(t.text)) word.exact = t.text;
    else if (matchCase && /^\p{Lu}/u.test(t.text)) word.capital = true;
    return word;
  });
}

const compiled = new Map<string, FramingMatcher>();

/**
 * Compiles a framing lexicon for {@linkcode findFraming}: each spelling tokenized the
 * way article text is. Compiling takes about half a second, so the last few lexicons
 * compiled are kept, by content: compiling an equal lexicon again costs nothing.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { compileFraming, loadFramingLexicon } from "framelens";
 * const lexicon = await loadFramingLexicon();
 * const matcher = compileFraming(lexicon); // once for a corpus: findFraming reads it for every article
 * assert.equal(matcher.lexicon, lexicon);
 * ```
 */
export function compileFraming(lexicon: FramingLexicon): FramingMatcher {
  const key = JSON.stringify(lexicon);
  const known = compiled.get(key);
  if (known) return known;
  const matcher = compileFramingUncached(lexicon);
  compiled.set(key, matcher);
  if (compiled.size > 4) compiled.delete(compiled.keys().next().value!);
  return matcher;
}

function compileFramingUncached(lexicon: FramingLexicon): FramingMatcher {
  const byFirst = new Map<string, Pattern[]>();
  const byFamily = new Map<string, Pattern[]>();
  const byQuote: Pattern[] = [];
  let order = 0;
  const add = (p: Pattern) => {
    if (!p.words.length) return;
    const w = p.words[0];
    if (w.kind === "slot") {
      byQuote.push(p);
      return;
    }
    if (w.kind === "family") {
      const list = byFamily.get(w.prefix) ?? [];
      list.push(p);
      byFamily.set(w.prefix, list);
      return;
    }
    // A word in capitals ("US") matches only itself: keyed by its text, it is not tried at every "us".
    for (const key of w.exact !== undefined ? [EXACT + w.exact] : new Set([w.norm, w.lemma, w.stem])) {
      const list = byFirst.get(key) ?? [];
      list.push(p);
      byFirst.set(key, list);
    }
  };
  for (const phrase of lexicon.ignore) {
    add({
      ...compileSpelling(phrase, false),
      referent: null,
      frame: "neutral",
      spelling: phrase,
      context: null,
      article: false,
      order: order++,
    });
  }
  const anaphoric = new Map<string, Pattern[]>();
  const [its] = compileWords("its", false);
  for (const referent of lexicon.referents) {
    for (const wording of referent.wordings) {
      const context = cueRegex(wording.context);
      for (const spelling of wording.spellings) {
        const p: Pattern = {
          ...compileSpelling(spelling, wording.matchCase),
          referent: referent.id,
          frame: wording.frame,
          spelling,
          context,
          article: wording.article,
          order: order++,
        };
        add(p);
        const [name, clitic] = p.words;
        if (p.frame !== "loaded" || name.kind || clitic?.kind || clitic?.norm !== "'s" || p.cut < 2) continue;
        const list = anaphoric.get(referent.id) ?? [];
        list.push({ ...p, words: [its, ...p.words.slice(2)], cut: p.cut - 1, spelling: `its + ${spelling}` });
        anaphoric.set(referent.id, list);
      }
    }
  }
  const { evaluative, discrediting = [] } = lexicon;
  return {
    lexicon,
    byFirst,
    byFamily,
    byQuote,
    evaluative: compileEvaluative(evaluative),
    discrediting: compileEvaluative(discrediting),
    agents: compileAgents(lexicon.referents),
    anaphoric,
    articleReferents: new Set(lexicon.referents.filter((r) => r.wordings.some((w) => w.article)).map((r) => r.id)),
  };
}

/** Keys under which a token (or a word joined across a line-break hyphen) is looked up. */
interface Word {
  norm: string;
  lemma: string;
  text: string;
  /** Index of its first and one past its last token. */
  from: number;
  to: number;
}

function sameWord(w: Pick<Word, "norm" | "lemma" | "text">, p: PatternWord | PatternFamily): boolean {
  // A family takes the inflections of its words too: "bully*" finds "bullied" (lemma "bully").
  if (p.kind === "family") return w.norm.startsWith(p.prefix) || w.lemma.startsWith(p.prefix);
  if (p.exact !== undefined) return w.text === p.exact;
  if (p.capital && !/^\p{Lu}/u.test(w.text)) return false;
  if (w.norm === p.norm) return true;
  // A plural or other inflected wording ("terrorists") does not match its base form
  // ("terrorist organization"); a base form matches its inflections.
  if (p.lemma !== p.norm) return false;
  return w.lemma === p.lemma || (stemWord(w.norm) === p.stem && w.norm.length >= p.norm.length);
}

/** The words that start at token k: the token itself, and the word hyphenated across a line break. */
function wordsAt(text: string, tokens: Token[], k: number): Word[] {
  const t = tokens[k];
  if (!t || t.punct) return [];
  const out: Word[] = [{ norm: t.norm, lemma: t.lemma, text: t.text, from: k, to: k + 1 }];
  const joined = hyphenatedAt(text, tokens, k);
  if (joined) out.unshift(joined);
  return out;
}

/** The word hyphenated across a line break that starts at token k, a word ("Hez-\nbollah"), or null. */
function hyphenatedAt(text: string, tokens: Token[], k: number): Word | null {
  const t = tokens[k];
  const hyphen = tokens[k + 1];
  const rest = tokens[k + 2];
  if (
    hyphen && rest && hyphen.start === t.end && hyphen.text === "-" && !rest.punct &&
    /^[ \t]*\r?\n[ \t]*$/.test(text.slice(hyphen.end, rest.start))
  ) {
    return { norm: t.norm + rest.norm, lemma: t.norm + rest.lemma, text: t.text + rest.text, from: k, to: k + 3 };
  }
  return null;
}

/**
 * Whether a pattern may start at token k: whether any key of the words at k (see
 * {@linkcode wordsAt}) has patterns, without building the words.
 */
function mayStartPattern(text: string, tokens: Token[], k: number, matcher: FramingMatcher): boolean {
  const t = tokens[k];
  if (t.punct) return matcher.byQuote.length > 0 && QUOTES.has(t.text);
  if (matcher.byFamily.size && familiesAt(t, matcher).length) return true;
  const { byFirst } = matcher;
  const c = t.text.charCodeAt(0);
  // A capital A–Z, or any non-ASCII letter ("ÖL"), may start a word in capitals.
  if (((c >= 65 && c <= 90) || c > 127) && byFirst.has(EXACT + t.text)) return true;
  const starts = startsOf(matcher);
  // The first two characters first: most tokens start no key, and are not hashed.
  if (starts.has(t.norm) && byFirst.has(t.norm)) return true;
  if (starts.has(t.lemma) && byFirst.has(t.lemma)) return true;
  if (starts.hasStem(t.norm) && byFirst.has(stemWord(t.norm))) return true;
  const joined = hyphenatedAt(text, tokens, k);
  return joined !== null &&
    (byFirst.has(joined.norm) || byFirst.has(joined.lemma) || byFirst.has(stemWord(joined.norm)));
}

const familyIndex = new WeakMap<FramingMatcher, Map<string, [string, Pattern[]][]>>();

/** The patterns whose first word family a word (its normal form or its lemma) belongs to, looked up by their first four letters. */
function familiesAt({ norm, lemma }: Token, matcher: FramingMatcher): Pattern[] {
  if (norm.length < 4) return [];
  let index = familyIndex.get(matcher);
  if (!index) {
    index = new Map();
    for (const [prefix, patterns] of matcher.byFamily) {
      const key = prefix.slice(0, 4);
      const list = index.get(key) ?? [];
      list.push([prefix, patterns]);
      index.set(key, list);
    }
    familyIndex.set(matcher, index);
  }
  const out: Pattern[] = [];
  for (const [prefix, patterns] of index.get(norm.slice(0, 4)) ?? []) {
    if (norm.startsWith(prefix) || lemma.startsWith(prefix)) out.push(...patterns);
  }
  if (lemma.slice(0, 4) === norm.slice(0, 4)) return out;
  for (const [prefix, patterns] of index.get(lemma.slice(0, 4)) ?? []) {
    if (lemma.startsWith(prefix)) out.push(...patterns);
  }
  return out;
}

/** How the keys of a matcher start: whether a word may be a key, from its first two characters. */
class KeyStarts {
  /** ascii[a · 128 + b]: a key starts with the ASCII characters a, b. */
  readonly #ascii = new Uint8Array(128 * 128);
  /** a · 65536 + b for the keys that start otherwise. */
  readonly #other = new Set<number>();
  /** Whether a key is shorter than two characters. */
  readonly #short: boolean;

  constructor(keys: Iterable<string>) {
    let short = false;
    for (const key of keys) {
      if (key.length < 2) short = true;
      else {
        const a = key.charCodeAt(0);
        const b = key.charCodeAt(1);
        if (a < 128 && b < 128) this.#ascii[a * 128 + b] = 1;
        else this.#other.add(a * 0x10000 + b);
      }
    }
    this.#short = short;
  }

  /** Whether a key may be this word: false when none starts as it does. */
  has(word: string): boolean {
    if (word.length < 2) return this.#short;
    const a = word.charCodeAt(0);
    const b = word.charCodeAt(1);
    return a < 128 && b < 128 ? this.#ascii[a * 128 + b] === 1 : this.#other.has(a * 0x10000 + b);
  }

  /**
   * Whether a key may be `stemWord(word)`, without making it: stemWord lower-cases the
   * word and keeps at least its first two characters (a shorter word whole), and lower
   * case maps ASCII characters one to one. True (check the stem) for other words.
   */
  hasStem(word: string): boolean {
    const a = word.charCodeAt(0);
    const b = word.charCodeAt(1);
    if (word.length >= 2 && a < 128 && b < 128) return this.#ascii[lowerAscii(a) * 128 + lowerAscii(b)] === 1;
    return word.length === 0 || (word.length === 1 && a < 128) ? this.#short : true;
  }
}

/** The lower-case form of an ASCII code unit. */
const lowerAscii = (c: number): number => c >= 65 && c <= 90 ? c + 32 : c;

const startsCache = new WeakMap<FramingMatcher, KeyStarts>();

/** The {@linkcode KeyStarts} of a matcher's keys (kept for as long as the matcher). */
function startsOf(matcher: FramingMatcher): KeyStarts {
  let starts = startsCache.get(matcher);
  if (!starts) startsCache.set(matcher, starts = new KeyStarts(matcher.byFirst.keys()));
  return starts;
}

/** Index of the next token a pattern may continue with after `k`: past joiners, bracketed insertions, a line break. */
function skipBetween(text: string, tokens: Token[], k: number): number {
  let j = k;
  for (let guard = 0; guard < 3; guard++) {
    if (isJoiner(tokens, j)) {
      j++;
      continue;
    }
    if (tokens[j]?.text === "[") {
      let close = j + 1;
      while (close < tokens.length && close - j <= 8 && tokens[close].text !== "]") close++;
      if (tokens[close]?.text === "]") {
        j = close + 1;
        continue;
      }
    }
    break;
  }
  // Never across a blank line (a paragraph break: two characters at least).
  const prev = tokens[j - 1];
  const next = tokens[j];
  if (prev && next && next.start - prev.end >= 2 && /\n[ \t]*\r?\n/.test(text.slice(prev.end, next.start))) return -1;
  return j;
}

/**
 * Matches a pattern at token `at`; returns the index past the last token of the hit (the
 * tokens before a `>`), or -1.
 * At each token, the word hyphenated across a line break is tried first, then the token.
 */
function matchAt(text: string, tokens: Token[], at: number, p: Pattern): number {
  let hitEnd = -1;
  const step = (k: number, w: number): number => {
    // The last time the cut is passed is on the path that succeeds (a success returns at once).
    if (w === p.cut) hitEnd = k;
    if (w === p.words.length) return k;
    const j = w === 0 ? k : skipBetween(text, tokens, k);
    if (j < 0) return -1;
    const item = p.words[w];
    if (item.kind === "slot") {
      for (const end of slotEnds(tokens, j, item)) {
        const to = step(end, w + 1);
        if (to >= 0) return to;
      }
      return -1;
    }
    const t = tokens[j];
    if (!t || t.punct) return -1;
    const joined = hyphenatedAt(text, tokens, j);
    if (joined && sameWord(joined, item)) {
      const end = step(joined.to, w + 1);
      if (end >= 0) return end;
    }
    return sameWord(t, item) ? step(j + 1, w + 1) : -1;
  };
  return step(at, 0) < 0 ? -1 : hitEnd;
}

/** The span of the sentence before a token's and the token's own, where context cues are looked for. */
function contextSpan(annotated: AnnotatedArticle, first: Token, last: Token): [number, number] {
  const [s, e] = sentenceSpan(annotated, first, last);
  const before = annotated.sentences[first.sentence - 1];
  return [before?.start ?? s, e];
}

function sentenceSpan(annotated: AnnotatedArticle, first: Token, last: Token): [number, number] {
  const s = annotated.sentences[first.sentence];
  const e = annotated.sentences[last.sentence];
  return [s?.start ?? first.start, e?.end ?? last.end];
}

/**
 * Finds every wording of every referent in an article: the longest match first,
 * leftmost first, nothing counted twice; a possessive `'s` is taken along, and a name
 * followed by its abbreviation in brackets ("Free Life Party of Kurdistan (PJAK)") is
 * one hit. Each hit has its voice: `quoted` inside quotation marks or an attributed
 * paraphrase, else `narrative`.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { annotateArticle, compileFraming, findFraming, loadResources, parseFramingLexicon } from "framelens";
 * const yaml = `
 * referents:
 *   - id: israel
 *     label: Israel
 *     loaded: [Zionist aggression]
 *     neutral: [Israel]
 * `;
 * const text = "Israel struck. He condemned what he called “Zionist aggression against Iran”.";
 * const annotated = annotateArticle({ id: "a", file: "a.md", outlet: "A", text, extra: {} }, await loadResources());
 * const hits = findFraming(annotated, compileFraming(parseFramingLexicon(yaml, "f.yaml")));
 * assert.deepEqual(hits.map((h) => [h.phrase, h.frame, h.voice]), [
 *   ["Israel", "neutral", "narrative"],
 *   ["Zionist aggression", "loaded", "quoted"], // inside quotation marks
 * ]);
 * ```
 */
export function findFraming(annotated: AnnotatedArticle, matcher: FramingMatcher): FramingHit[] {
  const { article, tokens } = annotated;
  const text = article.text;
  const found: { from: number; to: number; p: Pattern }[] = [];
  const deferred: typeof found = [];
  for (let i = 0; i < tokens.length;) {
    if (!mayStartPattern(text, tokens, i, matcher)) {
      i++;
      continue;
    }
    let best: { to: number; p: Pattern } | undefined;
    const keys = new Set<string>();
    for (const w of wordsAt(text, tokens, i)) {
      for (const key of [w.norm, w.lemma, stemWord(w.norm), EXACT + w.text]) keys.add(key);
    }
    const candidates: Pattern[][] = [...keys].map((key) => matcher.byFirst.get(key) ?? []);
    if (matcher.byFamily.size) candidates.push(familiesAt(tokens[i], matcher));
    if (tokens[i].punct) candidates.push(matcher.byQuote);
    for (const patterns of candidates) {
      for (const p of patterns) {
        const to = matchAt(text, tokens, i, p);
        if (to < 0) continue;
        if (best && (to < best.to || (to === best.to && p.order >= best.p.order))) continue;
        if (p.context) {
          const [s, e] = contextSpan(annotated, tokens[i], tokens[to - 1]);
          if (!hasCue(p.context, text.slice(s, e))) {
            if (p.article) deferred.push({ from: i, to: to + (isPossessive(tokens, to) ? 1 : 0), p });
            continue;
          }
        }
        best = { to, p };
      }
    }
    if (!best) {
      i++;
      continue;
    }
    let to = best.to;
    if (isPossessive(tokens, to)) to++;
    if (best.p.referent !== null) found.push({ from: i, to, p: best.p });
    i = to;
  }
  found.push(...articleContextHits(found, deferred, matcher.articleReferents));
  found.sort((a, b) => a.from - b.from);
  // A name and its abbreviation in brackets right after it are one mention.
  const merged: typeof found = [];
  for (const f of found) {
    const last = merged[merged.length - 1];
    if (
      last && last.p.referent === f.p.referent && last.p.frame === f.p.frame &&
      tokens[last.to]?.text === "(" && last.to + 1 === f.from && tokens[f.to]?.text === ")"
    ) {
      last.to = f.to + 1;
      continue;
    }
    merged.push({ ...f });
  }
  merged.splice(0, merged.length, ...joinPossessives(tokens, merged));
  // A neutral wording judged in its noun phrase ("Israel's brutal bombardment") is loaded.
  const judged = new Map<(typeof merged)[number], string>();
  for (let n = 0; n < merged.length; n++) {
    const f = merged[n];
    if (f.p.frame !== "neutral") continue;
    const d = discreditedEnd(tokens, f.to, matcher.discrediting);
    const j = judgedPhrase(tokens, f.from, f.to, matcher.evaluative) ??
      (d && { from: f.from, to: d.to, word: d.word });
    if (!j || (n > 0 && j.from < merged[n - 1].to) || (n + 1 < merged.length && j.to > merged[n + 1].from)) continue;
    merged[n] = { from: j.from, to: j.to, p: { ...f.p, frame: "loaded" } };
    judged.set(merged[n], `${j.word} + ${f.p.spelling}`);
  }
  // A judgement after "its", for the referent named just before; a discredited statement of an agent.
  const tryAt = (k: number, referent: string) => {
    let best: { to: number; p: Pattern } | null = null;
    for (const p of matcher.anaphoric.get(referent) ?? []) {
      const to = matchAt(text, tokens, k, p);
      if (
        to <= (best?.to ?? k) ||
        (p.context && !hasCue(p.context, text.slice(...contextSpan(annotated, tokens[k], tokens[to - 1]))))
      ) continue;
      best = { to, p };
    }
    return best;
  };
  // A descriptor in apposition to a name ("Hezbollah, a heavily armed movement,").
  for (const { from, to, of, word, replaces } of appositiveHits(tokens, merged, matcher.evaluative)) {
    for (const r of replaces) merged.splice(merged.indexOf(r), 1);
    merged.push({
      from,
      to,
      p: { ...of.p, frame: word ? "loaded" : "neutral", spelling: `apposition to ${of.p.spelling}` },
    });
  }
  merged.sort((a, b) => a.from - b.from);
  merged.push(...anaphoraHits(tokens, merged, (m) => m.p.referent, tryAt));
  const taken = (k: number) => merged.some((m) => m.from <= k && k < m.to);
  for (const a of agentHits(tokens, matcher.agents, matcher.discrediting, taken)) {
    const hit = { from: a.from, to: a.to, p: { ...AGENT, referent: a.referent, spelling: `${a.word} + agent` } };
    merged.push(hit);
  }
  for (const a of agentJudgedHits(tokens, matcher.agents, matcher.evaluative, taken)) {
    merged.push({ from: a.from, to: a.to, p: { ...AGENT, referent: a.referent, spelling: `${a.word} + agent's` } });
  }
  if (!merged.length) return [];
  merged.sort((a, b) => a.from - b.from);
  // A generic judgement as a verb whose subject is someone else ("Israel says Hezbollah massacred").
  const own = merged.filter(({ from, p }) =>
    !p.context || !p.referent || !foreignSubject(tokens, from, p.referent, p.context, merged)
  );
  const voiceSpans = [...quotationSpans(text), ...attributionSpans(tokens)];
  return own.map((m) => {
    const { from, to, p } = m;
    const first = tokens[from];
    const last = tokens[to - 1];
    // A hit that starts with a quotation mark ("[quote] resistance") has the voice of its first word.
    const firstWord = first.punct ? tokens.slice(from, to).find((t) => !t.punct) ?? first : first;
    const [s, e] = sentenceSpan(annotated, first, last);
    return {
      article: article.id,
      outlet: article.outlet,
      referent: p.referent as string,
      frame: p.frame,
      voice: voiceAt(firstWord.start, voiceSpans),
      phrase: text.slice(first.start, last.end),
      start: first.start,
      end: last.end,
      sentence: text.slice(s, e),
      sentenceStart: s,
      wording: judged.get(m) ?? p.spelling,
      speaker: "",
    };
  });
}

/**
 * Finds the framing hits of every article of a corpus, in corpus order.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import {
 *   annotateCorpus,
 *   compileFraming,
 *   framingHits,
 *   loadCorpus,
 *   loadFramingLexicon,
 *   loadResources,
 * } from "framelens";
 * const { articles } = await loadCorpus();
 * const annotated = annotateCorpus(articles, await loadResources());
 * const hits = framingHits(annotated, compileFraming(await loadFramingLexicon()));
 * assert.ok(hits.length > 0);
 * assert.ok(hits.every((h) => articles.some((a) => a.id === h.article && a.text.slice(h.start, h.end) === h.phrase)));
 * ```
 */
export function framingHits(annotated: AnnotatedArticle[], matcher: FramingMatcher): FramingHit[] {
  return annotated.flatMap((a) => findFraming(a, matcher));
}

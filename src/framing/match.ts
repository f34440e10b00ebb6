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
import { QUOTES } from "./slots.ts";
import {
  hyphenatedAt,
  type ItemsPattern,
  JOINERS,
  matchAll,
  matchAt,
  type MatchWork,
  type PatternItem,
  type PatternWord,
  stemWord,
  trieOf,
  type Word,
} from "./pattern_match.ts";
import { KeyStarts } from "./key_starts.ts";
import { agentConductStart, conductEnd } from "./conduct.ts";
import { compileEvaluative, compileJudging, type EvaluativeWords, judgedPhrase } from "./judged.ts";
import { discreditedEnd } from "./discredited.ts";
import { cueRegex, type Cues, hasCue } from "./cues.ts";
import { agentHits, agentJudgedHits, agentNamings, type Agents, compileAgents } from "./agents.ts";
import { anaphoraHits } from "./anaphora.ts";
import { isPossessive, joinPossessives } from "./possessive.ts";
import { articleContextHits } from "./article_context.ts";
import { descriptionHits } from "./description.ts";
import { foreignSubject } from "./subject.ts";
import { appositiveHits } from "./appositive.ts";
import { predicateHits } from "./predicate.ts";

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

export { stemWord };

interface Pattern extends ItemsPattern {
  /** Referent id, or null for an `ignore` phrase. */
  referent: string | null;
  frame: Frame;
  spelling: string;
  context: Cues | null;
  /** Whether, without its cues, it may count by the article's referent (`src/framing/article_context.ts`). */
  article: boolean;
  order: number;
}

/** The work {@linkcode findFraming} did, counted over its calls. */
export interface FramingWork extends MatchWork {
  /** Tokens where a pattern may start, at which patterns were tried. */
  starts: number;
  /** Patterns tried (each list of patterns matched at once, through its shared items). */
  patterns: number;
}

/** Options of {@linkcode findFraming}. */
export interface FindFramingOptions {
  /** Counts the work done (added to what it holds). */
  work?: FramingWork;
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
  /** The lexicon's evaluative modifiers (and its polarity), which make a neutral wording's hit loaded. */
  evaluative: EvaluativeWords;
  /** The lexicon's role nouns, which make a predicate said of a hit a loaded hit (`src/framing/predicate.ts`). */
  labels: EvaluativeWords;
  /** The lexicon's discrediting words, which make a neutral naming before them loaded. */
  discrediting: EvaluativeWords;
  /** The names that speak for each referent, whose discredited statements are loaded hits. */
  agents: Agents;
  /** Each referent's loaded possessive wordings with "its" for the name ("its [adj]* crimes"), by referent. */
  anaphoric: Map<string, Pattern[]>;
  /** The referents with wordings that may count by the article's referent (`article: true`). */
  articleReferents: ReadonlySet<string>;
  /** The head nouns of the descriptions that may stand for each referent (`src/framing/description.ts`). */
  descriptions: ReadonlyMap<string, EvaluativeWords>;
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

const CAPITALS = /^(?=.*\p{Lu}.*\p{Lu})[\p{Lu}\p{N}.&]+$/u;
/** The prefix of the index key of a word in capitals, which matches only as written. */
const EXACT = "\u0000";

/** The tokens of a spelling's words as a pattern reads them (joiners and dashes left out). */
type SpellingTokens = (text: string) => readonly Token[];

/**
 * {@linkcode SpellingTokens} that tokenizes each distinct text once: a lexicon's spellings
 * share their words ("[any]? from the White House", "scheme* [any]? from the White House"),
 * and a text's tokens depend on the text alone, so a text read again gives the same tokens.
 */
function spellingTokensOnce(): SpellingTokens {
  const known = new Map<string, readonly Token[]>();
  return (text) => {
    let tokens = known.get(text);
    if (!tokens) {
      tokens = tokenize(prepareText(text)).tokens.filter((t) => !JOINERS.has(t.text) && t.text !== "\u2014");
      known.set(text, tokens);
    }
    return tokens;
  };
}

function compileSpelling(
  spelling: string,
  matchCase: boolean,
  tokensOf: SpellingTokens,
): { words: PatternItem[]; cut: number } {
  const words: PatternItem[] = [];
  let cut = -1;
  for (const e of parsePattern(spelling)) {
    if (e.kind === "end") cut = words.length;
    else if (e.kind === "words") words.push(...compileWords(e.text, matchCase, tokensOf));
    else words.push(e);
  }
  return { words, cut: cut < 0 ? words.length : cut };
}

function compileWords(spelling: string, matchCase: boolean, tokensOf: SpellingTokens): PatternWord[] {
  const raw = tokensOf(spelling);
  // A spelling in lower case already is tokenized once.
  const lower = spelling.toLowerCase() === spelling ? raw : tokensOf(spelling.toLowerCase());
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
  // Of 13,774 texts the shipped lexicon's spellings tokenize, 2,863 differ (2026-12-07).
  const tokensOf = spellingTokensOnce();
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
      ...compileSpelling(phrase, false, tokensOf),
      referent: null,
      frame: "neutral",
      spelling: phrase,
      context: null,
      article: false,
      order: order++,
    });
  }
  const anaphoric = new Map<string, Pattern[]>();
  const [its] = compileWords("its", false, tokensOf);
  for (const referent of lexicon.referents) {
    for (const wording of referent.wordings) {
      const context = cueRegex(wording.context);
      for (const spelling of wording.spellings) {
        const p: Pattern = {
          ...compileSpelling(spelling, wording.matchCase, tokensOf),
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
  const { evaluative, discrediting = [], polarity = 0, polarityAgree = 0, polarityExcept = [], labels = [] } = lexicon;
  return {
    lexicon,
    byFirst,
    byFamily,
    byQuote,
    evaluative: compileJudging(evaluative, polarity, polarityExcept, polarityAgree),
    labels: compileEvaluative(labels),
    discrediting: compileEvaluative(discrediting),
    agents: compileAgents(lexicon.referents),
    anaphoric,
    articleReferents: new Set(lexicon.referents.filter((r) => r.wordings.some((w) => w.article)).map((r) => r.id)),
    descriptions: new Map(
      lexicon.referents.filter((r) => r.descriptions?.length).map((r) => [r.id, compileEvaluative(r.descriptions!)]),
    ),
  };
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

/** What the scan for the tokens where a pattern may start reads of a matcher, made once for it. */
interface StartIndex {
  /** How the keys of `byFirst` start. */
  starts: KeyStarts;
  /** How the words in capitals start (the keys of `byFirst` after EXACT, without it). */
  exact: KeyStarts;
  /** The lists of `byFamily`, with their prefix, by its first four letters. */
  families: Map<string, [string, Pattern[]][]>;
  /** How those four letters start. */
  familyStarts: KeyStarts;
}

const startIndexes = new WeakMap<FramingMatcher, StartIndex>();

/** The {@linkcode StartIndex} of a matcher (kept for as long as the matcher). */
function startIndexOf(matcher: FramingMatcher): StartIndex {
  const known = startIndexes.get(matcher);
  if (known) return known;
  const families = new Map<string, [string, Pattern[]][]>();
  for (const [prefix, patterns] of matcher.byFamily) {
    const key = prefix.slice(0, 4);
    const list = families.get(key) ?? [];
    list.push([prefix, patterns]);
    families.set(key, list);
  }
  const keys = [...matcher.byFirst.keys()];
  const index: StartIndex = {
    starts: new KeyStarts(keys),
    exact: new KeyStarts(keys.filter((k) => k.startsWith(EXACT)).map((k) => k.slice(EXACT.length))),
    families,
    familyStarts: new KeyStarts(families.keys()),
  };
  startIndexes.set(matcher, index);
  return index;
}

/**
 * Whether a pattern may start at token k: whether any key of the words at k (see
 * {@linkcode wordsAt}) has patterns, without building the words.
 */
function mayStartPattern(
  text: string,
  tokens: Token[],
  k: number,
  matcher: FramingMatcher,
  index: StartIndex,
): boolean {
  const t = tokens[k];
  if (t.punct) return matcher.byQuote.length > 0 && QUOTES.has(t.text);
  if (matcher.byFamily.size && familiesAt(t, index).length) return true;
  const { byFirst } = matcher;
  const c = t.text.charCodeAt(0);
  // A capital A–Z, or any non-ASCII letter ("ÖL"), may start a word in capitals.
  if (((c >= 65 && c <= 90) || c > 127) && index.exact.has(t.text) && byFirst.has(EXACT + t.text)) return true;
  const { starts } = index;
  // The first two characters first: most tokens start no key, and are not hashed.
  if (starts.has(t.norm) && byFirst.has(t.norm)) return true;
  if (starts.has(t.lemma) && byFirst.has(t.lemma)) return true;
  if (starts.hasStem(t.norm) && byFirst.has(stemWord(t.norm))) return true;
  const joined = hyphenatedAt(text, tokens, k);
  return joined !== null &&
    (byFirst.has(joined.norm) || byFirst.has(joined.lemma) || byFirst.has(stemWord(joined.norm)));
}

const NO_LISTS: readonly Pattern[][] = [];

/**
 * The lists of patterns whose first word family a word (its normal form or its lemma) belongs
 * to, looked up by their first four letters, in the order of the families' prefixes.
 */
function familiesAt({ norm, lemma }: Token, { families, familyStarts }: StartIndex): readonly Pattern[][] {
  if (norm.length < 4) return NO_LISTS;
  // A key of four letters that is norm's first four, or lemma's, starts as one of them.
  if (!familyStarts.has(norm) && !familyStarts.has(lemma)) return NO_LISTS;
  const out: Pattern[][] = [];
  for (const [prefix, patterns] of families.get(norm.slice(0, 4)) ?? []) {
    if (norm.startsWith(prefix) || lemma.startsWith(prefix)) out.push(patterns);
  }
  if (lemma.slice(0, 4) === norm.slice(0, 4)) return out;
  for (const [prefix, patterns] of families.get(lemma.slice(0, 4)) ?? []) {
    if (lemma.startsWith(prefix)) out.push(patterns);
  }
  return out;
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
export function findFraming(
  annotated: AnnotatedArticle,
  matcher: FramingMatcher,
  options: FindFramingOptions = {},
): FramingHit[] {
  const { article, tokens } = annotated;
  const text = article.text;
  const found: { from: number; to: number; p: Pattern }[] = [];
  const deferred: typeof found = [];
  const index = startIndexOf(matcher);
  const { work } = options;
  for (let i = 0; i < tokens.length;) {
    if (!mayStartPattern(text, tokens, i, matcher, index)) {
      i++;
      continue;
    }
    let best: { to: number; p: Pattern } | undefined;
    // The lists of the keys of the words at i (norm, lemma, stem, text in capitals), in that
    // order, each once; a key that starts as none does is not looked up.
    const candidates: Pattern[][] = [];
    const add = (list: Pattern[] | undefined) => {
      if (list && !candidates.includes(list)) candidates.push(list);
    };
    const { byFirst } = matcher;
    const { starts, exact } = index;
    for (const w of wordsAt(text, tokens, i)) {
      if (starts.has(w.norm)) add(byFirst.get(w.norm));
      if (starts.has(w.lemma)) add(byFirst.get(w.lemma));
      if (starts.hasStem(w.norm)) add(byFirst.get(stemWord(w.norm)));
      if (exact.has(w.text)) add(byFirst.get(EXACT + w.text));
    }
    if (matcher.byFamily.size) candidates.push(...familiesAt(tokens[i], index));
    if (tokens[i].punct) candidates.push(matcher.byQuote);
    if (work) work.starts++;
    for (const patterns of candidates) {
      // Every pattern of the list matched at once, the items they share tried once.
      const ends = matchAll(text, tokens, i, trieOf(patterns), work);
      if (work) work.patterns += patterns.length;
      for (let n = 0; n < patterns.length; n++) {
        const p = patterns[n];
        const to = ends[n];
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
    const d = discreditedEnd(tokens, f.to, matcher.discrediting) ??
      conductEnd(tokens, f.from, f.to, matcher.evaluative);
    const a = d ? null : agentConductStart(tokens, f.from, f.to, matcher.evaluative);
    const j = judgedPhrase(tokens, f.from, f.to, matcher.evaluative) ??
      (d && { from: f.from, to: d.to, word: d.word }) ?? (a && { from: a.from, to: f.to, word: a.word });
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
  // A description that stands for the referent named last before it ("the occupier" after "Israel"): named
  // by a wording that needs no cue, or an agent; a contextual hit ("the enemy") names nothing to refer back to.
  const namings = [
    ...merged.filter((m) => m.p.context === null).map((m) => ({
      from: m.from,
      to: m.to,
      referent: m.p.referent as string,
    })),
    ...agentNamings(tokens, matcher.agents),
  ].sort((a, b) => a.from - b.from);
  for (const d of descriptionHits(tokens, namings, matcher.descriptions, taken)) {
    merged.push({ from: d.from, to: d.to, p: { ...AGENT, referent: d.referent, spelling: `${d.word} + description` } });
  }
  if (!merged.length) return [];
  merged.sort((a, b) => a.from - b.from);
  // What a hit is said to be, or described as ("Hezbollah remains the guarantor of ..."): a
  // loaded hit of its own, or the end of a loaded hit it is said of (counted once).
  for (const { from, to, of, word } of predicateHits(tokens, merged, matcher.evaluative, matcher.labels)) {
    if (of.p.frame === "loaded") of.to = to;
    else {merged.push({
        from,
        to,
        p: { ...AGENT, referent: of.p.referent, spelling: `${word} + predicate of ${of.p.spelling}` },
      });}
  }
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

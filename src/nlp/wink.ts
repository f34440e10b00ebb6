/**
 * The one place that touches wink-nlp: sentences and tokens of a prepared text, as
 * plain arrays with offsets into the original text.
 *
 * `tokenize` reads wink-nlp's raw document (its token words, sentences and lexicon
 * cache) through wink-nlp's own `its` functions, a layout internal to wink-nlp 2.4.0,
 * which deno.json pins: another version must pass tests/nlp/wink_test.ts and
 * tests/nlp/annotate_order_test.ts, and give the same annotations on the Brown corpus,
 * before it is taken. `withDoc` keeps wink-nlp from carrying anything over from one
 * document to the next; its limits (the ids of learned words, the bits of a shape's
 * index) are wink-nlp 2.4.0's and its English model's, read from their source.
 *
 * @module
 */
import winkNLP from "wink-nlp";
import model from "wink-eng-lite-web-model";
// wink-nlp's list of the `its` functions that `out()` accepts (see `grab` below).
import allowed from "wink-nlp/src/allowed.js";
import type { Sentence, Token } from "../types.ts";
import type { PreparedText } from "../text/normalize.ts";

type WinkNLP = ReturnType<typeof winkNLP>;
let instance: WinkNLP | undefined;

/** The parts of an instance's lexicon that wink-nlp grows as it meets new words. */
interface Lexicon {
  hash: Record<string, number>;
  list: string[];
}
/** A list of values that wink-nlp grows as it meets new words (a word's shape, prefix or suffix). */
interface LearnedList {
  hash: Record<string, number>;
  list: string[];
  /** The index wink-nlp gives the next new value. */
  index: number;
}
let lexicon: Lexicon | undefined;
let pristineSize = 0;
/** The lists of word features an instance learns, each with its length in the model. */
let learnedLists: { feature: LearnedList; size: number }[] = [];
/** The wink-nlp passes framelens needs. */
const PIPE = ["sbd", "pos"] as unknown as Parameters<typeof winkNLP>[1];
/**
 * The highest id a word that wink-nlp learns may take. wink-nlp gives each new word the
 * next id of its lexicon, and never takes one back. Its English model's sentence pass
 * (wink-eng-lite-web-model 1.8.1, `sbd-transformers.js`) turns a token with a sentence
 * hint into the event 1,080,000 + hint and any other token into its normal's id, in one
 * automaton whose events include 1,080,001 to 1,080,010 (`eng-sbd-model.json`): a word
 * learned with such an id reads as a hint ("Mrs.", "The") and moves a sentence boundary
 * (measured: a text of 80 sentences whose new words took ids 1,079,900 to 1,080,060 came
 * out as 81, see tests/nlp/wink_test.ts). Every id up to 1,080,000 reads the same.
 */
const LAST_SAFE_ID = 1_080_000;

/** The work handed to wink-nlp by this thread, as {@linkcode winkWork} gives it. */
export interface WinkWork {
  /** Documents read with `readDoc`. */
  documents: number;
  /** Their characters. */
  characters: number;
  /** The tokens wink-nlp made of them. */
  tokens: number;
  /**
   * The longest run of characters without a space it was given (at most
   * {@linkcode OPAQUE_RUN}): wink-nlp's time on a run grows with the square of its length.
   */
  longestRun: number;
  /** wink-nlp instances made (each costs about 0.1 s). */
  instances: number;
}
const work: WinkWork = { documents: 0, characters: 0, tokens: 0, longestRun: 0, instances: 0 };

/**
 * The work handed to wink-nlp on this thread so far: documents, characters, tokens,
 * the longest run without a space, and instances made. A test reads it before and after
 * a call to count the work the call handed on, without a clock.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { prepareText, tokenize } from "framelens";
 * import { winkWork } from "./wink.ts";
 * const before = winkWork();
 * tokenize(prepareText("One sentence."));
 * assert.equal(winkWork().characters - before.characters, 13);
 * assert.equal(winkWork().documents - before.documents, 1);
 * ```
 */
export function winkWork(): WinkWork {
  return { ...work };
}

/** The shared wink-nlp instance with the English lite web model, created on first use. */
function nlp(): WinkNLP {
  if (!instance) {
    // wink-nlp unpacks the model with `core()` for each instance; keep a handle on the
    // unpacked lexicon and feature lists so that withDoc() can forget what a document
    // taught it.
    const base = model as unknown as {
      core(): {
        features: Record<string, LearnedList> & { lexeme: Lexicon };
        packing: { layout: Record<string, number[]> };
      };
    };
    const wrapped = Object.create(base);
    wrapped.core = () => {
      const core = base.core();
      lexicon = core.features.lexeme;
      pristineSize = lexicon.list.length;
      lexemeFacts = new Array(pristineSize).fill(undefined);
      // The features whose values wink-nlp keeps in a list and packs by their index
      // (prefix, suffix, shape; the layout's fourth number is 0 for them).
      learnedLists = Object.entries(core.packing.layout).filter(([, l]) => l[3] === 0).map(([name]) => ({
        feature: core.features[name],
        size: core.features[name].list.length,
      }));
      return core;
    };
    // Sentences and parts of speech are all framelens reads: leaving out wink-nlp's
    // negation, sentiment and entity passes changes no token, tag, lemma or sentence
    // (checked on the Brown corpus) and saves about a third of the time.
    instance = winkNLP(wrapped, PIPE);
    work.instances++;
  }
  return instance;
}

/**
 * Runs `read` on a wink-nlp document of `text` and then forgets what wink-nlp learned
 * from it, so that a document's annotation depends on its text alone, never on the
 * documents read before it on this thread (their order, the cache, the number of
 * workers). wink-nlp learns three things from a document:
 *
 * - its new words, in its lexicon: its tokenizer treats a known word differently (once
 *   "Baghdad's" is known it is no longer split into "Baghdad" and "'s"). They are taken
 *   out of the lexicon's hash after each document;
 * - their shapes, prefixes and suffixes, in lists that it packs by index into a few bits
 *   (a shape's index into 14): past 16,384 shapes an index spills into the next bit,
 *   which says the word is an abbreviation, and moves sentence boundaries ("Mrs. α" then
 *   ends a sentence). The lists are cut back to the model's after each document;
 * - ids, which it never takes back: a document that took an id past
 *   {@linkcode LAST_SAFE_ID} is read again on a fresh instance (a fresh instance has
 *   about 992,000 ids to give; the Brown corpus, a million words, takes about 150,000).
 */
function withDoc<T>(text: string, read: (doc: ReturnType<WinkNLP["readDoc"]>, n: WinkNLP) => T): T {
  const result = readOnce(text, read);
  if (lexicon!.list.length <= LAST_SAFE_ID + 1 || !result.reused) return result.value;
  instance = undefined;
  return readOnce(text, read).value;
}

/** One reading of {@linkcode withDoc}, and whether it was on an instance that had read before. */
function readOnce<T>(
  text: string,
  read: (doc: ReturnType<WinkNLP["readDoc"]>, n: WinkNLP) => T,
): { value: T; reused: boolean } {
  const n = nlp();
  const lex = lexicon!;
  const before = lex.list.length;
  work.documents++;
  work.characters += text.length;
  try {
    const doc = n.readDoc(text);
    work.tokens += doc.tokens().length();
    return { value: read(doc, n), reused: before > pristineSize };
  } finally {
    for (let k = before; k < lex.list.length; k++) {
      if (lex.hash[lex.list[k]] === k) delete lex.hash[lex.list[k]];
    }
    for (const { feature, size } of learnedLists) {
      for (let k = size; k < feature.list.length; k++) {
        if (feature.hash[feature.list[k]] === k) delete feature.hash[feature.list[k]];
      }
      feature.list.length = size;
      feature.index = size;
    }
  }
}

/**
 * Runs of more than this many characters without a space (a base64 image, a minified
 * script) are set aside before wink-nlp, whose time on a run grows with the square of
 * its length (on this project's machine an article holding 200,000 letters took its
 * `readDoc` 41 s and 87 s in two runs, 50,000 letters 4 to 5 s): each becomes one token
 * of type `"opaque"`.
 */
export const OPAQUE_RUN = 1000;
/**
 * What wink-nlp reads in place of a run set aside: a capitalised word it does not know,
 * read as a proper noun whatever the run held (as a run of letters would be), so that a
 * sentence before it still ends.
 */
const STAND_IN = "Opaquerun";

/** Whether a character separates wink-nlp's tokens (its model's `splitter`: spaces, tabs, line breaks). */
function separates(code: number): boolean {
  return code === 32 || code === 10 || code === 13 || code === 9 || code === 0xa0 ||
    (code >= 0x2002 && code <= 0x2005) || code === 0x2009 || code === 0x200a || code === 0x202f || code === 0x205f;
}

/** A text as wink-nlp gets it: long runs set aside. */
interface WinkInput {
  /** The text for wink-nlp. */
  text: string;
  /** Offsets into the original text of each of its characters (as `PreparedText.offsets`). */
  offsets: Int32Array;
  /** Each run set aside: where its stand-in is in `text`, and the run in the prepared text. */
  opaque: { at: number; start: number; end: number }[];
}

/** The prepared text with every run of more than {@linkcode OPAQUE_RUN} characters without a space replaced by a stand-in. */
function setAside(prepared: PreparedText): WinkInput {
  const { text, offsets } = prepared;
  const runs: [number, number][] = [];
  let longest = 0;
  for (let i = 0; i < text.length;) {
    if (separates(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    while (i < text.length && !separates(text.charCodeAt(i))) i++;
    if (i - start > OPAQUE_RUN) runs.push([start, i]);
    else longest = Math.max(longest, i - start);
  }
  if (runs.length) longest = Math.max(longest, STAND_IN.length);
  work.longestRun = Math.max(work.longestRun, longest);
  if (!runs.length) return { text, offsets, opaque: [] };
  const parts: string[] = [];
  const opaque: WinkInput["opaque"] = [];
  const out = new Int32Array(text.length - runs.reduce((n, [s, e]) => n + e - s - STAND_IN.length, 0) + 1);
  let from = 0, at = 0;
  for (const [start, end] of runs) {
    parts.push(text.slice(from, start), STAND_IN);
    out.set(offsets.subarray(from, start), at);
    at += start - from;
    opaque.push({ at, start, end });
    out.fill(offsets[start], at, at + STAND_IN.length);
    at += STAND_IN.length;
    from = end;
  }
  parts.push(text.slice(from));
  out.set(offsets.subarray(from, text.length + 1), at);
  return { text: parts.join(""), offsets: out, opaque };
}

/** Sentences and tokens of a text. */
export interface Tokenized {
  /** Sentences in order. */
  sentences: Sentence[];
  /** Tokens in order, white space and line breaks left out. */
  tokens: Token[];
}

const PUNCT_TYPES = new Set(["punctuation", "symbol", "emoji", "emoticon"]);

/**
 * wink-nlp's raw document data: its tokens as four numbers each (the lexeme's index,
 * the contraction's normal and preceding spaces, the part of speech and lemma, a
 * flag), its sentences as `[first, last, ...]` token indexes.
 */
interface RawDoc {
  tokens: number[];
  sentences: number[][];
  numOfTokens: number;
  nonBreakingSpaces: Record<number, string>;
  /** wink-nlp's lexicon cache (the model's words and those learned since). */
  cache: { mappedSpelling(index: number): number; property(index: number, name: string): unknown };
}

/** An `its` function of wink-nlp: one property of token `index`. */
type ItsFunction = (index: number, rdd: RawDoc, addons: unknown) => unknown;

/** Words of a token in wink-nlp's `rdd.tokens`. */
const TOKEN_SIZE = 4;
/** Preceding spaces in the second word (0xFFFF: not plain spaces, see `nonBreakingSpaces`). */
const SPACES_MASK = 0xffff;
/** The part of speech in the third word: its bits, and where they start. */
const POS_MASK = 0x3f00000;
const POS_SHIFT = 20;

/** Whether `text` has `value` at `at` (`startsWith`, for the short values of tokens, without its overhead). */
function startsAt(text: string, value: string, at: number): boolean {
  if (at + value.length > text.length) return false;
  for (let j = 0; j < value.length; j++) if (text.charCodeAt(at + j) !== value.charCodeAt(j)) return false;
  return true;
}

let grabbed: { rdd: RawDoc; addons: unknown } | undefined;
/**
 * An `its` function that only remembers the document it is called on: wink-nlp
 * reads every property through such functions, and reading them over the raw data
 * once, in one pass, is what makes a document's seven properties cheap to collect
 * (seven `out()` calls build seven arrays as long as the document).
 */
const grab: ItsFunction = (_index, rdd, addons) => {
  grabbed = { rdd, addons };
  return 0;
};
(allowed as { its4token: Set<unknown> }).its4token.add(grab);

/** A document's raw data and the model's addons (undefined for a document without tokens). */
function rawDoc(doc: ReturnType<WinkNLP["readDoc"]>): { rdd: RawDoc; addons: unknown } | undefined {
  grabbed = undefined;
  if (doc.tokens().length() === 0) return undefined;
  doc.tokens().itemAt(0).out(grab as unknown as Parameters<ReturnType<WinkNLP["readDoc"]>["out"]>[0]);
  const got = grabbed;
  grabbed = undefined;
  return got;
}

/**
 * What a lexeme of wink-nlp's own lexicon always gives, whatever its context: read
 * once per lexeme and kept for as long as the instance lives (words that documents
 * taught it get new indexes each time and are read every time).
 */
interface LexemeFacts {
  type: string;
  punct: boolean;
  stop: boolean;
  norm: string;
  /** The lemma by wink-nlp's part-of-speech number, as {@linkcode lemmaOf} gives it. */
  lemmas: (string | undefined)[];
}
let lexemeFacts: (LexemeFacts | undefined)[] = [];

/**
 * wink-nlp's lemma of token `k`, or undefined when it has none. For a few words of its
 * lexicon ("cannot") wink-nlp's lemma points past the end of the model's own words, to
 * whichever word a document taught it there: that is no lemma (such a word would make
 * the lemma depend on the documents read before).
 */
function winkLemma(
  k: number,
  rdd: RawDoc,
  addons: unknown,
  its: Record<string, ItsFunction>,
  lexeme: number,
  second: number,
): string | undefined {
  if (second <= 65535 && lexeme < pristineSize) {
    const mapped = rdd.cache.mappedSpelling(lexeme);
    if (
      rdd.cache.property(mapped, "isSLemma") === 1 && (rdd.cache.property(mapped, "lemma") as number) >= pristineSize
    ) {
      return undefined;
    }
  }
  return its.lemma(k, rdd, addons) as string | undefined;
}

/**
 * Splits a prepared text into sentences and tokens with wink-nlp.
 *
 * Sentences follow wink-nlp, and a line break always ends one (a headline or a
 * dateline is not run into the next paragraph). Offsets are into the original text.
 * Each token's properties are wink-nlp's own `its` functions (value, preceding spaces,
 * type, normal, lemma, part of speech, stop word flag), read in one pass over the
 * document. A run of more than {@linkcode OPAQUE_RUN} characters without a space is
 * one token of type `"opaque"` (part of speech `X`), never handed to wink-nlp, so that
 * the time taken grows with the text's length whatever its shape. The result depends
 * on the text alone, not on what was read before.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { prepareText, tokenize } from "framelens";
 * const { sentences, tokens } = tokenize(prepareText("Mr Larijani arrived. He spoke."));
 * assert.equal(sentences.length, 2);
 * assert.deepEqual([tokens[1].text, tokens[1].start, tokens[1].pos], ["Larijani", 3, "PROPN"]);
 * ```
 *
 * @param prepared The output of `prepareText`.
 */
export function tokenize(prepared: PreparedText): Tokenized {
  const { text, offsets, opaque } = setAside(prepared);
  return withDoc(text, (doc, n) => {
    const tokens: Token[] = [];
    const sentences: Sentence[] = [];
    let nextOpaque = 0;
    const raw0 = rawDoc(doc);
    if (!raw0) return { sentences, tokens };
    const { rdd, addons } = raw0;
    const its = n.its as unknown as Record<string, ItsFunction>;
    const { value: itsValue, precedingSpaces, type: itsType, stopWordFlag, normal, pos: itsPos } = its;
    const raw = rdd.tokens;
    const intrinsic = pristineSize;
    const facts = lexemeFacts;
    let cursor = 0;
    let open = false;
    const closeSentence = () => {
      if (!open) return;
      const s = sentences[sentences.length - 1];
      s.end = tokens[tokens.length - 1].end;
      s.lastToken = tokens.length;
      open = false;
    };
    /** The sentence of the next token, which starts at `start`: the open one, or a new one. */
    const sentenceAt = (start: number) => {
      if (!open) {
        sentences.push({ i: sentences.length, start, end: start, firstToken: tokens.length, lastToken: tokens.length });
        open = true;
      }
      return sentences.length - 1;
    };
    const spans = rdd.sentences;
    let spanIndex = 0;
    for (let k = 0; k < rdd.numOfTokens; k++) {
      while (spanIndex < spans.length && k > spans[spanIndex][1]) spanIndex++;
      if (spanIndex < spans.length && k === spans[spanIndex][0]) closeSentence();
      const lexeme = raw[k * TOKEN_SIZE];
      const second = raw[k * TOKEN_SIZE + 1];
      const value = itsValue(k, rdd, addons) as string;
      const spaces = (second & SPACES_MASK) < SPACES_MASK
        ? second & SPACES_MASK
        : (precedingSpaces(k, rdd, addons) as string).length;
      let at = cursor + spaces;
      if (!startsAt(text, value, at)) {
        const found = text.indexOf(value, cursor);
        at = found >= 0 ? found : at;
      }
      cursor = Math.min(text.length, at + value.length);
      if (nextOpaque < opaque.length && at === opaque[nextOpaque].at && value === STAND_IN) {
        // A run set aside: one token, the run whole.
        const run = opaque[nextOpaque++];
        const whole = prepared.text.slice(run.start, run.end);
        const start = prepared.offsets[run.start];
        const norm = whole.toLowerCase();
        tokens.push({
          i: tokens.length,
          text: whole,
          start,
          end: prepared.offsets[run.end],
          norm,
          lemma: norm,
          pos: "X",
          type: "opaque",
          stop: false,
          punct: false,
          sentence: sentenceAt(start),
        });
        continue;
      }
      // A lexeme of the model (not a contraction's expansion) always has the same
      // type, normal and stop word flag, and the same lemma for the same part of speech.
      const known = lexeme < intrinsic && second <= 65535;
      let fact = known ? facts[lexeme] : undefined;
      if (!fact) {
        const type = itsType(k, rdd, addons) as string;
        const stop = stopWordFlag(k, rdd, addons) as boolean;
        fact = {
          type,
          punct: PUNCT_TYPES.has(type),
          stop,
          norm: normOf(value, normal(k, rdd, addons) as string, stop),
          lemmas: [],
        };
        if (known) facts[lexeme] = fact;
      }
      if (fact.type === "tabCRLF" || value.trim() === "") {
        if (value.includes("\n")) closeSentence();
        continue;
      }
      const posNumber = (raw[k * TOKEN_SIZE + 2] & POS_MASK) >>> POS_SHIFT;
      const pos = itsPos(k, rdd, addons) as string;
      let lemma = known ? fact.lemmas[posNumber] : undefined;
      if (lemma === undefined) {
        lemma = lemmaOf(value, winkLemma(k, rdd, addons, its, lexeme, second), pos);
        if (known) fact.lemmas[posNumber] = lemma;
      }
      const start = offsets[at];
      tokens.push({
        i: tokens.length,
        text: value,
        start,
        end: offsets[Math.min(at + value.length, offsets.length - 1)],
        norm: fact.norm,
        lemma,
        pos,
        type: fact.type,
        stop: fact.stop,
        punct: fact.punct,
        sentence: sentenceAt(start),
      });
    }
    closeSentence();
    return { sentences, tokens };
  });
}

/**
 * A token's normal form: the word as written, lower-cased. wink-nlp's own normal form
 * also turns British spellings American ("Tyre" becomes "tire", "defence" "defense"),
 * which would merge a Lebanese city with a wheel; it is kept only for contractions
 * (stop words such as "ca" and "n't", normalised to "can" and "not").
 */
function normOf(value: string, winkNormal: string | undefined, stop: boolean): string {
  return stop && winkNormal ? winkNormal : value.toLowerCase();
}

/**
 * A token's lemma, lower-cased; a proper noun's lemma is the name as written ("Tyre"
 * stays "tyre"). wink-nlp gives no lemma for some tokens ("cannot"): the word then
 * stands for its own lemma.
 */
function lemmaOf(value: string, winkLemma: string | undefined, pos: string): string {
  return pos === "PROPN" || !winkLemma ? value.toLowerCase() : winkLemma.toLowerCase();
}

/**
 * The normal forms and lemmas of a short text such as a phrase, tokenized the way
 * article text is.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { tokenKeys } from "./wink.ts";
 * // Capitalised words are proper nouns to wink-nlp and keep their plural.
 * assert.deepEqual(tokenKeys("Popular Mobilization Forces"), {
 *   norms: ["popular", "mobilization", "forces"],
 *   lemmas: ["popular", "mobilization", "forces"],
 * });
 * assert.deepEqual(tokenKeys("security forces").lemmas, ["security", "force"]);
 * ```
 */
export function tokenKeys(phrase: string): { norms: string[]; lemmas: string[] } {
  // The phrase as it stands (not normalised), each character at its own offset.
  const offsets = Int32Array.from({ length: phrase.length + 1 }, (_, i) => i);
  const { tokens } = tokenize({ original: phrase, text: phrase, offsets, boilerplate: [] });
  return { norms: tokens.map((t) => t.norm), lemmas: tokens.map((t) => t.lemma) };
}

let plain: WinkNLP | undefined;

/**
 * The benchmark's baseline: wink-nlp's own `readDoc` over each text, with a plain
 * instance of its own, created on the first call or when `fresh` is asked for (no
 * lexicon resets, nothing read out). Returns the number of tokens.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { winkBaseline } from "./wink.ts";
 * assert.equal(winkBaseline(["One sentence.", "Another one."]), 6); // 2 words and a full stop each
 * ```
 */
export function winkBaseline(texts: readonly string[], options: { fresh?: boolean } = {}): number {
  if (options.fresh) plain = undefined;
  plain ??= winkNLP(model);
  let tokens = 0;
  for (const t of texts) tokens += plain.readDoc(t).tokens().length();
  return tokens;
}

/**
 * Whether a token is a quotation mark: straight or curly, single or double, low or a
 * guillemet (prepared text has them all as `"` and `'`; a token of raw text may not).
 * None when there is no token (before the text's first).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { isQuoteMark, tokenize } from "./wink.ts";
 * import { prepareText } from "../text/normalize.ts";
 * const { tokens } = tokenize(prepareText(`the «plan»`));
 * assert.deepEqual(tokens.map(isQuoteMark), [false, true, false, true]);
 * assert.equal(isQuoteMark(tokens[-1]), false);
 * ```
 */
export function isQuoteMark(token: Token | undefined): boolean {
  return !!token && (token.text === '"' || token.text === "'" || QUOTE_MARK.test(token.text));
}
const QUOTE_MARK = /^[\u201C\u201D\u2018\u2019\u00AB\u00BB\u201E]$/;

/**
 * The one place that touches wink-nlp: sentences and tokens of a prepared text, as
 * plain arrays with offsets into the original text.
 *
 * `tokenize` reads wink-nlp's raw document (its token words, sentences and lexicon
 * cache) through wink-nlp's own `its` functions, a layout internal to wink-nlp 2.4.0,
 * which deno.json pins: another version must pass tests/nlp/wink_test.ts, and give
 * the same annotations on the Brown corpus, before it is taken.
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
let lexicon: Lexicon | undefined;
let pristineSize = 0;
/** The wink-nlp passes framelens needs. */
const PIPE = ["sbd", "pos"] as unknown as Parameters<typeof winkNLP>[1];
/**
 * Start a fresh instance once the lexicon's list holds this many forgotten words. A
 * new instance costs about 0.1 s and V8 is slow to give back an old one's memory
 * (dozens of instances in one process run out of memory), so this is rare: the Brown
 * corpus adds about 150,000.
 */
const RECYCLE_AFTER_WORDS = 2_000_000;

/** The shared wink-nlp instance with the English lite web model, created on first use. */
function nlp(): WinkNLP {
  if (!instance) {
    // wink-nlp unpacks the model with `core()` for each instance; keep a handle on the
    // unpacked lexicon so that withDoc() can forget what a document taught it.
    const base = model as unknown as { core(): { features: { lexeme: Lexicon } } };
    const wrapped = Object.create(base);
    wrapped.core = () => {
      const core = base.core();
      lexicon = core.features.lexeme;
      pristineSize = lexicon.list.length;
      lexemeFacts = new Array(pristineSize).fill(undefined);
      return core;
    };
    // Sentences and parts of speech are all framelens reads: leaving out wink-nlp's
    // negation, sentiment and entity passes changes no token, tag, lemma or sentence
    // (checked on the Brown corpus) and saves about a third of the time.
    instance = winkNLP(wrapped, PIPE);
  }
  return instance;
}

/**
 * Runs `read` on a wink-nlp document of `text` and then forgets the words that
 * wink-nlp learned from it. wink-nlp adds every new word to its lexicon, and its
 * tokenizer treats a known word differently (once "Baghdad's" is known it is no longer
 * split into "Baghdad" and "'s"), so without this the tokens of an article would depend
 * on the articles read before it, and results would change with the order of the
 * articles, the cache and the number of workers.
 */
function withDoc<T>(text: string, read: (doc: ReturnType<WinkNLP["readDoc"]>, n: WinkNLP) => T): T {
  const n = nlp();
  const lex = lexicon!;
  const before = lex.list.length;
  const result = read(n.readDoc(text), n);
  for (let k = before; k < lex.list.length; k++) {
    if (lex.hash[lex.list[k]] === k) delete lex.hash[lex.list[k]];
  }
  if (lex.list.length - pristineSize >= RECYCLE_AFTER_WORDS) {
    // The forgotten words still take room in the lexicon's list: a new instance
    // (with a newly unpacked model) starts from the pristine lexicon again.
    instance = undefined;
    lexicon = undefined;
  }
  return result;
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
 * document.
 *
 * @example
 * ```ts
 * const { sentences, tokens } = tokenize(prepareText("Mr Larijani arrived. He spoke."));
 * // sentences.length === 2, tokens[1].text === "Larijani", tokens[1].start === 3
 * ```
 *
 * @param prepared The output of `prepareText`.
 */
export function tokenize(prepared: PreparedText): Tokenized {
  const { text, offsets } = prepared;
  const tokens: Token[] = [];
  const sentences: Sentence[] = [];
  withDoc(text, (doc, n) => {
    const raw0 = rawDoc(doc);
    if (!raw0) return;
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
      if (!open) {
        sentences.push({
          i: sentences.length,
          start: offsets[at],
          end: offsets[at],
          firstToken: tokens.length,
          lastToken: tokens.length,
        });
        open = true;
      }
      tokens.push({
        i: tokens.length,
        text: value,
        start: offsets[at],
        end: offsets[Math.min(at + value.length, offsets.length - 1)],
        norm: fact.norm,
        lemma,
        pos,
        type: fact.type,
        stop: fact.stop,
        punct: fact.punct,
        sentence: sentences.length - 1,
      });
    }
    closeSentence();
  });
  return { sentences, tokens };
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
 * tokenKeys("Popular Mobilization Forces");
 * // { norms: ["popular", "mobilization", "forces"], lemmas: ["popular", "mobilization", "forces"] }
 * // (capitalised words are proper nouns to wink-nlp and keep their plural)
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
 * const tokens = winkBaseline(["One sentence.", "Another one."]);
 * ```
 */
export function winkBaseline(texts: readonly string[], options: { fresh?: boolean } = {}): number {
  if (options.fresh) plain = undefined;
  plain ??= winkNLP(model);
  let tokens = 0;
  for (const t of texts) tokens += plain.readDoc(t).tokens().length();
  return tokens;
}

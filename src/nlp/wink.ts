/**
 * The one place that touches wink-nlp: sentences and tokens of a prepared text, as
 * plain arrays with offsets into the original text.
 *
 * @module
 */
import winkNLP from "wink-nlp";
import model from "wink-eng-lite-web-model";
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
 * Splits a prepared text into sentences and tokens with wink-nlp.
 *
 * Sentences follow wink-nlp, and a line break always ends one (a headline or a
 * dateline is not run into the next paragraph). Offsets are into the original text.
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
  const { values, spaces, types, normals, lemmas, pos, stops, spans } = withDoc(text, (doc, n) => {
    const its = n.its;
    const all = doc.tokens();
    return {
      values: all.out(its.value) as string[],
      spaces: all.out(its.precedingSpaces) as string[],
      types: all.out(its.type) as string[],
      normals: all.out(its.normal) as string[],
      lemmas: all.out(its.lemma as unknown as typeof its.normal) as string[],
      pos: all.out(its.pos) as string[],
      stops: all.out(its.stopWordFlag) as boolean[],
      spans: doc.sentences().out(its.span) as unknown as [number, number][],
    };
  });

  const tokens: Token[] = [];
  const sentences: Sentence[] = [];
  let cursor = 0;
  let open = false;
  const closeSentence = () => {
    if (!open) return;
    const s = sentences[sentences.length - 1];
    const last = tokens[tokens.length - 1];
    s.end = last.end;
    s.lastToken = tokens.length;
    open = false;
  };
  let spanIndex = 0;
  for (let k = 0; k < values.length; k++) {
    while (spanIndex < spans.length && k > spans[spanIndex][1]) spanIndex++;
    if (spanIndex < spans.length && k === spans[spanIndex][0]) closeSentence();
    const value = values[k];
    let at = cursor + spaces[k].length;
    if (text.startsWith(value, at) === false) {
      const found = text.indexOf(value, cursor);
      at = found >= 0 ? found : at;
    }
    cursor = Math.min(text.length, at + value.length);
    if (types[k] === "tabCRLF" || value.trim() === "") {
      if (value.includes("\n")) closeSentence();
      continue;
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
      norm: normOf(value, normals[k], stops[k]),
      lemma: lemmaOf(value, lemmas[k], pos[k]),
      pos: pos[k],
      type: types[k],
      stop: stops[k],
      punct: PUNCT_TYPES.has(types[k]),
      sentence: sentences.length - 1,
    });
  }
  closeSentence();
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
  const { types, values, normals, lemmas, pos, stops } = withDoc(phrase, (doc, n) => ({
    types: doc.tokens().out(n.its.type) as string[],
    values: doc.tokens().out(n.its.value) as string[],
    normals: doc.tokens().out(n.its.normal) as string[],
    lemmas: doc.tokens().out(n.its.lemma as unknown as typeof n.its.normal) as string[],
    pos: doc.tokens().out(n.its.pos) as string[],
    stops: doc.tokens().out(n.its.stopWordFlag) as boolean[],
  }));
  const keep = types.map((t, i) => t !== "tabCRLF" && values[i].trim() !== "");
  return {
    norms: values.map((v, i) => normOf(v, normals[i], stops[i])).filter((_, i) => keep[i]),
    lemmas: values.map((v, i) => lemmaOf(v, lemmas[i], pos[i])).filter((_, i) => keep[i]),
  };
}

let plain: WinkNLP | undefined;

/**
 * The benchmark's baseline: wink-nlp's own `readDoc` over each text, with a plain
 * instance of its own, created on the first call (no lexicon resets, nothing read
 * out). Returns the number of tokens.
 *
 * @example
 * ```ts
 * const tokens = winkBaseline(["One sentence.", "Another one."]);
 * ```
 */
export function winkBaseline(texts: readonly string[]): number {
  plain ??= winkNLP(model);
  let tokens = 0;
  for (const t of texts) tokens += plain.readDoc(t).tokens().length();
  return tokens;
}

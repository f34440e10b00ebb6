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

/** The shared wink-nlp instance with the English lite web model, created on first use. */
function nlp(): WinkNLP {
  instance ??= winkNLP(model);
  return instance;
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
  const n = nlp();
  const its = n.its;
  const doc = n.readDoc(text);
  const all = doc.tokens();
  const values = all.out(its.value) as string[];
  const spaces = all.out(its.precedingSpaces) as string[];
  const types = all.out(its.type) as string[];
  const normals = all.out(its.normal) as string[];
  const lemmas = all.out(its.lemma as unknown as typeof its.normal) as string[];
  const pos = all.out(its.pos) as string[];
  const stops = all.out(its.stopWordFlag) as boolean[];
  const spans = doc.sentences().out(its.span) as unknown as [number, number][];

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
      norm: normals[k],
      lemma: lemmas[k].toLowerCase(),
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
  const n = nlp();
  const doc = n.readDoc(phrase);
  const types = doc.tokens().out(n.its.type) as string[];
  const norms = doc.tokens().out(n.its.normal) as string[];
  const lemmas = doc.tokens().out(n.its.lemma as unknown as typeof n.its.normal) as string[];
  const keep = types.map((t, i) => t !== "tabCRLF" && norms[i].trim() !== "");
  return {
    norms: norms.filter((_, i) => keep[i]),
    lemmas: lemmas.filter((_, i) => keep[i]).map((l) => l.toLowerCase()),
  };
}

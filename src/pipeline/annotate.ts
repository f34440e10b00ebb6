/**
 * Annotation: an article's text prepared, split into sentences and tokens, and its
 * phrases merged into terms, with the resources (boilerplate rules, phrase list)
 * read once for a whole corpus.
 *
 * @module
 */
import type { AnnotatedArticle, Article, Token } from "../types.ts";
import { type BoilerplateRules, findBoilerplate, loadBoilerplate } from "../text/boilerplate.ts";
import { prepareText } from "../text/normalize.ts";
import { compilePhrases, loadPhrases, mergePhrases, type PhraseMatcher } from "../text/phrases.ts";
import { tokenize } from "../nlp/wink.ts";

/** What annotation needs besides the article: read once, used for every article. */
export interface Resources {
  /** Boilerplate rules. */
  boilerplate: BoilerplateRules;
  /** The compiled phrase list. */
  phrases: PhraseMatcher;
}

/** Options for {@linkcode loadResources}: other files than the project's own. */
export interface LoadResourcesOptions {
  /** A boilerplate YAML file instead of `data/boilerplate.yaml`. */
  boilerplateFile?: string;
  /** A phrase list YAML file instead of `data/phrases.yaml`. */
  phrasesFile?: string;
}

/**
 * Reads the boilerplate rules and the phrase list.
 *
 * @example
 * ```ts
 * const resources = await loadResources();
 * ```
 */
export async function loadResources(options: LoadResourcesOptions = {}): Promise<Resources> {
  const [boilerplate, phrases] = await Promise.all([
    loadBoilerplate(options.boilerplateFile),
    loadPhrases(options.phrasesFile),
  ]);
  return { boilerplate, phrases: compilePhrases(phrases) };
}

const CLITIC = /^(?:'|n't$)/i;

/**
 * Whether a token counts as a word: a word or number, not punctuation, and not a
 * clitic split off a word ("'s" of "Iran's", "n't" of "can't").
 *
 * @example
 * ```ts
 * isWord(tokens.find((t) => t.text === "'s")!); // false
 * ```
 */
export function isWord(token: Token): boolean {
  return (token.type === "word" || token.type === "number") && !CLITIC.test(token.text);
}

/**
 * Annotates one article: boilerplate blanked, text normalised, sentences, tokens and
 * terms (phrases merged), and its length in words.
 *
 * @example
 * ```ts
 * const resources = await loadResources();
 * const annotated = annotateArticle(corpus.articles[0], resources);
 * console.log(annotated.words, annotated.sentences.length);
 * ```
 */
export function annotateArticle(article: Article, resources: Resources): AnnotatedArticle {
  const spans = findBoilerplate(article.text, resources.boilerplate, article.outlet);
  const prepared = prepareText(article.text, spans);
  const { sentences, tokens } = tokenize(prepared);
  const terms = mergePhrases(article.text, tokens, resources.phrases);
  let words = 0;
  for (const t of tokens) if (isWord(t)) words++;
  return { article, sentences, tokens, terms, words };
}

/**
 * Annotates every article of a list, in order.
 *
 * @example
 * ```ts
 * const annotated = annotateCorpus(corpus.articles, await loadResources());
 * ```
 */
export function annotateCorpus(articles: Article[], resources: Resources): AnnotatedArticle[] {
  return articles.map((a) => annotateArticle(a, resources));
}

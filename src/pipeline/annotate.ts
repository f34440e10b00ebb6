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

/** A span of an article's original text. */
export interface TextSpan {
  /** Offset of its first character. */
  start: number;
  /** Offset just past its last character. */
  end: number;
}

/**
 * The spans of an article's opaque tokens: the runs of more than 1,000 characters
 * without a space that were set aside before wink-nlp (see `Token.type`).
 *
 * @example
 * ```ts
 * opaqueSpans(annotateArticle(article, resources).tokens); // [] for most articles
 * ```
 */
export function opaqueSpans(tokens: readonly Token[]): TextSpan[] {
  const spans: TextSpan[] = [];
  for (const t of tokens) if (t.type === "opaque") spans.push({ start: t.start, end: t.end });
  return spans;
}

/** Something of an article that annotation set aside rather than analysed. */
export interface AnnotationWarning {
  /** The file of the article. */
  file: string;
  /** The article's id. */
  article: string;
  /** Where it is in the article's text. */
  start: number;
  /** Just past its end. */
  end: number;
  /** What was set aside, where and why, in words. */
  message: string;
}

/**
 * What annotation set aside in each article, from its annotation or its digest: each
 * run of more than 1,000 characters without a space (a base64 image, a minified script)
 * is one opaque token, not analysed. The report logs these; a notebook can show them.
 *
 * @example
 * ```ts
 * for (const w of annotationWarnings(annotated)) console.warn(`${w.file}: ${w.message}`);
 * // data/articles/x.md: line 12: 200,000 characters without a space were not analysed ...
 * ```
 */
export function annotationWarnings(
  items: readonly (Pick<AnnotatedArticle, "article" | "tokens"> | { article: Article; opaque: readonly TextSpan[] })[],
): AnnotationWarning[] {
  const out: AnnotationWarning[] = [];
  for (const item of items) {
    const { article } = item;
    const spans = "tokens" in item ? opaqueSpans(item.tokens) : item.opaque;
    let line = 1, seen = 0;
    for (const { start, end } of spans) {
      for (; seen < start; seen++) if (article.text.charCodeAt(seen) === 10) line++;
      out.push({
        file: article.file,
        article: article.id,
        start,
        end,
        message: `line ${line}: ${(end - start).toLocaleString("en")} characters without a space were not analysed ` +
          `(a base64 image or a script?): they count as one opaque token, not as words`,
      });
    }
  }
  return out;
}

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
 * import assert from "node:assert/strict";
 * import { loadResources } from "framelens";
 * const resources = await loadResources(); // data/boilerplate.yaml and data/phrases.yaml
 * assert.ok(resources.phrases.entries.length > 0);
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
 * import assert from "node:assert/strict";
 * import { annotateArticle, loadResources } from "framelens";
 * import { isWord } from "./annotate.ts";
 * const text = "Iran's envoy can't stay.";
 * const { tokens } = annotateArticle({ id: "a", file: "a.md", outlet: "A", text, extra: {} }, await loadResources());
 * assert.deepEqual(tokens.filter(isWord).map((t) => t.text), ["Iran", "envoy", "ca", "stay"]); // not 's, n't or .
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
 * import assert from "node:assert/strict";
 * import { annotateArticle, loadResources } from "framelens";
 * const article = { id: "a", file: "a.md", outlet: "A", text: "Larijani arrived in Beirut. He met Aoun.", extra: {} };
 * const annotated = annotateArticle(article, await loadResources());
 * assert.equal(annotated.words, 7);
 * assert.equal(annotated.sentences.length, 2);
 * const [first] = annotated.tokens; // offsets into the original text
 * assert.equal(article.text.slice(first.start, first.end), "Larijani");
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
 * import assert from "node:assert/strict";
 * import { annotateCorpus, loadCorpus, loadResources } from "framelens";
 * const { articles } = await loadCorpus(); // data/articles
 * const annotated = annotateCorpus(articles, await loadResources());
 * assert.deepEqual(annotated.map((a) => a.article), articles);
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
 * import assert from "node:assert/strict";
 * import { annotateArticle, loadResources } from "framelens";
 * import { opaqueSpans } from "./annotate.ts";
 * const resources = await loadResources();
 * const blob = "data:image/png;base64," + "A".repeat(2000);
 * const text = `A photo: ${blob} ends here.`;
 * const annotated = annotateArticle({ id: "a", file: "a.md", outlet: "A", text, extra: {} }, resources);
 * assert.deepEqual(opaqueSpans(annotated.tokens), [{ start: 9, end: 9 + blob.length }]);
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
 * import assert from "node:assert/strict";
 * import { annotateCorpus, annotationWarnings, loadResources } from "framelens";
 * const text = `A photo: ${"A".repeat(2000)} ends here.`;
 * const article = { id: "x", file: "data/articles/x.md", outlet: "A", text, extra: {} };
 * const annotated = annotateCorpus([article], await loadResources());
 * const [warning] = annotationWarnings(annotated);
 * assert.equal(warning.file, "data/articles/x.md");
 * assert.match(warning.message, /2,000 characters without a space/);
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

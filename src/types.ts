/**
 * The typed rows and records that pass between framelens stages.
 *
 * @module
 */

/** The kinds of article framelens distinguishes. */
export type ArticleKind = "news" | "opinion" | "analysis";

/** The kinds an article's `kind` field may take. */
export const ARTICLE_KINDS: readonly ArticleKind[] = [
  "news",
  "opinion",
  "analysis",
];

/** One article of the corpus: its metadata from the front matter and its text. */
export interface Article {
  /** The file name without `.md`: unique within a corpus. */
  id: string;
  /** The path of the file it came from. */
  file: string;
  /** The outlet that published it (required). */
  outlet: string;
  /** Publication date as `YYYY-MM-DD`, when known. */
  date?: string;
  /** Headline. */
  title?: string;
  /** Where it was published. */
  url?: string;
  /** news, opinion or analysis. */
  kind?: ArticleKind;
  /** Author, when named. */
  author?: string;
  /** The outlet's country. */
  country?: string;
  /** Front-matter fields framelens does not interpret, kept as given. */
  extra: Record<string, unknown>;
  /** The article text, exactly as in the file after the front matter. */
  text: string;
}

/** A problem found while loading one file of a corpus. */
export interface LoadProblem {
  /** The file the problem is in. */
  file: string;
  /** What is wrong, in words a user can act on. */
  message: string;
}

/** A loaded corpus: the articles that loaded and the problems of those that did not. */
export interface Corpus {
  /** The folder the corpus was read from. */
  dir: string;
  /** Articles sorted by id. */
  articles: Article[];
  /** One entry per file that could not be loaded. */
  problems: LoadProblem[];
  /** Things to know about the folder that are not problems with an article: files that are not articles yet. */
  notices?: string[];
}

/** One token of an article, with offsets into the article's original text. */
export interface Token {
  /** Index of the token within its article. */
  i: number;
  /** The token as it appears in the prepared text. */
  text: string;
  /** Offset of the first character in the original text. */
  start: number;
  /** Offset just past the last character in the original text. */
  end: number;
  /** Lower-cased normal form (wink-nlp `normal`). */
  norm: string;
  /** Lemma (wink-nlp `lemma`), lower-cased. */
  lemma: string;
  /** Universal part-of-speech tag. */
  pos: string;
  /**
   * wink-nlp token type: word, number, punctuation, symbol, emoji, ...; or `"opaque"`:
   * a run of more than 1,000 characters without a space (a base64 image, a minified
   * script), set aside before wink-nlp and kept whole as one token, its `norm` and
   * `lemma` the run in lower case and its `pos` `X`. An opaque token is no word (not in
   * `words`) and no term; `annotationWarnings` names the files that have one.
   */
  type: string;
  /** Whether the token is a stop word. */
  stop: boolean;
  /** Whether the token is punctuation or a symbol. */
  punct: boolean;
  /** Index of the sentence it belongs to. */
  sentence: number;
}

/** One sentence of an article. */
export interface Sentence {
  /** Index of the sentence within its article. */
  i: number;
  /** Offset of the first character in the original text. */
  start: number;
  /** Offset just past the last character in the original text. */
  end: number;
  /** Index of the first token. */
  firstToken: number;
  /** Index just past the last token. */
  lastToken: number;
}

/** One term of an article: a token, or a phrase of several tokens kept as one. */
export interface Term {
  /** Lower-cased normal form; for a phrase, its canonical form from the phrase list. */
  norm: string;
  /** Lower-cased lemma; for a phrase, its canonical form from the phrase list. */
  lemma: string;
  /** The surface form as written in the original text. */
  surface: string;
  /** Offset of the first character in the original text. */
  start: number;
  /** Offset just past the last character in the original text. */
  end: number;
  /** Index of the sentence it belongs to. */
  sentence: number;
  /** Index of the first token. */
  firstToken: number;
  /** Index just past the last token. */
  lastToken: number;
  /** Whether it is a phrase from the phrase list. */
  phrase: boolean;
  /** Whether it is a name made into one term (`nameTerms`); absent for tokens and phrases. */
  name?: boolean;
  /** Whether it is a single stop word. */
  stop: boolean;
  /** Whether it is a single punctuation token. */
  punct: boolean;
}

/** An article analysed: its metadata, prepared text, sentences, tokens and terms. */
export interface AnnotatedArticle {
  /** The article as loaded. */
  article: Article;
  /** Sentences in order. */
  sentences: Sentence[];
  /** Tokens in order (white space excluded). */
  tokens: Token[];
  /** Terms in order: tokens with phrases merged. */
  terms: Term[];
  /** Number of word tokens (words and numbers, not punctuation), boilerplate excluded. */
  words: number;
}

/**
 * What per-outlet rates need of an article: the article, its length in words and its
 * sentences. An {@linkcode AnnotatedArticle} is one, and so is a digest (which keeps
 * these and lets the tokens go).
 */
export interface ArticleOutline {
  /** The article. */
  article: Article;
  /** Word count (word and number tokens, boilerplate left out). */
  words: number;
  /** Its sentences. */
  sentences: readonly Sentence[];
}

/**
 * Term count in one article: a row of `articleTermCounts`, the terms of a digest, and a
 * row of the store's `article_terms` table (one row per article and term).
 */
export interface ArticleTermRow {
  /** Article id. */
  article: string;
  /** The article's group: its outlet, or another unit of comparison. */
  outlet: string;
  /** Term key. */
  term: string;
  /** Occurrences in the article (at least 1). */
  count: number;
}

/** One row of `articles.csv`: an article at a glance. */
export interface ArticleRow {
  /** Article id. */
  id: string;
  /** Outlet, or the article's group when the rows are grouped by another field (`groupBy`). */
  outlet: string;
  /** The article's own outlet, when the rows are grouped by another field (its `outlet` is then the group). */
  articleOutlet?: string;
  /** Date `YYYY-MM-DD`, or empty when unknown. */
  date: string;
  /** Title, or empty. */
  title: string;
  /** Kind, or empty. */
  kind: string;
  /** Words (word and number tokens). */
  words: number;
  /** Sentences. */
  sentences: number;
}

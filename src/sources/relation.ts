/**
 * The shape of an attribution relation, declared apart from the code that finds relations so
 * that the finder's parts can all name it without importing one another in a circle.
 *
 * @module
 */

/** A stretch of the original text, `[start, end)`. */
export interface TextSpan {
  /** Offset of the first character. */
  start: number;
  /** Offset just past the last character. */
  end: number;
}

/** The kinds of attribution relation. */
export type RelationType = "direct" | "indirect" | "mixed" | "scare";

/** The relation types, in the order tables show them. */
export const RELATION_TYPES: readonly RelationType[] = ["direct", "indirect", "mixed", "scare"];

/** One attribution relation of an article. */
export interface Attribution {
  /** direct, indirect, mixed or scare. */
  type: RelationType;
  /** Index of the sentence its cue is in (of the content, for a relation with no cue). */
  sentence: number;
  /** What is reported (for a direct quote, inside the quotation marks). */
  content: TextSpan;
  /** How: the verb or phrase ("said", "according to", a colon); none for a scare quote. */
  cue?: TextSpan;
  /** Who, as written ("the jury", "he", "Ali Larijani"); none when no source is named nearby. */
  source?: TextSpan;
  /**
   * For a report inside a quote ("“Coach Royal told me he could use me,” said Moritz"), the
   * content of the quote it was found in; none for the text's own relations.
   */
  inside?: TextSpan;
}

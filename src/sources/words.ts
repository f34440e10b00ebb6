/**
 * Small word lists and limits that the cue, clause and passive readers share, in a module of
 * their own so that none of those readers imports another for them.
 *
 * @module
 */

/** How many tokens a source, a hearer or an apposition may span. */
export const MAX_PHRASE = 12;
/** Words of time between a cue and its content ("said Friday that", "said on Monday"). */
export const TIME_WORDS: ReadonlySet<string> = new Set([
  "monday",
  "tuesday",
  "wednesday",
  "thursday",
  "friday",
  "saturday",
  "sunday",
  "yesterday",
  "today",
  "tonight",
  "on",
  "last",
  "this",
  "night",
  "morning",
  "afternoon",
  "evening",
  "week",
  "month",
  "year",
  "here",
  "later",
  "earlier",
  "also",
]);

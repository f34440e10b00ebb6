/**
 * The words that introduce reported speech: verbs of saying and stating (by lemma), the
 * phrases that do the same ("according to", "in a statement"), and the words a source
 * is named by when it is not a name (pronouns, titles, offices).
 *
 * @module
 */
import { ENGLISH } from "../text/english.ts";

/**
 * Verbs of saying and of stated position, as lemmas: "X said that ...", "..., X stressed",
 * "X condemned the aggression". A plan or a decision ("decided", "agreed", "planned") is
 * not speech. Listed once, as `speech_verbs` in data/english.yaml.
 */
export const SPEECH_VERBS: ReadonlySet<string> = ENGLISH.speech_verbs;

/**
 * Speech verbs whose object, when it is a noun phrase and no clause follows, is itself
 * the content: "condemned the Zionist aggression".
 */
export const STANCE_VERBS: ReadonlySet<string> = new Set([
  "condemn",
  "denounce",
  "reject",
  "criticize",
  "criticise",
  "praise",
  "hail",
  "welcome",
  "slam",
  "blast",
  "demand",
  "deny",
  "describe",
  "accuse",
]);

/** Verbs whose first object is the hearer ("told al-Sudani that ..."), not the content. */
export const HEARER_VERBS: ReadonlySet<string> = new Set(["tell", "urge", "ask", "warn", "assure", "inform", "remind"]);

/** Verbs that are speech only with a particle: "called for", "called on", "pointed out". */
export const PARTICLE_VERBS: Readonly<Record<string, readonly string[]>> = {
  call: ["for", "on", "upon"],
  point: ["out"],
  agree: ["that"],
  suggest: ["that"],
};

/** Personal pronouns that can be a source, and the persons they can stand for. */
export const SOURCE_PRONOUNS: Readonly<Record<string, "person" | "group">> = {
  he: "person",
  she: "person",
  they: "group",
  we: "group",
  i: "person",
};

/**
 * Head nouns of an office or a body that speaks for an organisation ("the embassy said",
 * "a ministry statement", "the jury said").
 */
export const OFFICE_HEADS: ReadonlySet<string> = new Set([
  "office",
  "ministry",
  "embassy",
  "council",
  "committee",
  "department",
  "government",
  "jury",
  "court",
  "agency",
  "spokesman",
  "spokeswoman",
  "spokesperson",
  "statement",
  "board",
  "commission",
  "administration",
  "party",
  "movement",
  "group",
  "army",
  "military",
  "police",
  "company",
  "firm",
  "union",
  "association",
  "presidency",
  "parliament",
  "cabinet",
]);

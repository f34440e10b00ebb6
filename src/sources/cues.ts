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
  "refute",
  "describe",
  "accuse",
]);

/**
 * Verbs of stance that report a stated position in the active only before a noun phrase
 * or a clause of their own ("Kennedy opposes any widespread relief", "those who favor
 * splitting the country", "Lumumba and Kasavubu blamed it all on the Belgians"), never
 * before a preposition ("a system which the party opposes in its platform": the object is
 * elsewhere), in an infinitive ("to oppose Wagner"), nor as a possibility or a denial
 * ("would oppose", as every cue); of `HELD_STANCE_VERBS` only in the present.
 */
export const ACTIVE_STANCE_VERBS: ReadonlySet<string> = new Set([
  "oppose",
  "favor",
  "favour",
  "applaud",
  "assail",
  "blame",
  "protest",
  "deplore",
  "lament",
  "grumble",
]);

/** Verbs of `ACTIVE_STANCE_VERBS` that report a position only in the present ("opposes the plan"): in the past they may tell of a vote ("opposed the levy in the vote"). */
export const HELD_STANCE_VERBS: ReadonlySet<string> = new Set(["oppose", "favor", "favour"]);

/**
 * Verbs of saying or stance whose content follows a preposition that elsewhere opens a
 * topic ("complaining about mistakes in their accounts", "Pitchers grumble about lively balls",
 * "loudly protest against limits"; "commented on the court" stays a topic).
 */
export const CONTENT_PREPOSITIONS: Readonly<Record<string, readonly string[]>> = {
  complain: ["about", "of"],
  grumble: ["about"],
  protest: ["against"],
};

/**
 * Nouns of speech or stance that cue what follows them, with the words that open their
 * content besides "that": "Smith's contention that ...", "his call for ...", "charges of
 * assault", "her criticism of the plan" (read by `nounCueAt()` in noun_cues.ts).
 */
export const STANCE_NOUNS: Readonly<Record<string, readonly string[]>> = {
  contention: [],
  assertion: [],
  assertions: [],
  claim: [],
  claims: ["of"],
  argument: [],
  insistence: [],
  warning: [],
  warnings: [],
  remark: [],
  remarks: [],
  suggestion: [],
  prediction: [],
  promise: [],
  pledge: [],
  assurance: [],
  assurances: [],
  admission: [],
  testimony: [],
  announcement: [],
  statement: [],
  concern: ["about", "over"],
  charge: [],
  charges: ["of"],
  allegation: [],
  allegations: ["of"],
  accusation: [],
  accusations: ["of"],
  reports: ["of"],
  complaint: ["about"],
  complaints: ["of", "about"],
  call: ["for"],
  calls: ["for"],
  demand: ["for"],
  demands: ["for"],
  appeal: ["for"],
  plea: ["for"],
  request: ["for"],
  criticism: ["of"],
  condemnation: ["of"],
  denial: ["of"],
  rejection: ["of"],
  praise: ["for"],
  statements: [],
  announcements: [],
  predictions: [],
  belief: [],
  beliefs: [],
  feeling: [],
  opinion: [],
  opposition: ["to"],
};

/**
 * Nouns of `STANCE_NOUNS` that cue a clause after "that" even with no source named: "the
 * belief that ...", "despite warnings that ...", "The feeling was that ...", "the argument goes
 * that ..." (an unnamed source). A relative "that" ("the statement that he made") is a
 * pronoun to the tagger, not this conjunction.
 */
export const SOURCELESS_NOUNS: ReadonlySet<string> = new Set([
  "belief",
  "beliefs",
  "feeling",
  "announcement",
  "statement",
  "statements",
  "warning",
  "warnings",
  "claim",
  "claims",
  "assertion",
  "contention",
  "argument",
  "prediction",
  "predictions",
  "assurance",
  "assurances",
  "reports",
]);

/** Verbs whose object noun of `STANCE_NOUNS` makes their subject its source ("leveled charges that", "voiced concern over"). */
export const SUPPORT_VERBS: ReadonlySet<string> = new Set([
  "express",
  "voice",
  "make",
  "issue",
  "raise",
  "renew",
  "level",
  "file",
  "lodge",
  "press",
  "deliver",
  "repeat",
  "reiterate",
  "echo",
]);

/** Verbs whose first object is the hearer ("told al-Sudani that ..."), not the content. */
export const HEARER_VERBS: ReadonlySet<string> = new Set(["tell", "urge", "ask", "warn", "assure", "inform", "remind"]);

/**
 * Verbs that are speech only with a particle: "called for", "called on", "pointed out", and
 * "held that", "ruled that" (of these two, only this use is speech).
 */
export const PARTICLE_VERBS: Readonly<Record<string, readonly string[]>> = {
  call: ["for", "on", "upon"],
  point: ["out"],
  agree: ["that"],
  // A court's or a panel's stated finding: "the court held that", "the judge ruled that" (not "held a dinner").
  hold: ["that"],
  rule: ["that"],
};

/**
 * Verbs that report a noun phrase as content only when a name or a pronoun says it ("Mr.
 * Brandt suggested the vision of ...", "it suggested the possibility of ..."), and a clause
 * after "that" whoever says it; "the figures suggest a recovery" is evidence, no speech.
 */
export const NAMED_SOURCE_VERBS: ReadonlySet<string> = new Set(["suggest"]);

/**
 * Adverbs the tagger takes for verbs between a source and its cue ("he further said that",
 * "He further proposed grants"): the source is before them.
 */
export const ADVERBS_TAKEN_FOR_VERBS: ReadonlySet<string> = new Set(["further", "furthermore", "likewise"]);

/**
 * Personal pronouns that can be a source, and what they can stand for: a person; a group
 * (an organisation, a place or people); a body ("the ministry said ... it added": an
 * organisation, never a person).
 */
export const SOURCE_PRONOUNS: Readonly<Record<string, "person" | "group" | "body">> = {
  he: "person",
  she: "person",
  they: "group",
  we: "group",
  i: "person",
  it: "body",
};

/**
 * Head nouns of an office or a body that speaks for an organisation ("the embassy said",
 * "the jury said"); a document is no office ({@linkcode DOCUMENT_HEADS}).
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
  "division",
  "bureau",
  "branch",
]);

/**
 * Members or voices of a body, by the body's head noun: "the jurors said" is the jury's
 * voice, "its spokesmen" the organisation's.
 */
export const MEMBER_BODIES: Readonly<Record<string, string>> = {
  juror: "jury",
  jurors: "jury",
  councilmen: "council",
  councilman: "council",
  spokesmen: "spokesman",
  spokeswomen: "spokeswoman",
  officials: "office",
  directors: "board",
  stewards: "board",
};

/**
 * Documents that speak for whoever issued them ("the resolution urges", "his petition
 * charged", "the statement said").
 */
export const DOCUMENT_HEADS: ReadonlySet<string> = new Set([
  "statement",
  "resolution",
  "petition",
  "report",
  "letter",
  "message",
  "communique",
  "release",
  "citation",
  "complaint",
  "memorandum",
  "declaration",
]);

/**
 * Heads of a plan, a decision or a document's clause, which is no speech ("the contract
 * called for", "the plan calls for"): such a source makes no relation.
 */
export const NOT_SOURCE_HEADS: ReadonlySet<string> = new Set([
  "plan",
  "plans",
  "contract",
  "contracts",
  "agreement",
  "agreements",
  "schedule",
  "law",
  "laws",
  "bill",
  "budget",
  "program",
  "programme",
  "proposal",
  "measure",
  "ordinance",
  "treaty",
  "accord",
  "deal",
  "pact",
  "project",
  "constitution",
  "charter",
  "rule",
  "rules",
  "regulation",
  "amendment",
  "belief",
  "weight",
]);

/** Nouns of a setting that a cue may name before its content ("said in a statement:", "told in an interview"). */
export const SETTING_NOUNS: ReadonlySet<string> = new Set([
  "statement",
  "interview",
  "speech",
  "address",
  "letter",
  "message",
  "remarks",
  "communique",
  "release",
  "broadcast",
  "telegram",
]);

/** Verbs that report speech only before a clause, a colon or a quote, not before a noun ("added a pair of runs", "maintain an apartment"). */
export const CLAUSE_ONLY_VERBS: ReadonlySet<string> = new Set(["add", "threaten", "report", "write", "maintain"]);

/**
 * Abbreviated titles in full, lower-cased and without their full stop: "Atty. Gen. J.
 * Joseph Nugent" is the one "the attorney general" stands for.
 */
export const TITLE_ABBREVIATIONS: Readonly<Record<string, string>> = {
  atty: "attorney",
  gen: "general",
  gov: "governor",
  sen: "senator",
  rep: "representative",
  lt: "lieutenant",
  col: "colonel",
  capt: "captain",
  sgt: "sergeant",
  supt: "superintendent",
  asst: "assistant",
  secy: "secretary",
  pres: "president",
  cmdr: "commander",
  adm: "admiral",
  maj: "major",
  det: "detective",
  insp: "inspector",
  comr: "commissioner",
  dist: "district",
};

/**
 * Titles that name the same office as the title words listed ("the premier" is the one
 * named "Prime Minister X"), by the title's head word.
 */
export const TITLE_EQUIVALENTS: Readonly<Record<string, readonly string[]>> = {
  premier: ["prime", "minister"],
};

/**
 * Verbs of belief, expectation and judgement that report a stated position only before a
 * clause ("Kern felt there was nothing he could do", "he expects a vote will be held", "The
 * best approach, he figured, was ..."), never before an object or "to" ("felt strong",
 * "expects to win"). "Knew", "learned", "realised" are factive (the outlet's own account)
 * and no cue; so is "concluded" ("concluded a round of talks"). The writer's own "I think"
 * is the outlet's voice.
 */
export const BELIEF_VERBS: ReadonlySet<string> = new Set([
  "feel",
  "think",
  "figure",
  "expect",
  "hope",
  "fear",
  "doubt",
  "imply",
  "intimate",
  "reckon",
  "suppose",
  "assume",
  "envision",
  "foresee",
  "anticipate",
]);

/**
 * Adjectives of conviction that, after "be", "become" or "remain", report a stated position
 * before a clause: "he was convinced that ...", "dealers are optimistic the quarter will ...".
 */
export const BELIEF_ADJECTIVES: ReadonlySet<string> = new Set([
  "convinced",
  "persuaded",
  "certain",
  "confident",
  "sure",
  "optimistic",
  "pessimistic",
  "hopeful",
  "doubtful",
]);

/**
 * Verbs whose agentless passive reports speech with no speaker named: "it was announced that
 * ...", "X is said to be ...", "he was told the bill ...", "is accused of ...", "is estimated
 * at ...". A passive of a decision is no report ("was approved", "was decided"), nor a request
 * ("is now asked to hand over its weapons": the outlet's account of a demand).
 */
export const AGENTLESS_VERBS: ReadonlySet<string> = new Set([
  "announce",
  "report",
  "say",
  "disclose",
  "reveal",
  "estimate",
  "forecast",
  "predict",
  "allege",
  "rumor",
  "rumour",
  "claim",
  "accuse",
  "charge",
  "tell",
  "advise",
  "inform",
]);

/** Adverbs that report what follows as someone's claim, with no speaker named ("he reportedly received"). */
export const REPORT_ADVERBS: ReadonlySet<string> = new Set([
  "reportedly",
  "allegedly",
  "purportedly",
  "reputedly",
  "supposedly",
]);

/**
 * Nouns of a work whose title follows in quotation marks ("the film “Operation Abolition”",
 * "O'Connor's novel, “The Last Hurrah”"): the title is a name, not a quote. Listed once, as
 * `work_nouns` in data/english.yaml (read by `worksAmong()` in work_titles.ts).
 */
export const WORK_NOUNS: ReadonlySet<string> = ENGLISH.work_nouns;

/**
 * Words right before a capitalised quote that make it a title of a work ("a role in “Golden
 * Arrow”", "a program titled “Threshold”"). Listed once, as `work_leads` in data/english.yaml.
 */
export const WORK_LEADS: ReadonlySet<string> = ENGLISH.work_leads;

/**
 * The speaker of a relation whose cue names no one: an agentless passive ("is reported",
 * "is accused of", "were advised"), an adverb ("reportedly", "allegedly") or a noun of
 * report ("reports of", "charges of"). The guide gives such a relation an unnamed
 * description of who speaks, by what the cue says of them: reports, accusers, allegations
 * or an informant.
 *
 * @module
 */
import type { Attribution } from "./attribution.ts";
import type { Speaker } from "./speaker_context.ts";

/**
 * The unnamed speaker each kind of agentless cue stands for, tried in order on the cue's
 * words in lower case: the first that matches names the speaker.
 */
const AGENTLESS_SPEAKERS: readonly (readonly [RegExp, string])[] = [
  // "allegedly": the allegations themselves speak, no one is said to allege.
  [/\ballegedly\b/, "unnamed allegations"],
  // "is accused of", "allegations", "charges of", "was charged with".
  [/\b(?:accus\p{L}*|allegations?|alleged|charges?|charged)\b/u, "unnamed accusers"],
  // "were advised", "was informed", "am told", "is told": someone told the writer or the subject.
  [/\b(?:advised|informed|told)\b/, "unnamed informant"],
  // "is reported", "reportedly", "Reports are", "reports of", "are said", "is rumoured".
  [/\b(?:report\p{L}*|said|rumou?r\p{L}*)\b/u, "unnamed reports"],
];

/**
 * The unnamed speaker of a relation with a cue and no source, by its cue's words ("it is
 * reported that", "reportedly", "is accused of", "were advised"); none for a scare quote,
 * a relation with a source, or a cue of another kind ("was announced", "is estimated",
 * "has been asked"), whose speaker the text names elsewhere if at all.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { agentlessSpeaker } from "./speaker_agentless.ts";
 * const text = "The mayor is reported to be ill.";
 * const relation = {
 *   type: "indirect" as const,
 *   sentence: 0,
 *   content: { start: 22, end: 31 },
 *   cue: { start: 10, end: 21 },
 * };
 * assert.deepEqual(agentlessSpeaker(text, relation), { name: "unnamed reports", type: "unnamed", via: "description" });
 * ```
 */
export function agentlessSpeaker(text: string, relation: Attribution): Speaker | undefined {
  if (relation.source || !relation.cue || relation.type === "scare") return undefined;
  const cue = text.slice(relation.cue.start, relation.cue.end).toLowerCase();
  const kind = AGENTLESS_SPEAKERS.find(([pattern]) => pattern.test(cue));
  return kind ? { name: kind[1], type: "unnamed", via: "description" } : undefined;
}

/** The names {@linkcode agentlessSpeaker} gives. */
const AGENTLESS_NAMES: ReadonlySet<string> = new Set(AGENTLESS_SPEAKERS.map(([, name]) => name));

/**
 * Whether a speaker is one {@linkcode agentlessSpeaker} gives: a description of a cue
 * that names no one ("unnamed reports" for "reportedly"), not anyone the text names or
 * describes, and so no one whose words an outlet carries.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { isAgentlessSpeaker } from "./speaker_agentless.ts";
 * assert.equal(isAgentlessSpeaker({ name: "unnamed reports", type: "unnamed" }), true);
 * assert.equal(isAgentlessSpeaker({ name: "a diplomat", type: "unnamed" }), false);
 * ```
 */
export function isAgentlessSpeaker(speaker: { name: string; type: string }): boolean {
  return speaker.type === "unnamed" && AGENTLESS_NAMES.has(speaker.name);
}

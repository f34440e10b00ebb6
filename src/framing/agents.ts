/**
 * A statement discredited after a name that speaks for a party: a discrediting word from the
 * lexicon's `discrediting` list after one of a referent's `agents` (its leaders, offices and
 * officials: "Barrack claimed", "Netanyahu, claiming ...", "The US, as usual, alleged") is a
 * loaded hit for that referent (FRAMING-GUIDE.md: "a verb of saying that discredits a
 * statement ... is loaded for that party"), although the name itself is an entity, not a
 * framing hit. The hit is the discrediting word, as the guide's annotations mark it.
 *
 * @module
 */
import type { Token } from "../types.ts";
import { isPossessive } from "./possessive.ts";
import { tokenize } from "../nlp/wink.ts";
import { prepareText } from "../text/normalize.ts";
import { type EvaluativeWords, judgedPhrase, judges } from "./judged.ts";
import { isQuoteMark } from "../nlp/wink.ts";
import { discreditedEnd } from "./discredited.ts";
import { agentConductStart, conductEnd } from "./conduct.ts";
import { KeyStarts } from "./key_starts.ts";

/** One name that speaks for a referent, as the words of its tokens. */
interface Agent {
  referent: string;
  words: string[];
}

/**
 * The agents of a lexicon, compiled: by the text of their first word. Plain data, so that a
 * structured copy (a compiled lexicon sent to a digest worker) is whole.
 */
export interface Agents {
  /** Agents by their first word, as written (a name matches only with its capitals). */
  byFirst: Map<string, Agent[]>;
}

/**
 * How the first words of each agents' map start (a token that starts as none does is not looked
 * up), made once for each map in each thread: a class instance would not survive a structured copy.
 */
const agentStarts = new WeakMap<Map<string, Agent[]>, KeyStarts>();

function startsOf(byFirst: Map<string, Agent[]>): KeyStarts {
  let starts = agentStarts.get(byFirst);
  if (!starts) agentStarts.set(byFirst, starts = new KeyStarts(byFirst.keys()));
  return starts;
}

/**
 * Compiles the `agents` of a lexicon's referents: each name tokenized as article text is.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { compileAgents } from "./agents.ts";
 * const agents = compileAgents([{ id: "united_states", agents: ["State Department", "Barrack"] }]);
 * assert.deepEqual([...agents.byFirst.keys()], ["State", "Barrack"]);
 * ```
 */
export function compileAgents(referents: readonly { id: string; agents?: readonly string[] }[]): Agents {
  const byFirst = new Map<string, Agent[]>();
  for (const r of referents) {
    for (const name of r.agents ?? []) {
      const words = tokenize(prepareText(name)).tokens.map((t) => t.text);
      if (!words.length) continue;
      const list = byFirst.get(words[0]) ?? [];
      list.push({ referent: r.id, words });
      byFirst.set(words[0], list);
    }
  }
  return { byFirst };
}

/** A discredited statement of an agent: the discrediting word's tokens, its referent and the word. */
export interface AgentHit {
  /** Index of the discrediting word's token. */
  from: number;
  /** Index just past it. */
  to: number;
  /** The referent the agent speaks for. */
  referent: string;
  /** The discrediting word, lower case. */
  word: string;
}

/**
 * Every discrediting word that reports an agent's statement ("Rubio alleged that", "the
 * State Department claimed", "Netanyahu, claiming that"), by the rule of `discreditedEnd`:
 * right after the name or its possessive, after at most three auxiliaries and adverbs, or past
 * a comma. `taken(k)` tells whether token k is already in a hit (such a word is left to it).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { agentHits, compileAgents } from "./agents.ts";
 * import { compileEvaluative } from "./judged.ts";
 * import { tokenize } from "../nlp/wink.ts";
 * import { prepareText } from "../text/normalize.ts";
 * const agents = compileAgents([{ id: "united_states", agents: ["Barrack"] }]);
 * const { tokens } = tokenize(prepareText("Barrack claimed that Beirut had agreed."));
 * assert.deepEqual(agentHits(tokens, agents, compileEvaluative(["claim*"]), () => false), [
 *   { from: 1, to: 2, referent: "united_states", word: "claimed" },
 * ]);
 * ```
 */
export function agentHits(
  tokens: readonly Token[],
  agents: Agents,
  discrediting: EvaluativeWords,
  taken: (k: number) => boolean,
): AgentHit[] {
  if (!agents.byFirst.size || (!discrediting.words.size && !discrediting.prefixes.length)) return [];
  return agentsRead(tokens, agents, (agent, _from, to, hits) => {
    const d = discreditedEnd(tokens, isPossessive(tokens, to) ? to + 1 : to, discrediting);
    if (!d || taken(d.to - 1) || hits.some((h) => h.from === d.to - 1)) return undefined;
    return { from: d.to - 1, to: d.to, referent: agent.referent, word: d.word };
  });
}

/**
 * Every agent's possessive that governs a judged noun phrase: "Washington's cynical games",
 * "Netanyahu's genocidal war", "Tel Aviv's savage crimes" are loaded hits for the referent the
 * agent speaks for, though the bare name is no hit (the United States) or the noun is none of
 * the referent's wordings. The noun phrase is read as `judgedPhrase` reads a possessive
 * naming's: up to its last noun, with an evaluative word in it. The hit runs from the name to
 * that noun; `taken(k)` tells whether token k is already in a hit (such a phrase is left to it).
 * An agent's name right before a judging noun that heads its phrase is one too ("US betrayal",
 * "Washington greed"; not "US corruption cases", where the noun modifies another), and so is an
 * agent whose conduct a judging verb tells (`conductEnd`, `agentConductStart`: "Washington
 * bullied", "betrayed by Washington"), from the name to the verb.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { agentJudgedHits, compileAgents } from "./agents.ts";
 * import { compileEvaluative } from "./judged.ts";
 * import { tokenize } from "../nlp/wink.ts";
 * import { prepareText } from "../text/normalize.ts";
 * const agents = compileAgents([{ id: "united_states", agents: ["Washington"] }]);
 * const evaluative = compileEvaluative(["cynical"]);
 * const { tokens } = tokenize(prepareText("Beirut tired of Washington's cynical games in the region."));
 * const [hit] = agentJudgedHits(tokens, agents, evaluative, () => false);
 * assert.deepEqual([hit.from, hit.to, hit.referent, hit.word], [3, 7, "united_states", "cynical"]);
 * // Washington's plain games are no hit.
 * const plain = tokenize(prepareText("Beirut tired of Washington's games.")).tokens;
 * assert.deepEqual(agentJudgedHits(plain, agents, evaluative, () => false), []);
 * ```
 */
export function agentJudgedHits(
  tokens: readonly Token[],
  agents: Agents,
  evaluative: EvaluativeWords,
  taken: (k: number) => boolean,
): AgentHit[] {
  if (!agents.byFirst.size || (!evaluative.words.size && !evaluative.prefixes.length)) return [];
  return agentsRead(tokens, agents, (agent, from, to) => {
    if (!isPossessive(tokens, to)) {
      // The agent's conduct judged by its verb ("Washington bullied", "betrayed by Washington").
      const c = conductEnd(tokens, from, to, evaluative);
      const p = c ? null : agentConductStart(tokens, from, to, evaluative);
      const span = c ? [from, c.to] : p ? [p.from, to] : null;
      if (span) {
        for (let k = span[0]; k < span[1]; k++) if (taken(k)) return undefined;
        return { from: span[0], to: span[1], referent: agent.referent, word: (c ?? p)!.word };
      }
      // The name as the modifier of a judging noun that heads its phrase ("American weakness").
      const noun = tokens[to];
      const next = tokens[to + 1];
      // Or the name and its noun alone in scare quotes ("'US guardianship'").
      const quoted = isQuoteMark(tokens[from - 1]) && isQuoteMark(next);
      if (
        !noun || noun.pos !== "NOUN" || next?.pos === "NOUN" || next?.pos === "PROPN" ||
        !(quoted || judges(evaluative, noun))
      ) return undefined;
      for (let k = from; k <= to; k++) if (taken(k)) return undefined;
      return { from, to: to + 1, referent: agent.referent, word: noun.norm };
    }
    const judged = judgedPhrase(tokens, from, to + 1, evaluative);
    if (!judged || judged.to <= to + 1) return undefined;
    for (let k = from; k < judged.to; k++) if (taken(k)) return undefined;
    return { from, to: judged.to, referent: agent.referent, word: judged.word };
  }, { skipHit: true });
}

/**
 * Every naming of an agent in `tokens` ("Washington", "the State Department", "Netanyahu"), with
 * the referent it speaks for, in text order: the names that a description after them may stand
 * for (see `src/framing/description.ts`), though they are no framing hits themselves.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { agentNamings, compileAgents } from "./agents.ts";
 * import { tokenize } from "../nlp/wink.ts";
 * import { prepareText } from "../text/normalize.ts";
 * const agents = compileAgents([{ id: "united_states", agents: ["Washington"] }]);
 * const { tokens } = tokenize(prepareText("Beirut waited for Washington."));
 * assert.deepEqual(agentNamings(tokens, agents), [{ from: 3, to: 4, referent: "united_states", word: "" }]);
 * ```
 */
export function agentNamings(tokens: readonly Token[], agents: Agents): AgentHit[] {
  if (!agents.byFirst.size) return [];
  return agentsRead(tokens, agents, (agent, from, to) => ({ from, to, referent: agent.referent, word: "" }), {
    skipHit: true,
  });
}

/**
 * The hits that `read` gives for the agents named in `tokens`, in the order of the tokens. At
 * each token, the agents whose words start there are tried in turn: `read(agent, from, to,
 * hits)` gets the agent's tokens `from` to `to` (exclusive) and the hits so far, and gives a hit
 * or undefined to try the next agent. The first hit is kept; the scan goes on at the next token,
 * or with `skipHit` after the hit's last token.
 */
function agentsRead(
  tokens: readonly Token[],
  agents: Agents,
  read: (agent: Agent, from: number, to: number, hits: readonly AgentHit[]) => AgentHit | undefined,
  { skipHit = false }: { skipHit?: boolean } = {},
): AgentHit[] {
  const hits: AgentHit[] = [];
  const { byFirst } = agents;
  const starts = startsOf(byFirst);
  for (let i = 0; i < tokens.length; i++) {
    const { text } = tokens[i];
    const list = starts.has(text) ? byFirst.get(text) : undefined;
    if (!list) continue;
    for (const agent of list) {
      if (!agent.words.every((w, j) => tokens[i + j]?.text === w)) continue;
      const hit = read(agent, i, i + agent.words.length, hits);
      if (!hit) continue;
      hits.push(hit);
      if (skipHit) i = hit.to - 1;
      break;
    }
  }
  return hits;
}

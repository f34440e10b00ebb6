import assert from "node:assert/strict";
import type { Attribution } from "../../src/sources/attribution.ts";
import { resolveSpeakers } from "../../src/sources/speakers.ts";
import { agentlessSpeaker } from "../../src/sources/speaker_agentless.ts";
import { mention } from "../fixtures/speaker_inputs.ts";

/** An indirect relation with no source: its cue and content located in `text`. */
function agentless(text: string, cue: string, content: string, sentence = 0): Attribution {
  const at = (part: string) => ({ start: text.indexOf(part), end: text.indexOf(part) + part.length });
  return { type: "indirect", sentence, cue: at(cue), content: at(content) };
}

Deno.test("agentlessSpeaker() names the unnamed speaker by the kind of its cue: reports, accusers, allegations, informant", () => {
  const cases: [string, string, string, string][] = [
    ["The mayor is reported to be ill.", "is reported", "to be ill", "unnamed reports"],
    ["He reportedly left the city.", "reportedly", "left the city", "unnamed reports"],
    ["Reports are that the dam broke.", "Reports are", "the dam broke", "unnamed reports"],
    ["The films are said to be long.", "are said", "to be long", "unnamed reports"],
    ["The clerk is accused of theft.", "is accused", "theft", "unnamed accusers"],
    ["He was held on charges of fraud.", "charges", "fraud", "unnamed accusers"],
    ["The bribe was allegedly paid.", "allegedly", "paid", "unnamed allegations"],
    ["We were advised that the pitcher is fit.", "were advised", "the pitcher is fit", "unnamed informant"],
    ["I am told the network will stay.", "am told", "the network will stay", "unnamed informant"],
  ];
  for (const [text, cue, content, name] of cases) {
    assert.deepEqual(agentlessSpeaker(text, agentless(text, cue, content)), {
      name,
      type: "unnamed",
      via: "description",
    }, text);
  }
});

Deno.test("agentlessSpeaker() gives no one to a cue that says nothing of who speaks, or to a relation with a source", () => {
  const text = "It was announced that the hall will open. The crop is estimated at a billion.";
  assert.equal(agentlessSpeaker(text, agentless(text, "was announced", "the hall will open")), undefined);
  assert.equal(agentlessSpeaker(text, agentless(text, "is estimated", "at a billion")), undefined);
  const sourced = { ...agentless(text, "was announced", "the hall will open"), source: { start: 0, end: 2 } };
  assert.equal(agentlessSpeaker(text, sourced), undefined);
});

Deno.test("resolveSpeakers() gives an agentless report its unnamed speaker, and a later pronoun still the person named", () => {
  const text = "Omar Haddad spoke at noon. It is reported that the border is calm. He said the talks would go on.";
  const mentions = [mention(text, "Omar Haddad", "Omar Haddad", "person")];
  const report = agentless(text, "is reported", "the border is calm", 1);
  const he = text.indexOf("He said");
  const said: Attribution = {
    type: "indirect",
    sentence: 2,
    source: { start: he, end: he + 2 },
    cue: { start: he + 3, end: he + 7 },
    content: { start: he + 8, end: text.length - 1 },
  };
  const [first, second] = resolveSpeakers(text, [report, said], mentions);
  assert.deepEqual(first, { name: "unnamed reports", type: "unnamed", via: "description" });
  assert.equal(second?.name, "Omar Haddad");
});

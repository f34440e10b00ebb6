import assert from "node:assert/strict";
import { agentConductStart, conductEnd } from "../../src/framing/conduct.ts";
import { compileJudging } from "../../src/framing/judged.ts";
import { tokenize } from "../../src/nlp/wink.ts";
import { prepareText } from "../../src/text/normalize.ts";
import { checkCases, loadedCase as loaded, noCase as no } from "../fixtures/framing_sentences.ts";

const judging = compileJudging([], 0.6, ["kill*"], 0.4);
const tokensOf = (text: string) => tokenize(prepareText(text)).tokens;

Deno.test("conductEnd() reads no conduct past a possessive: the naming owns what follows, it does not act", () => {
  // "Israel" (token 0), then "'s": the neighbours are bullied, Israel does nothing here.
  assert.equal(conductEnd(tokensOf("Israel's bullied neighbours waited."), 0, 1, judging), null);
  // With no possessive the same verb is its conduct.
  assert.deepEqual(conductEnd(tokensOf("Israel bullied its neighbours."), 0, 1, judging), { to: 2, word: "bullied" });
});

Deno.test("agentConductStart() takes no possessive naming after 'by' as the agent: its noun is", () => {
  // the(0) truce(1) was(2) violated(3) by(4) Israel(5) 's(6) allies(7)
  assert.equal(agentConductStart(tokensOf("The truce was violated by Israel's allies."), 5, 6, judging), null);
  assert.deepEqual(agentConductStart(tokensOf("The truce was violated by Israel."), 5, 6, judging), {
    from: 3,
    word: "violated",
  });
});

Deno.test("a passive verb whose agent is a referent's possessive judges neither the referent nor its agents", async () => {
  await checkCases([
    no("israel", "The truce was violated by Israel's allies on the coast.", "loaded"),
    no("united_states", "The truce was violated by Washington's allies on the coast.", "loaded"),
    loaded("israel", "The truce was violated by Israel on the coast.", "violated"),
  ]);
});

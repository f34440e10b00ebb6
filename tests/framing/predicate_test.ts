import assert from "node:assert/strict";
import { predicateHits } from "../../src/framing/predicate.ts";
import { compileEvaluative } from "../../src/framing/judged.ts";
import { tokenize } from "../../src/nlp/wink.ts";
import { prepareText } from "../../src/text/normalize.ts";

Deno.test("predicateHits() says a predicate of the first hit it follows only, not again of a later hit before it", () => {
  const text = "Critics described the Nordic rebels who praised Nordic as a proxy of Ostland.";
  const { tokens } = tokenize(prepareText(text));
  const at = (word: string, from = 0) => tokens.findIndex((t, k) => k >= from && t.text === word);
  const p = { referent: "nordic", context: null };
  const rebels = { from: at("Nordic"), to: at("rebels") + 1, p };
  const praised = { from: at("Nordic", rebels.to), to: at("Nordic", rebels.to) + 1, p };
  const found = predicateHits(tokens, [rebels, praised], compileEvaluative([]), compileEvaluative(["proxy"]));
  assert.deepEqual(found.map((h) => [h.of, text.slice(tokens[h.from].start, tokens[h.to - 1].end), h.word]), [
    [rebels, "a proxy of Ostland", "proxy"],
  ]);
});

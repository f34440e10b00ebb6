import assert from "node:assert/strict";
import { compromiseCalls, spanTags } from "../../src/nlp/compromise.ts";

Deno.test("spanTags() finds people, places and demonyms in short spans", () => {
  assert.ok(spanTags("Joseph Aoun").person);
  assert.ok(spanTags("Joseph Aoun").firstName);
  assert.ok(spanTags("Gaza").place);
  assert.ok(spanTags("Lebanese").demonym);
  assert.ok(spanTags("Reports").notNoun);
});

Deno.test("spanTags() reads each distinct span once", () => {
  spanTags("Tom Barrack");
  const before = compromiseCalls();
  spanTags("Tom Barrack");
  assert.equal(compromiseCalls(), before);
});

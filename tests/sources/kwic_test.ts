import assert from "node:assert/strict";
import { quoteKwic } from "../../src/sources/kwic.ts";
import { quoteRows } from "../../src/measures/sources.ts";
import type { Attribution } from "../../src/sources/attribution.ts";
import { kwicPage } from "../../src/render/kwic.ts";

const TEXT = "After the talks, the envoy said that Tehran rejects   the plan, officials said.";
const span = (s: string) => ({ start: TEXT.indexOf(s), end: TEXT.indexOf(s) + s.length });
const RELATION: Attribution = {
  type: "indirect",
  sentence: 0,
  content: span("Tehran rejects   the plan"),
  cue: span("said that"),
  source: span("the envoy"),
};
const rows = (text = TEXT) =>
  quoteRows({ id: "a", outlet: "X", text }, [RELATION], [{ name: "envoy", type: "unnamed", via: "description" }], {
    sentences: [{ start: 0, end: text.length }],
  });

Deno.test("quoteKwic() cuts a relation's sentences into the text before its content, the content and the text after", () => {
  const [line] = quoteKwic(rows());
  assert.deepEqual(
    [line.left, line.match, line.right, line.speaker, line.speakerText, line.cue, line.type],
    [
      "After the talks, the envoy said that ",
      "Tehran rejects the plan",
      ", officials said.",
      "envoy",
      "the envoy",
      "said that",
      "indirect",
    ],
  );
  assert.deepEqual([line.start, line.end], [RELATION.content.start, RELATION.content.end]);
});

Deno.test("quoteKwic() cuts long contexts at a word with '…', and a long content in its middle", () => {
  const [line] = quoteKwic(rows(), { context: 12, match: 12 });
  assert.equal(line.left, "…said that ");
  assert.equal(line.right, ", officials…");
  assert.equal(line.match, "Tehran … plan");
});

Deno.test("kwicPage() writes every line, escaped, in a page of its own", () => {
  const page = kwicPage("Quotes <all>", quoteKwic(rows()), { columns: ["speaker"] });
  assert.ok(page.startsWith("<!doctype html>"));
  assert.ok(page.includes("<title>Quotes &#60;all&#62;</title>"), page);
  assert.ok(page.includes("<mark>Tehran rejects the plan</mark>"));
  assert.ok(page.includes("<td>envoy</td>"));
  const many = kwicPage("Many", Array.from({ length: 150 }, () => ({ left: "a ", match: "b", right: " c" })));
  assert.equal((many.match(/<mark>/g) ?? []).length, 150, "no line left out");
});

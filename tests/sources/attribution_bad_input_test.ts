import assert from "node:assert/strict";
import fc from "fast-check";
import { findAttributions } from "../../src/sources/attribution.ts";
import type { AnnotatedArticle } from "../../src/types.ts";
import { annotateText } from "../fixtures/framing_text.ts";

/** The relations of an annotated text, and how many times it read a token. */
function counted(a: AnnotatedArticle) {
  let reads = 0;
  const tokens = new Proxy(a.tokens, {
    get(target, key, receiver) {
      if (typeof key === "string" && /^\d+$/.test(key)) reads++;
      return Reflect.get(target, key, receiver);
    },
  });
  const relations = findAttributions({ ...a, tokens });
  return { relations, reads };
}

function assertInside(text: string, a: AnnotatedArticle) {
  for (const r of findAttributions(a)) {
    for (const span of [r.content, r.cue, r.source, r.inside]) {
      if (!span) continue;
      assert.ok(
        0 <= span.start && span.start < span.end && span.end <= text.length,
        JSON.stringify({ r, n: text.length }),
      );
    }
  }
}

const PIECES = [
  "said",
  "he",
  "she said",
  "the minister",
  "Larijani",
  "told reporters",
  "according to",
  "that",
  ",",
  ".",
  ":",
  '"',
  "“",
  "”",
  "„",
  "«",
  "»",
  "‘",
  "’",
  "'",
  "it's",
  "\n\n",
  "Iran",
  "will",
  "not",
  "accept",
  "the plan",
  "warned",
  "Hezbollah",
  "اسرائيل",
  "以色列",
];

Deno.test("findAttributions() never throws and never gives a span outside the text, on random mixes of quotes and cues", async () => {
  await fc.assert(
    fc.asyncProperty(fc.array(fc.constantFrom(...PIECES), { maxLength: 120 }), async (pieces) => {
      const text = pieces.join(" ");
      assertInside(text, await annotateText(text));
    }),
    { numRuns: 150, seed: 17 },
  );
});

/** Adversarial texts of about n words each. */
const SHAPES: Record<string, (n: number) => string> = {
  "one quote of n words that never closes": (n) => "He said: “" + "word ".repeat(n),
  "one long paragraph of cues": (n) => "Aoun said, ".repeat(Math.ceil(n / 2)) + "no.",
  "a paragraph of quotation marks": (n) => "\" “ ” „ « » ‘ ’ ' ".repeat(Math.ceil(n / 9)),
  "thousands of one-word sentences": (n) => "Said. ".repeat(n),
  "nested and unbalanced quotes": (n) => "“A ‘b “c” d’ e,” he said. ‘x “y ".repeat(Math.ceil(n / 12)),
  "mixed scripts and apostrophes": (n) => "it's l'Iran «نعم» 以色列 said ".repeat(Math.ceil(n / 6)),
  "one quote of n words full of reports inside it": (n) =>
    "He said: “" + "the minister told me the plan failed and Aoun said no, ".repeat(Math.ceil(n / 12)) +
    "and that was all.”",
};

Deno.test("findAttributions() reads each token a bounded number of times: work doubles when the text doubles", async () => {
  for (const [shape, make] of Object.entries(SHAPES)) {
    const small = await annotateText(make(1000));
    const large = await annotateText(make(2000));
    assertInside(make(2000), large);
    const a = counted(small);
    const b = counted(large);
    const perToken = b.reads / Math.max(1, large.tokens.length);
    assert.ok(perToken < 40, `${shape}: ${perToken.toFixed(1)} token reads per token`);
    const ratio = b.reads / Math.max(1, a.reads);
    const tokensRatio = large.tokens.length / Math.max(1, small.tokens.length);
    assert.ok(
      ratio <= tokensRatio * 1.1 + 0.05,
      `${shape}: reads grew ${ratio.toFixed(2)}× for ${tokensRatio.toFixed(2)}× tokens`,
    );
  }
});

Deno.test("findAttributions() reads a 20,000-word quote as one direct quote", async () => {
  const text = "The envoy said: “" + "we stand firm and ".repeat(5000) + "we will win.”";
  const relations = findAttributions(await annotateText(text));
  assert.equal(relations.length, 1);
  assert.equal(relations[0].type, "direct");
  assert.equal(text.slice(relations[0].content.end - 12, relations[0].content.end), "we will win.");
});

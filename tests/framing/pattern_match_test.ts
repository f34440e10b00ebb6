import assert from "node:assert/strict";
import fc from "fast-check";
import {
  type ItemsPattern,
  matchAll,
  matchAt,
  type MatchWork,
  type PatternItem,
  stemWord,
  trieOf,
} from "../../src/framing/pattern_match.ts";
import { tokenize } from "../../src/nlp/wink.ts";
import { prepareText } from "../../src/text/normalize.ts";

const word = (w: string): PatternItem => ({ norm: w, lemma: w, stem: stemWord(w), capital: false });
const tokensOf = (text: string) => tokenize(prepareText(text)).tokens;

Deno.test("trieOf() shares the nodes of the items that patterns begin with alike", () => {
  const trie = trieOf([
    { words: ["the", "occupation", "of", "gaza"].map(word), cut: 4 },
    { words: ["the", "occupation", "of", "the", "south"].map(word), cut: 5 },
    { words: ["the", "occupation"].map(word), cut: 2 },
    { words: [word("the"), { kind: "slot", slot: "adj", min: 0, max: 6 }, word("aggression")], cut: 3 },
  ]);
  // the, occupation, of, gaza, the, south, [adj]*, aggression
  assert.equal(trie.nodes.length, 8);
  assert.equal(trie.roots.length, 1);
  assert.equal(trie.roots[0].size, 4);
});

Deno.test("matchAll() tries an item that patterns share once: 50 wordings 'the occupation of X' read 'the occupation of' once", () => {
  const places = Array.from({ length: 49 }, (_, i) => `place${i}`).concat("tyre");
  const patterns = places.map((p) => ({ words: ["the", "occupation", "of", p].map(word), cut: 4 }));
  const text = "They spoke of the occupation of Tyre.";
  const tokens = tokensOf(text);
  const work: MatchWork = { items: 0 };
  const ends = matchAll(text, tokens, 3, trieOf(patterns), work);
  assert.deepEqual(ends, patterns.map((_, i) => i === 49 ? 7 : -1));
  // Work counted, not timed: "the", "occupation" and "of" once each, then the 50 last words;
  // each pattern tried alone (matchAt) reads its first three words again: 200 items.
  assert.equal(work.items, 3 + 50);
  assert.deepEqual(patterns.map((p) => matchAt(text, tokens, 3, p)), ends);
});

Deno.test("matchAll() leaves a branch once all its patterns have their result", () => {
  // After "the" matches, "[any]?" may end at two tokens; the pattern below it succeeds at the
  // first (the longer run), so the shorter run is not read again.
  const patterns: ItemsPattern[] = [
    { words: [word("the"), { kind: "slot", slot: "any", min: 0, max: 1 }, word("enemy")], cut: 3 },
  ];
  const text = "the cruel enemy";
  const work: MatchWork = { items: 0 };
  assert.deepEqual(matchAll(text, tokensOf(text), 0, trieOf(patterns), work), [3]);
  // "the", the slot, "enemy" at "enemy"; not "enemy" at "cruel" after the empty run.
  assert.equal(work.items, 3);
});

/** Words, joiners, brackets and marks that patterns meet in articles. */
const VOCAB = [
  "the",
  "occupation",
  "of",
  "brutal",
  "Zionist",
  "aggression",
  "aggressions",
  "south",
  "Gaza",
  "enemy",
  "said",
  "that",
  "and",
  "-",
  ",",
  "[Israeli]",
  "“",
  "”",
  "US",
  "very",
  "aggres-\nsion", // hyphenated across a line break: one word, "aggression"
];
const ITEM: fc.Arbitrary<PatternItem> = fc.oneof(
  fc.constantFrom(...VOCAB.filter((w) => /^\p{L}+$/u.test(w))).map((w) =>
    /^\p{Lu}{2,}$/u.test(w)
      ? { norm: w.toLowerCase(), lemma: w.toLowerCase(), stem: w.toLowerCase(), exact: w, capital: false }
      : word(w.toLowerCase())
  ),
  fc.constantFrom("agg", "occ", "bru").map((prefix) => ({ kind: "family" as const, prefix })),
  fc.constantFrom(
    { kind: "slot" as const, slot: "adj" as const, min: 0, max: 6 },
    { kind: "slot" as const, slot: "adj" as const, min: 1, max: 1 },
    { kind: "slot" as const, slot: "any" as const, min: 0, max: 3 },
    { kind: "slot" as const, slot: "any" as const, min: 0, max: 1 },
    { kind: "slot" as const, slot: "quote" as const, min: 1, max: 1 },
  ),
);
const PATTERN: fc.Arbitrary<ItemsPattern> = fc.array(ITEM, { minLength: 1, maxLength: 5 }).chain((words) =>
  fc.integer({ min: 1, max: words.length }).map((cut) => ({ words, cut }))
);

/** A last word for the shorter patterns made from each pattern's beginning. */
const ITEM_END: PatternItem = word("enemy");

Deno.test("matchAll() gives each pattern of a list the end that matchAt() gives it", () => {
  fc.assert(
    fc.property(
      fc.array(fc.constantFrom(...VOCAB), { minLength: 1, maxLength: 14 }),
      fc.array(PATTERN, { minLength: 1, maxLength: 12 }),
      (words, patterns) => {
        // Shared beginnings, as a lexicon's alternatives make them.
        const list = patterns.concat(patterns.map((p) => ({ words: [...p.words.slice(0, 2), ITEM_END], cut: 1 })));
        const text = words.join(" ");
        const tokens = tokensOf(text);
        const trie = trieOf(list);
        for (let at = 0; at < tokens.length; at++) {
          assert.deepEqual(matchAll(text, tokens, at, trie), list.map((p) => matchAt(text, tokens, at, p)));
        }
      },
    ),
    { numRuns: 300, seed: 18 },
  );
});

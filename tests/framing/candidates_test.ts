import assert from "node:assert/strict";
import { parseFramingLexicon } from "../../src/framing/lexicon.ts";
import { compileFraming, framingHits } from "../../src/framing/match.ts";
import { acceptCommand, framingCandidates } from "../../src/framing/candidates.ts";
import { logLikelihood } from "../../src/measures/keyness.ts";
import { annotateText } from "../fixtures/framing_text.ts";

const LEXICON = parseFramingLexicon(
  `referents:
  - id: israel
    label: Israel
    loaded: [Zionist regime, brutal*]
    neutral: [Israel]
`,
  "t.yaml",
);

Deno.test("framingCandidates() ranks the words that cluster near a referent's mentions, by G² against the rest of the corpus", async () => {
  const annotated = [
    await annotateText("Israel bombed the harbour. Israel bombed the hills. Farmers planted olives.", "A", "a"),
    await annotateText("Israel shelled the town. Farmers sold olives. Farmers planted wheat.", "B", "b"),
  ];
  const hits = framingHits(annotated, compileFraming(LEXICON));
  const rows = framingCandidates(annotated, hits, LEXICON, { window: 2, minCount: 2 });
  assert.deepEqual(rows.map((r) => r.term), ["bomb"], "shell is seen once only");
  const bomb = rows.find((r) => r.term === "bomb")!;
  // Terms of the corpus (adjectives, nouns and verbs by lemma, and adjacent pairs of them; "Farmers" opening a
  // sentence is tagged a name): a: bomb, harbor, bomb, hill, plant, plant olive, olive; b: shell, town, sell,
  // sell olive, olive, plant, plant wheat, wheat = 15. Within two words of "Israel" (stop words count towards
  // the window): bomb, bomb, shell = 3, so 12 elsewhere.
  assert.equal(bomb.near, 2);
  assert.equal(bomb.elsewhere, 0);
  assert.equal(bomb.g2, logLikelihood(2, 0, 3, 12));
  assert.equal(bomb.outlets, 1);
  assert.deepEqual(bomb.contexts, ["Israel bombed the harbour.", "Israel bombed the hills."]);
  assert.equal(bomb.accept, "deno task accept israel loaded 'bomb'");
  assert.ok(!rows.some((r) => r.term === "olive"), "a word far from every mention is no candidate");
});

Deno.test("framingCandidates() leaves out what the lexicon holds, word families included", async () => {
  const annotated = [
    await annotateText("Brutal Israel struck. Brutally, Israel struck. The Zionist regime struck.", "A", "a"),
  ];
  const hits = framingHits(annotated, compileFraming(LEXICON));
  const terms = framingCandidates(annotated, hits, LEXICON, { window: 2, minCount: 1 }).map((r) => r.term);
  assert.ok(!terms.includes("brutal"), "brutal* holds brutal");
  assert.ok(terms.includes("strike"));
});

Deno.test("acceptCommand() quotes the wording for a shell", () => {
  assert.equal(
    acceptCommand("israel", "loaded", "Israel's crimes"),
    "deno task accept israel loaded 'Israel'\\''s crimes'",
  );
});

import assert from "node:assert/strict";
import { parseFramingLexicon } from "../../src/framing/lexicon.ts";
import { compileFraming, framingHits } from "../../src/framing/match.ts";
import { framingDiscovery } from "../../src/framing/discovery.ts";
import { logLikelihood } from "../../src/measures/keyness.ts";
import { annotateText } from "../fixtures/framing_text.ts";

const LEXICON = parseFramingLexicon(
  "referents: [{ id: israel, label: Israel, loaded: [Zionist regime, Zionist enemy], neutral: [Israel] }]",
  "t.yaml",
);

async function corpus() {
  return [
    await annotateText("Brutal Israel bombed the south. Brutal Israel bombed again.", "A", "a"),
    await annotateText("Israel said it struck targets. Israel said the strikes would continue.", "B", "b"),
  ];
}

Deno.test("framingDiscovery() ranks the words near a referent's mentions by signed G² against the other outlets", async () => {
  const annotated = await corpus();
  const hits = framingHits(annotated, compileFraming(LEXICON));
  const rows = framingDiscovery(annotated, hits, LEXICON, { window: 3, minCount: 2, pairs: false });
  // Within 3 words of "Israel" (stop words count towards the window but are not terms):
  // outlet A: brutal, bomb, (the), south | brutal, bomb, (again) = 5 terms;
  // outlet B: say, (it), strike | say, (the), strike = 4 terms ("said" → "say", "strikes" → "strike").
  const brutal = rows.find((r) => r.outlet === "A" && r.term === "brutal")!;
  assert.equal(brutal.count, 2);
  assert.equal(brutal.refCount, 0);
  assert.equal(brutal.g2, logLikelihood(2, 0, 5, 4));
  assert.ok(brutal.g2 > 0);
  assert.equal(brutal.inLexicon, false);
  assert.ok(rows.every((r) => r.count >= 2 && r.g2 >= 0), "only terms the outlet favours, at least twice");
  assert.deepEqual(rows.filter((r) => r.outlet === "B").map((r) => r.term).sort(), ["say", "strike"]);
});

Deno.test("framingDiscovery() counts word pairs and tells what the lexicon already holds", async () => {
  const annotated = [
    await annotateText("The Zionist enemy and brutal occupation forces. Israel, brutal occupation forces.", "A", "a"),
    await annotateText("Israel said so. Israel said more.", "B", "b"),
  ];
  const hits = framingHits(annotated, compileFraming(LEXICON));
  const rows = framingDiscovery(annotated, hits, LEXICON, { window: 4, minCount: 2 });
  const pair = rows.find((r) => r.term === "occupation force");
  assert.ok(pair, "the pair of adjacent content words is a candidate");
  assert.equal(pair.count, 2);
  assert.equal(rows.find((r) => r.term === "brutal")?.inLexicon, false);
});

Deno.test("framingDiscovery() marks a word of a lexicon wording as held", async () => {
  const annotated = [
    await annotateText("Israel and the regime. Israel and the regime.", "A", "a"),
    await annotateText("Israel said so. Israel said more.", "B", "b"),
  ];
  const rows = framingDiscovery(annotated, framingHits(annotated, compileFraming(LEXICON)), LEXICON, { minCount: 2 });
  assert.equal(rows.find((r) => r.term === "regime")?.inLexicon, true);
});

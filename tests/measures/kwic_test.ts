import assert from "node:assert/strict";
import { annotateArticle, type Resources } from "../../src/pipeline/annotate.ts";
import { NO_BOILERPLATE } from "../../src/text/boilerplate.ts";
import { compilePhrases } from "../../src/text/phrases.ts";
import { kwic } from "../../src/measures/kwic.ts";
import { parseGazetteer } from "../../src/entities/gazetteer.ts";
import type { AnnotatedArticle } from "../../src/types.ts";

const resources: Resources = {
  boilerplate: NO_BOILERPLATE,
  phrases: compilePhrases([{ term: "Zionist regime", variants: [] }, { term: "Iran-backed", variants: [] }]),
};
const noIranBacked: Resources = {
  boilerplate: NO_BOILERPLATE,
  phrases: compilePhrases([{ term: "Zionist regime", variants: [] }]),
};

/** Runs the real annotation pipeline on a small text. */
function annotate(text: string, id = "a", outlet = "Outlet", using = resources): AnnotatedArticle {
  return annotateArticle({ id, file: `${id}.md`, outlet, extra: {}, text }, using);
}

// Line 1 is offsets 0–29, the line break is at 29, line 2 starts at 30.
const TEXT = "Strikes on the Zionist regime\nOn Monday the Zionist regime's forces shelled villages near Sidon.";

Deno.test("kwic() finds a phrase, with context up to the line break", () => {
  const rows = kwic([annotate(TEXT, "a1", "Iran Daily")], "Zionist regime");
  assert.deepEqual(rows, [
    {
      article: "a1",
      outlet: "Iran Daily",
      left: "Strikes on the ",
      match: "Zionist regime",
      // The line ends right after the match.
      right: "",
      start: 15,
      end: 29,
    },
    {
      article: "a1",
      outlet: "Iran Daily",
      // "On Monday the " is 14 characters: the match starts at 30 + 14 = 44.
      left: "On Monday the ",
      match: "Zionist regime",
      right: "'s forces shelled villages near Sidon.",
      start: 44,
      end: 58,
    },
  ]);
});

Deno.test("kwic() marks context cut by the width with an ellipsis", () => {
  const rows = kwic([annotate(TEXT)], "Zionist regime", { context: 10 });
  // Match 1: 15 − 10 = 5 > 0, so the left is cut: text[5, 15) = "es on the ".
  assert.equal(rows[0].left, "\u2026es on the ");
  assert.equal(rows[0].right, "");
  // Match 2: 44 − 10 = 34 > 30: text[34, 44) = "onday the "; on the right text[58, 68) = "'s forces ",
  // and 68 is short of the line's end.
  assert.equal(rows[1].left, "\u2026onday the ");
  assert.equal(rows[1].right, "'s forces \u2026");
  // Context exactly up to the line start is not cut: 44 − 14 = 30.
  assert.equal(kwic([annotate(TEXT)], "Zionist regime", { context: 14 })[1].left, "On Monday the ");
});

Deno.test("kwic() finds a word by its lemma or its normal form, in any case", () => {
  for (const query of ["force", "forces", "FORCES"]) {
    const rows = kwic([annotate(TEXT)], query, { context: 8 });
    assert.equal(rows.length, 1, query);
    // "'s " after the phrase that ends at 58: "forces" is text[61, 67); 8 characters each
    // side are text[53, 61) = "egime's " and text[67, 75) = " shelled".
    assert.deepEqual([rows[0].match, rows[0].start, rows[0].end], ["forces", 61, 67]);
    assert.equal(rows[0].left, "\u2026egime's ");
    assert.equal(rows[0].right, " shelled\u2026");
  }
});

Deno.test("kwic() does not find a part of a phrase", () => {
  assert.deepEqual(kwic([annotate(TEXT)], "regime"), []);
  assert.deepEqual(kwic([annotate(TEXT)], "Zionist"), []);
});

Deno.test("kwic() treats hyphens and spaces alike", () => {
  const text = "Iran-backed groups and Iran backed militias met Iran - backed envoys.";
  const a = annotate(text);
  for (const query of ["Iran backed", "Iran-backed", "iran\u2010backed"]) {
    assert.deepEqual(kwic([a], query).map((r) => r.match), ["Iran-backed", "Iran backed", "Iran - backed"], query);
  }
  // Without "Iran-backed" in the phrase list the words are found as a sequence.
  const plain = annotate(text, "a", "Outlet", noIranBacked);
  const matches = kwic([plain], "Iran-backed").map((r) => r.match);
  assert.ok(matches.includes("Iran backed"));
  assert.ok(matches.includes("Iran - backed"));
});

Deno.test("kwic() finds a sequence of words, but not across punctuation or a sentence end", () => {
  const a = annotate("Villages near Sidon burned. Near Sidon, villages emptied. He left Sidon. Villages burned.");
  assert.deepEqual(kwic([a], "near Sidon").map((r) => r.start), [9, 28]);
  // "Sidon, villages": a comma between.
  assert.deepEqual(kwic([a], "Sidon villages"), []);
  // "Sidon. Villages": a sentence end between.
  assert.deepEqual(kwic([a], "Sidon villages burned"), []);
  assert.deepEqual(kwic([a], "villages burn").map((r) => r.match), ["Villages burned"]);
});

Deno.test("kwic() collapses white space in the context", () => {
  const text = "Fighters of   the\tIran-backed \u00a0 groups  regrouped.";
  const [row] = kwic([annotate(text)], "Iran backed");
  assert.equal(row.left, "Fighters of the ");
  assert.equal(row.right, " groups regrouped.");
  assert.equal(row.match, "Iran-backed");
});

Deno.test("kwic() gives offsets that slice the text to the match, across articles", () => {
  const texts = [
    TEXT,
    "Iran-backed groups and Iran backed militias met Iran - backed envoys.",
    "The Zionist\u00a0regime\u2019s forces and Iran-backed forces.",
  ];
  const corpus = texts.map((t, i) => annotate(t, `a${i}`, i === 1 ? "Other" : "Outlet"));
  for (const query of ["Zionist regime", "forces", "Iran backed"]) {
    const rows = kwic(corpus, query);
    assert.ok(rows.length > 0, query);
    for (const r of rows) {
      const text = texts[Number(r.article.slice(1))];
      assert.equal(text.slice(r.start, r.end), r.match);
      assert.equal(r.outlet, r.article === "a1" ? "Other" : "Outlet");
    }
  }
  assert.equal(kwic(corpus, "forces").length, 3);
});

Deno.test("kwic() finds nothing for an empty query", () => {
  assert.deepEqual(kwic([annotate(TEXT)], "  "), []);
  assert.deepEqual(kwic([annotate(TEXT)], "-"), []);
});

Deno.test("kwic() finds hyphenated words that are not in the phrase list, written with a hyphen or a space", () => {
  const a = annotate(
    "Prime Minister al-Sudani met Iran-backed groups after the 12-day war.",
    "h",
    "Outlet",
    noIranBacked,
  );
  const sudani = kwic([a], "al-Sudani");
  assert.deepEqual(sudani.map((r) => [r.match, r.start, r.end]), [["al-Sudani", 15, 24]]);
  assert.deepEqual(kwic([a], "Iran backed").map((r) => [r.match, r.start, r.end]), [["Iran-backed", 29, 40]]);
  assert.deepEqual(kwic([a], "12-day war").map((r) => r.match), ["12-day war"]);
});

Deno.test("kwic() finds British spellings and place names as written (Tyre is not a tire)", () => {
  const a = annotate("The defence ministry in Tyre.", "b", "Outlet", noIranBacked);
  assert.deepEqual(kwic([a], "defence").map((r) => [r.start, r.end]), [[4, 11]]);
  assert.deepEqual(kwic([a], "Tyre").map((r) => [r.start, r.end]), [[24, 28]]);
  assert.deepEqual(kwic([a], "tire"), []);
});

Deno.test("kwic() with names finds a name by its term in every form, the match spanning the whole name", () => {
  const names = parseGazetteer("entities: [{ name: Ali Larijani, type: person }]\ntitles: [Mr]", "g.yaml");
  const text = "Ali Larijani landed.\nMr Larijani met Mr Al Sudani.";
  const rows = kwic([annotate(text, "a1", "The National")], "ali larijani", { names, context: 10 });
  assert.deepEqual(rows.map((r) => [r.left, r.match, r.right]), [
    ["", "Ali Larijani", " landed."],
    ["", "Mr Larijani", " met Mr Al…"],
  ]);
  for (const r of rows) assert.equal(text.slice(r.start, r.end), r.match);
  assert.deepEqual(kwic([annotate(text)], "sudani", { names }).map((r) => r.match), ["Mr Al Sudani"]);
  // Without names, the words as they stand.
  assert.deepEqual(kwic([annotate(text)], "ali larijani").map((r) => r.match), ["Ali Larijani"]);
});

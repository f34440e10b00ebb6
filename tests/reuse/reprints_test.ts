import assert from "node:assert/strict";
import { loadCorpus } from "../../src/corpus/load.ts";
import { reuseDoc, type ReuseText } from "../../src/reuse/doc.ts";
import { byDateThenId, containment, findReprints } from "../../src/reuse/reprints.ts";

/** n made-up words, distinct: "w0 w1 …", from `from`. */
const words = (n: number, from = 0, stem = "w") => Array.from({ length: n }, (_, i) => `${stem}${from + i}`);
const doc = (id: string, outlet: string, text: string, date = "2025-08-11") => reuseDoc({ id, outlet, date, text });

Deno.test("containment() is the shared shingles over the smaller set", () => {
  // 3 of the smaller set's 4 are in the larger: 3 / 4.
  assert.equal(containment(new Set(["a", "b", "c", "d"]), new Set(["a", "b", "c", "x", "y", "z"])), 0.75);
  assert.equal(containment(new Set(), new Set(["a"])), 0);
});

Deno.test("findReprints() gives each similarity as containment of 5-shingles, by hand", () => {
  const forty = words(40);
  const changed = [...forty];
  changed[20] = "other"; // shingles 16 to 20 (5 of the 36) hold word 20
  const docs = [
    doc("a", "A", forty.join(" ")),
    doc("b", "B", changed.join(" "), "2025-08-12"),
    doc("c", "C", forty.slice(0, 20).join(" "), "2025-08-12"), // the first half: 16 shingles, all in a
    doc("d", "D", [...words(20), ...words(20, 0, "x")].join(" "), "2025-08-13"), // a's first half, then other words
  ];
  const { rows } = findReprints(docs);
  const similarity = Object.fromEntries(rows.map((r) => [r.article, r.similarity]));
  // b: 36 - 5 = 31 of 36 shared; c: 16 of 16. d (36 shingles) shares 16 with a, 16 / 36 = 0.444, but all
  // 16 of c's: d is c's reprint, so in a's cluster, its similarity to a 0.444.
  assert.deepEqual(similarity, {
    a: 1,
    b: Math.round((31 / 36) * 1000) / 1000,
    c: 1,
    d: Math.round((16 / 36) * 1000) / 1000,
  });
  assert.deepEqual(rows.map((r) => r.cluster), ["a", "a", "a", "a"]);
});

Deno.test("findReprints() takes the earliest article as the original, then the first by id, undated last", () => {
  const text = words(30).join(" ");
  const docs = [
    reuseDoc({ id: "z-undated", outlet: "A", text }),
    reuseDoc({ id: "b", outlet: "B", date: "2025-08-12", text }),
    reuseDoc({ id: "a", outlet: "C", date: "2025-08-12", text }),
  ];
  assert.deepEqual(findReprints(docs).rows.map((r) => [r.article, r.cluster]), [
    ["a", "a"],
    ["b", "a"],
    ["z-undated", "a"],
  ]);
});

Deno.test("findReprints() does not group two copies from one outlet (a repeat, not a reprint)", () => {
  const text = words(30).join(" ");
  assert.deepEqual(findReprints([doc("a", "A", text), doc("b", "A", text)]).rows, []);
});

Deno.test("findReprints() does not group articles that share only a quoted statement", () => {
  const statement = words(40, 0, "q").join(" ");
  const docs = [
    // Long articles around the quote: 36 of 96 shingles shared even counting the quote.
    doc("long-a", "A", `${words(30, 0, "a").join(" ")} "${statement}" ${words(30, 100, "a").join(" ")}`),
    doc("long-b", "B", `${words(30, 0, "b").join(" ")} "${statement}" ${words(30, 100, "b").join(" ")}`),
    // Short ones, mostly the quote: counting it, 36 of 46 shingles (0.78) and 36 of 41 (0.88) shared.
    doc("short-c", "C", `${words(10, 0, "c").join(" ")}: "${statement}"`),
    doc("short-d", "D", `${words(5, 0, "d").join(" ")} “${statement}”`),
  ];
  assert.deepEqual(findReprints(docs).rows, []);
  // Without the quotation marks the short ones are near-copies: the rule is the quote's.
  const bare = [
    doc("c", "C", `${words(10, 0, "c").join(" ")} ${statement}`),
    doc("d", "D", `${words(5, 0, "d").join(" ")} ${statement}`),
  ];
  assert.deepEqual(findReprints(bare).rows.map((r) => [r.article, r.similarity]), [["c", 1], [
    "d",
    Math.round(36 / 41 * 1000) / 1000,
  ]]);
});

const seeds = (await loadCorpus()).articles;
const text = (a: { text: string }) => a.text;
const asText = (a: (typeof seeds)[number]): ReuseText => ({ id: a.id, outlet: a.outlet, date: a.date, text: a.text });
/** The paragraphs of a text: its lines that are not blank (a seed article may hold one line a paragraph). */
const paragraphs = (t: string) => t.split("\n").filter((l) => l.trim() !== "");

/** Reprints planted from a seed article, each from another outlet, a day later. */
function planted(original: (typeof seeds)[number]): ReuseText[] {
  const later = "2025-08-20";
  const ps = paragraphs(text(original));
  const lines = text(original).split("\n");
  const tokens = text(original).split(" ");
  // Three words changed, far apart.
  for (const at of [40, 120, 200]) tokens[at] = "CHANGED";
  return [
    { id: "copy-same", outlet: "Mirror One", date: later, text: text(original) },
    {
      id: "copy-first-line",
      outlet: "Mirror Two",
      date: later,
      text: ["A new headline for the reprint", ...lines.slice(1)].join("\n"),
    },
    { id: "copy-last-paragraph-dropped", outlet: "Mirror Three", date: later, text: ps.slice(0, -1).join("\n\n") },
    {
      id: "copy-middle-paragraph-dropped",
      outlet: "Mirror Four",
      date: later,
      text: [...ps.slice(0, 3), ...ps.slice(4)].join("\n\n"),
    },
    { id: "copy-words-changed", outlet: "Mirror Five", date: later, text: tokens.join(" ") },
  ];
}

Deno.test("findReprints() groups every reprint planted from each seed article with its original, and no two seeds", () => {
  for (const original of seeds) {
    const docs = [...seeds.map(asText), ...planted(original)].map((t) => reuseDoc(t)).sort(byDateThenId);
    const { rows } = findReprints(docs);
    const ids = [
      "copy-same",
      "copy-first-line",
      "copy-last-paragraph-dropped",
      "copy-middle-paragraph-dropped",
      "copy-words-changed",
    ];
    assert.deepEqual(rows.map((r) => r.article).sort(), [original.id, ...ids].sort(), original.id);
    for (const r of rows) assert.equal(r.cluster, original.id, r.article);
    const similarity = Object.fromEntries(rows.map((r) => [r.article, r.similarity]));
    assert.equal(similarity["copy-same"], 1);
    assert.equal(similarity["copy-last-paragraph-dropped"], 1, "contained in the original");
    for (const id of ids) assert.ok(similarity[id] >= 0.8, `${original.id} ${id} ${similarity[id]}`);
  }
});

Deno.test("findReprints() finds nothing among the seed articles, which are independent", () => {
  const { rows, work } = findReprints(seeds.map(asText).map((t) => reuseDoc(t)));
  assert.deepEqual(rows, []);
  assert.equal(work.verified, 0, "no pair estimated close enough to compare");
});

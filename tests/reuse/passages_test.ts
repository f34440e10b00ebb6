import assert from "node:assert/strict";
import { reuseDoc } from "../../src/reuse/doc.ts";
import { sharedPassages } from "../../src/reuse/passages.ts";

const words = (n: number, from = 0, stem = "w") => Array.from({ length: n }, (_, i) => `${stem}${from + i}`);
const doc = (id: string, outlet: string, text: string) => reuseDoc({ id, outlet, date: "2025-08-11", text });

Deno.test("sharedPassages() finds a run of 12 words two outlets share, with its offsets in both texts", () => {
  const run = words(12, 0, "s").join(" ");
  const a = `${words(7, 0, "a").join(" ")} ${run} ${words(9, 0, "a").join(" ")}`;
  const b = `Some other start. ${run}. And an end of its own here now.`;
  const { rows } = sharedPassages([doc("a", "A", a), doc("b", "B", b)]);
  assert.equal(rows.length, 1);
  const r = rows[0];
  assert.equal(r.words, 12);
  assert.equal(a.slice(r.startA, r.endA), run);
  assert.equal(b.slice(r.startB, r.endB), run);
  // "a0 … a6 " is 7 words of 2 characters and 7 spaces: the run starts at 21.
  assert.deepEqual([r.startA, r.endA, r.startB, r.endB], [21, 21 + run.length, 18, 18 + run.length]);
  assert.deepEqual([r.articleA, r.outletA, r.articleB, r.outletB, r.articles, r.outlets], ["a", "A", "b", "B", 2, 2]);
});

Deno.test("sharedPassages() ignores a run of 11 words, and runs within one outlet", () => {
  const run11 = words(11, 0, "s").join(" ");
  assert.deepEqual(sharedPassages([doc("a", "A", `x y ${run11} z`), doc("b", "B", `p ${run11} q r`)]).rows, []);
  const run20 = words(20, 0, "s").join(" ");
  assert.deepEqual(sharedPassages([doc("a", "A", run20), doc("b", "A", `x ${run20}`)]).rows, []);
});

Deno.test("sharedPassages() reads case, quotation marks and dashes alike, and gives the longest run once", () => {
  const a = "“The army — and the army alone — will hold the weapons of the state,” the minister said on Sunday.";
  const b = 'THE ARMY - AND THE ARMY ALONE - WILL HOLD THE WEAPONS OF THE STATE," THE MINISTER SAID ON MONDAY.';
  const { rows } = sharedPassages([doc("a", "A", a), doc("b", "B", b)]);
  // "the army and the army alone will hold the weapons of the state the minister said on": 17 words.
  assert.deepEqual(rows.map((r) => [r.words, r.text]), [[17, a.slice(1, a.indexOf(" Sunday"))]]);
});

Deno.test("sharedPassages() lists a passage of more than 4 articles once, with its articles and outlets", () => {
  const stock = words(14, 0, "s").join(" ");
  const docs = ["a", "b", "c", "d", "e"].map((id, i) =>
    doc(id, i < 4 ? `Outlet ${i}` : "Outlet 0", `${id}x ${stock} ${id}y.`)
  );
  const { rows, members } = sharedPassages(docs);
  assert.equal(rows.length, 1);
  assert.deepEqual([rows[0].words, rows[0].articles, rows[0].outlets, rows[0].articleA, rows[0].articleB], [
    14,
    5,
    4,
    "a",
    "b",
  ]);
  assert.deepEqual(members, [["a", "b", "c", "d", "e"]]);
  // Four articles: each pair of different outlets listed (6 pairs).
  assert.equal(sharedPassages(docs.slice(0, 4)).rows.length, 6);
});

Deno.test("sharedPassages() names the speaker given for the span, in either article", () => {
  const statement = words(15, 0, "q").join(" ");
  const docs = [doc("a", "A", `x y ${statement} z`), doc("b", "B", `p "${statement}" q`)];
  const seen: [string, string][] = [];
  const { rows } = sharedPassages(docs, {
    speakerAt: (article, start, end) => {
      const text = (article === "a" ? docs[0] : docs[1]).text;
      seen.push([article, text.slice(start, end)]);
      return article === "b" ? "Ali Larijani" : undefined;
    },
  });
  assert.equal(rows[0].speaker, "Ali Larijani");
  assert.deepEqual(seen, [["a", statement], ["b", statement]]);
});

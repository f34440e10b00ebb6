import assert from "node:assert/strict";
import { CandidateTable, IntColumn } from "../../src/entities/candidate_table.ts";
import { type Candidate, compileGazetteer, findCandidates } from "../../src/entities/mentions.ts";
import { loadGazetteer } from "../../src/entities/gazetteer.ts";
import { resolveCandidateTable, resolveEntities } from "../../src/entities/aliases.ts";
import { resolveDigestEntities } from "../../src/stages/entities.ts";
import { candidateSpanTags } from "../../src/entities/typing.ts";
import { article } from "../fixtures/entities.ts";

const compiled = compileGazetteer(await loadGazetteer());
const TEXT = "Speaker Nabih Berri met Karim Haddad in Baabda. The Free Life Party of Kurdistan (PJAK) said " +
  "PJAK would wait. Haddad told reporters in Tyre that Berri and Ali Larijani agreed. Haddad took the " +
  "Baabda-Tyre road.";
/** The candidates of one article, as its part gives them. */
const candidatesOf = async (id: string, outlet: string) => findCandidates(await article(id, TEXT, outlet), compiled);
/** What a candidate is apart from its article, outlet, sentence and offsets. */
const formOf = (c: Candidate) =>
  JSON.stringify([c.words.map((w) => [w.text, w.key]), c.surface, c.key, c.entry, c.reliable, c.cues]);

Deno.test("IntColumn grows past its first 1,024 values and reads them back", () => {
  const column = new IntColumn();
  for (let i = 0; i < 5000; i++) column.push(i - 2500);
  assert.equal(column.length, 5000);
  assert.deepEqual([column.at(0), column.at(1024), column.at(4999)], [-2500, -1476, 2499]);
});

Deno.test("CandidateTable holds each distinct form once, however many articles repeat it, and reads each candidate back", async () => {
  const parts = await Promise.all(Array.from({ length: 10 }, (_, i) => candidatesOf(`a${i}`, i % 2 ? "B" : "A")));
  const one = parts[0];
  // A name written twice alike in one article is one form ("PJAK" after the definition).
  const forms = new Set(one.map(formOf)).size;
  assert.ok(forms < one.length && one.some((c) => c.surface === "Baabda-Tyre"));
  const table = new CandidateTable();
  for (const part of parts) for (const c of part) table.add(structuredClone(c));
  // By hand: ten articles of one text hold its forms once, and a row for each candidate.
  assert.equal(table.forms.length, forms);
  assert.equal(table.length, 10 * one.length);
  assert.deepEqual([table.articles.length, table.outlets], [10, ["A", "B"]]);
  assert.deepEqual(Array.from({ length: table.length }, (_, i) => table.candidate(i)), parts.flat());
  assert.equal(table.repeats, false);
});

Deno.test("CandidateTable.of() remembers a candidate given twice as one object, and resolves it as one mention", async () => {
  const candidates = await candidatesOf("a", "A");
  const table = CandidateTable.of([...candidates, candidates[2]]);
  assert.equal(table.repeats, true);
  assert.deepEqual([table.firstPlace(candidates.length), table.firstPlace(1)], [2, 1]);
  const index = resolveCandidateTable(table, compiled);
  assert.deepEqual(index, resolveEntities(candidates, compiled));
});

Deno.test("resolveDigestEntities() holds the candidates of six articles of one text as one article's forms and a row each", async () => {
  const parts = await Promise.all(Array.from({ length: 6 }, (_, i) => candidatesOf(`a${i}`, "A")));
  const digests = parts.map((candidates) => ({
    // A part read back: a new copy at each reading, as from the cache.
    get entities() {
      return { candidates: structuredClone(candidates), spanTags: candidateSpanTags(candidates) };
    },
  }));
  const table = new CandidateTable();
  const index = resolveDigestEntities(digests, { gazetteer: compiled }, { table });
  assert.deepEqual(index, resolveEntities(parts.flat(), compiled));
  assert.equal(table.forms.length, new Set(parts[0].map(formOf)).size);
  assert.equal(table.length, 6 * parts[0].length);
  // Every mention's offsets are its candidate's; two known names joined by a hyphen are two
  // mentions, each with the offsets of its word.
  const pair = parts[0].find((c) => c.surface === "Baabda-Tyre")!;
  const [baabda, tyre] = index.mentions.filter((m) =>
    m.article === "a0" && m.start >= pair.words[0].start && m.end <= pair.words[1].end
  );
  assert.deepEqual([baabda.surface, baabda.start, tyre.surface, tyre.end], [
    "Baabda",
    pair.words[0].start,
    "Tyre",
    pair.words[1].end,
  ]);
});

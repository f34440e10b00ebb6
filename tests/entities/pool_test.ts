import assert from "node:assert/strict";
import { CandidatePool } from "../../src/entities/pool.ts";
import { type Candidate, compileGazetteer, findCandidates } from "../../src/entities/mentions.ts";
import { loadGazetteer } from "../../src/entities/gazetteer.ts";
import { resolveEntities } from "../../src/entities/aliases.ts";
import { resolveDigestEntities } from "../../src/stages/entities.ts";
import { candidateSpanTags } from "../../src/entities/typing.ts";
import { article } from "../fixtures/entities.ts";

const compiled = compileGazetteer(await loadGazetteer());
const TEXT = "Speaker Nabih Berri met Karim Haddad in Baabda. The Free Life Party of Kurdistan (PJAK) said " +
  "PJAK would wait. Haddad told reporters in Tyre that Berri and Ali Larijani agreed.";
/** The candidates of one article, as its part gives them. */
const candidatesOf = async (id: string, outlet: string) => findCandidates(await article(id, TEXT, outlet), compiled);

/** Every string a candidate holds. */
const stringsOf = (c: Candidate) => [c.article, c.outlet, c.surface, c.key, ...c.words.flatMap((w) => [w.text, w.key])];

Deno.test("CandidatePool.add() gives a candidate equal to the one given, with its entry and acronym", async () => {
  const candidates = await candidatesOf("a", "A");
  assert.ok(candidates.some((c) => c.entry !== undefined) && candidates.some((c) => c.cues.acronym === "PJAK"));
  const pool = new CandidatePool();
  assert.deepEqual(candidates.map((c) => pool.add(structuredClone(c))), candidates);
});

Deno.test("CandidatePool holds each distinct string and set of cues once, however many articles repeat them", async () => {
  // Ten articles of the same text, from two outlets, each read as a part read back brings it (its own copies).
  const parts = await Promise.all(Array.from({ length: 10 }, (_, i) => candidatesOf(`a${i}`, i % 2 ? "B" : "A")));
  const pool = new CandidatePool();
  const held = parts.flatMap((part) => part.map((c) => pool.add(structuredClone(c))));
  const one = parts[0];
  // By hand: the strings of one article, plus 9 more ids and one more outlet.
  const distinct = new Set(one.flatMap(stringsOf)).size;
  assert.equal(pool.strings, distinct + 9 + 1);
  const cueSets = new Set(one.map((c) => JSON.stringify(c.cues))).size;
  assert.ok(cueSets > 1);
  assert.equal(pool.cues, cueSets);
  // The same cues object for the same cues in every article.
  assert.equal(new Set(held.map((c) => c.cues)).size, cueSets);
  assert.equal(held.length, 10 * one.length);
});

Deno.test("resolveDigestEntities() holds its candidates in its pool: strings grow with the names, not the articles", async () => {
  const parts = await Promise.all(Array.from({ length: 6 }, (_, i) => candidatesOf(`a${i}`, "A")));
  const digests = parts.map((candidates) => ({
    // A part read back: a new copy at each reading, as from the cache.
    get entities() {
      return { candidates: structuredClone(candidates), spanTags: candidateSpanTags(candidates) };
    },
  }));
  const pool = new CandidatePool();
  const index = resolveDigestEntities(digests, { gazetteer: compiled }, { pool });
  assert.deepEqual(index, resolveEntities(parts.flat(), compiled));
  assert.equal(pool.strings, new Set(parts[0].flatMap(stringsOf)).size + 5);
});

import assert from "node:assert/strict";
import { readdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { loadCorpus } from "../../src/corpus/load.ts";
import { loadGazetteer } from "../../src/entities/gazetteer.ts";
import { loadFramingLexicon } from "../../src/framing/lexicon.ts";
import { articleTermCounts } from "../../src/measures/terms.ts";
import { findFraming } from "../../src/framing/match.ts";
import { findAttributions } from "../../src/sources/attribution.ts";
import { attributeHits } from "../../src/sources/voice.ts";
import { findCandidates } from "../../src/entities/mentions.ts";
import { annotateArticle, loadResources } from "../../src/pipeline/annotate.ts";
import { DiskCache } from "../../src/pipeline/cache.ts";
import {
  annotateAndDigest,
  digestParts,
  emptyStageTimes,
  loadDigestTools,
  makeDigestTools,
} from "../../src/pipeline/digest.ts";
import { resolveDigestEntities } from "../../src/stages/entities.ts";
import { candidateSpanTags, mentionSpan } from "../../src/entities/typing.ts";
import { resolveEntities } from "../../src/entities/aliases.ts";
import { spanTags, spanTagsOfBits } from "../../src/nlp/compromise.ts";
import { tagsAlone } from "../nlp/tags_alone.ts";
import { digestMany, type PackedDigest, startDigestWorkers } from "../../src/pipeline/digest_many.ts";
import type { Article } from "../../src/types.ts";
import { withTempDir } from "../fixtures/temp_dir.ts";

const tools = await loadDigestTools();
const seeds = (await loadCorpus()).articles;
const unseen = (await loadCorpus(new URL("../fixtures/unseen", import.meta.url).pathname)).articles;
const article = (id: string, text: string, outlet = "Outlet"): Article => ({
  id,
  file: `${id}.md`,
  outlet,
  extra: {},
  text,
});

async function files(dir: string, ns: string): Promise<string[]> {
  const out: string[] = [];
  for (const e of await readdir(join(dir, ns), { recursive: true, withFileTypes: true })) {
    if (e.isFile()) out.push(join(e.parentPath, e.name));
  }
  return out.sort();
}

Deno.test("loadDigestTools() takes a framing lexicon compiled already, copied from another thread, as it is", async () => {
  // As a worker receives it: a structured clone of this thread's.
  const copy = structuredClone(tools.framing);
  const given = await loadDigestTools({}, copy);
  assert.equal(given.framing, copy, "not compiled again");
  assert.equal(given.lexicon, copy.lexicon);
  assert.deepEqual(given.fingerprints, tools.fingerprints, "its cached parts are those of this thread's");
  // Barrack is an agent of the lexicon: the agents' index is made again in the thread that reads the copy.
  const text = "The Zionist regime struck, Ali Larijani said. Barrack claimed the strikes were defensive.";
  const annotated = annotateArticle(article("x", text), tools.resources);
  assert.deepEqual(digestParts(annotated, given), digestParts(annotated, tools));
});

Deno.test("annotateAndDigest() keeps what the per-article functions give, and the article's size", () => {
  const a = seeds[0];
  const annotated = annotateArticle(a, tools.resources);
  const times = emptyStageTimes();
  const d = annotateAndDigest(a, tools, times);
  assert.equal(d.article, a);
  assert.equal(d.words, annotated.words);
  assert.deepEqual(d.sentences, annotated.sentences);
  assert.deepEqual(d.terms, articleTermCounts([annotated], { names: tools.gazetteer }));
  assert.deepEqual(d.sources, findAttributions(annotated));
  assert.deepEqual(d.framing, attributeHits(a.text, findFraming(annotated, tools.framing), d.sources));
  assert.deepEqual(d.entities.candidates, findCandidates(annotated, tools.gazetteer));
  assert.deepEqual(d.entities.spanTags, candidateSpanTags(d.entities.candidates));
  assert.ok(d.framing.length > 0 && d.entities.candidates.length > 0, "the seed has framing hits and names");
  for (const k of ["tokenize", "terms", "framing", "entities", "sources"] as const) {
    assert.ok(times[k] > 0, `${k} timed`);
  }
});

Deno.test("digestMany() gives the same digests with and without the cache, on one thread and on two workers", async () => {
  const arts = [...seeds, ...unseen.slice(0, 9)];
  const plain = await digestMany(arts, { tools });
  assert.deepEqual(plain.digests, arts.map((a) => annotateAndDigest(a, tools)));
  assert.equal(plain.annotatedNow, arts.length);
  const two = await digestMany(arts, { tools, workers: 2 });
  assert.deepEqual(two.digests, plain.digests);
  // Workers started ahead, while this thread does something else, give the same digests.
  const started = startDigestWorkers({ workers: 2 });
  try {
    const ahead = await digestMany(arts, { tools, workers: 2, started });
    assert.deepEqual(ahead.digests, plain.digests);
  } finally {
    started.close();
  }
  await withTempDir(async (dir) => {
    const cold = await digestMany(arts, { tools, cache: new DiskCache(dir), workers: 2 });
    assert.equal(cold.fromCache, 0);
    assert.deepEqual(cold.digests, plain.digests);
    const warm = await digestMany(arts, { tools, cache: new DiskCache(dir) });
    assert.equal(warm.fromCache, arts.length);
    assert.equal(warm.annotatedNow, 0);
    assert.deepEqual(warm.stagesRun, { terms: 0, framing: 0, entities: 0, sources: 0 });
    assert.deepEqual(warm.digests, plain.digests);
  });
});

Deno.test("digestMany() keeps each article's opaque runs, on workers and through the cache", async () => {
  const run = "Qk9PTQ".repeat(500);
  const arts = [...seeds.slice(0, 2), article("odd", `A script follows.\n${run}\nThe end.`)];
  const plain = await digestMany(arts, { tools });
  assert.deepEqual(plain.digests.map((d) => d.opaque), [[], [], [{ start: 18, end: 18 + run.length }]]);
  assert.deepEqual(plain.digests[2].opaque, annotateAndDigest(arts[2], tools).opaque);
  await withTempDir(async (dir) => {
    const cold = await digestMany(arts, { tools, cache: new DiskCache(dir), workers: 2 });
    assert.deepEqual(cold.digests, plain.digests);
    const warm = await digestMany(arts, { tools, cache: new DiskCache(dir) });
    assert.equal(warm.fromCache, arts.length);
    assert.deepEqual(warm.digests, plain.digests);
  });
});

Deno.test("digestMany() after adding one article reads only that article", async () => {
  await withTempDir(async (dir) => {
    await digestMany(seeds, { tools, cache: new DiskCache(dir) });
    const added = [...seeds, article("new", "Larijani arrived in Beirut on Wednesday and met Nabih Berri.")];
    const r = await digestMany(added, { tools, cache: new DiskCache(dir) });
    assert.equal(r.fromCache, seeds.length);
    assert.equal(r.annotatedNow, 1);
    assert.deepEqual(r.stagesRun, { terms: 1, framing: 1, entities: 1, sources: 1 });
    assert.deepEqual(r.digests[5], annotateAndDigest(added[5], tools));
  });
});

Deno.test("digestMany() after an edit of the framing lexicon redoes framing alone, from cached annotations", async () => {
  const lexicon = await loadFramingLexicon();
  const edited = structuredClone(lexicon);
  edited.referents[0].label = `${edited.referents[0].label} (edited)`;
  const editedTools = makeDigestTools(await loadResources(), edited, await loadGazetteer());
  assert.equal(editedTools.fingerprints.terms, tools.fingerprints.terms);
  assert.equal(editedTools.fingerprints.entities, tools.fingerprints.entities);
  assert.equal(editedTools.fingerprints.sources, tools.fingerprints.sources);
  assert.notEqual(editedTools.fingerprints.framing, tools.fingerprints.framing);
  await withTempDir(async (dir) => {
    await digestMany(seeds, { tools, cache: new DiskCache(dir) });
    const r = await digestMany(seeds, { tools: editedTools, cache: new DiskCache(dir) });
    assert.equal(r.annotatedNow, 0, "annotations come from the cache");
    assert.deepEqual(r.stagesRun, { terms: 0, framing: seeds.length, entities: 0, sources: 0 });
    assert.equal(r.fromCache, 0);
    assert.deepEqual(r.digests, seeds.map((a) => annotateAndDigest(a, editedTools)));
    const again = await digestMany(seeds, { tools: editedTools, cache: new DiskCache(dir) });
    assert.equal(again.fromCache, seeds.length, "the redone parts were stored");
  });
});

Deno.test("makeDigestTools() gives the terms stage a fingerprint of the gazetteer, which it reads for names, and the stages that need the entities", async () => {
  const gazetteer = await loadGazetteer();
  const edited = structuredClone(gazetteer);
  edited.entities[0].aliases.push("Ali Ardashir Larijani");
  const editedTools = makeDigestTools(await loadResources(), await loadFramingLexicon(), edited);
  assert.notEqual(editedTools.fingerprints.terms, tools.fingerprints.terms);
  assert.notEqual(editedTools.fingerprints.entities, tools.fingerprints.entities);
  // The sources need the entities (their speakers), and the framing the sources (its voice).
  assert.notEqual(editedTools.fingerprints.sources, tools.fingerprints.sources);
  assert.notEqual(editedTools.fingerprints.framing, tools.fingerprints.framing);
  // The digest's terms count names: "Mr Larijani" is the gazetteer's Ali Larijani.
  const d = annotateAndDigest(article("n", "Mr Larijani arrived in Baghdad."), tools);
  assert.deepEqual(d.terms.map((r) => r.term), ["ali larijani", "arrive", "baghdad"]);
});

Deno.test("digestMany() after a change to the terms stage alone redoes the terms, with the entities' cached candidates", async () => {
  // As after an edit of measures/terms.ts: only the terms stage's fingerprint differs.
  const edited = (code: string) => ({ ...tools, fingerprints: { ...tools.fingerprints, terms: code } });
  await withTempDir(async (dir) => {
    await digestMany(seeds, { tools, cache: new DiskCache(dir) });
    for (const workers of [1, 2]) {
      const r = await digestMany(seeds, { tools: edited(`edit ${workers}`), cache: new DiskCache(dir), workers });
      assert.equal(r.annotatedNow, 0, "annotations come from the cache");
      assert.deepEqual(r.stagesRun, { terms: seeds.length, framing: 0, entities: 0, sources: 0 });
      assert.deepEqual(r.digests, seeds.map((a) => annotateAndDigest(a, tools)));
    }
    const again = await digestMany(seeds, { tools: edited("edit 2"), cache: new DiskCache(dir) });
    assert.equal(again.fromCache, seeds.length, "the redone terms were stored with the others");
  });
});

Deno.test("digestParts() runs the stages a stage needs unless their parts are given", () => {
  const annotated = annotateArticle(seeds[0], tools.resources);
  const full = annotateAndDigest(seeds[0], tools);
  const alone = digestParts(annotated, tools, ["terms"]);
  assert.deepEqual(Object.keys(alone).sort(), ["entities", "terms"], "the entities ran for the terms");
  const given = digestParts(annotated, tools, ["terms"], undefined, { entities: full.entities });
  assert.deepEqual(Object.keys(given), ["terms"]);
  assert.deepEqual(given.terms, full.terms);
  // The framing needs the sources' relations, which need the entities (for their speakers, over the corpus).
  assert.deepEqual(digestParts(annotated, tools, ["framing"]), {
    entities: full.entities,
    sources: full.sources,
    framing: full.framing,
  });
  assert.deepEqual(digestParts(annotated, tools, ["framing"], undefined, { sources: full.sources }), {
    framing: full.framing,
  });
});

Deno.test("digestMany() redoes a cached part that is malformed though its checksum holds, and only that part", async () => {
  const arts = [article("a", "Hezbollah rejected the plan in Beirut.")];
  await withTempDir(async (dir) => {
    const first = await digestMany(arts, { tools, cache: new DiskCache(dir) });
    const cache = new DiskCache(dir);
    const [file] = await files(dir, "digest");
    const key = file.replace(/^.*\//, "").replace(/\.json$/, "");
    const packed = (await cache.get<PackedDigest>("digest", key))!;
    packed.parts.terms!.data = [["plan"]]; // a row without its count
    await cache.set("digest", key, packed);
    const again = await digestMany(arts, { tools, cache });
    assert.equal(cache.stats.rebuilt, 1);
    assert.deepEqual(again.stagesRun, { terms: 1, framing: 0, entities: 0, sources: 0 });
    assert.deepEqual(again.digests, first.digests);
  });
});

Deno.test("digestMany() detects a corrupt or tampered digest and rebuilds it", async () => {
  const arts = [article("a", "Hezbollah rejected the plan."), article("b", "Israel struck southern Lebanon.")];
  await withTempDir(async (dir) => {
    const first = await digestMany(arts, { tools, cache: new DiskCache(dir) });
    const [one, two] = await files(dir, "digest");
    await writeFile(one, (await readFile(one, "utf8")).slice(0, 40)); // truncated
    const entry = await readFile(two, "utf8");
    const tampered = entry.replace(/"words":\d+/, '"words":99');
    assert.notEqual(tampered, entry);
    await writeFile(two, tampered); // checksum no longer matches
    const cache = new DiskCache(dir);
    const again = await digestMany(arts, { tools, cache });
    assert.equal(cache.stats.rebuilt, 2);
    assert.equal(again.fromCache, 0);
    assert.equal(again.annotatedNow, 0, "the annotations were intact");
    assert.deepEqual(again.digests, first.digests);
    const third = await digestMany(arts, { tools, cache: new DiskCache(dir) });
    assert.equal(third.fromCache, 2, "the rebuilt entries are good again");
  });
});

Deno.test("digestMany() keeps each article's own id when two files hold the same text", async () => {
  const arts = [article("one", "Hezbollah rejected the plan."), article("two", "Hezbollah rejected the plan.")];
  await withTempDir(async (dir) => {
    await digestMany(arts.slice(0, 1), { tools, cache: new DiskCache(dir) });
    const r = await digestMany(arts, { tools, cache: new DiskCache(dir) });
    assert.deepEqual(r.digests[1].entities.candidates.map((c) => c.article), ["two"]);
    assert.deepEqual([...new Set(r.digests[1].terms.map((t) => t.article))], ["two"]);
  });
});

Deno.test("candidateSpanTags() gives each distinct span of the candidates not in the gazetteer once, with compromise's tags", () => {
  const d = annotateAndDigest(seeds[1], tools);
  const spans = d.entities.spanTags.map(([s]) => s);
  assert.deepEqual(spans, [...new Set(d.entities.candidates.filter((c) => c.entry === undefined).map(mentionSpan))]);
  assert.ok(spans.length > 0 && spans.length < new Set(d.entities.candidates.map(mentionSpan)).size);
  for (const [span, bits] of d.entities.spanTags) assert.deepEqual(spanTagsOfBits(bits), tagsAlone(span), span);
});

Deno.test("resolveDigestEntities() resolves as resolveEntities does, tagging only the spans not in the digests", () => {
  for (const corpus of [seeds, unseen]) {
    const digests = corpus.map((a) => annotateAndDigest(a, tools));
    const asked: string[] = [];
    const index = resolveEntities(digests.flatMap((d) => d.entities.candidates), tools.gazetteer, {
      tags: (s) => (asked.push(s), spanTags(s)),
    });
    assert.ok(asked.length > 10);
    const inDigests = new Set(digests.flatMap((d) => d.entities.spanTags.map(([s]) => s)));
    const tagged: string[] = [];
    assert.deepEqual(resolveDigestEntities(digests, tools, { tags: (s) => (tagged.push(s), spanTags(s)) }), index);
    assert.deepEqual(tagged.filter((s) => inDigests.has(s)), [], "spans in the digests tagged again");
    assert.deepEqual(tagged, asked.filter((s) => !inDigests.has(s)));
    // Whole names are in the digests; parts of names the resolver tries are tagged then
    // (on the Brown corpus, 1,051 distinct spans besides the 18,758 of the digests).
    assert.ok(asked.some((s) => inDigests.has(s)));
  }
});

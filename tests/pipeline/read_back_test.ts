import assert from "node:assert/strict";
import { join } from "node:path";
import { loadCorpus } from "../../src/corpus/load.ts";
import { DiskCache } from "../../src/pipeline/cache.ts";
import { loadDigestTools } from "../../src/pipeline/digest.ts";
import { digestItem, digestMany } from "../../src/pipeline/digest_many.ts";
import { DIGEST_STAGES } from "../../src/pipeline/digest.ts";
import { READ_BACK_STAGES } from "../../src/pipeline/read_back.ts";
import { runCorpusStages } from "../../src/stages/registry.ts";
import { withTempDir } from "../fixtures/temp_dir.ts";

const tools = await loadDigestTools();
const { articles } = await loadCorpus();

Deno.test("the stages whose parts are read back are those that declare it: the term counts and the entity candidates", () => {
  assert.deepEqual(READ_BACK_STAGES, ["terms", "entities"]);
});

Deno.test("digestMany({ readBack }) holds no read-back part, and each reading gives the part a held digest has", async () => {
  await withTempDir(async (dir) => {
    const held = (await digestMany(articles, { tools })).digests;
    for (const run of ["cold", "from the cache"]) {
      const { digests, readsBack } = await digestMany(articles, { tools, cache: new DiskCache(dir), readBack: true });
      for (const [i, d] of digests.entries()) {
        for (const stage of READ_BACK_STAGES) {
          const own = Object.getOwnPropertyDescriptor(d, stage)!;
          assert.equal(own.value, undefined, `${run}: ${stage} is not held`);
          assert.equal(typeof own.get, "function");
        }
        assert.deepEqual({ ...d }, held[i], run);
      }
      // The spread read each read-back part of each article once.
      assert.deepEqual(readsBack, { terms: articles.length, framing: 0, entities: articles.length, sources: 0 });
    }
  });
});

Deno.test("a digest stored by the thread that made it comes back without the parts to be read back from it", async () => {
  await withTempDir(async (dir) => {
    const cache = new DiskCache(dir);
    const article = { id: "a", file: "a.md", outlet: "A", text: "Karim Haddad said the talks failed.", extra: {} };
    const item = { article, stages: [...DIGEST_STAGES], annotationKey: "k1", digestKey: "d1" };
    // Asked to leave out the read-back parts: the reply has the two others, the entry all four.
    const slim = await digestItem({ ...item, leaveOut: [...READ_BACK_STAGES] }, tools, cache);
    assert.deepEqual(Object.keys(slim.parts).sort(), ["framing", "sources"]);
    const entry = cache.getSync<{ parts: Record<string, unknown> }>("digest", "d1")!;
    assert.deepEqual(Object.keys(entry.parts).sort(), ["entities", "framing", "sources", "terms"]);
    // Not stored (no digest key): every part comes back, whatever was asked.
    const { digestKey: _, ...unstored } = item;
    const full = await digestItem({ ...unstored, leaveOut: [...READ_BACK_STAGES] }, tools, cache);
    assert.deepEqual(Object.keys(full.parts).sort(), ["entities", "framing", "sources", "terms"]);
  });
});

Deno.test("digestMany({ readBack }) on two threads gives the digests one thread holds", async () => {
  await withTempDir(async (dir) => {
    const held = (await digestMany(articles, { tools })).digests;
    const { digests, readsBack } = await digestMany(articles, {
      tools,
      cache: new DiskCache(dir),
      readBack: true,
      workers: 2,
    });
    for (const [i, d] of digests.entries()) assert.deepEqual({ ...d }, held[i]);
    assert.deepEqual(readsBack, { terms: articles.length, framing: 0, entities: articles.length, sources: 0 });
  });
});

Deno.test("a read-back part whose cache entry is gone is worked out again from the article", async () => {
  await withTempDir(async (dir) => {
    const held = (await digestMany(articles, { tools })).digests;
    const { digests } = await digestMany(articles, { tools, cache: new DiskCache(dir), readBack: true });
    await Deno.remove(join(dir, "digest"), { recursive: true });
    assert.deepEqual(digests[0].terms, held[0].terms);
    assert.deepEqual(digests[0].entities, held[0].entities);
  });
});

Deno.test("every stage's corpus-wide part reads the term counts once and the entity candidates once per article", async () => {
  await withTempDir(async (dir) => {
    const { digests, readsBack } = await digestMany(articles, { tools, cache: new DiskCache(dir), readBack: true });
    const results = runCorpusStages({ digests, tools });
    assert.deepEqual(readsBack, { terms: articles.length, framing: 0, entities: articles.length, sources: 0 });
    // The same results as from held digests.
    const held = (await digestMany(articles, { tools })).digests;
    assert.deepEqual(results, runCorpusStages({ digests: held, tools }));
  });
});

Deno.test("no read-back part outlives the stage that read it; held, every part stays alive", async () => {
  await withTempDir(async (dir) => {
    const script = new URL("../fixtures/read_back/held.ts", import.meta.url).pathname;
    const run = async (...flags: string[]) => {
      const out = await new Deno.Command(Deno.execPath(), {
        args: ["run", "--v8-flags=--expose-gc", "--allow-all", script, dir, ...flags],
        stderr: "inherit",
      }).output();
      assert.ok(out.success, `${script} failed`);
      return new TextDecoder().decode(out.stdout).trim().split("\n").map((l) =>
        JSON.parse(l) as { stage: string; read: number; alive: number }
      );
    };
    const readBack = await run();
    // Every read-back part of every article is read by some stage, and none is alive after it.
    assert.equal(readBack.at(-1)!.read, READ_BACK_STAGES.length * articles.length);
    assert.deepEqual(readBack.map((l) => l.alive), readBack.map(() => 0));
    // The control: the same watch on held parts sees them all alive.
    const hold = await run("--hold");
    assert.equal(hold.at(-1)!.alive, READ_BACK_STAGES.length * articles.length);
  });
});

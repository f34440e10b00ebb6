import assert from "node:assert/strict";
import { readdir, readFile, writeFile } from "node:fs/promises";
import { openStore } from "../../src/store/store.ts";
import { writeShard } from "../../src/pipeline/shard.ts";
import { join } from "node:path";
import { loadCorpus } from "../../src/corpus/load.ts";
import { annotateArticle, loadResources } from "../../src/pipeline/annotate.ts";
import {
  annotationKey,
  DiskCache,
  packAnnotation,
  resourcesFingerprint,
  unpackAnnotation,
} from "../../src/pipeline/cache.ts";
import type { Article } from "../../src/types.ts";
import { loadBrown } from "../../bench/brown.ts";
import { PROJECT_DIR } from "../../src/paths.ts";

const resources = await loadResources();
const article = (id: string, text: string, outlet = "Outlet"): Article => ({
  id,
  file: `${id}.md`,
  outlet,
  extra: {},
  text,
});

Deno.test("packAnnotation() and unpackAnnotation() give back the same annotation", () => {
  const a = annotateArticle(
    article("x", "Mr Larijani met al-Sudani. The Zionist regime's strikes\nwere condemned."),
    resources,
  );
  assert.deepEqual(unpackAnnotation(packAnnotation(a), a.article), a);
});

Deno.test("packAnnotation() leaves out what the article gives, and unpackAnnotation() gives it back, on every corpus", async () => {
  const dirs = ["data/articles", "tests/fixtures/unseen", "tests/fixtures/hostile"];
  const articles = [
    ...(await Promise.all(dirs.map(async (d) => (await loadCorpus(join(PROJECT_DIR, d))).articles))).flat(),
    ...(await loadBrown(20)),
    article("odd", "ÉTAT-MAJOR İstanbul ǅemal: “Hezbollah’s” 3½ km — ﬁne.\r\n\tΣΊΣΥΦΟΣ et l’Iran."),
  ];
  let plain = 0;
  let packed = 0;
  for (const a of articles) {
    const annotated = annotateArticle(a, resources);
    const p = packAnnotation(annotated);
    assert.deepEqual(unpackAnnotation(JSON.parse(JSON.stringify(p)), a), annotated, a.id);
    packed += JSON.stringify(p).length;
    plain += JSON.stringify({ tokens: annotated.tokens, terms: annotated.terms }).length;
  }
  assert.ok(packed < plain / 4, `packed ${packed} bytes, plain ${plain}`);
});

Deno.test("unpackAnnotation() refuses an annotation packed by another version, or with a code outside its list", () => {
  const a = annotateArticle(article("x", "Hezbollah rejected the plan."), resources);
  const old = { ...packAnnotation(a), v: 1 } as unknown as ReturnType<typeof packAnnotation>;
  assert.throws(() => unpackAnnotation(old, a.article), /another version/);
  const bad = packAnnotation(a);
  bad.tokens.pos[0] = 99;
  assert.throws(() => unpackAnnotation(bad, a.article), /not in its list/);
  const worse = packAnnotation(a);
  (worse.tokens.norm as unknown[])[0] = 7;
  assert.throws(() => unpackAnnotation(worse, a.article), /something else than text/);
});

Deno.test("unpackAnnotation() refuses columns that do not fit the text", () => {
  const a = annotateArticle(article("x", "Hezbollah rejected the plan."), resources);
  const packed = packAnnotation(a);
  assert.throws(() => unpackAnnotation(packed, article("x", "Short")), /outside the text/);
  packed.tokens.norm.pop();
  assert.throws(() => unpackAnnotation(packed, a.article), /differ in length/);
});

Deno.test("annotationKey() changes with the text, the outlet and the resources", () => {
  const fp = resourcesFingerprint(resources);
  const a = article("x", "Text one.");
  assert.equal(annotationKey(a, fp), annotationKey({ ...a, id: "renamed" }, fp), "the id is not part of the key");
  assert.notEqual(annotationKey(a, fp), annotationKey({ ...a, text: "Text two." }, fp));
  assert.notEqual(annotationKey(a, fp), annotationKey({ ...a, outlet: "Other" }, fp));
  const other = {
    ...resources,
    boilerplate: { ...resources.boilerplate, lines: [...resources.boilerplate.lines, "extra"] },
  };
  assert.notEqual(resourcesFingerprint(other), fp);
});

Deno.test("DiskCache.prune() removes entries no run has used for the given days, and old temporary files", async () => {
  const dir = await Deno.makeTempDir();
  try {
    const cache = new DiskCache(dir);
    const key = (c: string) => c.repeat(64);
    await cache.set("digest", key("a"), { n: 1 });
    await cache.set("digest", key("b"), { n: 2 });
    await cache.set("png", key("c"), "png");
    const path = (ns: string, k: string) => join(dir, ns, k.slice(0, 2), `${k}.json`);
    const daysAgo = (d: number) => new Date(Date.now() - d * 86_400_000);
    // a and c were last used 40 days ago, b 10 days ago; a is read now, which makes it fresh.
    for (const [ns, k, d] of [["digest", key("a"), 40], ["digest", key("b"), 10], ["png", key("c"), 40]] as const) {
      await Deno.utime(path(ns, k), daysAgo(d), daysAgo(d));
    }
    assert.deepEqual(await cache.get("digest", key("a")), { n: 1 });
    const tmp = `${path("digest", key("b"))}.x1y2.tmp`;
    await writeFile(tmp, "half an entry");
    await Deno.utime(tmp, daysAgo(1), daysAgo(1));
    const fresh = `${path("digest", key("a"))}.z9.tmp`;
    await writeFile(fresh, "being written");
    const { removed, bytes } = await cache.prune(30);
    assert.equal(removed, 2, "c (unused for 40 days) and the day-old temporary file");
    assert.ok(bytes > 0);
    assert.deepEqual(await cache.get("digest", key("a")), { n: 1 });
    assert.deepEqual(await cache.get("digest", key("b")), { n: 2 });
    assert.equal(await cache.get("png", key("c")), undefined);
    await assert.rejects(() => readFile(tmp));
    assert.equal(await readFile(fresh, "utf8"), "being written", "a write in progress is left alone");
    assert.deepEqual(await new DiskCache(join(dir, "none")).prune(30), { removed: 0, bytes: 0 });
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("DiskCache.has() tells whether a namespace holds any entry", async () => {
  const dir = await Deno.makeTempDir();
  try {
    const cache = new DiskCache(join(dir, "cache"));
    assert.equal(await cache.has("digest"), false, "no folder yet");
    await cache.set("annotate", "k1", { a: 1 });
    assert.equal(await cache.has("digest"), false, "another namespace");
    await cache.set("digest", "k2", { b: 2 });
    assert.equal(await cache.has("digest"), true);
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("DiskCache.prune() leaves the store's and the shards' files alone, however old", async () => {
  const dir = await Deno.makeTempDir();
  try {
    const cache = new DiskCache(dir);
    const corpusDir = join(dir, "..", "corpus-elsewhere");
    const store = await openStore(join(dir, "store"), { readOnly: false, corpusDir });
    await store.write("t", { title: "T", columns: { x: "integer" } }, [{ x: 1 }]);
    await store.commit();
    await store.close();
    await writeShard(join(dir, "shards", "1-of-2"), corpusDir, [], () => "G", {
      shard: "1/2",
      by: "outlet",
      fingerprints: {},
    });
    await cache.set("digest", "d".repeat(64), { n: 1 });
    const files = (await readdir(dir, { recursive: true, withFileTypes: true })).filter((e) => e.isFile())
      .map((e) => join(e.parentPath, e.name));
    const old = new Date(Date.now() - 40 * 86_400_000);
    for (const f of files) await Deno.utime(f, old, old);
    const { removed } = await cache.prune(30);
    assert.equal(removed, 1, "the digest entry only");
    const left = (await readdir(dir, { recursive: true, withFileTypes: true })).filter((e) => e.isFile())
      .map((e) => join(e.parentPath, e.name));
    assert.deepEqual(left.sort(), files.filter((f) => !f.includes(`${join(dir, "digest")}/`)).sort());
    assert.ok(left.some((f) => f.endsWith("/store/manifest.json")) && left.some((f) => f.endsWith("/shard.json")));
    await (await openStore(join(dir, "store"), { corpusDir })).close(); // still whole
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

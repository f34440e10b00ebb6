/**
 * Reruns of the report at scale (issue 19): a run with nothing changed is kept without
 * reading the articles, and a run after articles were added, changed and removed writes
 * only their rows to the store, with files byte-identical to a cold run's.
 */
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { runReport } from "../../src/report/report_cli.ts";
import { storeDirOf } from "../../src/pipeline/article_store.ts";
import { withTempDir } from "../fixtures/temp_dir.ts";

const quiet = () => {};
const UNSEEN = new URL("../fixtures/unseen", import.meta.url).pathname;

/** Copies the .md files of a folder into a new one. */
async function copyCorpus(from: string, to: string, keep: (name: string) => boolean = () => true): Promise<string[]> {
  await Deno.mkdir(to, { recursive: true });
  const names = (await Array.fromAsync(Deno.readDir(from))).map((e) => e.name).filter((n) => n.endsWith(".md"))
    .filter(keep).sort();
  for (const n of names) await Deno.copyFile(join(from, n), join(to, n));
  return names;
}

/** The parts of the store's article_terms table: the ids of each part's articles. */
async function parts(cache: string): Promise<string[][]> {
  const manifest = JSON.parse(await Deno.readTextFile(join(storeDirOf(cache), "manifest.json")));
  return manifest.tables.article_terms.files.map((f: { articles: Record<string, string> }) =>
    Object.keys(f.articles).sort()
  );
}

Deno.test("runReport() after articles were added, changed and removed writes only theirs to the store, and files byte-identical to a cold run's", async () => {
  await withTempDir(async (dir) => {
    const corpus = join(dir, "corpus");
    const cache = join(dir, "cache");
    const out = join(dir, "report");
    const all = await copyCorpus(UNSEEN, corpus, (n) => n < "20");
    await runReport({ corpus, out, cache, log: quiet, workers: 1 });
    const before = await parts(cache);
    assert.equal(before.length, 1);
    // Six articles added, one changed, one removed.
    const added = await copyCorpus(UNSEEN, corpus, (n) => n >= "20");
    const changed = join(corpus, all[1]);
    await Deno.writeTextFile(changed, (await Deno.readTextFile(changed)).replace(/\bthe\b/, "a"));
    await Deno.remove(join(corpus, all[2]));
    const rerun = await runReport({ corpus, out, cache, log: quiet, workers: 1 });
    assert.equal(rerun.articles, all.length + added.length - 1);
    assert.equal(rerun.fromCache, all.length - 2);
    const id = (n: string) => n.replace(/\.md$/, "");
    const after = await parts(cache);
    assert.deepEqual(after[0], before[0].filter((a) => a !== id(all[1]) && a !== id(all[2])));
    assert.deepEqual(after[1], [id(all[1]), ...added.map(id)].sort(), "the new part: the added and the changed");
    // A cold run on the corpus as it is now, with no cache.
    const cold = join(dir, "cold");
    await runReport({ corpus, out: cold, cache: false, log: quiet, workers: 1 });
    const files = rerun.files.filter((f) => f !== "index.html");
    assert.ok(files.some((f) => f.endsWith(".svg")) && files.some((f) => f === "terms.csv"));
    for (const f of files) assert.deepEqual(await readFile(join(out, f)), await readFile(join(cold, f)), f);
  });
});

Deno.test("runReport() keeps a report when no article file's size or time changed, without reading them", async () => {
  await withTempDir(async (dir) => {
    const corpus = join(dir, "corpus");
    const cache = join(dir, "cache");
    const out = join(dir, "report");
    const [first] = await copyCorpus(UNSEEN, corpus, (n) => n < "06");
    await runReport({ corpus, out, cache, log: quiet, workers: 1 });
    const file = join(corpus, first);
    const { mtime } = await Deno.stat(file);
    const text = await Deno.readTextFile(file);
    // Another letter at the same size and time: not read, so not seen (as make would not).
    await Deno.writeTextFile(file, text.replace("e", "a"));
    await Deno.utime(file, mtime!, mtime!);
    assert.equal((await runReport({ corpus, out, cache, log: quiet, workers: 1 })).unchanged, true);
    // Its time changed: read, and the change seen.
    await Deno.utime(file, new Date(mtime!.getTime() + 1000), new Date(mtime!.getTime() + 1000));
    const seen = await runReport({ corpus, out, cache, log: quiet, workers: 1 });
    assert.equal(seen.unchanged, false);
    assert.equal(seen.fromCache, 4);
    // Touched only (the same text): read, found the same, and kept.
    await Deno.utime(file, new Date(), new Date());
    const lines: string[] = [];
    const touched = await runReport({ corpus, out, cache, log: (l) => lines.push(l), workers: 1 });
    assert.equal(touched.unchanged, true);
    assert.equal(lines.filter((l) => /^nothing changed/.test(l)).length, 1);
  });
});

import assert from "node:assert/strict";
import { copyFile, mkdir, readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { main, runReport } from "../../src/report/report_cli.ts";
import { projectPath } from "../../src/paths.ts";

/**
 * A corpus folder in `tmp`: the Tehran Times seed, its two planted reprints (Mirror Daily, Gulf
 * Wire) and the two articles quoting one statement (`tests/fixtures/reuse/`).
 */
async function plantedCorpus(tmp: string): Promise<string> {
  const corpus = join(tmp, "articles");
  await mkdir(corpus);
  await copyFile(
    projectPath("data", "articles", "2025-08-11-tehran-times-larijani-visit.md"),
    join(corpus, "2025-08-11-tehran-times-larijani-visit.md"),
  );
  const planted = projectPath("tests", "fixtures", "reuse");
  for (const name of await readdir(planted)) {
    if (name.endsWith(".md")) await copyFile(join(planted, name), join(corpus, name));
  }
  return corpus;
}

Deno.test("main() refuses a --reprints other than all or once, saying which it takes", async () => {
  const errors: string[] = [];
  const error = console.error;
  console.error = (line: string) => errors.push(line);
  try {
    assert.equal(await main(["--reprints", "twice"]), 2);
  } finally {
    console.error = error;
  }
  assert.deepEqual(errors, ['error: --reprints takes "all" or "once", not "twice"']);
});

Deno.test("runReport() with reprints once writes the clusters and leaves the later reprints out of the outlets", async () => {
  const tmp = await Deno.makeTempDir();
  try {
    const corpus = await plantedCorpus(tmp);
    const outlets = async (out: string) =>
      (await readFile(join(out, "outlets.csv"), "utf8")).trim().split("\n").slice(1).map((l) => l.split(",")[0]);
    const all = join(tmp, "all");
    const once = join(tmp, "once");
    await runReport({ corpus, out: all, cache: false, log: () => {} });
    await runReport({ corpus, out: once, cache: false, reprints: "once", log: () => {} });
    assert.deepEqual(await outlets(all), ["Beirut Post", "Gulf Daily", "Gulf Wire", "Mirror Daily", "Tehran Times"]);
    assert.deepEqual(await outlets(once), ["Beirut Post", "Gulf Daily", "Tehran Times"]);
    const reprints = await readFile(join(once, "reprints.csv"), "utf8");
    assert.equal(
      reprints,
      await readFile(join(all, "reprints.csv"), "utf8"),
      "the clusters do not depend on the option",
    );
    assert.equal(reprints.trim().split("\n").length, 4, "a header and three articles");
    const page = await readFile(join(all, "index.html"), "utf8");
    assert.ok(page.includes("Gulf Wire: 1 of its 1 article(s) is a reprint"));
  } finally {
    await Deno.remove(tmp, { recursive: true });
  }
});

Deno.test("runReport() with reprints once writes the same terms.csv with the cache's store as without a cache", async () => {
  const tmp = await Deno.makeTempDir();
  try {
    const corpus = await plantedCorpus(tmp);
    const plain = join(tmp, "plain");
    const stored = join(tmp, "stored");
    await runReport({ corpus, out: plain, cache: false, reprints: "once", log: () => {} });
    await runReport({ corpus, out: stored, cache: join(tmp, "cache"), reprints: "once", log: () => {} });
    const terms = await readFile(join(stored, "terms.csv"), "utf8");
    assert.equal(terms, await readFile(join(plain, "terms.csv"), "utf8"));
    assert.ok(!terms.includes("Gulf Wire"), "the reprints are left out of the term counts");
  } finally {
    await Deno.remove(tmp, { recursive: true });
  }
});

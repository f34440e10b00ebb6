import assert from "node:assert/strict";
import { join } from "node:path";
import { loadBrown } from "../../bench/brown.ts";
import { loadCorpus } from "../../src/corpus/load.ts";
import type { Article } from "../../src/types.ts";
import { brownArticleFile, brownDate, main, writeBrownArticles } from "../../bench/write_brown.ts";
import { withTempDir } from "../fixtures/temp_dir.ts";

/** Asserts that a loaded article is the written one, with its file and date as written. */
function assertRoundTrip(loaded: Article, original: Article, dir: string): void {
  assert.equal(loaded.id, original.id);
  assert.equal(loaded.file, join(dir, `${original.id}.md`));
  assert.equal(loaded.outlet, original.outlet);
  assert.equal(loaded.date, brownDate(original.id));
  assert.equal(loaded.text, original.text);
  assert.deepEqual(loaded.extra, original.extra);
  for (const key of ["title", "url", "kind", "author", "country"] as const) {
    assert.equal(loaded[key], original[key], key);
  }
}

Deno.test("brownDate() counts days from 1961-01-01 by the file's number within its genre", () => {
  assert.equal(brownDate("ca01"), "1961-01-01");
  assert.equal(brownDate("ca31"), "1961-01-31");
  assert.equal(brownDate("ca32"), "1961-02-01");
  // 31 days of January + 28 of February 1961 (not a leap year) = 59: file 60 is 1 March.
  assert.equal(brownDate("cj60"), "1961-03-01");
  assert.equal(brownDate("cj80"), "1961-03-21");
  assert.throws(() => brownDate("readme"), /Cannot date "readme": not a Brown file name/);
});

Deno.test("the first Brown article of each genre, written by writeBrownArticles(), loads back with loadCorpus() unchanged", async () => {
  const firstOfGenre = new Map<string, Article>();
  for (const a of await loadBrown()) if (!firstOfGenre.has(a.id[1])) firstOfGenre.set(a.id[1], a);
  const articles = [...firstOfGenre.values()];
  assert.equal(articles.length, 15);
  await withTempDir(async (dir) => {
    const files = await writeBrownArticles(articles, dir);
    assert.deepEqual(files, articles.map((a) => join(dir, `${a.id}.md`)));
    const corpus = await loadCorpus(dir, { strict: true });
    assert.deepEqual(corpus.problems, []);
    assert.equal(corpus.articles.length, articles.length);
    corpus.articles.forEach((loaded, i) => assertRoundTrip(loaded, articles[i], dir));
  });
});

Deno.test("brownArticleFile() quotes an outlet that YAML would read otherwise, and keeps the text byte for byte", async () => {
  const tricky: Article[] = [
    { id: "ca01", file: "ca01", outlet: 'Press: "reportage" # 1', extra: {}, text: "---\nA line of dashes.\n" },
    { id: "cb02", file: "cb02", outlet: "- yes", extra: {}, text: "\n  Leading space, no final newline" },
    { id: "cc03", file: "cc03", outlet: "123", extra: {}, text: "Text.\r\n" },
  ];
  assert.equal(brownArticleFile(tricky[0]).split("\n")[1], "outlet: 'Press: \"reportage\" # 1'");
  await withTempDir(async (dir) => {
    await writeBrownArticles(tricky, dir);
    const corpus = await loadCorpus(dir, { strict: true });
    corpus.articles.forEach((loaded, i) => assertRoundTrip(loaded, tricky[i], dir));
  });
});

Deno.test("writeBrownArticles() refuses a folder that is not empty, and writes nothing there", async () => {
  await withTempDir(async (dir) => {
    await Deno.writeTextFile(join(dir, "old.md"), "---\noutlet: X\n---\nOld.\n");
    const article: Article = { id: "ca01", file: "ca01", outlet: "X", extra: {}, text: "New.\n" };
    await assert.rejects(
      () => writeBrownArticles([article], dir),
      new RegExp(`Cannot write the Brown corpus to ${dir}: the folder is not empty \\(1 entries\\)`),
    );
    assert.deepEqual([...Deno.readDirSync(dir)].map((e) => e.name), ["old.md"]);
  });
});

Deno.test("main() with --limit 2 writes the first two Brown files, and refuses a bad --limit", async () => {
  await withTempDir(async (dir) => {
    const out = join(dir, "brown");
    assert.equal(await main([out, "--limit", "2"]), 0);
    assert.deepEqual([...Deno.readDirSync(out)].map((e) => e.name).sort(), ["ca01.md", "ca02.md"]);
    assert.equal(await main([join(dir, "other"), "--limit", "0"]), 2);
    assert.equal(await main([]), 2);
  });
});

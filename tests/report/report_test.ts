import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { join, relative } from "node:path";
import { main, runReport } from "../../src/report/report_cli.ts";
import { REPORT_MARKER } from "../../src/report/write.ts";
import { DEFAULT_CORPUS_DIR } from "../../src/corpus/load.ts";

const quiet = () => {};

Deno.test("runReport() on the seed corpus writes articles.csv, every chart as SVG, PNG and CSV, and index.html", async () => {
  const tmp = await Deno.makeTempDir();
  try {
    const out = join(tmp, "report");
    const r = await runReport({ out, log: quiet, cache: false });
    assert.equal(r.articles, 5);
    assert.equal(r.problems, 0);
    const csv = (await readFile(join(out, "articles.csv"), "utf8")).trimEnd().split("\n");
    assert.equal(csv[0], "id,outlet,date,title,kind,words,sentences");
    assert.equal(csv.length, 6);
    assert.ok(csv.some((l) => l.startsWith("2025-08-11-peregraf-larijani-visit,Peregraf,2025-08-11,")));
    const html = await readFile(join(out, "index.html"), "utf8");
    // The corpus folder as typed from the project folder, not as an absolute path.
    assert.ok(
      html.includes(`in <code>${relative(Deno.cwd(), DEFAULT_CORPUS_DIR)}</code>`),
      "the page names data/articles",
    );
    assert.ok(!html.includes(Deno.cwd()), "the page does not carry the absolute path of the project folder");
    for (const name of ["articles-per-outlet", "length-by-outlet", "dates"]) {
      for (const ext of ["svg", "png", "csv"]) {
        assert.ok(existsSync(join(out, "charts", `${name}.${ext}`)), `${name}.${ext}`);
      }
      assert.ok(html.includes(`<img src="charts/${name}.svg"`), `index.html shows ${name}`);
      const png = await readFile(join(out, "charts", `${name}.png`));
      assert.deepEqual([...png.subarray(1, 4)], [80, 78, 71]);
    }
    assert.ok(html.includes("articles.csv"));
    const tables = r.files.filter((f) => f.endsWith(".csv") && !f.startsWith("charts/"));
    for (const t of ["articles.csv", "outlets.csv", "terms.csv", "keyness.csv"]) assert.ok(tables.includes(t), t);
    const keynessHead = (await readFile(join(out, "keyness.csv"), "utf8")).split("\n")[0];
    assert.ok(keynessHead.startsWith("outlet,term,count,ref_count,total,ref_total,g2,log_ratio,lrc,p,dp"), keynessHead);
    const termsHead = (await readFile(join(out, "terms.csv"), "utf8")).split("\n")[0];
    assert.equal(termsHead, "outlet,term,count,per_1k,articles,tfidf");
    // Every CSV the report writes, tables and charts' data, is headed in snake_case.
    for (const f of r.files.filter((f) => f.endsWith(".csv"))) {
      const head = (await readFile(join(out, f), "utf8")).split("\n")[0];
      assert.match(head, /^[a-z0-9_]+(,[a-z0-9_]+)*$/, `${f}: ${head}`);
    }
    const outletsHead = (await readFile(join(out, "outlets.csv"), "utf8")).split("\n")[0];
    assert.equal(outletsHead, "outlet,articles,words,median_words,first_date,last_date");
  } finally {
    await Deno.remove(tmp, { recursive: true });
  }
});

Deno.test("runReport() leaves out a broken file, names it in index.html, and analyses the rest", async () => {
  const tmp = await Deno.makeTempDir();
  try {
    const corpus = join(tmp, "corpus");
    await mkdir(corpus);
    await writeFile(
      join(corpus, "good.md"),
      "---\noutlet: Good News\ndate: 2025-08-12\n---\nLarijani met Aoun in Beirut.\n",
    );
    await writeFile(join(corpus, "broken.md"), "---\ntitle: no outlet here\n---\nSome text.\n");
    const lines: string[] = [];
    const r = await runReport({ corpus, out: join(tmp, "out"), log: (l) => lines.push(l), cache: false });
    assert.equal(r.articles, 1);
    assert.equal(r.problems, 1);
    assert.ok(lines.some((l) => l.includes("broken.md") && l.includes('no "outlet"')), lines.join("\n"));
    const html = await readFile(join(tmp, "out", "index.html"), "utf8");
    assert.ok(html.includes("broken.md") && html.includes("1 file(s) were left out"));
  } finally {
    await Deno.remove(tmp, { recursive: true });
  }
});

Deno.test("runReport() notes once, in the log and on the page, the .txt and .html files the corpus folder holds", async () => {
  const tmp = await Deno.makeTempDir();
  try {
    const corpus = join(tmp, "corpus");
    await mkdir(corpus);
    await writeFile(
      join(corpus, "good.md"),
      "---\noutlet: Good News\ndate: 2025-08-12\n---\nLarijani met Aoun in Beirut.\n",
    );
    await writeFile(join(corpus, "saved.html"), "<p>Aoun met Larijani.</p>");
    await writeFile(join(corpus, "notes.txt"), "Larijani met Aoun.");
    const lines: string[] = [];
    const r = await runReport({ corpus, out: join(tmp, "out"), log: (l) => lines.push(l), cache: false });
    assert.equal(r.problems, 0);
    const notes = lines.filter((l) => l.includes(".txt or .html"));
    assert.equal(notes.length, 1, lines.join("\n"));
    assert.match(notes[0], /^note: 2 \.txt or \.html file\(s\) in .*deno task add FILE --outlet NAME/);
    assert.ok(!lines.some((l) => l.includes("left out")), lines.join("\n"));
    const html = await readFile(join(tmp, "out", "index.html"), "utf8");
    assert.match(
      html,
      /<div class="notices"><p>2 \.txt or \.html file\(s\) in .*imports one as an article<\/p><\/div>/,
    );
    assert.ok(!html.includes("were left out"));
  } finally {
    await Deno.remove(tmp, { recursive: true });
  }
});

Deno.test("runReport() warns, naming the file and the line, of a run of 200,000 characters without a space", async () => {
  const tmp = await Deno.makeTempDir();
  try {
    const corpus = join(tmp, "corpus");
    await mkdir(corpus);
    await writeFile(
      join(corpus, "good.md"),
      "---\noutlet: Good News\ndate: 2025-08-12\n---\nLarijani met Aoun in Beirut.\n",
    );
    const image = "data:image/png;base64," + "iVBORw0KGgoAAAANSUhEUg".repeat(9091).slice(0, 199_978);
    await writeFile(
      join(corpus, "image.md"),
      `---\noutlet: Other News\ndate: 2025-08-12\n---\nAoun met Larijani.\n${image}\nThey spoke.\n`,
    );
    const lines: string[] = [];
    for (const cache of [join(tmp, "cache"), join(tmp, "cache")]) {
      lines.length = 0;
      await runReport({ corpus, out: join(tmp, "out"), log: (l) => lines.push(l), cache, force: true });
      const warnings = lines.filter((l) => l.startsWith("warning:"));
      // The same warning whether the article was read now or came from the cache.
      assert.deepEqual(warnings.length, 1, lines.join("\n"));
      assert.ok(warnings[0].includes("image.md") && warnings[0].includes("line 2: 200,000 characters"), warnings[0]);
    }
  } finally {
    await Deno.remove(tmp, { recursive: true });
  }
});

/** What `main()` prints to the error stream, and its exit code. */
async function mainErrors(args: string[]): Promise<{ code: number; errors: string[] }> {
  const errors: string[] = [];
  const error = console.error;
  console.error = (...parts: unknown[]) => errors.push(parts.join(" "));
  try {
    return { code: await main(args), errors };
  } finally {
    console.error = error;
  }
}

Deno.test("main() names an unknown flag, a flag missing its value and a bare value in framelens's own words", async () => {
  const cases: [string[], string][] = [
    [["--corpsu", "data/articles"], 'error: deno task report: unknown flag --corpsu (did you mean "--corpus"?)'],
    [["--out"], "error: deno task report: --out needs a value (--out DIR)"],
    [["data/articles"], 'error: deno task report: unexpected "data/articles": this command takes only flags ('],
  ];
  for (const [args, start] of cases) {
    const { code, errors } = await mainErrors(args);
    assert.equal(code, 2);
    assert.ok(errors.join("\n").startsWith(start), errors.join("\n"));
    assert.ok(!errors.join("\n").includes("'"), "none of Node's quoting");
  }
});

Deno.test("runReport() refuses an --out folder that is not empty and not an earlier report, and leaves it untouched", async () => {
  const tmp = await Deno.makeTempDir();
  try {
    await writeFile(join(tmp, "precious.txt"), "keep me");
    await assert.rejects(
      () => runReport({ out: tmp, log: quiet, cache: false }),
      /not empty and is not an earlier framelens report/,
    );
    assert.equal(await readFile(join(tmp, "precious.txt"), "utf8"), "keep me");
  } finally {
    await Deno.remove(tmp, { recursive: true });
  }
});

Deno.test("runReport() refuses an --out folder inside the corpus folder", async () => {
  await assert.rejects(
    () => runReport({ out: join(DEFAULT_CORPUS_DIR, "report"), log: quiet, cache: false }),
    /overlaps the corpus folder/,
  );
  assert.ok(!existsSync(join(DEFAULT_CORPUS_DIR, "report")));
});

Deno.test("runReport() refuses an --out folder inside a corpus folder the page names with ~ (under the home folder)", async () => {
  // The corpus under the home folder, outside the folder the report is run from: the page
  // names it "~/corpora/c", and the report folder is still checked against the folder itself.
  const home = await Deno.realPath(await Deno.makeTempDir());
  const corpus = join(home, "corpora", "c");
  await mkdir(corpus, { recursive: true });
  for (const f of ["a.md", "b.md"]) {
    await writeFile(join(corpus, f), `---\noutlet: A\ntitle: T\n---\nOmar Haddad said the talks would go on.\n`);
  }
  const before = Deno.env.get("HOME");
  Deno.env.set("HOME", home);
  try {
    await assert.rejects(
      () => runReport({ corpus, out: join(corpus, "report"), log: quiet, cache: false }),
      /overlaps the corpus folder/,
    );
    assert.ok(!existsSync(join(corpus, "report")));
  } finally {
    if (before === undefined) Deno.env.delete("HOME");
    else Deno.env.set("HOME", before);
    await Deno.remove(home, { recursive: true });
  }
});

Deno.test("runReport() replaces an earlier report as a whole", async () => {
  const tmp = await Deno.makeTempDir();
  try {
    const out = join(tmp, "report");
    await runReport({ out, log: quiet, cache: false });
    await writeFile(join(out, "stale.csv"), "old");
    assert.ok(existsSync(join(out, REPORT_MARKER)));
    await runReport({ out, log: quiet, cache: false });
    assert.ok(!existsSync(join(out, "stale.csv")), "files of the earlier run are gone");
    assert.ok(existsSync(join(out, "index.html")));
    const siblings = [...Deno.readDirSync(tmp)].map((e) => e.name);
    assert.deepEqual(siblings, ["report"], "no temporary folders left beside it");
  } finally {
    await Deno.remove(tmp, { recursive: true });
  }
});

Deno.test("runReport() fails with a clear message on a folder that does not exist or holds no article", async () => {
  const tmp = await Deno.makeTempDir();
  try {
    await assert.rejects(
      () => runReport({ corpus: join(tmp, "nope"), out: join(tmp, "o"), log: quiet, cache: false }),
      /does not exist/,
    );
    await assert.rejects(
      () => runReport({ corpus: tmp, out: join(tmp, "..", "o-" + Date.now()), log: quiet, cache: false }),
      /no article could be loaded/,
    );
  } finally {
    await Deno.remove(tmp, { recursive: true });
  }
});

Deno.test("runReport() analyses a folder of 25 articles from 25 outlets the project has never seen", async () => {
  const tmp = await Deno.makeTempDir();
  try {
    const corpus = new URL("../fixtures/unseen", import.meta.url).pathname;
    const out = join(tmp, "report");
    const r = await runReport({ corpus, out, log: quiet, cache: false });
    assert.equal(r.articles, 25);
    assert.equal(r.problems, 0);
    const csv = (await readFile(join(out, "articles.csv"), "utf8")).trimEnd().split("\n");
    assert.equal(csv.length, 26);
    const outlets = (await readFile(join(out, "outlets.csv"), "utf8")).trimEnd().split("\n");
    assert.equal(outlets.length, 26, "one row per outlet");
    const html = await readFile(join(out, "index.html"), "utf8");
    assert.ok(html.includes("25 articles from 25 outlets"));
  } finally {
    await Deno.remove(tmp, { recursive: true });
  }
});

Deno.test("runReport() refuses a cache folder inside the corpus folder", async () => {
  const tmp = await Deno.makeTempDir();
  try {
    await assert.rejects(
      () => runReport({ out: join(tmp, "report"), cache: join(DEFAULT_CORPUS_DIR, "cache"), log: quiet }),
      /Cannot use the cache folder .* overlaps the corpus folder/,
    );
    assert.ok(!existsSync(join(DEFAULT_CORPUS_DIR, "cache")));
  } finally {
    await Deno.remove(tmp, { recursive: true });
  }
});

Deno.test("runReport() says on the page, in plain words, what came from the cache, and reads it on a rerun", async () => {
  const tmp = await Deno.makeTempDir();
  try {
    const out = join(tmp, "report");
    const cache = join(tmp, "cache");
    const first = await runReport({ out, cache, log: quiet });
    assert.equal(first.fromCache, 0);
    assert.ok(
      (await readFile(join(out, "index.html"), "utf8")).includes(
        `Every article was read (split into sentences and words, and tagged) in this run: none was in the cache (${cache}) yet.`,
      ),
    );
    const second = await runReport({ out, cache, log: quiet, force: true });
    assert.equal(second.fromCache, 5);
    assert.ok(
      (await readFile(join(out, "index.html"), "utf8")).includes(
        `No article had to be read again: all 5 were in the cache (${cache}).`,
      ),
    );
  } finally {
    await Deno.remove(tmp, { recursive: true });
  }
});

Deno.test("runReport() counts articles whose readings were reused as not read again, though their results were redone", async () => {
  // As after an edit of the lexicon or the gazetteer: each article's reading (its
  // annotation) is in the cache, its results (its digest) are not.
  const tmp = await Deno.makeTempDir();
  try {
    const out = join(tmp, "report");
    const cache = join(tmp, "cache");
    await runReport({ out, cache, log: quiet });
    await Deno.remove(join(cache, "digest"), { recursive: true });
    const r = await runReport({ out, cache, log: quiet, force: true });
    assert.equal(r.fromCache, 0, "no digest came from the cache whole");
    assert.equal(r.cache?.readNow, 0);
    const page = await readFile(join(out, "index.html"), "utf8");
    assert.ok(
      page.includes(
        `No article had to be read again: all 5 were in the cache (${cache}); the term counts, the framing, the ` +
          "entities and the attribution relations were worked out again for all 5.",
      ),
      page.slice(0, 1200),
    );
    assert.ok(!page.includes("0 of the articles"));
  } finally {
    await Deno.remove(tmp, { recursive: true });
  }
});

Deno.test("main() says once that a report is kept when nothing changed since it was made", async () => {
  const tmp = await Deno.makeTempDir();
  const lines: string[] = [];
  const [log, error] = [console.log, console.error];
  console.log = (...a: unknown[]) => lines.push(a.join(" "));
  console.error = (...a: unknown[]) => lines.push(a.join(" "));
  try {
    const args = ["--out", join(tmp, "report"), "--cache", join(tmp, "cache"), "--workers", "1"];
    assert.equal(await main(args), 0);
    lines.length = 0;
    assert.equal(await main(args), 0);
  } finally {
    [console.log, console.error] = [log, error];
  }
  try {
    const kept = lines.filter((l) => /kept as it/.test(l));
    assert.equal(kept.length, 1, lines.join("\n"));
    assert.match(kept[0], /nothing changed since the report .* was made: it is kept as it is \(--force rebuilds it\)/);
  } finally {
    await Deno.remove(tmp, { recursive: true });
  }
});

Deno.test("runReport() on a corpus of one outlet notes that keyness needs two, with no −∞ in the tables and no empty chart", async () => {
  const tmp = await Deno.makeTempDir();
  try {
    const corpus = join(tmp, "corpus");
    await mkdir(corpus);
    await Deno.copyFile(
      join(DEFAULT_CORPUS_DIR, "2025-08-11-alwaght-larijani-visit.md"),
      join(corpus, "2025-08-11-alwaght-larijani-visit.md"),
    );
    const out = join(tmp, "report");
    await runReport({ corpus, out, log: quiet, cache: false });
    for (const table of ["keyness.csv", "log_odds.csv"]) {
      const lines = (await readFile(join(out, table), "utf8")).trimEnd().split("\n");
      assert.equal(lines.length, 1, `${table} has its header alone`);
    }
    for (const file of await Array.fromAsync(Deno.readDir(out))) {
      if (file.name.endsWith(".csv")) {
        assert.ok(!(await readFile(join(out, file.name), "utf8")).includes("Infinity"), file.name);
      }
    }
    const charts = (await Array.fromAsync(Deno.readDir(join(out, "charts")))).map((f) => f.name);
    assert.ok(charts.includes("top-terms.svg"));
    assert.ok(!charts.some((c) => c.startsWith("keyness") || c.startsWith("log-odds")), charts.join(", "));
    const page = await readFile(join(out, "index.html"), "utf8");
    assert.ok(
      page.includes(
        '<p class="note">Keyness and weighted log-odds compare each outlet with the others, and this ' +
          "corpus has one outlet (Alwaght): they were not computed",
      ),
    );
  } finally {
    await Deno.remove(tmp, { recursive: true });
  }
});

Deno.test("runReport() writes the same files with no cache on one thread as with a warm cache on two workers", async () => {
  const tmp = await Deno.makeTempDir();
  try {
    const corpus = new URL("../fixtures/unseen", import.meta.url).pathname;
    const plain = join(tmp, "plain");
    const cached = join(tmp, "cached");
    const cache = join(tmp, "cache");
    await runReport({ corpus, out: plain, log: quiet, cache: false });
    await runReport({ corpus, out: cached, log: quiet, cache, workers: 2 });
    const warm = await runReport({ corpus, out: cached, log: quiet, cache, workers: 2, force: true });
    assert.equal(warm.fromCache, 25);
    assert.equal(warm.unchanged, false);
    const files = warm.files.filter((f) => f !== "index.html");
    assert.ok(files.some((f) => f.endsWith(".png")) && files.some((f) => f.endsWith(".csv")));
    for (const f of files) {
      assert.deepEqual(await readFile(join(cached, f)), await readFile(join(plain, f)), f);
    }
  } finally {
    await Deno.remove(tmp, { recursive: true });
  }
});

Deno.test("runReport() keeps a report when nothing changed, and rebuilds it when an article or a report file did", async () => {
  const tmp = await Deno.makeTempDir();
  try {
    const corpus = join(tmp, "corpus");
    await mkdir(corpus);
    for (const f of await Array.fromAsync(Deno.readDir(DEFAULT_CORPUS_DIR))) {
      if (f.name.endsWith(".md")) await Deno.copyFile(join(DEFAULT_CORPUS_DIR, f.name), join(corpus, f.name));
    }
    const out = join(tmp, "report");
    const cache = join(tmp, "cache");
    const lines: string[] = [];
    const log = (l: string) => lines.push(l);
    const first = await runReport({ corpus, out, cache, log });
    assert.equal(first.unchanged, false);
    const page = await readFile(join(out, "index.html"), "utf8");
    const again = await runReport({ corpus, out, cache, log });
    assert.equal(again.unchanged, true);
    assert.deepEqual(again.files, first.files);
    assert.equal(await readFile(join(out, "index.html"), "utf8"), page, "the page is the one written before");
    assert.ok(lines.some((l) => l.startsWith("nothing changed since the report")));
    // A report file changed by hand: rebuilt.
    await writeFile(join(out, "keyness.csv"), "edited");
    const mended = await runReport({ corpus, out, cache, log });
    assert.equal(mended.unchanged, false);
    assert.notEqual(await readFile(join(out, "keyness.csv"), "utf8"), "edited");
    // An article added: rebuilt, the others from the cache.
    await writeFile(
      join(corpus, "added.md"),
      "---\noutlet: New Outlet\n---\nAli Larijani met Joseph Aoun in Beirut on Wednesday.\n",
    );
    const added = await runReport({ corpus, out, cache, log });
    assert.equal(added.unchanged, false);
    assert.equal(added.articles, 6);
    assert.equal(added.fromCache, 5);
    // --force rebuilds what did not change.
    const forced = await runReport({ corpus, out, cache, log, force: true });
    assert.equal(forced.unchanged, false);
    assert.equal(forced.fromCache, 6);
  } finally {
    await Deno.remove(tmp, { recursive: true });
  }
});

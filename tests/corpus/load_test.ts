import assert from "node:assert/strict";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { CorpusError, DEFAULT_CORPUS_DIR, loadArticleFile, loadCorpus } from "../../src/corpus/load.ts";
import { ArticleError } from "../../src/corpus/front_matter.ts";

const SEED_DIR = "/work/shared/seed-corpus";

/** Runs `fn` on a temporary folder holding `files`, then removes the folder. */
async function withFolder(
  files: Record<string, string | Uint8Array>,
  fn: (dir: string) => Promise<void>,
): Promise<void> {
  const dir = await Deno.makeTempDir({ prefix: "framelens-test-" });
  try {
    for (const [name, content] of Object.entries(files)) {
      if (typeof content === "string") await Deno.writeTextFile(join(dir, name), content);
      else await Deno.writeFile(join(dir, name), content);
    }
    await fn(dir);
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
}

const article = (outlet: string, text: string) => `---\noutlet: ${outlet}\n---\n${text}`;

const bytes = (...parts: (string | number[])[]) => {
  const chunks = parts.map((p) => typeof p === "string" ? new TextEncoder().encode(p) : Uint8Array.from(p));
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
};

Deno.test("loadCorpus() loads the .md files of a folder in file-name order and skips other and hidden files", async () => {
  await withFolder({
    "b.md": article("Outlet B", "Text B."),
    "a.md": article("Outlet A", "Text A."),
    "notes.txt": "not an article",
    ".draft.md": "no front matter at all",
  }, async (dir) => {
    const corpus = await loadCorpus(dir);
    assert.equal(corpus.dir, dir);
    assert.deepEqual(corpus.problems, []);
    assert.deepEqual(corpus.articles.map((a) => [a.id, a.file, a.outlet, a.text]), [
      ["a", join(dir, "a.md"), "Outlet A", "Text A."],
      ["b", join(dir, "b.md"), "Outlet B", "Text B."],
    ]);
  });
});

Deno.test("loadCorpus() with select reads only the article files chosen from the sorted names, in name order", async () => {
  await withFolder({
    "c.md": article("Outlet C", "Text C."),
    "b.md": "no front matter: a problem only if read",
    "a.md": article("Outlet A", "Text A."),
    "notes.txt": "not an article",
  }, async (dir) => {
    const offered: string[][] = [];
    const corpus = await loadCorpus(dir, { select: (names) => (offered.push([...names]), ["c.md", "a.md", "x.md"]) });
    assert.deepEqual(offered, [["a.md", "b.md", "c.md"]]);
    assert.deepEqual(corpus.problems, []);
    assert.deepEqual(corpus.articles.map((a) => a.id), ["a", "c"]); // x.md is no file of the folder
  });
});

Deno.test("loadCorpus() says once how many .txt and .html files the folder holds and that `deno task add` imports them", async () => {
  await withFolder({
    "a.md": article("Outlet A", "Text A."),
    "notes.txt": "not an article",
    "page.HTML": "<p>a saved page</p>",
    "old.htm": "<p>another</p>",
    "more.txt": "more",
    ".hidden.txt": "hidden",
    "data.csv": "x,y",
  }, async (dir) => {
    const corpus = await loadCorpus(dir);
    assert.deepEqual(corpus.problems, [], "not a problem: nothing is left out");
    assert.deepEqual(corpus.notices, [
      `4 .txt or .html file(s) in ${dir} ("more.txt", "notes.txt", "old.htm", ...) are not read: articles are .md files with front matter; \`deno task add FILE --outlet NAME\` imports one as an article`,
    ]);
  });
  await withFolder({ "a.md": article("Outlet A", "Text A."), "data.csv": "x,y" }, async (dir) => {
    assert.deepEqual((await loadCorpus(dir)).notices, []);
  });
});

Deno.test("loadCorpus() reads many files ahead but takes them in name order: the first of two twins is kept", async () => {
  // 60 files, more than are read ahead at once; twins and bad files far apart and close.
  const files: Record<string, string> = {};
  for (let i = 0; i < 60; i++) files[`f${String(i).padStart(2, "0")}.md`] = article(`Outlet ${i % 4}`, `Text ${i}.`);
  files["f03.md"] = "no front matter";
  files["f41.md"] = article("Outlet 3", "Text 7."); // the text and outlet of f07
  files["f08.md"] = article("Outlet 1", "Text 9."); // the text and outlet of f09, which comes after it
  files["F20.md"] = article("Outlet Z", "Text Z."); // the id of f20 up to case (F sorts first)
  await withFolder(files, async (dir) => {
    const corpus = await loadCorpus(dir);
    const ids = Object.keys(files).sort().filter((n) => !["f03.md", "f41.md", "f09.md", "f20.md"].includes(n))
      .map((n) => n.slice(0, -3));
    assert.deepEqual(corpus.articles.map((a) => a.id), ids);
    assert.deepEqual(
      corpus.problems.map((p) => p.file),
      ["f03.md", "f09.md", "f20.md", "f41.md"].map((n) => join(dir, n)),
    );
    assert.match(corpus.problems[1].message, /same as .*f08\.md/);
    assert.match(corpus.problems[2].message, /same as .*F20\.md/);
    assert.match(corpus.problems[3].message, /same as .*f07\.md/);
  });
});

Deno.test("loadCorpus() lists a file with no outlet as a problem and still loads the others", async () => {
  await withFolder({
    "a.md": article("Outlet A", "Text A."),
    "b.md": "---\ntitle: No outlet here\n---\nText B.",
    "c.md": article("Outlet C", "Text C."),
  }, async (dir) => {
    const corpus = await loadCorpus(dir);
    assert.deepEqual(corpus.articles.map((a) => a.id), ["a", "c"]);
    assert.deepEqual(corpus.problems, [
      { file: join(dir, "b.md"), message: 'front matter has no "outlet"' },
    ]);
  });
});

Deno.test("loadCorpus() reports each bad file with its reason: front matter, outlet, date, kind, empty text", async () => {
  await withFolder({
    "01-no-front.md": "Just text.\n",
    "02-unclosed.md": "---\noutlet: X\nText.\n",
    "03-not-yaml.md": "---\noutlet: [X\n---\nText.",
    "04-list.md": "---\n- outlet\n---\nText.",
    "05-empty-outlet.md": '---\noutlet: ""\n---\nText.',
    "06-feb-30.md": "---\noutlet: X\ndate: 2025-02-30\n---\nText.",
    "07-yesterday.md": "---\noutlet: X\ndate: yesterday\n---\nText.",
    "08-kind.md": "---\noutlet: X\nkind: rumour\n---\nText.",
    "09-empty.md": "---\noutlet: X\n---\n\n",
    "10-good.md": article("X", "The only good one."),
  }, async (dir) => {
    const corpus = await loadCorpus(dir);
    assert.deepEqual(corpus.articles.map((a) => a.id), ["10-good"]);
    const reasons = Object.fromEntries(
      corpus.problems.map((p) => [p.file.slice(dir.length + 1), p.message]),
    );
    assert.equal(Object.keys(reasons).length, 9);
    assert.match(reasons["01-no-front.md"], /^no front matter/);
    assert.match(reasons["02-unclosed.md"], /^front matter is not closed/);
    assert.match(reasons["03-not-yaml.md"], /^front matter is not valid YAML/);
    assert.match(reasons["04-list.md"], /^front matter is not a YAML mapping/);
    assert.equal(reasons["05-empty-outlet.md"], 'front matter has no "outlet"');
    assert.equal(reasons["06-feb-30.md"], '"date" is "2025-02-30", not a real date written YYYY-MM-DD');
    assert.equal(reasons["07-yesterday.md"], '"date" is "yesterday", not a real date written YYYY-MM-DD');
    assert.equal(reasons["08-kind.md"], '"kind" is "rumour"; it must be one of news, opinion, analysis');
    assert.equal(reasons["09-empty.md"], "the article text after the front matter is empty");
  });
});

Deno.test("loadCorpus() drops a byte-order mark and keeps CRLF and CR line endings in the text", async () => {
  await withFolder({
    "bom.md": bytes([0xef, 0xbb, 0xbf], "---\noutlet: BOM\n---\nText."),
    "crlf.md": "---\r\noutlet: CRLF\r\ndate: 2025-08-11\r\n---\r\nOne.\r\nTwo.\r\n",
    "cr.md": "---\routlet: CR\rdate: 2025-08-12\r---\rOne.\rTwo.\r",
  }, async (dir) => {
    const corpus = await loadCorpus(dir);
    assert.deepEqual(corpus.problems, []);
    assert.deepEqual(
      corpus.articles.map((a) => [a.id, a.outlet, a.date, a.text]),
      [
        ["bom", "BOM", undefined, "Text."],
        ["cr", "CR", "2025-08-12", "One.\rTwo.\r"],
        ["crlf", "CRLF", "2025-08-11", "One.\r\nTwo.\r\n"],
      ],
    );
  });
});

Deno.test("loadCorpus() reports a file that is not UTF-8 text", async () => {
  await withFolder({
    "latin1.md": bytes("---\noutlet: X\n---\nCaf", [0xe9], " au lait.\n"),
    "good.md": article("X", "Fine."),
  }, async (dir) => {
    const corpus = await loadCorpus(dir);
    assert.deepEqual(corpus.articles.map((a) => a.id), ["good"]);
    assert.deepEqual(corpus.problems, [
      { file: join(dir, "latin1.md"), message: "the file is not UTF-8 text" },
    ]);
  });
});

Deno.test("loadCorpus() reports a binary file with NUL bytes", async () => {
  await withFolder({
    "image.md": bytes([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x00, 0x0d]),
    "nul.md": bytes("---\noutlet: X\n---\nText", [0x00], "more.\n"),
  }, async (dir) => {
    const corpus = await loadCorpus(dir);
    assert.deepEqual(corpus.articles, []);
    assert.deepEqual(corpus.problems, [
      // 0x89 cannot start a UTF-8 sequence, so that file fails the UTF-8 check first.
      { file: join(dir, "image.md"), message: "the file is not UTF-8 text" },
      {
        file: join(dir, "nul.md"),
        message: "the file looks binary (it contains NUL bytes), not text",
      },
    ]);
  });
});

Deno.test("loadCorpus() keeps the same text from another outlet (a reprint) and reports a repeat within one outlet", async () => {
  await withFolder({
    "a.md": article("Outlet A", "The same story.\n"),
    "b.md": article("Outlet B", "\n  The same story.  \n\n"),
    "c.md": article("Outlet C", "Another story.\n"),
    "d.md": article("Outlet A", "The same story.\n\n"),
  }, async (dir) => {
    const corpus = await loadCorpus(dir);
    assert.deepEqual(corpus.articles.map((a) => a.id), ["a", "b", "c"]);
    assert.deepEqual(corpus.problems, [
      {
        file: join(dir, "d.md"),
        message: `its text is the same as ${join(dir, "a.md")}'s, of the same outlet (Outlet A): a duplicate; left out`,
      },
    ]);
  });
});

Deno.test("loadCorpus() reports a folder named like an article instead of failing", async () => {
  await withFolder({ "a.md": article("X", "Text.") }, async (dir) => {
    await Deno.mkdir(join(dir, "sub.md"));
    const corpus = await loadCorpus(dir);
    assert.deepEqual(corpus.articles.map((a) => a.id), ["a"]);
    assert.deepEqual(corpus.problems, [
      { file: join(dir, "sub.md"), message: "the file cannot be read (EISDIR)" },
    ]);
  });
});

Deno.test("loadCorpus() gives an empty corpus for an empty folder", async () => {
  await withFolder({}, async (dir) => {
    assert.deepEqual(await loadCorpus(dir), { dir, articles: [], problems: [], notices: [] });
  });
});

Deno.test("loadCorpus() throws a CorpusError naming a folder that does not exist", async () => {
  await withFolder({}, async (dir) => {
    const missing = join(dir, "nowhere");
    await assert.rejects(loadCorpus(missing), (e: unknown) => {
      assert.ok(e instanceof CorpusError);
      assert.equal(e.message, `Cannot load the corpus: the folder ${missing} does not exist`);
      assert.deepEqual(e.problems, []);
      return true;
    });
  });
});

Deno.test("loadCorpus() throws a CorpusError when the path is a file, not a folder", async () => {
  await withFolder({ "a.md": article("X", "Text.") }, async (dir) => {
    const file = join(dir, "a.md");
    await assert.rejects(loadCorpus(file), (e: unknown) => {
      assert.ok(e instanceof CorpusError);
      assert.equal(e.name, "CorpusError");
      assert.equal(e.message, `Cannot load the corpus: ${file} is not a folder`);
      return true;
    });
  });
});

Deno.test("loadCorpus() in strict mode throws with every problem listed, each naming its file", async () => {
  await withFolder({
    "a.md": article("X", "Good."),
    "b.md": "---\ntitle: T\n---\nNo outlet.",
    "c.md": "---\noutlet: X\ndate: 2025-02-30\n---\nBad date.",
  }, async (dir) => {
    const b = join(dir, "b.md");
    const c = join(dir, "c.md");
    await assert.rejects(loadCorpus(dir, { strict: true }), (e: unknown) => {
      assert.ok(e instanceof CorpusError);
      assert.deepEqual(e.problems, [
        { file: b, message: 'front matter has no "outlet"' },
        { file: c, message: '"date" is "2025-02-30", not a real date written YYYY-MM-DD' },
      ]);
      assert.equal(
        e.message,
        [
          `Cannot load the corpus ${dir}: 2 file(s) have problems`,
          `  ${b}: front matter has no "outlet"`,
          `  ${c}: "date" is "2025-02-30", not a real date written YYYY-MM-DD`,
        ].join("\n"),
      );
      return true;
    });
  });
});

Deno.test("loadCorpus() in strict mode loads a folder without problems", async () => {
  await withFolder({ "a.md": article("X", "Good.") }, async (dir) => {
    const corpus = await loadCorpus(dir, { strict: true });
    assert.deepEqual(corpus.articles.map((a) => a.id), ["a"]);
    assert.deepEqual(corpus.problems, []);
  });
});

Deno.test("loadArticleFile() reads one file, its id being the file name without .md", async () => {
  await withFolder({ "2025-08-11-x.md": "---\noutlet: X\nkind: news\n---\nText.\n" }, async (dir) => {
    const a = await loadArticleFile(join(dir, "2025-08-11-x.md"));
    assert.equal(a.id, "2025-08-11-x");
    assert.equal(a.file, join(dir, "2025-08-11-x.md"));
    assert.equal(a.kind, "news");
    assert.equal(a.text, "Text.\n");
  });
});

Deno.test("loadArticleFile() rejects with an ArticleError whose message names the file", async () => {
  await withFolder({ "bad.md": "---\noutlet: X\ndate: yesterday\n---\nText." }, async (dir) => {
    const bad = join(dir, "bad.md");
    await assert.rejects(loadArticleFile(bad), (e: unknown) => {
      assert.ok(e instanceof ArticleError);
      assert.equal(e.file, bad);
      assert.equal(
        e.message,
        `Cannot load ${bad}: "date" is "yesterday", not a real date written YYYY-MM-DD`,
      );
      return true;
    });
    const missing = join(dir, "missing.md");
    await assert.rejects(loadArticleFile(missing), (e: unknown) => {
      assert.ok(e instanceof ArticleError);
      assert.equal(e.message, `Cannot load ${missing}: the file cannot be read (ENOENT)`);
      return true;
    });
  });
});

Deno.test("DEFAULT_CORPUS_DIR is the project's data/articles folder", () => {
  assert.equal(DEFAULT_CORPUS_DIR, fileURLToPath(new URL("../../data/articles", import.meta.url)));
});

Deno.test("loadCorpus() loads the five seed articles of data/articles by default, with their outlets", async () => {
  const corpus = await loadCorpus();
  assert.equal(corpus.dir, DEFAULT_CORPUS_DIR);
  assert.deepEqual(corpus.problems, []);
  assert.deepEqual(corpus.articles.map((a) => a.outlet).sort(), [
    "Alwaght",
    "Iran Daily",
    "Peregraf",
    "Tehran Times",
    "The National",
  ]);
});

Deno.test("loadCorpus() gives each seed article byte for byte the seed text and the metadata of sources.json", async () => {
  const sources: {
    file: string;
    outlet: string;
    date: string;
    title: string;
    url: string;
    kind: string;
    country: string;
    author?: string;
  }[] = JSON.parse(await Deno.readTextFile(join(SEED_DIR, "sources.json")));
  assert.equal(sources.length, 5);
  const corpus = await loadCorpus();
  for (const source of sources) {
    const matches = corpus.articles.filter((a) => a.outlet === source.outlet);
    assert.equal(matches.length, 1, source.outlet);
    const a = matches[0];
    const seed = await Deno.readFile(join(SEED_DIR, source.file));
    assert.deepEqual(new TextEncoder().encode(a.text), seed, `${source.file} (${source.outlet})`);
    assert.deepEqual(
      [a.date, a.title, a.url, a.kind, a.country, a.author],
      [source.date, source.title, source.url, source.kind, source.country, source.author],
    );
  }
});

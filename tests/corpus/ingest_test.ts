import assert from "node:assert/strict";
import { readdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { addArticle, extractArticle, extractHtml, slugify, splitHeadline } from "../../src/corpus/ingest.ts";
import { loadCorpus } from "../../src/corpus/load.ts";

const PAGE = `<!doctype html><html><head><title>Larijani in Beirut | Example</title>
<meta property="og:site_name" content="Example News"><meta property="article:published_time" content="2025-08-13T10:00:00Z">
<meta property="og:title" content="Larijani meets Aoun in Beirut"></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav>
<article><h1>Larijani meets Aoun in Beirut</h1>
<p>Iran's top security official Ali Larijani met Lebanese President Joseph Aoun in Beirut on Wednesday, a day after visiting Baghdad, where he signed a security agreement.</p>
<p>Aoun told Larijani that Lebanon rejects any interference in its internal affairs, according to a statement from the presidency. The meeting came days after the cabinet tasked the army with a plan to disarm Hezbollah.</p>
<p>Larijani said Iran respects Lebanon's sovereignty and does not interfere in its decisions.</p>
</article><footer>Copyright Example News. All rights reserved.</footer></body></html>`;

Deno.test("extractHtml() keeps the article's paragraphs, one per line, and reads title, date and site from meta tags", () => {
  const { text, meta } = extractHtml(PAGE, "page.html");
  const paragraphs = text.trim().split("\n\n");
  assert.equal(paragraphs.length, 3);
  assert.ok(paragraphs[0].startsWith("Iran's top security official Ali Larijani met"));
  assert.ok(!text.includes("Home") && !text.includes("Copyright"), "navigation and footer left out");
  assert.equal(meta.title, "Larijani meets Aoun in Beirut");
  assert.equal(meta.date, "2025-08-13");
  assert.equal(meta.outlet, "Example News");
});

Deno.test("slugify() keeps only lower-case ASCII letters, digits and hyphens: no separators, no '..'", () => {
  assert.equal(slugify("Larijani’s visit to Baghdad / Beirut"), "larijani-s-visit-to-baghdad-beirut");
  assert.equal(slugify("../../etc/passwd"), "etc-passwd");
  assert.equal(slugify("Qāsim al-Arājī"), "qasim-al-araji");
  assert.equal(slugify("a".repeat(100), 10), "aaaaaaaaaa");
});

Deno.test("addArticle() writes a new article that loads, from .html, .txt and .md", async () => {
  const dir = await Deno.makeTempDir();
  try {
    await writeFile(join(dir, "page.html"), PAGE);
    await writeFile(join(dir, "plain.txt"), "Hezbollah rejected the plan.\n");
    await writeFile(
      join(dir, "fm.md"),
      "---\noutlet: Levant Ledger\ntitle: A title\ndate: 2025-08-15\n---\nThe army will draw up a plan.\n",
    );
    const corpus = join(dir, "corpus");
    await Deno.mkdir(corpus);
    const a = await addArticle(join(dir, "page.html"), { corpus, kind: "news" });
    assert.equal(a.id, "2025-08-13-example-news-larijani-meets-aoun-in-beirut");
    const b = await addArticle(join(dir, "plain.txt"), { corpus, outlet: "Beirut Post", date: "2025-08-14" });
    assert.equal(b.id, "2025-08-14-beirut-post-plain");
    const c = await addArticle(join(dir, "fm.md"), { corpus });
    assert.equal(c.id, "2025-08-15-levant-ledger-a-title");
    const loaded = await loadCorpus(corpus);
    assert.deepEqual(loaded.problems, []);
    assert.deepEqual(loaded.articles.map((x) => x.outlet).sort(), ["Beirut Post", "Example News", "Levant Ledger"]);
    assert.equal(loaded.articles.find((x) => x.outlet === "Beirut Post")!.text, "Hezbollah rejected the plan.\n");
    assert.deepEqual((await readdir(corpus)).filter((n) => !n.endsWith(".md")), [], "no temporary file left");
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("addArticle() refuses a text already in the corpus from the same outlet, adds it from another as a reprint, and never overwrites a file", async () => {
  const dir = await Deno.makeTempDir();
  try {
    const corpus = join(dir, "corpus");
    await Deno.mkdir(corpus);
    await writeFile(join(dir, "one.txt"), "First text.\n");
    await writeFile(join(dir, "two.txt"), "Second text.\n");
    const date = "2025-08-11";
    const first = await addArticle(join(dir, "one.txt"), { corpus, outlet: "X", title: "same", date });
    await assert.rejects(
      () => addArticle(join(dir, "one.txt"), { corpus, outlet: "X", title: "again", date }),
      new RegExp(`one\\.txt: its text is already in the corpus as .*${first.id}\\.md, of the same outlet`),
    );
    const reprint = await addArticle(join(dir, "one.txt"), { corpus, outlet: "Y", date });
    assert.ok(reprint.notes.includes(`its text is the same as ${first.file} (X): kept as a reprint`));
    const second = await addArticle(join(dir, "two.txt"), { corpus, outlet: "X", title: "same", date });
    assert.equal(second.id, `${first.id}-2`);
    assert.ok((await readFile(first.file, "utf8")).endsWith("First text.\n"), "first file unchanged");
    const loaded = await loadCorpus(corpus);
    assert.deepEqual(loaded.articles.map((a) => a.outlet).sort(), ["X", "X", "Y"]);
    assert.deepEqual(loaded.problems, []);
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("addArticle() says what is missing or wrong: no outlet, a bad date, a bad kind, an empty text", async () => {
  const dir = await Deno.makeTempDir();
  try {
    await writeFile(join(dir, "a.txt"), "Text.\n");
    await writeFile(join(dir, "empty.txt"), "  \n");
    await assert.rejects(() => addArticle(join(dir, "a.txt"), { corpus: dir }), /a\.txt: no outlet given/);
    await assert.rejects(
      () => addArticle(join(dir, "a.txt"), { corpus: dir, outlet: "X", date: "13/08/2025" }),
      /not a real date/,
    );
    await assert.rejects(
      () => addArticle(join(dir, "a.txt"), { corpus: dir, outlet: "X", kind: "blog" }),
      /kind "blog"/,
    );
    await assert.rejects(
      () => addArticle(join(dir, "empty.txt"), { corpus: dir, outlet: "X", date: "2025-08-11" }),
      /empty/,
    );
    await assert.rejects(
      () => addArticle(join(dir, "missing.txt"), { corpus: dir, outlet: "X", date: "2025-08-11" }),
      /missing\.txt: the file cannot be read/,
    );
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("slugify() cuts a long name after a whole word, never inside one", () => {
  const title = "Larijani meets Aoun in Beirut after signing a security pact in Baghdad";
  assert.equal(slugify(title, 30), "larijani-meets-aoun-in-beirut");
  assert.equal(slugify(title, 29), "larijani-meets-aoun-in-beirut");
  assert.equal(slugify(title, 28), "larijani-meets-aoun-in");
  assert.equal(slugify("Hezbollah", 5), "hezbo", "a first word longer than the limit is cut");
  assert.match(slugify(title, 30), /^[a-z0-9-]+$/);
});

Deno.test("splitHeadline() takes a short first line as the headline and keeps the text after it", () => {
  assert.deepEqual(splitHeadline("\nLarijani meets Aoun in Beirut\n\nIran's official met Aoun.\nHe left.\n"), {
    headline: "Larijani meets Aoun in Beirut",
    text: "Iran's official met Aoun.\nHe left.\n",
  });
  assert.deepEqual(splitHeadline("Will Hezbollah disarm?\r\nThe cabinet met.\r\n"), {
    headline: "Will Hezbollah disarm?",
    text: "The cabinet met.\r\n",
  });
});

Deno.test("splitHeadline() keeps a first line that is a sentence, a long one, or the only one in the text", () => {
  for (
    const source of [
      "Hezbollah rejected the plan.\nThe army will draw one up.\n",
      `${"word ".repeat(50)}and more\nSecond line.\n`,
      "Only a headline\n\n",
    ]
  ) {
    assert.deepEqual(splitHeadline(source), { text: source });
  }
});

Deno.test("splitHeadline() reads Markdown headings, '# Title' and an underlined title, whatever their end", () => {
  assert.deepEqual(splitHeadline("# Talks in Beirut. #\n\nText.\n", { markdown: true }), {
    headline: "Talks in Beirut.",
    text: "Text.\n",
  });
  assert.deepEqual(splitHeadline("Talks in Beirut\n===============\nText.\n", { markdown: true }), {
    headline: "Talks in Beirut",
    text: "Text.\n",
  });
  assert.equal(splitHeadline("# Not a heading in plain text.\nText.\n").headline, undefined);
});

Deno.test("addArticle() takes the first line of a .txt, or of a .md without front matter, as the title, not the text", async () => {
  const dir = await Deno.makeTempDir();
  try {
    const corpus = join(dir, "corpus");
    await Deno.mkdir(corpus);
    await writeFile(join(dir, "a.txt"), "Larijani meets Aoun in Beirut\n\nIran's top security official met Aoun.\n");
    await writeFile(join(dir, "b.md"), "# Army asked to plan disarmament\n\nThe cabinet tasked the army.\n");
    const a = await addArticle(join(dir, "a.txt"), { corpus, outlet: "X", date: "2025-08-13" });
    const b = await addArticle(join(dir, "b.md"), { corpus, outlet: "X", date: "2025-08-05" });
    assert.equal(a.id, "2025-08-13-x-larijani-meets-aoun-in-beirut");
    assert.equal(b.id, "2025-08-05-x-army-asked-to-plan-disarmament");
    const loaded = await loadCorpus(corpus);
    const byId = new Map(loaded.articles.map((x) => [x.id, x]));
    assert.equal(byId.get(a.id)!.title, "Larijani meets Aoun in Beirut");
    assert.equal(byId.get(a.id)!.text, "Iran's top security official met Aoun.\n");
    assert.equal(byId.get(b.id)!.title, "Army asked to plan disarmament");
    assert.equal(byId.get(b.id)!.text, "The cabinet tasked the army.\n");
    assert.equal((await extractArticle(join(dir, "a.txt"))).meta.title, "Larijani meets Aoun in Beirut");
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("addArticle() refuses an article with no date given or found, asks for --date, and writes nothing", async () => {
  const dir = await Deno.makeTempDir();
  try {
    await writeFile(join(dir, "a.txt"), "Talks in Beirut\nHezbollah rejected the plan on Tuesday.\n");
    await writeFile(join(dir, "fm.md"), "---\noutlet: Levant Ledger\n---\nThe army will draw up a plan.\n");
    const corpus = join(dir, "corpus");
    await Deno.mkdir(corpus);
    const newCorpus = join(dir, "new-corpus");
    for (const [file, options] of [["a.txt", { corpus, outlet: "X" }], ["fm.md", { corpus: newCorpus }]] as const) {
      await assert.rejects(
        () => addArticle(join(dir, file), options),
        (e: Error) => {
          assert.match(e.message, new RegExp(`${file}: no date given, and none found near the top of the text`));
          assert.match(e.message, /--date YYYY-MM-DD/);
          return true;
        },
      );
    }
    assert.deepEqual(await readdir(corpus), [], "nothing written");
    await assert.rejects(() => Deno.stat(newCorpus), Deno.errors.NotFound, "no folder created");
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("addArticle() reads the date from a dateline near the top when none is given, and says so", async () => {
  const dir = await Deno.makeTempDir();
  try {
    await writeFile(
      join(dir, "a.txt"),
      "Larijani meets Aoun\n\nBEIRUT, Aug. 11 (Reuters) - Iran's top security official met Aoun.\n",
    );
    await writeFile(
      join(dir, "b.txt"),
      "Tehran, August 19, 2025 - Iran said on Tuesday that it would not interfere.\n",
    );
    const a = await addArticle(join(dir, "a.txt"), { corpus: dir, outlet: "Reuters", today: "2025-09-01" });
    assert.equal(a.id, "2025-08-11-reuters-larijani-meets-aoun");
    assert.deepEqual(a.notes, [
      'date 2025-08-11 read from "BEIRUT, Aug. 11 (Reuters) -" (no year there: 2025 is the latest year not after today); --date YYYY-MM-DD gives another',
    ]);
    const b = await addArticle(join(dir, "b.txt"), { corpus: dir, outlet: "Tehran Times", today: "2025-09-01" });
    assert.equal((await loadCorpus(dir)).articles.find((x) => x.id === b.id)!.date, "2025-08-19");
    assert.deepEqual(b.notes, [
      'date 2025-08-19 read from "Tehran, August 19, 2025 -"; --date YYYY-MM-DD gives another',
    ]);
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("addArticle() makes a saved web page news when no kind is given, and says so", async () => {
  const dir = await Deno.makeTempDir();
  try {
    await writeFile(join(dir, "page.html"), PAGE);
    const corpus = join(dir, "corpus");
    await Deno.mkdir(corpus);
    const added = await addArticle(join(dir, "page.html"), { corpus });
    assert.equal((await loadCorpus(corpus)).articles[0].kind, "news");
    assert.deepEqual(added.notes, [
      "kind news, the default for a web page; --kind opinion or --kind analysis gives another",
    ]);
    await Deno.remove(added.file);
    const opinion = await addArticle(join(dir, "page.html"), { corpus, kind: "opinion" });
    assert.equal((await loadCorpus(corpus)).articles[0].kind, "opinion");
    assert.deepEqual(opinion.notes, []);
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("addArticle() creates a corpus folder that does not exist, as a new corpus, and says so", async () => {
  const dir = await Deno.makeTempDir();
  try {
    await writeFile(join(dir, "a.txt"), "Hezbollah rejected the plan.\n");
    const corpus = join(dir, "corpora", "levant");
    const added = await addArticle(join(dir, "a.txt"), { corpus, outlet: "X", date: "2025-08-11" });
    assert.equal(added.file, join(corpus, "2025-08-11-x-a.md"));
    assert.equal(added.notes.length, 1);
    assert.match(added.notes[0], /^created the folder .*levant, a new corpus with this article its first/);
    const loaded = await loadCorpus(corpus);
    assert.deepEqual([loaded.articles.length, loaded.problems], [1, []]);
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

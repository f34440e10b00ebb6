import assert from "node:assert/strict";
import { readdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { addArticle, extractHtml, slugify } from "../../src/corpus/ingest.ts";
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
      "---\noutlet: Levant Ledger\ntitle: A title\n---\nThe army will draw up a plan.\n",
    );
    const corpus = join(dir, "corpus");
    await Deno.mkdir(corpus);
    const a = await addArticle(join(dir, "page.html"), { corpus, kind: "news" });
    assert.equal(a.id, "2025-08-13-example-news-larijani-meets-aoun-in-beirut");
    const b = await addArticle(join(dir, "plain.txt"), { corpus, outlet: "Beirut Post", date: "2025-08-14" });
    assert.equal(b.id, "2025-08-14-beirut-post-plain");
    const c = await addArticle(join(dir, "fm.md"), { corpus });
    assert.equal(c.id, "undated-levant-ledger-a-title");
    const loaded = await loadCorpus(corpus);
    assert.deepEqual(loaded.problems, []);
    assert.deepEqual(loaded.articles.map((x) => x.outlet).sort(), ["Beirut Post", "Example News", "Levant Ledger"]);
    assert.equal(loaded.articles.find((x) => x.outlet === "Beirut Post")!.text, "Hezbollah rejected the plan.\n");
    assert.deepEqual((await readdir(corpus)).filter((n) => !n.endsWith(".md")), [], "no temporary file left");
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("addArticle() refuses a text already in the corpus and never overwrites a file", async () => {
  const dir = await Deno.makeTempDir();
  try {
    const corpus = join(dir, "corpus");
    await Deno.mkdir(corpus);
    await writeFile(join(dir, "one.txt"), "First text.\n");
    await writeFile(join(dir, "two.txt"), "Second text.\n");
    const first = await addArticle(join(dir, "one.txt"), { corpus, outlet: "X", title: "same" });
    await assert.rejects(() => addArticle(join(dir, "one.txt"), { corpus, outlet: "Y" }), /already in the corpus/);
    const second = await addArticle(join(dir, "two.txt"), { corpus, outlet: "X", title: "same" });
    assert.equal(second.id, `${first.id}-2`);
    assert.ok((await readFile(first.file, "utf8")).endsWith("First text.\n"), "first file unchanged");
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
    await assert.rejects(() => addArticle(join(dir, "empty.txt"), { corpus: dir, outlet: "X" }), /empty/);
    await assert.rejects(
      () => addArticle(join(dir, "missing.txt"), { corpus: dir, outlet: "X" }),
      /missing\.txt: the file cannot be read/,
    );
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

/**
 * Bad input, one test each: every file that cannot be used is named with its problem,
 * left out by default and fatal with --strict; odd file names load and are escaped
 * wherever shown; links out of the corpus are refused; nothing is written into the
 * corpus, and nothing is overwritten.
 */
import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import * as Plot from "@observablehq/plot";
import { addArticle } from "../../src/corpus/ingest.ts";
import { CorpusError, loadCorpus } from "../../src/corpus/load.ts";
import { main, runReport } from "../../src/report/report_cli.ts";
import { toCsv } from "../../src/render/csv.ts";
import { svgToPng } from "../../src/render/png.ts";
import { escapeXml, renderSvg, xmlSafe } from "../../src/render/svg.ts";
import { table, tableHtml } from "../../src/render/table.ts";
import { REPORT_MARKER } from "../../src/report/write.ts";

const quiet = () => {};
const article = (outlet: string, text: string) => `---\noutlet: ${outlet}\n---\n${text}`;
const enc = (s: string) => new TextEncoder().encode(s);
const concat = (...parts: Uint8Array[]) => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
};

/** Runs `fn` on a temporary folder holding `files` (in a `corpus` folder), then removes it. */
async function withCorpus(
  files: Record<string, string | Uint8Array>,
  fn: (corpus: string, tmp: string) => Promise<void>,
): Promise<void> {
  const tmp = await Deno.makeTempDir({ prefix: "framelens-bad-" });
  try {
    const corpus = join(tmp, "corpus");
    await Deno.mkdir(corpus);
    for (const [name, content] of Object.entries(files)) {
      if (typeof content === "string") await Deno.writeTextFile(join(corpus, name), content);
      else await Deno.writeFile(join(corpus, name), content);
    }
    await fn(corpus, tmp);
  } finally {
    await Deno.remove(tmp, { recursive: true });
  }
}

/** Every file of a folder with its bytes, to show that a run changed nothing. */
async function contents(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const name of (await readdir(dir)).sort()) {
    try {
      out[name] = new TextDecoder().decode(await Deno.readFile(join(dir, name)));
    } catch {
      out[name] = "(not a file)";
    }
  }
  return out;
}

const BAD: [name: string, content: string | Uint8Array, problem: RegExp][] = [
  ["no-front-matter.md", "Just text, no front matter.\n", /^no front matter: the file must start with a line "---"/],
  ["unclosed.md", "---\noutlet: X\nText with no closing line.\n", /^front matter is not closed/],
  ["not-yaml.md", "---\noutlet: [X\ndate: {\n---\nText.\n", /^front matter is not valid YAML/],
  ["scalar-yaml.md", "---\njust a sentence\n---\nText.\n", /^front matter is not a YAML mapping/],
  ["no-outlet.md", "---\ntitle: T\n---\nText without outlet.\n", /^front matter has no "outlet"$/],
  ["empty-outlet.md", "---\noutlet: '   '\n---\nText with a blank outlet.\n", /^front matter has no "outlet"$/],
  ["outlet-list.md", "---\noutlet: [A, B]\n---\nText with two outlets.\n", /^front matter field "outlet" is not text$/],
  ["bad-date.md", "---\noutlet: X\ndate: 11/08/2025\n---\nA text.\n", /^"date" is "11\/08\/2025", not a real date/],
  ["tagged-date.md", "---\noutlet: X\ndate: !!timestamp 2025-13-45\n---\nA text.\n", /^"date" is "2025-13-45"/],
  ["empty-body.md", "---\noutlet: X\n---\n \r\n\t\n", /^the article text after the front matter is empty$/],
  [
    "latin1.md",
    concat(enc("---\noutlet: X\n---\nCaf"), Uint8Array.of(0xe9), enc("\n")),
    /^the file is not UTF-8 text$/,
  ],
  ["surrogate.md", concat(enc("---\noutlet: X\n---\nA"), Uint8Array.of(0xed, 0xa0, 0x80), enc("\n")), /not UTF-8/],
  ["binary.md", Uint8Array.of(0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00), /^the file looks binary/],
  [
    "yaml-bomb.md",
    "---\na: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c]\noutlet: X\n---\nT.\n",
    /^front matter is not valid YAML/,
  ],
];

Deno.test("loadCorpus() names each bad file with its problem and loads the rest", async () => {
  await withCorpus({
    ...Object.fromEntries(BAD.map(([name, content]) => [name, content])),
    "good.md": article("Good", "The one good article.\n"),
  }, async (corpus) => {
    const { articles, problems } = await loadCorpus(corpus);
    assert.deepEqual(articles.map((a) => a.id), ["good"]);
    assert.equal(problems.length, BAD.length);
    for (const [name, , problem] of BAD) {
      const found = problems.filter((p) => p.file === join(corpus, name));
      assert.equal(found.length, 1, `${name} is reported once`);
      assert.match(found[0].message, problem, name);
    }
  });
});

Deno.test("a byte-order mark, CRLF and CR line ends load as articles", async () => {
  await withCorpus({
    "bom.md": concat(Uint8Array.of(0xef, 0xbb, 0xbf), enc(article("BOM", "Text with a BOM."))),
    "crlf.md": "---\r\noutlet: CRLF\r\ndate: 2025-08-11\r\n---\r\nOne.\r\nTwo.\r\n",
    "cr.md": "---\routlet: CR\rdate: 2025-08-12\r---\rOne.\rTwo.\r",
  }, async (corpus) => {
    const { articles, problems } = await loadCorpus(corpus);
    assert.deepEqual(problems, []);
    assert.deepEqual(articles.map((a) => [a.outlet, a.date]), [["BOM", undefined], ["CR", "2025-08-12"], [
      "CRLF",
      "2025-08-11",
    ]]);
  });
});

Deno.test("a 50 MB file is refused without being read, and maxBytes sets the limit", async () => {
  await withCorpus({ "small.md": article("X", "Small.\n") }, async (corpus) => {
    const big = join(corpus, "big.md");
    await Deno.writeTextFile(big, article("X", "Big."));
    await Deno.truncate(big, 50 * 1024 * 1024);
    const started = performance.now();
    const { articles, problems } = await loadCorpus(corpus);
    assert.ok(performance.now() - started < 2000, "not read whole");
    assert.deepEqual(articles.map((a) => a.id), ["small"]);
    assert.deepEqual(problems, [{
      file: big,
      message: "the file is 50.0 MB, more than the 20.0 MB an article may have; it was not read",
    }]);
    const limited = await loadCorpus(corpus, { maxBytes: 10 });
    assert.match(limited.problems.find((p) => p.file === join(corpus, "small.md"))!.message, /more than the 0\.0 MB/);
  });
});

Deno.test("two files with the same id up to case or Unicode normalisation, or the same text from the same outlet: the second is left out", async () => {
  const nfc = "caf\u00e9";
  const nfd = "cafe\u0301";
  await withCorpus({
    "a.md": article("A", "First story.\n"),
    "A.md": article("A", "Second story.\n"),
    [`${nfc}.md`]: article("C", "Third story.\n"),
    [`${nfd}.md`]: article("C", "Fourth story.\n"),
    "upper.MD": article("U", "An upper-case extension.\n"),
    "twin.md": article("A", "  Second story.\n\n"),
  }, async (corpus) => {
    const { articles, problems } = await loadCorpus(corpus);
    const ids = articles.map((a) => a.id);
    assert.ok(ids.includes("upper"), ".MD loads, its id without the extension");
    assert.equal(ids.length + problems.length, 6, "every file in articles or problems");
    assert.equal(ids.filter((id) => id.toLowerCase() === "a").length, 1);
    assert.equal(ids.filter((id) => id.normalize("NFC") === nfc).length, 1);
    const byName = Object.fromEntries(problems.map((p) => [p.file.slice(corpus.length + 1), p.message]));
    assert.match(byName["a.md"], /^its id "a" is the same as .*A\.md's \(ids are compared ignoring case/);
    assert.match(Object.entries(byName).find(([n]) => n.startsWith("caf"))![1], /^its id "caf.*" is the same as/);
    assert.match(
      byName["twin.md"],
      /^its text is the same as .*A\.md's, of the same outlet \(A\): a duplicate; left out$/,
    );
  });
});

const ODD_NAMES = [
  "with spaces (1).md",
  `it's "quoted" $HOME \`whoami\`; rm -rf ~ & echo | cat > x.md`,
  "مقال عن لاريجاني.md",
  "日本語 📰 ünïcödé.md",
  "<img src=x onerror=alert(1)>.md",
  "line\nbreak.md",
  "-starts-with-dash.md",
];

Deno.test("file names with spaces, Unicode and shell characters load, and are escaped in index.html", async () => {
  await withCorpus(
    Object.fromEntries(ODD_NAMES.map((n, i) => [n, article(`Outlet ${i}`, `Story number ${i} about Larijani.\n`)])),
    async (corpus, tmp) => {
      const { articles, problems } = await loadCorpus(corpus);
      assert.deepEqual(problems, []);
      assert.deepEqual(articles.map((a) => a.id + ".md").sort(), [...ODD_NAMES].sort());
      const out = join(tmp, "report");
      await runReport({ corpus, out, log: quiet, cache: false });
      const html = await readFile(join(out, "index.html"), "utf8");
      for (const name of ODD_NAMES) {
        const id = name.slice(0, -3);
        if (id.includes("<")) assert.ok(!html.includes(id), "raw markup is not in the page");
        assert.ok(html.includes(escapeXml(id)), `${JSON.stringify(id)} is shown, escaped`);
      }
      const csv = await readFile(join(out, "articles.csv"), "utf8");
      assert.ok(csv.includes(`"line\nbreak"`), "a line break in an id is quoted in the CSV");
      assert.ok(csv.includes("'-starts-with-dash"), "an id that a spreadsheet would take for a formula is defused");
    },
  );
});

Deno.test("a symbolic link is followed only when its target is inside the corpus folder", async () => {
  await withCorpus({ "a.md": article("A", "Inside story.\n") }, async (corpus, tmp) => {
    await Deno.writeTextFile(join(tmp, "secret.md"), article("Outside", "A file outside the corpus.\n"));
    await Deno.mkdir(join(corpus, "sub"));
    await Deno.writeTextFile(join(corpus, "sub", "kept.txt"), article("Sub", "A file in a subfolder.\n"));
    await Deno.symlink(join(tmp, "secret.md"), join(corpus, "outside.md"));
    await Deno.symlink("../secret.md", join(corpus, "relative-outside.md"));
    await Deno.symlink("sub/kept.txt", join(corpus, "inside.md"));
    await Deno.symlink("nowhere.md", join(corpus, "dangling.md"));
    await Deno.symlink("loop.md", join(corpus, "loop.md"));
    const { articles, problems } = await loadCorpus(corpus);
    assert.deepEqual(articles.map((a) => a.id), ["a", "inside"]);
    const byName = Object.fromEntries(problems.map((p) => [p.file.slice(corpus.length + 1), p.message]));
    assert.deepEqual(Object.keys(byName).sort(), ["dangling.md", "loop.md", "outside.md", "relative-outside.md"]);
    assert.match(
      byName["outside.md"],
      /^it is a symbolic link that points outside the corpus folder \(to .*secret\.md\)/,
    );
    assert.match(byName["relative-outside.md"], /points outside the corpus folder/);
    assert.match(byName["dangling.md"], /^it is a symbolic link to a file that does not exist/);
    assert.match(byName["loop.md"], /symbolic link that loops back on itself/);
  });
});

Deno.test("a folder, a FIFO and a file name that is not UTF-8 are reported, and reading never blocks", async () => {
  await withCorpus({ "a.md": article("A", "Text.\n") }, async (corpus) => {
    await Deno.mkdir(join(corpus, "folder.md"));
    const fifo = await new Deno.Command("mkfifo", { args: [join(corpus, "pipe.md")] }).output().catch(() => null);
    await new Deno.Command("sh", { args: ["-c", `printf 'x' > "$1/$(printf 'bad\\377.md')"`, "sh", corpus] }).output();
    const { articles, problems } = await loadCorpus(corpus);
    assert.deepEqual(articles.map((a) => a.id), ["a"]);
    const byName = Object.fromEntries(problems.map((p) => [p.file.slice(corpus.length + 1), p.message]));
    assert.equal(byName["folder.md"], "the file cannot be read (EISDIR)");
    if (fifo?.success) assert.match(byName["pipe.md"], /^it is not a regular file/);
    assert.equal(byName["bad\ufffd.md"], "its file name is not valid UTF-8, so it cannot be opened; rename the file");
  });
});

Deno.test("an empty corpus folder and a folder that does not exist fail with a message naming the folder", async () => {
  await withCorpus({ "notes.txt": "not an article" }, async (corpus, tmp) => {
    await assert.rejects(
      runReport({ corpus, out: join(tmp, "out"), log: quiet, cache: false }),
      new Error(`Cannot make a report: no article could be loaded from ${corpus}`),
    );
    const missing = join(tmp, "missing");
    await assert.rejects(
      loadCorpus(missing),
      new CorpusError(`Cannot load the corpus: the folder ${missing} does not exist`),
    );
    assert.ok(!existsSync(join(tmp, "out")), "no report folder is made");
  });
});

Deno.test("by default a bad file is left out with a warning and a summary; --strict makes it fatal with exit code 1", async () => {
  await withCorpus({
    "good.md": article("Good", "A good article about Larijani.\n"),
    "bad.md": "---\noutlet: X\ndate: 2025-02-30\n---\nText.\n",
  }, async (corpus, tmp) => {
    const before = await contents(corpus);
    const lines: string[] = [];
    const r = await runReport({ corpus, out: join(tmp, "out"), log: (l) => lines.push(l), cache: false });
    assert.deepEqual([r.articles, r.problems], [1, 1]);
    assert.ok(
      lines.includes(
        `warning: left out ${join(corpus, "bad.md")}: "date" is "2025-02-30", not a real date written YYYY-MM-DD`,
      ),
    );
    assert.match(lines.at(-1)!, /^1 file\(s\) left out/);
    const strictOut = join(tmp, "strict-out");
    const error = console.error;
    const said: string[] = [];
    console.error = (...args: unknown[]) => said.push(args.join(" "));
    let code;
    try {
      code = await main(["--corpus", corpus, "--out", strictOut, "--strict", "--no-cache"]);
    } finally {
      console.error = error;
    }
    assert.equal(code, 1);
    assert.match(said.join("\n"), /bad\.md: "date" is "2025-02-30"/);
    assert.ok(!existsSync(strictOut));
    assert.deepEqual(await contents(corpus), before, "the corpus folder is unchanged");
  });
});

Deno.test("--out is refused inside the corpus, through a link into the corpus, and on a folder that is not a report", async () => {
  await withCorpus({ "a.md": article("A", "An article.\n") }, async (corpus, tmp) => {
    await assert.rejects(runReport({ corpus, out: join(corpus, "report"), log: quiet }), /overlaps the corpus folder/);
    await Deno.symlink(corpus, join(tmp, "link"));
    await assert.rejects(runReport({ corpus, out: join(tmp, "link", "r"), log: quiet }), /overlaps the corpus folder/);
    await assert.rejects(runReport({ corpus, out: tmp, log: quiet }), /overlaps the corpus folder/);
    const other = join(tmp, "other");
    await Deno.mkdir(other);
    await Deno.writeTextFile(join(other, "thesis.docx"), "precious");
    await assert.rejects(
      runReport({ corpus, out: other, log: quiet }),
      /not empty and is not an earlier framelens report/,
    );
    assert.deepEqual(await readdir(other), ["thesis.docx"]);
    assert.deepEqual(await readdir(corpus), ["a.md"]);
    assert.ok(!(await readdir(tmp)).some((n) => n.startsWith(".")), "no temporary folder left");
    assert.equal(REPORT_MARKER, ".framelens-report");
  });
});

Deno.test("addArticle() never overwrites, leaves no temporary file, and makes ids safe file names", async () => {
  await withCorpus({ "existing.md": article("A", "Already here.\n") }, async (corpus, tmp) => {
    const src = join(tmp, "in.txt");
    await Deno.writeTextFile(src, "A new story about Beirut.\n");
    const first = await addArticle(src, {
      corpus,
      outlet: "../../etc",
      title: "../passwd/..\\x <script>",
      date: "2025-08-13",
    });
    assert.equal(first.id, "2025-08-13-etc-passwd-x-script");
    assert.equal(first.file, join(corpus, `${first.id}.md`));
    await Deno.writeTextFile(src, "Another story about Beirut.\n");
    const second = await addArticle(src, {
      corpus,
      outlet: "../../etc",
      title: "../passwd/..\\x <script>",
      date: "2025-08-13",
    });
    assert.equal(second.id, `${first.id}-2`, "a free name, not the first one");
    assert.match(await Deno.readTextFile(first.file), /A new story about Beirut/);
    await assert.rejects(addArticle(src, { corpus, outlet: "../../etc" }), /already in the corpus/);
    assert.deepEqual((await readdir(corpus)).sort(), [`${first.id}-2.md`, `${first.id}.md`, "existing.md"]);
    const { articles, problems } = await loadCorpus(corpus);
    assert.deepEqual([articles.length, problems.length], [3, 0]);
  });
});

Deno.test("toCsv() defuses every spreadsheet formula, and keeps numbers and negative numbers as they are", () => {
  const csv = toCsv([
    { v: '=HYPERLINK("http://evil.invalid","x")' },
    { v: "-1+cmd|' /C calc'!A0" },
    { v: "+1+1" },
    { v: "@SUM(A1)" },
    { v: "\t=1" },
    { v: "-3" },
    { v: "-2.5e3" },
    { v: -4 },
    { v: "plain" },
  ]);
  assert.equal(
    csv,
    `v\n"'=HYPERLINK(""http://evil.invalid"",""x"")"\n'-1+cmd|' /C calc'!A0\n'+1+1\n'@SUM(A1)\n'\t=1\n-3\n-2.5e3\n-4\nplain\n`,
  );
});

Deno.test("table() shows article text as text in a notebook's HTML output", () => {
  const rows = [{ "<th>": `<script>alert(1)</script>`, t: `"><img src=x onerror=alert(1)>`, u: "javascript:alert(1)" }];
  const html = table(rows)[Symbol.for("Jupyter.display")]()["text/html"];
  assert.equal(html, tableHtml(rows));
  assert.ok(!/<script|<img|<th>&|<\/?th><th>/i.test(html.replace(/<\/?(table|thead|tbody|tr|th|td)[^>]*>/g, "")));
  assert.ok(html.includes("<th>&#60;th&#62;</th>"));
  assert.ok(html.includes("<td>&#60;script&#62;alert(1)&#60;/script&#62;</td>"));
  assert.ok(html.includes("<td>&#34;&#62;&#60;img src=x onerror=alert(1)&#62;</td>"));
  assert.ok(!html.includes("<a "), "a javascript: text is not a link");
});

Deno.test("renderSvg() stays well-formed XML with control characters and lone surrogates in labels", async () => {
  assert.equal(
    xmlSafe("a\u0000b\u0007c\u001bd\ud800e\udc00f\ud83d\udcf0\t\n"),
    "a\ufffdb\ufffdc\ufffdd\ufffde\ufffdf\ud83d\udcf0\t\n",
  );
  const label = "Outlet\u0001\u0008\u000b\ufffe\ud800 <x>";
  const svg = renderSvg({
    name: "t",
    title: "Title\u0007",
    rows: [],
    legend: "Outlet",
    plot: {
      color: { domain: [label], range: ["red"] },
      marks: [Plot.barX([{ a: label, b: 1 }], { x: "b", y: "a", fill: "a", title: "a" })],
    },
  });
  // deno-lint-ignore no-control-regex -- control characters are what this looks for
  assert.ok(!/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/.test(svg), "no character that XML forbids");
  assert.ok(!/[\ud800-\udbff](?![\udc00-\udfff])/.test(svg), "no lone surrogate");
  const png = await svgToPng(svg);
  assert.deepEqual([...png.subarray(1, 4)], [80, 78, 71], "resvg parses it");
});

import assert from "node:assert/strict";
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { loadCorpus } from "../../src/corpus/load.ts";
import { DiskCache } from "../../src/pipeline/cache.ts";
import { loadDigestTools } from "../../src/pipeline/digest.ts";
import { keptReport, quickInputKey, recordReport, reportInputKey } from "../../src/report/up_to_date.ts";

const tools = await loadDigestTools();

Deno.test("reportInputKey() changes with an article, a file left out, the corpus folder and the tools", async () => {
  const corpus = await loadCorpus();
  const key = reportInputKey(corpus, "/c", tools);
  assert.equal(reportInputKey(corpus, "/c", tools), key, "the same inputs, the same key");
  const edited = { ...corpus, articles: corpus.articles.map((a, i) => (i === 0 ? { ...a, text: a.text + " " } : a)) };
  assert.notEqual(reportInputKey(edited, "/c", tools), key);
  const problem = { ...corpus, problems: [{ file: "x.md", message: "no outlet" }] };
  assert.notEqual(reportInputKey(problem, "/c", tools), key);
  assert.notEqual(reportInputKey(corpus, "/d", tools), key);
  const lexicon = { ...tools, fingerprints: { ...tools.fingerprints, framing: "another" } };
  assert.notEqual(reportInputKey(corpus, "/c", lexicon), key);
});

Deno.test("reportInputKey() changes with the notices about the folder, which the report page shows", async () => {
  const corpus = await loadCorpus();
  const key = reportInputKey(corpus, "/c", tools);
  const noted = { ...corpus, notices: ['1 .txt or .html file(s) in /c ("a.txt") are not read'] };
  assert.notEqual(reportInputKey(noted, "/c", tools), key);
});

Deno.test("reportInputKey() changes with an edited event, which the time charts draw", async () => {
  const corpus = await loadCorpus();
  const dir = await Deno.makeTempDir();
  try {
    const file = join(dir, "events.yaml");
    await writeFile(file, "events:\n  - date: 2025-08-11\n    label: Larijani in Baghdad\n");
    const key = reportInputKey(corpus, "/c", tools, { eventsFile: file });
    assert.equal(reportInputKey(corpus, "/c", tools, { eventsFile: file }), key);
    await writeFile(file, "events:\n  - date: 2025-08-12\n    label: Larijani in Baghdad\n");
    assert.notEqual(reportInputKey(corpus, "/c", tools, { eventsFile: file }), key);
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("keptReport() gives the recorded files while they are all there unchanged, undefined otherwise", async () => {
  const dir = await Deno.makeTempDir();
  try {
    const out = join(dir, "report");
    await mkdir(join(out, "charts"), { recursive: true });
    await writeFile(join(out, "a.csv"), "x,y\n1,2\n");
    await writeFile(join(out, "charts", "b.svg"), "<svg/>");
    const cache = new DiskCache(join(dir, "cache"));
    assert.equal(await keptReport(cache, "k", out), undefined, "nothing recorded");
    await recordReport(cache, "k", out, ["a.csv", "charts/b.svg"]);
    assert.deepEqual(await keptReport(cache, "k", out), ["a.csv", "charts/b.svg"]);
    assert.equal(await keptReport(cache, "other", out), undefined, "another key");
    await writeFile(join(out, "a.csv"), "x,y\n1,3\n");
    assert.equal(await keptReport(cache, "k", out), undefined, "a file changed");
    await writeFile(join(out, "a.csv"), "x,y\n1,2\n");
    assert.deepEqual(await keptReport(cache, "k", out), ["a.csv", "charts/b.svg"], "back as it was");
    await Deno.remove(join(out, "charts", "b.svg"));
    assert.equal(await keptReport(cache, "k", out), undefined, "a file gone");
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("keptReport() takes a file whose size and modification time are those recorded as unchanged, unread", async () => {
  const dir = await Deno.makeTempDir();
  try {
    const out = join(dir, "report");
    await mkdir(out, { recursive: true });
    const file = join(out, "a.csv");
    await writeFile(file, "x,y\n1,2\n");
    const cache = new DiskCache(join(dir, "cache"));
    await recordReport(cache, "k", out, ["a.csv"]);
    const { mtime } = await Deno.stat(file);
    // The same size and time, another content: not read, so taken as unchanged (as make does).
    await writeFile(file, "x,y\n1,3\n");
    await Deno.utime(file, mtime!, mtime!);
    assert.deepEqual(await keptReport(cache, "k", out), ["a.csv"]);
    // Another time: read, and its hash tells.
    await Deno.utime(file, new Date(mtime!.getTime() + 1000), new Date(mtime!.getTime() + 1000));
    assert.equal(await keptReport(cache, "k", out), undefined);
    // The recorded content again at another time: its hash is the one recorded.
    await writeFile(file, "x,y\n1,2\n");
    assert.deepEqual(await keptReport(cache, "k", out), ["a.csv"]);
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("quickInputKey() changes with a corpus file's size or time, a file added, the options and a named file's content", async () => {
  const dir = await Deno.makeTempDir();
  try {
    const corpus = join(dir, "corpus");
    await mkdir(corpus);
    const article = join(corpus, "a.md");
    await writeFile(article, "---\noutlet: A\n---\nText.\n");
    const named = join(dir, "outlets.yaml");
    await writeFile(named, "outlets: []\n");
    const key = quickInputKey(corpus, { by: "outlet" }, [named]);
    assert.equal(quickInputKey(corpus, { by: "outlet" }, [named]), key, "nothing changed, the same key");
    const { mtime } = await Deno.stat(article);
    await Deno.utime(article, new Date(mtime!.getTime() + 1000), new Date(mtime!.getTime() + 1000));
    const touched = quickInputKey(corpus, { by: "outlet" }, [named]);
    assert.notEqual(touched, key, "another time");
    await writeFile(article, "---\noutlet: A\n---\nText!!\n");
    await Deno.utime(article, new Date(mtime!.getTime() + 1000), new Date(mtime!.getTime() + 1000));
    assert.notEqual(quickInputKey(corpus, { by: "outlet" }, [named]), touched, "another size");
    const now = quickInputKey(corpus, { by: "outlet" }, [named]);
    await writeFile(join(corpus, "b.md"), "---\noutlet: B\n---\nMore.\n");
    assert.notEqual(quickInputKey(corpus, { by: "outlet" }, [named]), now, "a file added");
    const more = quickInputKey(corpus, { by: "outlet" }, [named]);
    assert.notEqual(quickInputKey(corpus, { by: "country" }, [named]), more, "other options");
    await writeFile(named, "outlets: [] \n");
    assert.notEqual(quickInputKey(corpus, { by: "outlet" }, [named]), more, "the named file's content");
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

import assert from "node:assert/strict";
import { copyFile, mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { main, runReport } from "../../src/report/report_cli.ts";
import { DEFAULT_CORPUS_DIR } from "../../src/corpus/load.ts";

const quiet = () => {};

/** The header of a CSV file, as a list of columns. */
const headerOf = async (file: string) => (await readFile(file, "utf8")).split("\n")[0].split(",");

/** The seed corpus with one article of an outlet data/outlets.yaml does not list and no country, and one whose front matter gives another country than its outlet's. */
async function countryCorpus(dir: string): Promise<void> {
  await mkdir(dir);
  for (const name of await readdir(DEFAULT_CORPUS_DIR)) {
    const text = await readFile(join(DEFAULT_CORPUS_DIR, name), "utf8");
    if (name.includes("alwaght")) {
      await writeFile(
        join(dir, name),
        text.replace('outlet: "Alwaght"', 'outlet: "Alwaght Mirror"').replace('country: "Iran"\n', ""),
      );
    } else if (name.includes("iran-daily")) {
      await writeFile(join(dir, name), text.replace('country: "Iran"', 'country: "Lebanon"'));
    } else await copyFile(join(DEFAULT_CORPUS_DIR, name), join(dir, name));
  }
}

Deno.test("runReport() with --by outlet writes the very files of a run without --by (index.html but for its time)", async () => {
  const tmp = await Deno.makeTempDir();
  try {
    const plain = await runReport({ out: join(tmp, "plain"), log: quiet, cache: false });
    const by = await runReport({ out: join(tmp, "by"), log: quiet, cache: false, by: "outlet" });
    assert.deepEqual(by.files, plain.files);
    for (const f of plain.files) {
      const [x, y] = [await readFile(join(tmp, "plain", f), "utf8"), await readFile(join(tmp, "by", f), "utf8")];
      const untimed = (html: string) => html.replace(/<time [^>]*>[^<]*<\/time>/, "");
      assert.equal(f === "index.html" ? untimed(y) : y, f === "index.html" ? untimed(x) : x, f);
    }
  } finally {
    await Deno.remove(tmp, { recursive: true });
  }
});

Deno.test("runReport() with --by country writes a country column where outlet was in every table and chart's CSV, intervals included, and names the group of articles without one", async () => {
  const tmp = await Deno.makeTempDir();
  try {
    const corpus = join(tmp, "corpus");
    await countryCorpus(corpus);
    const plain = await runReport({ corpus, out: join(tmp, "plain"), log: quiet, cache: false });
    const by = await runReport({ corpus, out: join(tmp, "by"), log: quiet, cache: false, by: "country" });
    assert.deepEqual(by.files, plain.files);
    const groups = ["(no country)", "Iran", "Iraq (Kurdistan Region)", "Lebanon", "United Arab Emirates"];
    let grouped = 0;
    for (const f of plain.files.filter((f) => f.endsWith(".csv"))) {
      const before = await headerOf(join(tmp, "plain", f));
      const after = await headerOf(join(tmp, "by", f));
      const renamed = before.map((c) => c === "outlets" ? "countries" : c.replace(/^outlet(?=$|_)/, "country"));
      // Rows of articles keep each article's outlet: articles.csv before its country, the corpus charts' CSV last.
      const expected = f === "articles.csv"
        ? ["id", "outlet", ...renamed.slice(1)]
        : f.startsWith("charts/") && before[0] === "id" && before.includes("sentences")
        ? [...renamed, "outlet"]
        : renamed;
      assert.deepEqual(after, expected, f);
      const at = before.indexOf("outlet");
      if (at < 0) continue;
      grouped++;
      const text = await readFile(join(tmp, "by", f), "utf8");
      // The first cell of each row, where the group is the first column (no quoted comma before it).
      if (at === 0) {
        for (const line of text.trimEnd().split("\n").slice(1)) {
          const cell = line.startsWith('"') ? line.slice(1, line.indexOf('"', 1)) : line.split(",")[0];
          assert.ok(groups.includes(cell) || cell === "all", `${f}: ${cell}`);
        }
      }
    }
    assert.ok(grouped >= 10, `${grouped} tables and charts have a group column`);
    const summary = await headerOf(join(tmp, "by", "framing_summary.csv"));
    for (const c of ["country", "loaded_share", "loaded_share_low", "loaded_share_high", "too_few"]) {
      assert.ok(summary.includes(c), c);
    }
    const outlets = (await readFile(join(tmp, "by", "outlets.csv"), "utf8")).trimEnd().split("\n").slice(1);
    assert.deepEqual(outlets.map((l) => l.startsWith('"') ? l.slice(1, l.indexOf('"', 1)) : l.split(",")[0]), groups);
    const html = await readFile(join(tmp, "by", "index.html"), "utf8");
    assert.ok(html.includes("<th>country</th>"));
    assert.ok(
      html.includes('1 article has no country and forms the group "(no country)": 2025-08-11-alwaght-larijani-visit.'),
    );
  } finally {
    await Deno.remove(tmp, { recursive: true });
  }
});

Deno.test("runReport() with --by country says country where the page, its captions and its charts said outlet, and keeps each article's outlet in articles.csv", async () => {
  const tmp = await Deno.makeTempDir();
  try {
    const corpus = join(tmp, "corpus");
    await countryCorpus(corpus);
    const out = join(tmp, "by");
    const by = await runReport({ corpus, out, log: quiet, cache: false, by: "country" });
    const html = await readFile(join(out, "index.html"), "utf8");
    assert.match(html, /<p>5 articles from 5 outlets in 5 countries in <code>/);
    const captions = [...html.matchAll(/<figcaption>(.*?)<\/figcaption>/g)].map((m) => m[1]);
    assert.ok(captions.length >= 10, `${captions.length} captions`);
    assert.ok(captions.some((c) => c.startsWith("Articles per country: 5 articles from 5 countries, by kind.")));
    assert.deepEqual(captions.filter((c) => /outlet/i.test(c.replace(/charts\/[^"]*"/g, ""))), []);
    for (const svg of by.files.filter((f) => f.endsWith(".svg"))) {
      const text = await readFile(join(out, svg), "utf8");
      const legend = [...text.matchAll(/>(Outlet|Country):</g)].map((m) => m[1]);
      assert.ok(!legend.includes("Outlet"), `${svg} has an Outlet legend`);
    }
    const kwic = await readFile(join(out, "quotes_kwic.html"), "utf8");
    assert.ok(kwic.includes("<th>country</th>") && !kwic.includes("<th>outlet</th>"), "quotes_kwic.html");
    const articles = (await readFile(join(out, "articles.csv"), "utf8")).trimEnd().split("\n");
    assert.deepEqual(articles[0].split(","), [
      "id",
      "outlet",
      "country",
      "date",
      "title",
      "kind",
      "words",
      "sentences",
    ]);
    const row = articles.find((l) => l.startsWith("2025-08-11-alwaght-larijani-visit,"))!;
    assert.deepEqual(row.split(",").slice(1, 3), ["Alwaght Mirror", "(no country)"]);
    const plain = await runReport({ corpus, out: join(tmp, "plain"), log: quiet, cache: false });
    assert.ok(plain.files.includes("articles.csv"));
    const header = (await readFile(join(tmp, "plain", "articles.csv"), "utf8")).split("\n")[0];
    assert.equal(header, "id,outlet,date,title,kind,words,sentences");
  } finally {
    await Deno.remove(tmp, { recursive: true });
  }
});

Deno.test("runReport() with --by country after a plain run reads no article again and works nothing out again", async () => {
  const tmp = await Deno.makeTempDir();
  try {
    const cache = join(tmp, "cache");
    await runReport({ out: join(tmp, "plain"), log: quiet, cache });
    const by = await runReport({ out: join(tmp, "by"), log: quiet, cache, by: "country" });
    assert.equal(by.unchanged, false, "another grouping is another report");
    assert.equal(by.fromCache, 5);
    assert.equal(by.cache?.readNow, 0);
    assert.deepEqual(Object.values(by.cache?.redone ?? {}).filter((n) => n > 0), []);
  } finally {
    await Deno.remove(tmp, { recursive: true });
  }
});

Deno.test("runReport() with --where analyses only the articles that meet it, and says so on the page", async () => {
  const tmp = await Deno.makeTempDir();
  try {
    const out = join(tmp, "report");
    const r = await runReport({ out, log: quiet, cache: false, where: "kind = news and country != Iran" });
    assert.equal(r.articles, 2);
    const ids = (await readFile(join(out, "articles.csv"), "utf8")).trimEnd().split("\n").slice(1).map((l) =>
      l.split(",")[0]
    );
    assert.deepEqual(ids, ["2025-08-11-peregraf-larijani-visit", "2025-08-11-the-national-larijani-visit"]);
    assert.ok(
      (await readFile(join(out, "index.html"), "utf8")).includes(
        "Articles where <code>kind = news and country != Iran</code>: 2 of 5.",
      ),
    );
  } finally {
    await Deno.remove(tmp, { recursive: true });
  }
});

Deno.test("main() names a --by or --where field no article has, with the nearest and the fields there are, and a mistyped flag", async () => {
  const tmp = await Deno.makeTempDir();
  const errors: string[] = [];
  const error = console.error;
  console.error = (line: string) => errors.push(line);
  try {
    assert.equal(await main(["--out", join(tmp, "r"), "--no-cache", "--by", "cuntry"]), 1);
    assert.equal(await main(["--out", join(tmp, "r"), "--no-cache", "--where", "knd = news"]), 1);
    assert.equal(await main(["--bye", "country"]), 2);
  } finally {
    console.error = error;
    await Deno.remove(tmp, { recursive: true });
  }
  const fields =
    "id, outlet, date, title, url, kind, author, country, camp, date_confidence, language, ownership, source_file";
  assert.ok(
    errors.includes(
      `error: Cannot compare the articles by "cuntry": no article has the field "cuntry" (did you mean "country"?); the fields are ${fields}`,
    ),
    errors.join("\n"),
  );
  assert.ok(
    errors.includes(
      `error: Cannot filter the articles: no article has the field "knd" (did you mean "kind"?); the fields are ${fields}`,
    ),
    errors.join("\n"),
  );
  assert.ok(
    errors.some((e) => e.startsWith('error: deno task report: unknown flag --bye (did you mean "--by"?)')),
    errors.join("\n"),
  );
});

Deno.test("runCorpusStages() grouped by a function giving each article's outlet gives every table of the default grouping", async () => {
  const { annotateAndDigest, loadCorpus, loadDigestTools, runCorpusStages } = await import("../../src/mod.ts");
  const tools = await loadDigestTools();
  const digests = (await loadCorpus()).articles.map((a) => annotateAndDigest(a, tools));
  const plain = runCorpusStages({ digests, tools });
  const regrouped = runCorpusStages({ digests, tools }, { groupBy: (a) => a.outlet });
  for (const [stage, result] of Object.entries(plain)) {
    assert.deepEqual((regrouped as Record<string, typeof result>)[stage].tables, result.tables, stage);
  }
});

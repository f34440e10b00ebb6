/**
 * Property-based test: thousands of random article files (random front matter with
 * YAML's special characters, random Unicode bodies with control characters, BOMs,
 * CR and CRLF line ends, bytes that are not UTF-8, lone surrogates written as bytes,
 * empty files) go through the loader and the whole pipeline. Nothing throws, nothing
 * hangs, and every file is either analysed or reported, exactly once.
 */
import assert from "node:assert/strict";
import { join } from "node:path";
import fc from "fast-check";
import { CorpusError, loadCorpus } from "../../src/corpus/load.ts";
import { annotateAndDigest, type DigestTools, loadDigestTools } from "../../src/pipeline/digest.ts";
import { toCsv } from "../../src/render/csv.ts";
import { renderSvg } from "../../src/render/svg.ts";
import { reportPage } from "../../src/report/page.ts";
import { buildSections } from "../../src/report/section.ts";

const enc = new TextEncoder();

const WORDS = [
  "Larijani",
  "Baghdad",
  "Beirut",
  "Hezbollah",
  "Supreme National Security Council",
  "Popular Mobilization Forces",
  "Iran-backed",
  "Iran's",
  "can't",
  "Leave a Comment",
  "BEIRUT (Reuters) -",
  "<script>alert(1)</script>",
  "</svg>",
  '=HYPERLINK("x")',
  "—",
  "\u00ad",
  "\u200b",
  "\ufb01",
  "\u00a0",
  "«quoted»",
  "لاريجاني",
  "日本語",
  "📰",
  "e\u0301",
  "12-day",
  "2025",
  "...",
  "---",
];

const YAML_SPECIAL = [
  "",
  "~",
  "null",
  "[",
  "{",
  "]",
  "'",
  '"',
  "|",
  ">",
  "&a",
  "*a",
  "!!timestamp 2025-13-45",
  "!!binary AAAA",
  "!tag x",
  "2025-08-11",
  "2025-02-30",
  "2025-08-11T10:00:00Z",
  "news",
  "Opinion",
  "rumour",
  "- x",
  ": :",
  "# comment",
  "%YAML 1.2",
  "@x",
  "`x",
  "---",
  "...",
  "\t",
  "? x",
  "<<: {a: 1}",
  "0x1F",
  ".nan",
  "true",
  "1e999",
  '"\\ud800"',
  '"\\0"',
];

const KEYS = [
  "outlet",
  "outlet",
  "outlet",
  "date",
  "title",
  "kind",
  "url",
  "author",
  "country",
  "__proto__",
  "<<",
  "extra",
];

const eol = fc.constantFrom("\n", "\r\n", "\r");
const text = (maxLength: number) => fc.string({ unit: "binary", maxLength });
const value = fc.oneof(
  fc.constantFrom(...YAML_SPECIAL),
  text(12),
  fc.constantFrom("Outlet A", "Outlet B", "The National", "O'Reilly & <b>Sons</b>"),
  fc.integer().map(String),
);
/** A random field line, often one that YAML reads in a surprising way or not at all. */
const wildLine = fc.tuple(fc.oneof(fc.constantFrom(...KEYS), text(6)), value).map(([k, v]) => `${k}: ${v}`);
/** Fields that make a valid article, each value a random string quoted for YAML. */
const validLines = fc.record({
  outlet: fc.oneof(fc.constantFrom("Outlet A", "Outlet B", "The National", "O'Reilly & <b>Sons</b>"), text(10)),
  date: fc.option(fc.date({ min: new Date("1990-01-01"), max: new Date("2030-12-31"), noInvalidDate: true })),
  title: fc.option(text(30)),
  kind: fc.option(fc.constantFrom("news", "opinion", "analysis", "News")),
}).map(({ outlet, date, title, kind }) => [
  `outlet: ${JSON.stringify(outlet)}`,
  ...(date ? [`date: ${date.toISOString().slice(0, 10)}`] : []),
  ...(title !== null ? [`title: ${JSON.stringify(title)}`] : []),
  ...(kind ? [`kind: ${kind}`] : []),
]);
const frontMatter = fc.oneof(
  { weight: 3, arbitrary: validLines },
  { weight: 1, arbitrary: fc.tuple(validLines, fc.array(wildLine, { maxLength: 3 })).map(([a, b]) => [...a, ...b]) },
  { weight: 1, arbitrary: fc.array(wildLine, { maxLength: 6 }) },
);
const body = fc.array(fc.oneof(fc.constantFrom(...WORDS), text(10)), { maxLength: 40 }).chain((words) =>
  fc.array(fc.constantFrom(" ", " ", " ", ". ", "\n", "\r\n", "\r", "\n\n", "\t"), {
    minLength: words.length,
    maxLength: words.length,
  }).map((seps) => words.map((w, i) => w + seps[i]).join(""))
);
/** A structured article: optional BOM, front matter (maybe unclosed), body, one line-end style. */
const structured = fc.record({
  bom: fc.boolean(),
  eol,
  lines: frontMatter,
  closed: fc.nat(19).map((n) => n > 0),
  body,
}).map(({ bom, eol, lines, closed, body }) =>
  enc.encode(`${bom ? "\ufeff" : ""}---${eol}${lines.join(eol)}${eol}${closed ? `---${eol}` : ""}${body}`)
);
/** Bytes inserted into an otherwise valid file: not UTF-8, lone surrogates, NUL, overlong forms. */
const badBytes = fc.constantFrom(
  [0xed, 0xa0, 0x80],
  [0xed, 0xbf, 0xbf],
  [0xff],
  [0xc0, 0xaf],
  [0xe9],
  [0x00],
  [0xf4, 0x90, 0x80, 0x80],
  [0xef, 0xbb, 0xbf],
);
const corrupted = fc.tuple(structured, badBytes, fc.nat()).map(([bytes, bad, at]) => {
  const i = bytes.length ? at % bytes.length : 0;
  return Uint8Array.from([...bytes.subarray(0, i), ...bad, ...bytes.subarray(i)]);
});
const content = fc.oneof(
  { weight: 10, arbitrary: structured },
  { weight: 2, arbitrary: corrupted },
  { weight: 1, arbitrary: fc.uint8Array({ maxLength: 64 }) },
  { weight: 1, arbitrary: text(80).map((s) => enc.encode(s)) },
  { weight: 1, arbitrary: fc.constant(new Uint8Array()) },
);
const name = fc.oneof(
  fc.string({ unit: fc.constantFrom(...Array.from("aZ9 -_'\"$`;&|()[]{}!?*~#%é日📰")), maxLength: 12 }),
  fc.constantFrom("same", "SAME", "Same", "caf\u00e9", "cafe\u0301"),
);
const corpusFiles = fc.array(fc.tuple(name, fc.constantFrom(".md", ".md", ".md", ".MD"), content), {
  minLength: 1,
  maxLength: 16,
});

let tools: DigestTools;

Deno.test({
  name:
    "random article files: loadCorpus, annotateCorpus and the report never throw, and each file is analysed or reported once",
  async fn() {
    tools = await loadDigestTools();
    const root = await Deno.makeTempDir({ prefix: "framelens-fuzz-" });
    let run = 0;
    let files = 0;
    let analysed = 0;
    let slowest = 0;
    try {
      await fc.assert(
        fc.asyncProperty(corpusFiles, async (entries) => {
          const dir = join(root, String(run++));
          await Deno.mkdir(dir);
          const names = new Set<string>();
          for (const [stem, ext, bytes] of entries) {
            // A name the file system takes: the stem cleaned of separators, never hidden, never empty.
            // deno-lint-ignore no-control-regex -- control characters are what this looks for
            const fileName = `f${stem.replace(/[\\/\u0000]/g, "_")}${ext}`;
            if (names.has(fileName)) continue;
            names.add(fileName);
            await Deno.writeFile(join(dir, fileName), bytes);
          }
          const started = performance.now();
          const corpus = await loadCorpus(dir);
          const seen = [...corpus.articles.map((a) => a.file), ...corpus.problems.map((p) => p.file)];
          assert.deepEqual(seen.slice().sort(), [...names].map((n) => join(dir, n)).sort(), "each file exactly once");
          for (const p of corpus.problems) {
            assert.ok(p.message.length > 0 && !p.message.includes("undefined"), p.message);
          }
          for (const a of corpus.articles) {
            assert.ok(a.outlet.trim().length > 0 && a.text.trim().length > 0);
            assert.ok(a.date === undefined || /^\d{4}-\d{2}-\d{2}$/.test(a.date), a.date);
          }
          if (corpus.problems.length) {
            await assert.rejects(loadCorpus(dir, { strict: true }), CorpusError);
          }
          const digests = corpus.articles.map((a) => annotateAndDigest(a, tools));
          if (digests.length) {
            const sections = buildSections({ corpus, digests, tools });
            const html = reportPage(sections, {
              corpusDir: dir,
              articles: digests.length,
              outlets: new Set(corpus.articles.map((a) => a.outlet)).size,
              problems: corpus.problems,
              generated: "2025-01-01T00:00:00.000Z",
            });
            assert.ok(!/<script|<img src=x|<svg/i.test(html), "no markup from the articles in the page");
            for (const s of sections) {
              for (const t of s.tables) toCsv(t.rows, t.columns);
              // Charts are slow to render: every fifth run renders them all.
              if (run % 5 === 0) {
                for (const c of s.charts) {
                  const svg = renderSvg(c);
                  // deno-lint-ignore no-control-regex -- control characters are what this looks for
                  assert.ok(!/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/.test(svg), c.name);
                  assert.ok(!/<script|<img/i.test(svg), c.name);
                }
              }
            }
          }
          const took = performance.now() - started;
          slowest = Math.max(slowest, took);
          assert.ok(took < 10_000, `one corpus took ${Math.round(took)} ms`);
          files += names.size;
          analysed += corpus.articles.length;
          await Deno.remove(dir, { recursive: true });
        }),
        { seed: Number(Deno.env.get("FUZZ_SEED") ?? 42), numRuns: Number(Deno.env.get("FUZZ_RUNS") ?? 500) },
      );
    } finally {
      await Deno.remove(root, { recursive: true });
    }
    console.log(`fuzz: ${run} corpora, ${files} files, ${analysed} analysed, slowest ${Math.round(slowest)} ms`);
    assert.ok(files >= 1000, `${files} files`);
    assert.ok(analysed >= 200, `${analysed} analysed: the generators make valid articles too`);
  },
});

import assert from "node:assert/strict";
import { join } from "node:path";
import { compareFile, compareReports, formatComparison, listFiles, main } from "../../bench/compare_reports.ts";

const enc = (s: string) => new TextEncoder().encode(s);

/** Two temporary report folders holding the given files, removed after `fn`. */
async function withReports(
  before: Record<string, string | Uint8Array>,
  after: Record<string, string | Uint8Array>,
  fn: (beforeDir: string, afterDir: string) => Promise<void>,
): Promise<void> {
  const root = await Deno.makeTempDir({ prefix: "framelens-compare-test-" });
  try {
    for (const [side, files] of [["before", before], ["after", after]] as const) {
      for (const [name, content] of Object.entries(files)) {
        const path = join(root, side, name);
        await Deno.mkdir(join(path, ".."), { recursive: true });
        await Deno.writeFile(path, typeof content === "string" ? enc(content) : content);
      }
    }
    await fn(join(root, "before"), join(root, "after"));
  } finally {
    await Deno.remove(root, { recursive: true });
  }
}

/** An index.html line as the report writes it, made at `iso`. */
const page = (iso: string, articles = 5) =>
  `<!doctype html>\n<p>${articles} articles from 5 outlets in <code>/c</code>, made <time datetime="${iso}">6 December 2026, ${
    iso.slice(11, 16)
  } UTC</time>.</p>\n</body></html>\n`;

const PNG = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);

Deno.test("compareReports() finds two runs identical when only the time on index.html differs", async () => {
  const files = (iso: string) => ({
    ".framelens-report": "marker\n",
    "index.html": page(iso),
    "terms.csv": "term,n\nwar,3\n",
    "charts/top.png": PNG,
  });
  await withReports(files("2026-12-06T18:19:27.039Z"), files("2026-12-07T09:01:00.000Z"), async (a, b) => {
    const rows = await compareReports(a, b);
    assert.deepEqual(rows, [
      { path: ".framelens-report", status: "identical", ignored: [] },
      { path: "charts/top.png", status: "identical", ignored: [] },
      { path: "index.html", status: "identical", ignored: ["the run's time"] },
      { path: "terms.csv", status: "identical", ignored: [] },
    ]);
    assert.equal(await main([a, b]), 0);
  });
});

Deno.test("compareReports() still compares the rest of the line that holds the time", async () => {
  await withReports(
    { "index.html": page("2026-12-06T18:19:27.039Z", 5) },
    { "index.html": page("2026-12-06T18:19:27.039Z", 6) },
    async (a, b) => {
      const [row] = await compareReports(a, b);
      assert.equal(row.status, "differs");
      assert.match((row as { detail: string }).detail, /^line 2 \(of 3 before, 3 after\), column 4\n/);
      assert.equal(await main([a, b]), 1);
    },
  );
});

Deno.test("compareReports() reports a changed CSV line, a changed PNG byte and files only in one folder", async () => {
  const png2 = PNG.slice();
  png2[9] = 7;
  await withReports(
    { "terms.csv": "term,n\nwar,3\npeace,1\n", "charts/top.png": PNG, "gone.csv": "x\n" },
    { "terms.csv": "term,n\nwar,4\npeace,1\n", "charts/top.png": png2, "charts/new.svg": "<svg/>" },
    async (a, b) => {
      const rows = await compareReports(a, b);
      assert.deepEqual(rows.map((r) => [r.path, r.status]), [
        ["charts/new.svg", "only-after"],
        ["charts/top.png", "differs"],
        ["gone.csv", "only-before"],
        ["terms.csv", "differs"],
      ]);
      assert.equal(
        (rows[1] as { detail: string }).detail,
        "binary: 12 bytes before, 12 after; first differing byte at offset 9",
      );
      assert.equal(
        (rows[3] as { detail: string }).detail,
        'line 2 (of 3 before, 3 after), column 5\n    before: "war,3"\n    after:  "war,4"',
      );
      const summary = formatComparison(rows, "A", "B").split("\n");
      assert.equal(summary.at(-1), "4 files: 0 identical, 2 differ, 1 only in A, 1 only in B");
      assert.equal(await main([a, b]), 1);
    },
  );
});

Deno.test("compareFile() reports a file that is cut short, and a binary file that grew", () => {
  const short = compareFile("a.csv", enc("x\ny\n"), enc("x\n"));
  assert.deepEqual(short, {
    path: "a.csv",
    status: "differs",
    ignored: [],
    detail: 'line 2 (of 2 before, 1 after), column 1\n    before: "y"\n    after:  (end of file)',
  });
  const unterminated = compareFile("a.csv", enc("x\ny\n"), enc("x\ny"));
  assert.equal(
    (unterminated as { detail: string }).detail,
    "the same 2 lines, but only one of the two ends with a line break",
  );
  const grown = compareFile("a.png", PNG, Uint8Array.from([...PNG, 0]));
  assert.equal(grown.status, "differs");
  assert.equal(
    (grown as { detail: string }).detail,
    "binary: 12 bytes before, 13 after; first differing byte at offset 12",
  );
});

Deno.test("compareFile() leaves out the time only in index.html, not in a CSV", () => {
  const time = (iso: string) => enc(`<time datetime="${iso}">x</time>\n`);
  assert.equal(compareFile("index.html", time("1"), time("2")).status, "identical");
  assert.equal(compareFile("notes.csv", time("1"), time("2")).status, "differs");
});

Deno.test("listFiles() lists hidden files and files in sub-folders, sorted; main() refuses a missing folder", async () => {
  await withReports({ ".marker": "m", "b.csv": "", "charts/a.svg": "" }, {}, async (a, b) => {
    assert.deepEqual(await listFiles(a), [".marker", "b.csv", "charts/a.svg"]);
    assert.equal(await main([a, join(b, "missing")]), 2);
    assert.equal(await main([a]), 2);
  });
});

/**
 * The README and the pages of docs/ as a reader follows them: the README stays a page a
 * newcomer reads in minutes, it leads to every page of docs/, no link among them points
 * to a file or a heading that is not there, and the API index lists every export; and
 * the examples of src/ check what they show.
 */
import assert from "node:assert/strict";
import { readdir, readFile, stat } from "node:fs/promises";
import { dirname, join } from "node:path";
import { projectPath } from "../src/paths.ts";

/** The README's length limit, in lines. */
const README_MAX_LINES = 250;

const pages = [
  "README.md",
  ...(await readdir(projectPath("docs"))).filter((n) => n.endsWith(".md")).sort().map((n) => join("docs", n)),
];
const texts = new Map(await Promise.all(pages.map(async (p) => [p, await readFile(projectPath(p), "utf8")] as const)));

/** A heading's anchor as GitHub makes it: lower case, punctuation dropped, spaces as hyphens. */
function anchor(heading: string): string {
  return heading.trim().toLowerCase().replace(/[^\p{L}\p{N}\s_-]/gu, "").replace(/\s/g, "-");
}

/** The anchors of a markdown text's headings (outside fenced code). */
function anchors(text: string): Set<string> {
  const out = new Set<string>();
  let fenced = false;
  for (const line of text.split("\n")) {
    if (line.startsWith("```")) fenced = !fenced;
    else if (!fenced && /^#+ /.test(line)) out.add(anchor(line.replace(/^#+ /, "")));
  }
  return out;
}

/** The targets of a markdown text's inline links, `[text](target)`. */
function links(text: string): string[] {
  return [...text.matchAll(/\]\(([^)\s]+)\)/g)].map((m) => m[1]);
}

Deno.test("anchor() makes GitHub's anchor of a heading", () => {
  assert.equal(anchor("The notebooks"), "the-notebooks");
  assert.equal(anchor("Sentences, tokens, words"), "sentences-tokens-words");
  assert.equal(anchor("The targets, where they stand"), "the-targets-where-they-stand");
});

Deno.test(`README.md is at most ${README_MAX_LINES} lines`, () => {
  const lines = texts.get("README.md")!.replace(/\n$/, "").split("\n").length;
  assert.ok(lines <= README_MAX_LINES, `README.md has ${lines} lines`);
});

Deno.test("README.md links every page of docs/", () => {
  const targets = new Set(links(texts.get("README.md")!).map((t) => t.split("#")[0]));
  assert.ok(pages.length > 1, "docs/ holds no page");
  assert.deepEqual(pages.filter((p) => p !== "README.md" && !targets.has(p)), []);
});

Deno.test("every relative link of README.md and docs/ points to a file and a heading that exist", async () => {
  const broken: string[] = [];
  let checked = 0;
  for (const [page, text] of texts) {
    for (const target of links(text)) {
      if (/^[a-z]+:/.test(target)) continue;
      checked++;
      const [path, hash] = target.split("#");
      const file = path === "" ? page : join(dirname(page), path);
      const exists = await stat(projectPath(file)).then(() => true, () => false);
      if (!exists) broken.push(`${page}: ${target} (no file ${file})`);
      else if (hash !== undefined) {
        const text = texts.get(file) ?? await readFile(projectPath(file), "utf8");
        if (!anchors(text).has(hash)) broken.push(`${page}: ${target} (no heading #${hash} in ${file})`);
      }
    }
  }
  assert.ok(checked > 0, "no relative link to check");
  assert.deepEqual(broken, []);
});

/** The names `src/mod.ts` exports, values and types, as `deno doc` reads them. */
async function modExports(): Promise<string[]> {
  const { code, stdout, stderr } = await new Deno.Command(Deno.execPath(), {
    args: ["doc", "--json", projectPath("src", "mod.ts")],
    stdout: "piped",
    stderr: "piped",
  }).output();
  assert.equal(code, 0, new TextDecoder().decode(stderr));
  const doc = JSON.parse(new TextDecoder().decode(stdout));
  const mod = Object.entries(doc.nodes as Record<string, { symbols: { name: string }[] }>)
    .find(([url]) => url.endsWith("/src/mod.ts"))!;
  return mod[1].symbols.map((s) => s.name);
}

/** The names of the "## Every export" section of docs/api.md: each in backquotes, in a list item (and its continuation lines). */
function everyExportListed(page: string): string[] {
  const start = page.indexOf("\n## Every export\n");
  assert.ok(start >= 0, 'docs/api.md has no section "## Every export"');
  const end = page.indexOf("\n## ", start + 1);
  const items = page.slice(start, end < 0 ? undefined : end).split("\n").filter((l) => /^(- | {2})/.test(l));
  return items.flatMap((l) => [...l.matchAll(/`([A-Za-z_$][\w$]*)`/g)].map((m) => m[1]));
}

Deno.test("docs/api.md lists every export of src/mod.ts, values and types, once, and nothing else", async () => {
  const exported = await modExports();
  const listed = everyExportListed(texts.get("docs/api.md")!);
  assert.ok(exported.length > 100, `${exported.length} exports`);
  const exportedSet = new Set(exported);
  const listedSet = new Set(listed);
  assert.deepEqual(exported.filter((n) => !listedSet.has(n)).sort(), [], "exported but not in docs/api.md");
  assert.deepEqual(listed.filter((n) => !exportedSet.has(n)).sort(), [], "in docs/api.md but not exported");
  assert.deepEqual(listed.filter((n, i) => listed.indexOf(n) !== i), [], "listed twice");
});

Deno.test("everyExportListed() reads the names of the section's list items, not of its prose", () => {
  const page =
    "# API\n\n## Every export\n\nEvery name `prose`:\n\n- src/a.ts: `a`, `b`; types\n  `C`\n\n## Next\n\n- `d`\n";
  assert.deepEqual(everyExportListed(page), ["a", "b", "C"]);
});

/** The languages of a code block that `deno test --doc` runs (a block with no language, or `ignore`, it skips). */
const RUNNABLE = /^(js|javascript|mjs|cjs|jsx|ts|typescript|mts|cts|tsx)$/;

/**
 * The code of each example `deno test --doc` runs in a source text: a fenced block of a
 * runnable language in a JSDoc comment, its ` * ` margin removed.
 */
function docExamples(source: string): string[] {
  const out: string[] = [];
  for (const [comment] of source.matchAll(/\/\*\*[\s\S]*?\*\//g)) {
    let block: string[] | undefined;
    let fenced = false;
    for (const line of comment.split("\n").map((l) => l.replace(/^\s*\*(?: |$)/, ""))) {
      const fence = /^\s*```(.*)$/.exec(line);
      if (fence && !fenced) {
        const info = fence[1].trim().split(/\s+/);
        fenced = true;
        block = RUNNABLE.test(info[0]) && !info.includes("ignore") ? [] : undefined;
      } else if (fence) {
        if (block) out.push(block.join("\n"));
        fenced = false;
        block = undefined;
      } else block?.push(line);
    }
  }
  return out;
}

/** Whether an example checks its result: it calls `assert` or one of its methods, not just imports it. */
function asserts(code: string): boolean {
  return /\bassert(?:\.\w+)?\(/.test(code);
}

/**
 * The files of src/ with examples that assert nothing (their results only in comments),
 * and how many each has: to convert, and then to take off this list. It only shrinks: no
 * file joins it and no count grows.
 */
const EXAMPLES_WITHOUT_ASSERT: Record<string, number> = {
  "src/framing/pattern.ts": 2,
  "src/sources/kwic.ts": 1,
  "src/sources/noun_cues.ts": 1,
  "src/sources/voice.ts": 3,
  "src/stages/sources.ts": 2,
  "src/store/aggregate.ts": 4,
  "src/store/duckdb.ts": 6,
  "src/store/lock.ts": 2,
  "src/store/manifest.ts": 8,
  "src/store/parquet.ts": 2,
  "src/store/paths.ts": 1,
  "src/store/store.ts": 9,
};

Deno.test("docExamples() reads the runnable blocks of JSDoc comments, margin removed, and nothing else", () => {
  const source = [
    "/**",
    " * Doubles.",
    " *",
    " * @example",
    " * ```ts",
    ' * import assert from "node:assert/strict";',
    " * assert.equal(double(2), 4);",
    " * ```",
    " *",
    " * ```text",
    " * not code",
    " * ```",
    " *",
    " * ```ts ignore",
    ' * double("x");',
    " * ```",
    " */",
    "export const double = (x: number) => 2 * x;",
    "// ```ts",
    "// outside a JSDoc comment",
    "// ```",
    "/**",
    " * ```",
    " * a layout, no language",
    " * ```",
    " * ```js",
    " * double(3); // 6",
    " * ```",
    " */",
  ].join("\n");
  assert.deepEqual(docExamples(source), [
    'import assert from "node:assert/strict";\nassert.equal(double(2), 4);',
    "double(3); // 6",
  ]);
});

Deno.test("asserts() tells an example that calls assert from one that imports it or shows results in comments", () => {
  assert.equal(asserts('import assert from "node:assert/strict";\nassert.equal(f(), 1);'), true);
  assert.equal(asserts("assert(ok);"), true);
  assert.equal(asserts("await assert.rejects(f(), /no/);"), true);
  assert.equal(asserts('import assert from "node:assert/strict";\nf(); // 1'), false);
  assert.equal(asserts('isoWeek("2025-08-11"); // "2025-W33"'), false);
});

Deno.test("every example in src/ asserts its result, but those in EXAMPLES_WITHOUT_ASSERT, which only shrinks", async () => {
  const files = (await readdir(projectPath("src"), { recursive: true })).filter((f) => f.endsWith(".ts")).sort();
  const without: Record<string, number> = {};
  let examples = 0;
  for (const file of files) {
    const code = docExamples(await readFile(projectPath("src", file), "utf8"));
    examples += code.length;
    const n = code.filter((c) => !asserts(c)).length;
    if (n > 0) without[join("src", file)] = n;
  }
  assert.ok(examples > 300, `${examples} examples`);
  const grown = Object.entries(without).filter(([f, n]) => n > (EXAMPLES_WITHOUT_ASSERT[f] ?? 0));
  assert.deepEqual(
    grown.map(([f, n]) => `${f}: ${n}`),
    [],
    "examples that assert nothing: check their results with assert.equal/deepEqual/throws from node:assert/strict",
  );
  const shrunk = Object.entries(EXAMPLES_WITHOUT_ASSERT).filter(([f, n]) => (without[f] ?? 0) < n);
  assert.deepEqual(
    shrunk.map(([f]) => `${f}: ${without[f] ?? 0}`),
    [],
    "examples converted: lower their count in EXAMPLES_WITHOUT_ASSERT, or take the file off it at 0",
  );
});

Deno.test("every line of a JSDoc comment in src/ keeps its ` * ` margin, so that docs and examples read as written", async () => {
  const files = (await readdir(projectPath("src"), { recursive: true })).filter((f) => f.endsWith(".ts")).sort();
  const bare: string[] = [];
  for (const file of files) {
    const source = await readFile(projectPath("src", file), "utf8");
    for (const m of source.matchAll(/\/\*\*[\s\S]*?\*\//g)) {
      const first = source.slice(0, m.index).split("\n").length;
      m[0].split("\n").forEach((line, i) => {
        if (i > 0 && !/^\s*\*/.test(line)) bare.push(`src/${file}:${first + i}`);
      });
    }
  }
  assert.deepEqual(bare, []);
});

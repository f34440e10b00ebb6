/**
 * The README and the pages of docs/ as a reader follows them: the README stays a page a
 * newcomer reads in minutes, it leads to every page of docs/, no link among them points
 * to a file or a heading that is not there, and the API index lists every export.
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

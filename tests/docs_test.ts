/**
 * The README and the pages of docs/ as a reader follows them: the README stays a page a
 * newcomer reads in minutes, it leads to every page of docs/, and no link among them
 * points to a file or a heading that is not there.
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

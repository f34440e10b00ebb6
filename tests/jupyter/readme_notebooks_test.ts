/**
 * The README's notebook table and the API index (docs/api.md) against the notebooks
 * themselves: a new notebook must be listed in the README, and a new import from
 * "framelens" in one in docs/api.md.
 */
import assert from "node:assert/strict";
import { readdir, readFile } from "node:fs/promises";
import * as framelens from "../../src/mod.ts";
import { projectPath } from "../../src/paths.ts";

const readme = await readFile(projectPath("README.md"), "utf8");
const apiPage = await readFile(projectPath("docs", "api.md"), "utf8");
const notebookFiles = (await readdir(projectPath("notebooks"))).filter((n) => n.endsWith(".ipynb")).sort();

/** The names a notebook's code cells import from "framelens" (`a as b` gives `a`). */
async function framelensImports(notebook: string): Promise<string[]> {
  const nb = JSON.parse(await readFile(projectPath("notebooks", notebook), "utf8"));
  const code = nb.cells
    .filter((c: { cell_type: string }) => c.cell_type === "code")
    .map((c: { source: string | string[] }) => (Array.isArray(c.source) ? c.source.join("") : c.source))
    .join("\n");
  const names: string[] = [];
  for (const m of code.matchAll(/import\s+(?:type\s+)?\{([^}]*)\}\s*from\s*["']framelens["']/g)) {
    for (const part of m[1].split(",")) {
      const name = part.trim().replace(/^type\s+/, "").split(/\s+as\s+/)[0];
      if (name) names.push(name);
    }
  }
  return names;
}

/** The text of a section of a markdown file, from its heading to the next heading of the same or a higher level. */
function section(text: string, file: string, heading: string): string {
  const level = heading.match(/^#+/)![0].length;
  const lines = text.split("\n");
  const start = lines.indexOf(heading);
  assert.ok(start >= 0, `${file} has no section "${heading}"`);
  const end = lines.findIndex((l, i) => i > start && /^#+ /.test(l) && l.match(/^#+/)![0].length <= level);
  return lines.slice(start + 1, end < 0 ? undefined : end).join("\n");
}

const tableNotebooks = [
  ...section(readme, "README.md", "## The notebooks").matchAll(/^\| `notebooks\/([^`]+\.ipynb)`/gm),
].map((m) => m[1]);
/** The names in the API index's list by topic (its items and their continuation lines). */
const apiList = section(apiPage, "docs/api.md", "## By topic").split("\n").filter((l) => /^(- | {2})/.test(l)).join(
  "\n",
);
const apiIndex = new Set([...apiList.matchAll(/`([A-Za-z_$][\w$]*)`/g)].map((m) => m[1]));

Deno.test("README's notebook table lists every notebook in notebooks/, and no other", () => {
  assert.ok(notebookFiles.length > 0, "notebooks/ holds no notebook");
  assert.deepEqual([...tableNotebooks].sort(), notebookFiles);
});

Deno.test("docs/api.md lists everything the notebooks import from framelens", async () => {
  const missing: string[] = [];
  let imports = 0;
  for (const nb of notebookFiles) {
    const names = await framelensImports(nb);
    assert.ok(names.length > 0, `notebooks/${nb} imports nothing from "framelens"`);
    imports += names.length;
    for (const name of names) if (!apiIndex.has(name)) missing.push(`${name} (notebooks/${nb})`);
  }
  assert.ok(imports > 0);
  assert.deepEqual(missing, [], `docs/api.md lacks: ${missing.join(", ")}`);
});

Deno.test("every name in docs/api.md is exported by src/mod.ts", () => {
  assert.ok(apiIndex.size > 0, "docs/api.md names nothing");
  assert.deepEqual([...apiIndex].filter((name) => !(name in framelens)), []);
});

/**
 * The notebooks' cells that open a store: each closes it in the same cell, in a
 * `finally`, so that an error in a reading does not leave the database and its spill
 * folder open in the kernel.
 */
import assert from "node:assert/strict";
import { readdir, readFile } from "node:fs/promises";
import { projectPath } from "../../src/paths.ts";

const notebooks = (await readdir(projectPath("notebooks"))).filter((n) => n.endsWith(".ipynb")).sort();

Deno.test("every notebook cell that opens a store closes it in a finally, in the same cell", async () => {
  let opened = 0;
  for (const name of notebooks) {
    const nb = JSON.parse(await readFile(projectPath("notebooks", name), "utf8"));
    for (const [i, c] of nb.cells.entries()) {
      const code = Array.isArray(c.source) ? c.source.join("") : c.source;
      if (c.cell_type !== "code" || !code.includes("openStore(")) continue;
      opened++;
      const db = /const (\w+) = [^;]*openStore\(/.exec(code)?.[1];
      assert.ok(db, `${name} cell ${i} opens a store without naming it, so it cannot close it`);
      assert.match(
        code,
        new RegExp(`\\}\\s*finally\\s*\\{[^}]*await ${db}\\??\\.close\\(\\)`),
        `${name} cell ${i} opens the store ${db} and does not close it in a finally`,
      );
    }
  }
  assert.ok(opened >= 2, "the notebooks at scale open the store in 01 and 02");
});

/**
 * Executes every notebook of `notebooks/` in a real Jupyter (nbclient) on the Deno
 * kernel, once with the kernel started in `notebooks/` (as Jupyter does) and once in
 * the project root (as VS Code does). A notebook fails on any cell error, on a cell
 * that did not run, or on a cell tagged `chart` without an SVG output. Then checks the
 * user's kernel install (tests/jupyter/kernel_install.ts): the README's `task kernel`
 * in a new HOME, and the kernel it installs with npm's cache cleared.
 *
 * Installs Debian's Jupyter packages with apt-get when they are missing (as root), and
 * writes the Deno kernelspec users get (the pinned Deno through npx) into a
 * project-local folder put on `JUPYTER_PATH`.
 *
 * usage: deno run -A tests/jupyter/run_notebooks.ts [--write] [NOTEBOOK...]
 *   --write     save the executed notebooks (run in notebooks/) with their outputs
 *   NOTEBOOK    run only these notebooks
 * The kernel install checks run when neither is given.
 */
import { readdir } from "node:fs/promises";
import { join } from "node:path";
import { installKernel } from "../../src/report/kernel.ts";
import { PROJECT_DIR, projectPath } from "../../src/paths.ts";
import { ensureJupyter, executeNotebook } from "./jupyter.ts";
import { kernelInstallChecks } from "./kernel_install.ts";

const write = Deno.args.includes("--write");
const named = Deno.args.filter((a) => !a.startsWith("--"));
const notebooksDir = projectPath("notebooks");
const notebooks = named.length
  ? named
  : (await readdir(notebooksDir)).filter((n) => n.endsWith(".ipynb")).sort().map((n) => join(notebooksDir, n));

await ensureJupyter();
const jupyterPath = projectPath("out", ".jupyter");
await installKernel(jupyterPath);
const env = { JUPYTER_PATH: jupyterPath, NO_COLOR: "1", PYDEVD_DISABLE_FILE_VALIDATION: "1" };

let passed = 0;
let failed = 0;
function report(label: string, problems: string[], seconds: number): void {
  if (problems.length) failed++;
  else passed++;
  console.log(`${problems.length ? "FAILED" : "ok"} ${label} (${seconds.toFixed(1)}s)`);
  for (const p of problems) console.log(`  - ${p}`);
}

const cwds = write ? [notebooksDir] : [notebooksDir, PROJECT_DIR];
for (const nb of notebooks) {
  for (const cwd of cwds) {
    const started = performance.now();
    const problems = await executeNotebook(nb, cwd, { env, write });
    const label = `${nb.replace(PROJECT_DIR, "")} (kernel in ${cwd === PROJECT_DIR ? "project root" : "notebooks/"})`;
    report(label, problems, (performance.now() - started) / 1000);
  }
}
if (!write && !named.length) {
  for (const check of await kernelInstallChecks()) report(check.label, check.problems, check.seconds);
}
console.log(`notebooks: ${passed} passed, ${failed} failed`);
Deno.exit(failed ? 1 : 0);

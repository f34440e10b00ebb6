/**
 * Executes every notebook of `notebooks/` in a real Jupyter (nbclient) on the Deno
 * kernel, once with the kernel started in `notebooks/` (as Jupyter does) and once in
 * the project root (as VS Code does). A notebook fails on any cell error, on a cell
 * that did not run, or on a cell tagged `chart` without an SVG output.
 *
 * Installs Debian's Jupyter packages with apt-get when they are missing (as root), and
 * writes a Deno kernelspec into a project-local folder put on `JUPYTER_PATH`.
 *
 * usage: deno run -A tests/jupyter/run_notebooks.ts [--write] [NOTEBOOK...]
 *   --write  save the executed notebooks (run in notebooks/) with their outputs
 */
import { readdir } from "node:fs/promises";
import { join } from "node:path";
import { installKernel } from "../../src/report/kernel.ts";
import { PROJECT_DIR, projectPath } from "../../src/paths.ts";

const PYTHON = "/usr/bin/python3";
const EXECUTE = projectPath("tests", "jupyter", "execute.py");

async function run(cmd: string, args: string[], env: Record<string, string> = {}, cwd?: string) {
  const out = await new Deno.Command(cmd, { args, env, cwd, stdout: "piped", stderr: "piped" }).output();
  return {
    code: out.code,
    stdout: new TextDecoder().decode(out.stdout),
    stderr: new TextDecoder().decode(out.stderr),
  };
}

async function hasJupyter(): Promise<boolean> {
  try {
    const r = await run(PYTHON, ["-c", "import nbclient, nbformat, ipykernel"]);
    return r.code === 0;
  } catch {
    return false;
  }
}

async function ensureJupyter(): Promise<void> {
  if (await hasJupyter()) return;
  console.error(
    "Jupyter (nbclient) is missing: installing Debian's jupyter-nbconvert, python3-nbclient, python3-ipykernel",
  );
  const env = { DEBIAN_FRONTEND: "noninteractive" };
  const update = await run("apt-get", ["update"], env);
  if (update.code !== 0) throw new Error(`apt-get update failed (are you root?):\n${update.stderr}`);
  const install = await run("apt-get", [
    "install",
    "-y",
    "--no-install-recommends",
    "jupyter-nbconvert",
    "python3-nbclient",
    "python3-ipykernel",
  ], env);
  if (install.code !== 0) throw new Error(`apt-get install failed:\n${install.stderr}`);
  if (!(await hasJupyter())) throw new Error(`${PYTHON} still cannot import nbclient after apt-get install`);
}

interface CellReport {
  index: number;
  tags: string[];
  executed: boolean;
  errors: string[];
  mimes: string[];
  svg: string[];
}

interface Report {
  notebook: string;
  cwd: string;
  error: string | null;
  cells: CellReport[];
}

/** Problems of one executed notebook, empty when it passed. */
function judge(r: Report): string[] {
  const problems: string[] = [];
  if (r.error) problems.push(`execution failed: ${r.error}`);
  for (const c of r.cells) {
    if (!c.executed) problems.push(`cell ${c.index} did not run`);
    for (const e of c.errors) problems.push(`cell ${c.index} raised ${e}`);
    if (c.tags.includes("chart")) {
      if (!c.mimes.includes("image/svg+xml")) {
        problems.push(`chart cell ${c.index} produced no SVG (outputs: ${c.mimes.join(", ") || "none"})`);
      } else if (!/<svg[\s>]/.test(c.svg[0] ?? "") || !/<text/.test(c.svg[0] ?? "")) {
        problems.push(`chart cell ${c.index} produced an SVG with no text`);
      }
    }
  }
  return problems;
}

const write = Deno.args.includes("--write");
const named = Deno.args.filter((a) => !a.startsWith("--"));
const notebooksDir = projectPath("notebooks");
const notebooks = named.length
  ? named
  : (await readdir(notebooksDir)).filter((n) => n.endsWith(".ipynb")).sort().map((n) => join(notebooksDir, n));

await ensureJupyter();
const jupyterPath = projectPath("out", ".jupyter");
await installKernel(jupyterPath, Deno.execPath());
const env = { JUPYTER_PATH: jupyterPath, NO_COLOR: "1", PYDEVD_DISABLE_FILE_VALIDATION: "1" };

let passed = 0;
let failed = 0;
const cwds = write ? [notebooksDir] : [notebooksDir, PROJECT_DIR];
for (const nb of notebooks) {
  for (const cwd of cwds) {
    const started = performance.now();
    const args = [EXECUTE, nb, cwd, ...(write ? ["--write"] : [])];
    const r = await run(PYTHON, args, env);
    const label = `${nb.replace(PROJECT_DIR, "")} (kernel in ${cwd === PROJECT_DIR ? "project root" : "notebooks/"})`;
    let problems: string[];
    try {
      problems = judge(JSON.parse(r.stdout.trim().split("\n").pop() ?? "") as Report);
    } catch {
      problems = [`the runner gave no report (exit ${r.code}):\n${r.stderr.slice(-3000)}`];
    }
    const secs = ((performance.now() - started) / 1000).toFixed(1);
    if (problems.length) {
      failed++;
      console.log(`FAILED ${label} (${secs}s)`);
      for (const p of problems) console.log(`  - ${p}`);
    } else {
      passed++;
      console.log(`ok ${label} (${secs}s)`);
    }
  }
}
console.log(`notebooks: ${passed} passed, ${failed} failed`);
Deno.exit(failed ? 1 : 0);

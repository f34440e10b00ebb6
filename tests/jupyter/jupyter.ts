/**
 * What the notebook tests share: running a command, installing Debian's Jupyter when it
 * is missing, and executing one notebook with nbclient (`execute.py`) and judging it.
 *
 * @module
 */
import { projectPath } from "../../src/paths.ts";

/** Debian's Python, which has the Jupyter packages that apt-get installs. */
export const PYTHON = "/usr/bin/python3";
const EXECUTE = projectPath("tests", "jupyter", "execute.py");

/** How a command ended. */
export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Options of {@linkcode run}. */
export interface RunOptions {
  /** Variables added to the environment, or the whole environment with `clearEnv`. */
  env?: Record<string, string>;
  /** Start from an empty environment. */
  clearEnv?: boolean;
  cwd?: string;
}

/** Runs a command to its end and returns its exit code and output. */
export async function run(cmd: string, args: string[], options: RunOptions = {}): Promise<RunResult> {
  const { env = {}, clearEnv = false, cwd } = options;
  const out = await new Deno.Command(cmd, { args, env, clearEnv, cwd, stdout: "piped", stderr: "piped" }).output();
  return {
    code: out.code,
    stdout: new TextDecoder().decode(out.stdout),
    stderr: new TextDecoder().decode(out.stderr),
  };
}

/** Debian's packages that the notebook tests need. */
const PACKAGES = ["jupyter-nbconvert", "python3-nbclient", "python3-ipykernel", "python3-jupyter-client"];

async function hasJupyter(): Promise<boolean> {
  try {
    return (await run(PYTHON, ["-c", "import nbclient, nbformat, ipykernel, jupyter_client.kernelspecapp"])).code === 0;
  } catch {
    return false;
  }
}

/** Installs Debian's Jupyter with apt-get (as root) when `/usr/bin/python3` cannot import it. */
export async function ensureJupyter(): Promise<void> {
  if (await hasJupyter()) return;
  console.error(`Jupyter (nbclient) is missing: installing Debian's ${PACKAGES.join(", ")}`);
  const env = { DEBIAN_FRONTEND: "noninteractive" };
  const update = await run("apt-get", ["update"], { env });
  if (update.code !== 0) throw new Error(`apt-get update failed (are you root?):\n${update.stderr}`);
  const install = await run("apt-get", ["install", "-y", "--no-install-recommends", ...PACKAGES], { env });
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

/** Options of {@linkcode executeNotebook}. */
export interface ExecuteOptions extends Omit<RunOptions, "cwd"> {
  /** Save the executed notebook with its outputs. */
  write?: boolean;
}

/**
 * Executes a notebook on the kernel "deno" that Jupyter finds in the environment, with
 * the kernel started in `cwd`, and returns its problems: a cell error, a cell that did
 * not run, a cell tagged `chart` without an SVG output. Empty when it passed.
 */
export async function executeNotebook(notebook: string, cwd: string, options: ExecuteOptions = {}): Promise<string[]> {
  const { write = false, ...runOptions } = options;
  const r = await run(PYTHON, [EXECUTE, notebook, cwd, ...(write ? ["--write"] : [])], runOptions);
  try {
    return judge(JSON.parse(r.stdout.trim().split("\n").pop() ?? "") as Report);
  } catch {
    return [`the runner gave no report (exit ${r.code}):\n${r.stderr.slice(-3000)}`];
  }
}

/**
 * Checks of the user's kernel install, as a new user does it, each in a temporary HOME:
 *
 * 1. the README's `npx --yes deno@VERSION task kernel` with only HOME and PATH set
 *    installs the kernelspec "deno" where Jupyter finds it (`jupyter kernelspec list`),
 *    and a notebook runs on it;
 * 2. with npm's cache cleared (the temporary HOME's, and `npm_config_cache` a new empty
 *    folder: the user's own cache is never touched), that kernelspec still starts: npx
 *    downloads the pinned Deno again, and the notebook runs.
 *
 * Run by tests/jupyter/run_notebooks.ts; on its own:
 * usage: deno run -A tests/jupyter/kernel_install.ts [NOTEBOOK]
 *
 * @module
 */
import { readdir, readFile, rm } from "node:fs/promises";
import { dirname, join } from "node:path";
import { DENO_VERSION, denoCommand, kernelSpec, npxCommand } from "../../src/report/kernel.ts";
import { PROJECT_DIR, projectPath } from "../../src/paths.ts";
import { ensureJupyter, executeNotebook, PYTHON, run } from "./jupyter.ts";

/** The result of one check. */
export interface Check {
  label: string;
  problems: string[];
  seconds: number;
}

/** The notebook run on the installed kernel: the first, the quickest. */
export const DEFAULT_NOTEBOOK = projectPath("notebooks", "01-corpus.ipynb");

/**
 * A new user's environment: HOME and PATH, and how this machine reaches the npm
 * registry. Deno trusts only its own certificate authorities unless told to read the
 * system's too; where HTTPS goes through a proxy with its own authority (as here, where
 * npm trusts it through its global npmrc) Deno needs that to download its packages.
 */
function userEnv(home: string): Record<string, string> {
  const env: Record<string, string> = { HOME: home, PATH: Deno.env.get("PATH") ?? "" };
  for (const name of ["DENO_CERT", "HTTPS_PROXY", "https_proxy", "NO_PROXY", "no_proxy"]) {
    const value = Deno.env.get(name);
    if (value) env[name] = value;
  }
  env.DENO_TLS_CA_STORE = Deno.env.get("DENO_TLS_CA_STORE") ?? "system,mozilla";
  return env;
}

/** What the notebook's Python needs besides the user's environment. */
const PYTHON_ENV = { NO_COLOR: "1", PYDEVD_DISABLE_FILE_VALIDATION: "1" };

function kernelFile(home: string): string {
  return join(home, ".local", "share", "jupyter", "kernels", "deno", "kernel.json");
}

function tail(text: string): string {
  return text.split("\n").filter((l) => !l.startsWith("npm notice")).join("\n").slice(-3000);
}

/** Check 1: the README's command, `jupyter kernelspec list`, and a notebook on the kernel. */
async function documentedInstall(home: string, notebook: string): Promise<string[]> {
  const env = userEnv(home);
  const install = await run("npx", ["--yes", `deno@${DENO_VERSION}`, "task", "kernel"], {
    env,
    clearEnv: true,
    cwd: PROJECT_DIR,
  });
  if (install.code !== 0) return [`deno task kernel failed (exit ${install.code}):\n${tail(install.stderr)}`];

  const problems: string[] = [];
  const file = kernelFile(home);
  let argv: string[] = [];
  try {
    argv = JSON.parse(await readFile(file, "utf8")).argv;
  } catch (e) {
    return [`deno task kernel wrote no ${file}: ${e instanceof Error ? e.message : e}`];
  }
  const expected = kernelSpec(denoCommand([], npxCommand(env.PATH))).argv;
  if (JSON.stringify(argv) !== JSON.stringify(expected)) {
    problems.push(`${file} runs ${JSON.stringify(argv)}, not ${JSON.stringify(expected)}`);
  }

  const list = await run(PYTHON, ["-m", "jupyter_client.kernelspecapp", "list", "--json"], {
    env: { ...env, ...PYTHON_ENV },
    clearEnv: true,
  });
  let listed: string | undefined;
  try {
    listed = JSON.parse(list.stdout).kernelspecs?.deno?.resource_dir;
  } catch {
    problems.push(`jupyter kernelspec list failed (exit ${list.code}):\n${tail(list.stderr)}`);
  }
  if (list.code === 0 && listed !== dirname(file)) {
    problems.push(`jupyter kernelspec list gives the kernel "deno" in ${listed ?? "no folder"}, not ${dirname(file)}`);
  }
  problems.push(
    ...await executeNotebook(notebook, projectPath("notebooks"), { env: { ...env, ...PYTHON_ENV }, clearEnv: true }),
  );
  return problems;
}

/** The versions of Deno that npx installed into an npm cache. */
async function npxDenos(cache: string): Promise<string[]> {
  const versions: string[] = [];
  for (const dir of await readdir(join(cache, "_npx")).catch(() => [])) {
    try {
      const pkg = JSON.parse(await readFile(join(cache, "_npx", dir, "node_modules", "deno", "package.json"), "utf8"));
      versions.push(pkg.version);
    } catch {
      // another package's folder
    }
  }
  return versions;
}

/** Check 2: the installed kernelspec with the npm cache it was installed from gone. */
async function clearedCache(home: string, cache: string, notebook: string): Promise<string[]> {
  try {
    await Deno.stat(kernelFile(home));
  } catch {
    return [`no kernelspec installed in ${kernelFile(home)}`];
  }
  // The temporary HOME's npm cache, where `npx deno@...` ran the install from.
  await rm(join(home, ".npm"), { recursive: true, force: true });
  const env = { ...userEnv(home), ...PYTHON_ENV, npm_config_cache: cache };
  const problems = await executeNotebook(notebook, projectPath("notebooks"), { env, clearEnv: true });
  const versions = await npxDenos(cache);
  if (!versions.includes(DENO_VERSION)) {
    problems.push(`npx did not install deno@${DENO_VERSION} into the new npm cache ${cache} (found: ${versions})`);
  }
  return problems;
}

async function timed(label: string, check: () => Promise<string[]>): Promise<Check> {
  const started = performance.now();
  const problems = await check();
  return { label, problems, seconds: (performance.now() - started) / 1000 };
}

/**
 * Runs both checks in a new temporary HOME, `notebook` on the installed kernel, and
 * removes the temporary folders.
 */
export async function kernelInstallChecks(notebook: string = DEFAULT_NOTEBOOK): Promise<Check[]> {
  const home = await Deno.makeTempDir({ prefix: "framelens-home-" });
  const cache = await Deno.makeTempDir({ prefix: "framelens-npm-cache-" });
  try {
    return [
      await timed(
        `kernel install: npx --yes deno@${DENO_VERSION} task kernel with a new HOME, then a notebook on it`,
        () => documentedInstall(home, notebook),
      ),
      await timed(
        "kernel install: the installed kernel with npm's cache cleared",
        () => clearedCache(home, cache, notebook),
      ),
    ];
  } finally {
    await rm(home, { recursive: true, force: true });
    await rm(cache, { recursive: true, force: true });
  }
}

if (import.meta.main) {
  await ensureJupyter();
  let failed = 0;
  for (const check of await kernelInstallChecks(Deno.args[0])) {
    console.log(`${check.problems.length ? "FAILED" : "ok"} ${check.label} (${check.seconds.toFixed(1)}s)`);
    for (const p of check.problems) console.log(`  - ${p}`);
    if (check.problems.length) failed++;
  }
  console.log(`kernel install: ${2 - failed} passed, ${failed} failed`);
  Deno.exit(failed ? 1 : 0);
}

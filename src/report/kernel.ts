/**
 * The Deno Jupyter kernelspec: written for the user by `deno task kernel`, and into a
 * project-local folder by the notebook tests.
 *
 * The kernelspec starts the pinned Deno through npx, not the deno executable that ran
 * the install: after `npx deno@VERSION task kernel` that executable lives in npm's npx
 * cache and is gone when the cache is cleared, while npx finds the pinned Deno in its
 * cache or downloads it again.
 *
 * @module
 */
import { mkdir, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";

/** The Deno version framelens runs on, as `npx --yes deno@VERSION` in the README and CI. */
export const DENO_VERSION = "2.9.6";

/** The kernelspec's name, as notebooks name it in their metadata. */
export const KERNEL_NAME = "deno";

/** The operating systems as `Deno.build.os` names them. */
export type OsName = typeof Deno.build.os;

/**
 * The command that runs the pinned Deno through npx, followed by `args`:
 * `[...npx, "--yes", "--prefer-offline", "deno@DENO_VERSION", ...args]`. `--prefer-offline`
 * takes Deno from npm's cache without asking the registry when it is there (a kernel
 * starts in about 0.6 s more than the bare executable), and downloads it when it is not.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { denoCommand } from "./kernel.ts";
 * assert.deepEqual(denoCommand(["--version"], ["/usr/bin/node", "/usr/bin/npx"]), [
 *   "/usr/bin/node",
 *   "/usr/bin/npx",
 *   "--yes",
 *   "--prefer-offline",
 *   "deno@2.9.6",
 *   "--version",
 * ]);
 * ```
 *
 * @param args Deno's arguments.
 * @param npx The command that runs npx (default: {@linkcode npxCommand} on this PATH).
 */
export function denoCommand(args: string[] = [], npx: string[] = npxCommand()): string[] {
  return [...npx, "--yes", "--prefer-offline", `deno@${DENO_VERSION}`, ...args];
}

/**
 * The command that runs npx, with absolute paths found on `path` when the kernelspec is
 * installed: `[node, npx]`, so that neither Jupyter's PATH nor npx's `#!/usr/bin/env node`
 * line decides which node runs npx. Where npx is not a JavaScript file (a shim of a
 * version manager), it is run on its own: `[npx]`. On Windows, npx is the `npx-cli.js` of
 * the npm beside `node.exe`.
 *
 * When npm's cache no longer holds Deno, npx installs it again and the package's install
 * script runs `node` from the kernel's PATH: Jupyter's, plus npm's own folders.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { npxCommand } from "./kernel.ts";
 * const dir = await Deno.makeTempDir(); // a PATH folder with node and npx, as Debian's /usr/bin
 * await Deno.writeTextFile(`${dir}/node`, "", { mode: 0o755 });
 * await Deno.writeTextFile(`${dir}/npx`, "#!/usr/bin/env node\n", { mode: 0o755 });
 * assert.deepEqual(npxCommand(dir, "linux"), [`${dir}/node`, `${dir}/npx`]);
 * await Deno.writeTextFile(`${dir}/npx`, "#!/bin/sh\n", { mode: 0o755 }); // a version manager's shim
 * assert.deepEqual(npxCommand(dir, "linux"), [`${dir}/npx`]);
 * await Deno.remove(dir, { recursive: true });
 * ```
 *
 * @param path A list of folders like `PATH` (default: this process's).
 * @param os The operating system, which decides the separator and the file names.
 * @throws When node or npx is not found.
 */
export function npxCommand(path: string = Deno.env.get("PATH") ?? "", os: OsName = Deno.build.os): string[] {
  const windows = os === "windows";
  const dirs = path.split(windows ? ";" : ":").filter((d) => d !== "");
  const node = onPath(dirs, windows ? "node.exe" : "node", windows);
  if (!node) throw new Error(`Cannot write the Deno kernelspec: no node executable on PATH (${path})`);
  const npx = windows ? join(dirname(node), "node_modules", "npm", "bin", "npx-cli.js") : onPath(dirs, "npx", false);
  if (!npx || !isFile(npx, true)) {
    throw new Error(`Cannot write the Deno kernelspec: no npx ${windows ? `beside ${node}` : `on PATH (${path})`}`);
  }
  return isNodeScript(npx) ? [node, npx] : [npx];
}

/** The first executable file called `name` in `dirs`. */
function onPath(dirs: string[], name: string, windows: boolean): string | undefined {
  return dirs.map((d) => join(d, name)).find((p) => isFile(p, windows));
}

function isFile(path: string, anyMode: boolean): boolean {
  try {
    const info = Deno.statSync(path);
    return info.isFile && (anyMode || ((info.mode ?? 0o111) & 0o111) !== 0);
  } catch {
    return false;
  }
}

/** Whether node can run the file: a `.js` file (behind any links) or one with a node `#!` line. */
function isNodeScript(path: string): boolean {
  if (/\.[cm]?js$/.test(Deno.realPathSync(path))) return true;
  const file = Deno.openSync(path);
  try {
    const head = new Uint8Array(128);
    const n = file.readSync(head) ?? 0;
    const line = new TextDecoder().decode(head.subarray(0, n)).split("\n")[0];
    return line.startsWith("#!") && /\bnode\b/.test(line);
  } finally {
    file.close();
  }
}

/**
 * The `kernel.json` that runs `deno jupyter --kernel` through the command `deno`.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { kernelSpec } from "./kernel.ts";
 * assert.deepEqual(kernelSpec(["/usr/local/bin/deno"]).argv, [
 *   "/usr/local/bin/deno",
 *   "jupyter",
 *   "--kernel",
 *   "--conn",
 *   "{connection_file}",
 * ]);
 * ```
 *
 * @param deno The command that runs Deno, as {@linkcode denoCommand} gives it.
 */
export function kernelSpec(deno: string[]): Record<string, unknown> & { argv: string[] } {
  return {
    argv: [...deno, "jupyter", "--kernel", "--conn", "{connection_file}"],
    display_name: "Deno",
    language: "typescript",
    env: { NO_COLOR: "1" },
  };
}

/**
 * The user's Jupyter data folder, where Jupyter looks for the user's kernelspecs:
 * `$JUPYTER_DATA_DIR`, else `~/Library/Jupyter` on macOS, `%APPDATA%\jupyter` on Windows,
 * and `$XDG_DATA_HOME/jupyter` or `~/.local/share/jupyter` elsewhere, with `~` read from
 * `HOME` (Deno's `homedir()` would need `--allow-sys`).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { userJupyterDir } from "./kernel.ts";
 * assert.equal(userJupyterDir({ HOME: "/home/me" }, "linux"), "/home/me/.local/share/jupyter");
 * ```
 *
 * @param env The environment (default: this process's).
 * @param os The operating system.
 * @throws When the folder depends on a variable that is not set (HOME, or APPDATA on Windows).
 */
export function userJupyterDir(
  env: Record<string, string | undefined> = Deno.env.toObject(),
  os: OsName = Deno.build.os,
): string {
  const set = (name: string) => env[name] || undefined;
  const home = () => {
    const home = set("HOME");
    if (!home) {
      throw new Error(
        "Cannot find the Jupyter data folder: HOME is not set. Set HOME, or JUPYTER_DATA_DIR to the folder, " +
          "or give the folder: deno task kernel DATA_DIR",
      );
    }
    return home;
  };
  const dataDir = set("JUPYTER_DATA_DIR");
  if (dataDir) return dataDir;
  if (os === "darwin") return join(home(), "Library", "Jupyter");
  if (os === "windows") {
    const appData = set("APPDATA");
    if (!appData) throw new Error("Cannot find the Jupyter data folder: APPDATA is not set. Set JUPYTER_DATA_DIR");
    return join(appData, "jupyter");
  }
  return join(set("XDG_DATA_HOME") ?? join(home(), ".local", "share"), "jupyter");
}

/**
 * Writes the Deno kernelspec under `DATA_DIR/kernels/deno/kernel.json`.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { installKernel } from "./kernel.ts";
 * const dir = await Deno.makeTempDir();
 * const file = await installKernel(dir, ["/usr/local/bin/deno"]);
 * assert.equal(file, `${dir}/kernels/deno/kernel.json`);
 * assert.equal(JSON.parse(await Deno.readTextFile(file)).argv[0], "/usr/local/bin/deno");
 * await Deno.remove(dir, { recursive: true });
 * ```
 *
 * @param dataDir A Jupyter data folder (one on `JUPYTER_PATH`, or the user's).
 * @param deno The command that runs Deno (default: the pinned Deno through npx).
 * @returns The path of the kernel.json written.
 */
export async function installKernel(dataDir: string, deno: string[] = denoCommand()): Promise<string> {
  const dir = join(dataDir, "kernels", KERNEL_NAME);
  await mkdir(dir, { recursive: true });
  const file = join(dir, "kernel.json");
  await writeFile(file, JSON.stringify(kernelSpec(deno), null, 2) + "\n");
  return file;
}

if (import.meta.main) {
  try {
    const deno = denoCommand();
    const file = await installKernel(Deno.args[0] ?? userJupyterDir(), deno);
    console.log(`Installed the Deno kernel for Jupyter: ${file}`);
    console.log(`It starts Deno ${DENO_VERSION} through npx: ${deno.join(" ")}`);
    console.log(
      'Open the notebooks in Jupyter Notebook (`jupyter notebook notebooks/`; on Debian: apt-get install jupyter-notebook), in JupyterLab (`jupyter lab notebooks/`) or in VS Code with the Jupyter extension, and choose the kernel "Deno".',
    );
  } catch (e) {
    console.error(e instanceof Error ? e.message : String(e));
    Deno.exit(1);
  }
}

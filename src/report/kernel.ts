/**
 * The Deno Jupyter kernelspec: written for the user by `deno task kernel`, and into a
 * project-local folder by the notebook tests.
 *
 * @module
 */
import { mkdir, writeFile } from "node:fs/promises";
import { homedir } from "node:os";
import { join } from "node:path";

/** The kernelspec's name, as notebooks name it in their metadata. */
export const KERNEL_NAME = "deno";

/**
 * The `kernel.json` for a Deno executable.
 *
 * @example
 * ```ts
 * kernelSpec("/usr/local/bin/deno").argv[0]; // "/usr/local/bin/deno"
 * ```
 */
export function kernelSpec(denoPath: string): Record<string, unknown> & { argv: string[] } {
  return {
    argv: [denoPath, "jupyter", "--kernel", "--conn", "{connection_file}"],
    display_name: "Deno",
    language: "typescript",
    env: { NO_COLOR: "1" },
  };
}

/**
 * The user's Jupyter data folder: `$JUPYTER_DATA_DIR`, else the platform default.
 *
 * @example
 * ```ts
 * userJupyterDir(); // "/home/me/.local/share/jupyter" on Linux
 * ```
 */
export function userJupyterDir(): string {
  const env = Deno.env.get("JUPYTER_DATA_DIR");
  if (env) return env;
  if (Deno.build.os === "darwin") return join(homedir(), "Library", "Jupyter");
  if (Deno.build.os === "windows") return join(Deno.env.get("APPDATA") ?? homedir(), "jupyter");
  return join(Deno.env.get("XDG_DATA_HOME") ?? join(homedir(), ".local", "share"), "jupyter");
}

/**
 * Writes the Deno kernelspec under `DATA_DIR/kernels/deno/kernel.json`.
 *
 * @example
 * ```ts
 * const file = await installKernel(userJupyterDir(), Deno.execPath());
 * ```
 *
 * @param dataDir A Jupyter data folder (one on `JUPYTER_PATH`, or the user's).
 * @param denoPath The absolute path of the deno executable the kernel runs.
 * @returns The path of the kernel.json written.
 */
export async function installKernel(dataDir: string, denoPath: string = Deno.execPath()): Promise<string> {
  const dir = join(dataDir, "kernels", KERNEL_NAME);
  await mkdir(dir, { recursive: true });
  const file = join(dir, "kernel.json");
  await writeFile(file, JSON.stringify(kernelSpec(denoPath), null, 2) + "\n");
  return file;
}

if (import.meta.main) {
  const file = await installKernel(Deno.args[0] ?? userJupyterDir());
  console.log(`Installed the Deno kernel for Jupyter: ${file}`);
  console.log('Open the notebooks with `jupyter lab notebooks/` or in VS Code (choose the kernel "Deno").');
}

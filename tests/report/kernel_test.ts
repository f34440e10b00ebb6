import assert from "node:assert/strict";
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import {
  DENO_VERSION,
  denoCommand,
  installKernel,
  kernelSpec,
  npxCommand,
  userJupyterDir,
} from "../../src/report/kernel.ts";
import { PROJECT_DIR, projectPath } from "../../src/paths.ts";

const NPX = ["/usr/bin/node", "/usr/bin/npx"];

Deno.test("denoCommand() runs the pinned Deno through npx, from npm's cache when it is there", () => {
  assert.equal(DENO_VERSION, "2.9.6");
  assert.deepEqual(denoCommand(["--version"], NPX), [
    "/usr/bin/node",
    "/usr/bin/npx",
    "--yes",
    "--prefer-offline",
    "deno@2.9.6",
    "--version",
  ]);
});

Deno.test("kernelSpec() runs `deno jupyter --kernel` through the given command without colours", () => {
  const spec = kernelSpec(denoCommand([], NPX));
  assert.deepEqual(spec.argv, [
    "/usr/bin/node",
    "/usr/bin/npx",
    "--yes",
    "--prefer-offline",
    "deno@2.9.6",
    "jupyter",
    "--kernel",
    "--conn",
    "{connection_file}",
  ]);
  assert.deepEqual(kernelSpec(["/opt/deno"]).argv, ["/opt/deno", "jupyter", "--kernel", "--conn", "{connection_file}"]);
  assert.deepEqual(spec.env, { NO_COLOR: "1" });
  assert.equal(spec.language, "typescript");
});

Deno.test("installKernel() writes kernels/deno/kernel.json under the data folder", async () => {
  const dir = await Deno.makeTempDir();
  try {
    const file = await installKernel(dir, ["/opt/deno"]);
    assert.equal(file, join(dir, "kernels", "deno", "kernel.json"));
    assert.deepEqual(JSON.parse(await readFile(file, "utf8")).argv[0], "/opt/deno");
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

/** Writes an executable file. */
async function executable(path: string, text: string): Promise<void> {
  await Deno.writeTextFile(path, text);
  await Deno.chmod(path, 0o755);
}

Deno.test("npxCommand() runs npx's script with the node found first on PATH, by absolute paths", async () => {
  const dir = await Deno.makeTempDir();
  try {
    for (const d of ["a", "b", "lib"]) await Deno.mkdir(join(dir, d));
    await Deno.writeTextFile(join(dir, "a", "node"), "not executable");
    await executable(join(dir, "b", "node"), "");
    await executable(join(dir, "lib", "npx-cli.js"), "#!/usr/bin/env node\n");
    await Deno.symlink(join(dir, "lib", "npx-cli.js"), join(dir, "b", "npx"));
    const path = ["", join(dir, "a"), join(dir, "b")].join(":");
    assert.deepEqual(npxCommand(path, "linux"), [join(dir, "b", "node"), join(dir, "b", "npx")]);
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("npxCommand() runs an npx that is not a node script on its own", async () => {
  const dir = await Deno.makeTempDir();
  try {
    await executable(join(dir, "node"), "");
    await executable(join(dir, "npx"), '#!/bin/sh\nexec volta run npx "$@"\n');
    assert.deepEqual(npxCommand(dir, "linux"), [join(dir, "npx")]);
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("npxCommand() says which of node and npx is missing from PATH", async () => {
  const dir = await Deno.makeTempDir();
  try {
    assert.throws(() => npxCommand(dir, "linux"), new RegExp(`no node executable on PATH \\(${dir}\\)`));
    await executable(join(dir, "node"), "");
    assert.throws(() => npxCommand(dir, "linux"), new RegExp(`no npx on PATH \\(${dir}\\)`));
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("userJupyterDir() is where Jupyter looks for the user's kernels, from the environment alone", () => {
  assert.equal(userJupyterDir({ HOME: "/home/me" }, "linux"), "/home/me/.local/share/jupyter");
  assert.equal(userJupyterDir({ HOME: "/home/me", XDG_DATA_HOME: "/data" }, "linux"), "/data/jupyter");
  assert.equal(userJupyterDir({ XDG_DATA_HOME: "/data" }, "linux"), "/data/jupyter");
  assert.equal(userJupyterDir({ HOME: "/home/me", JUPYTER_DATA_DIR: "/j" }, "linux"), "/j");
  assert.equal(userJupyterDir({ HOME: "/Users/me" }, "darwin"), "/Users/me/Library/Jupyter");
  assert.equal(userJupyterDir({ APPDATA: "/roaming" }, "windows"), join("/roaming", "jupyter"));
});

Deno.test("userJupyterDir() says that HOME is not set, and what to set instead", () => {
  assert.throws(() => userJupyterDir({}, "linux"), /HOME is not set\. Set HOME, or JUPYTER_DATA_DIR/);
  assert.throws(() => userJupyterDir({ HOME: "" }, "darwin"), /HOME is not set/);
  assert.throws(() => userJupyterDir({}, "windows"), /APPDATA is not set/);
});

Deno.test("`deno task kernel` with only HOME and PATH set installs the kernelspec into HOME's Jupyter folder", async () => {
  const home = await Deno.makeTempDir();
  try {
    // Deno's own cache is this process's, so that the task reads its packages from it.
    const info = await new Deno.Command(Deno.execPath(), { args: ["info", "--json"], stdout: "piped" }).output();
    const denoDir = JSON.parse(new TextDecoder().decode(info.stdout)).denoDir as string;
    const out = await new Deno.Command(Deno.execPath(), {
      args: ["task", "kernel"],
      cwd: PROJECT_DIR,
      clearEnv: true,
      env: { HOME: home, PATH: Deno.env.get("PATH") ?? "", DENO_DIR: denoDir, NO_COLOR: "1" },
      stdout: "piped",
      stderr: "piped",
    }).output();
    const file = join(home, ".local", "share", "jupyter", "kernels", "deno", "kernel.json");
    assert.equal(out.code, 0, new TextDecoder().decode(out.stderr));
    assert.match(new TextDecoder().decode(out.stdout), new RegExp(`Installed the Deno kernel for Jupyter: ${file}`));
    assert.deepEqual(JSON.parse(await readFile(file, "utf8")), kernelSpec(denoCommand()));
  } finally {
    await Deno.remove(home, { recursive: true });
  }
});

/** The Deno versions a file runs, as `deno@VERSION`. */
async function denoVersions(file: string): Promise<string[]> {
  return [...(await readFile(projectPath(file), "utf8")).matchAll(/deno@([0-9][^\s`"']*)/g)].map((m) => m[1]);
}

Deno.test("README.md and .ci/run run the Deno of DENO_VERSION", async () => {
  for (const file of ["README.md", ".ci/run"]) {
    const versions = await denoVersions(file);
    assert.ok(versions.length > 0, `${file} never runs deno@${DENO_VERSION}`);
    assert.deepEqual(versions.filter((v) => v !== DENO_VERSION), [], `${file} runs another Deno than ${DENO_VERSION}`);
  }
});

Deno.test("the pages of docs/ run no other Deno than DENO_VERSION", async () => {
  const pages = (await readdir(projectPath("docs"))).filter((name) => name.endsWith(".md"));
  assert.ok(pages.length > 0, "docs/ holds no page");
  for (const page of pages) {
    const file = join("docs", page);
    assert.deepEqual((await denoVersions(file)).filter((v) => v !== DENO_VERSION), [], `${file} runs another Deno`);
  }
});

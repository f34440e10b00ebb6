import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { installKernel, kernelSpec } from "../../src/report/kernel.ts";

Deno.test("kernelSpec() runs the given deno as a Jupyter kernel without colours", () => {
  const spec = kernelSpec("/opt/deno");
  assert.deepEqual(spec.argv, ["/opt/deno", "jupyter", "--kernel", "--conn", "{connection_file}"]);
  assert.deepEqual(spec.env, { NO_COLOR: "1" });
  assert.equal(spec.language, "typescript");
});

Deno.test("installKernel() writes kernels/deno/kernel.json under the data folder", async () => {
  const dir = await Deno.makeTempDir();
  try {
    const file = await installKernel(dir, "/opt/deno");
    assert.equal(file, join(dir, "kernels", "deno", "kernel.json"));
    assert.deepEqual(JSON.parse(await readFile(file, "utf8")).argv[0], "/opt/deno");
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

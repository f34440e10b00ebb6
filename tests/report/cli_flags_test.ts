import assert from "node:assert/strict";
import { main } from "../../src/report/report_cli.ts";

/** The exit code of `main(args)` and what it printed on standard error. */
async function run(args: string[]): Promise<{ code: number; errors: string[] }> {
  const errors: string[] = [];
  const error = console.error;
  console.error = (line: string) => errors.push(line);
  try {
    return { code: await main(args), errors };
  } finally {
    console.error = error;
  }
}

Deno.test("main() refuses --no-cache with --cache, naming both, before reading anything", async () => {
  const { code, errors } = await run(["--no-cache", "--cache", "/tmp/framelens-cache", "--corpus", "/nonexistent"]);
  assert.equal(code, 2);
  assert.deepEqual(errors, [
    "error: --no-cache and --cache /tmp/framelens-cache contradict each other: give one of them",
  ]);
});

/**
 * The store in the cache survives a report killed while it writes it: after SIGKILL at
 * moments spread over the writing, the store opens and passes its checksums, the last
 * report is whole, and the next run finishes with the same tables.
 */
import assert from "node:assert/strict";
import { readdir } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { DEFAULT_CORPUS_DIR } from "../../src/corpus/load.ts";
import { runReport } from "../../src/report/report_cli.ts";
import { storeDirOf } from "../../src/pipeline/article_store.ts";
import { openStore } from "../../src/store/store.ts";
import { withTempDir } from "../fixtures/temp_dir.ts";

const CLI = fileURLToPath(new URL("../../src/report/report_cli.ts", import.meta.url));

/** The CSV tables of a report folder, by name (index.html holds the run's time and is left out). */
async function tables(dir: string): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const name of (await readdir(dir)).filter((n) => n.endsWith(".csv")).sort()) {
    out.set(name, await Deno.readTextFile(join(dir, name)));
  }
  return out;
}

/**
 * Runs the report command with `--force`, waits until it has the store open for writing
 * (its spill folder, named after its process id, appears), then `ms` milliseconds more,
 * and kills it with SIGKILL. Returns whether it was seen with the store open.
 */
async function killInStore(out: string, cache: string, ms: number): Promise<boolean> {
  const child = new Deno.Command(Deno.execPath(), {
    args: ["run", "-A", CLI, "--corpus", DEFAULT_CORPUS_DIR, "--out", out, "--cache", cache, "--force"],
    stdout: "null",
    stderr: "null",
  }).spawn();
  let ended = false;
  child.status.then(() => ended = true);
  const spill = join(storeDirOf(cache), "tmp");
  let seen = false;
  while (!ended && !seen) {
    seen = (await readdir(spill).catch(() => [])).some((n) => n.startsWith(`${child.pid}-`));
    if (!seen) await new Promise((r) => setTimeout(r, 2));
  }
  if (seen && ms) await new Promise((r) => setTimeout(r, ms));
  try {
    child.kill("SIGKILL");
  } catch {
    // it had already finished
  }
  await child.status;
  return seen;
}

Deno.test({
  name: "a report killed while it writes the store leaves the store and the last report whole; the next run finishes",
  sanitizeResources: false,
  fn: async () => {
    await withTempDir(async (dir) => {
      const out = join(dir, "report");
      const cache = join(dir, "cache");
      const options = { corpus: DEFAULT_CORPUS_DIR, out, cache, log: () => {} };
      await runReport(options);
      const before = await tables(out);
      assert.ok(before.has("terms.csv"));
      // Killed while writing the store: at once, and after a few moments spread over the writing.
      for (const ms of [0, 5, 20, 50, 100, 200, 400]) {
        assert.ok(await killInStore(out, cache, ms), "the run was killed with the store open");
        const store = await openStore(storeDirOf(cache), { corpusDir: DEFAULT_CORPUS_DIR }); // checksums checked
        const [{ n }] = await store.query("select count(*) as n from article_terms");
        await store.close();
        assert.ok(Number(n) > 0, `the store holds its rows after a kill ${ms} ms into the store`);
        assert.deepEqual(await tables(out), before, `the last report is whole after a kill ${ms} ms into the store`);
      }
      await runReport({ ...options, force: true });
      assert.deepEqual(await tables(out), before);
    });
  },
});

Deno.test("two reports started at once on the same cache both finish, with the same tables, and the store stays whole", async () => {
  await withTempDir(async (dir) => {
    const cache = join(dir, "cache");
    const run = (out: string) =>
      new Deno.Command(Deno.execPath(), {
        args: ["run", "-A", CLI, "--corpus", DEFAULT_CORPUS_DIR, "--out", out, "--cache", cache],
        stdout: "null",
        stderr: "piped",
      }).output();
    const [a, b] = await Promise.all([run(join(dir, "a")), run(join(dir, "b"))]);
    assert.equal(a.code, 0, new TextDecoder().decode(a.stderr));
    assert.equal(b.code, 0, new TextDecoder().decode(b.stderr));
    assert.deepEqual(await tables(join(dir, "a")), await tables(join(dir, "b")));
    const store = await openStore(storeDirOf(cache), { corpusDir: DEFAULT_CORPUS_DIR }); // checksums checked
    await store.close();
  });
});

/**
 * Nothing is lost: a report run killed part-way leaves the previous report whole, and
 * the next run repairs or removes what the killed one left beside it.
 */
import assert from "node:assert/strict";
import { readdir, rename } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { DEFAULT_CORPUS_DIR } from "../../src/corpus/load.ts";
import { runReport } from "../../src/report/report_cli.ts";
import { recoverReportFolder, REPORT_MARKER } from "../../src/report/write.ts";

const CLI = fileURLToPath(new URL("../../src/report/report_cli.ts", import.meta.url));

/** Every file under a folder with its bytes, by relative path. */
async function snapshot(dir: string): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    const hash = await crypto.subtle.digest("SHA-256", await Deno.readFile(path));
    files.set(
      path.slice(dir.length + 1),
      [...new Uint8Array(hash)].map((b) => b.toString(16).padStart(2, "0")).join(""),
    );
  }
  return files;
}

const siblings = async (parent: string) => (await readdir(parent)).filter((n) => n !== "report").sort();

/**
 * Starts the report command on the seed corpus, waits for its temporary folder to
 * appear beside `out`, waits `after` ms more, and kills it with SIGKILL.
 */
async function killPartWay(out: string, parent: string, after: number): Promise<{ pid: number; code: number | null }> {
  const child = new Deno.Command(Deno.execPath(), {
    args: ["run", "-A", CLI, "--corpus", DEFAULT_CORPUS_DIR, "--out", out, "--no-cache"],
    stdout: "null",
    stderr: "null",
  }).spawn();
  const started = Date.now();
  let seen = false;
  while (Date.now() - started < 60_000) {
    if ((await readdir(parent)).some((n) => n.startsWith(".report.tmp-"))) {
      seen = true;
      break;
    }
    await new Promise((r) => setTimeout(r, 5));
  }
  if (after) await new Promise((r) => setTimeout(r, after));
  try {
    child.kill("SIGKILL");
  } catch {
    // it had already finished
  }
  const status = await child.status;
  assert.ok(seen, "the run built its report in a temporary folder beside the target");
  return { pid: child.pid, code: status.code };
}

Deno.test({
  name: "a report run killed part-way leaves the previous report intact, and the next run cleans up after it",
  sanitizeResources: false,
  async fn() {
    const parent = await Deno.makeTempDir({ prefix: "framelens-interrupt-" });
    try {
      const out = join(parent, "report");
      await runReport({ out, log: () => {}, cache: false });
      const before = await snapshot(out);
      assert.ok(before.has("index.html") && before.has(REPORT_MARKER) && before.size > 10);

      let killed = 0;
      for (const after of [0, 60, 250]) {
        const { pid, code } = await killPartWay(out, parent, after);
        if (code === 0) continue; // finished before the kill: a new, whole report
        killed++;
        assert.deepEqual(await snapshot(out), before, `killed ${after} ms after it started writing (pid ${pid})`);
        assert.ok(
          (await siblings(parent)).every((n) => /^\.report\.(tmp|old)-/.test(n)),
          "only the killed run's own folders are left beside the report",
        );
      }
      assert.ok(killed >= 1, "at least one run was killed before it finished");

      // A run killed between its two renames: the previous report moved aside, the new one not yet in place.
      const dead = (await killPartWay(out, parent, 0)).pid;
      const current = await snapshot(out);
      await rename(out, join(parent, `.report.old-${Date.now().toString(36)}-${dead}-zz`));
      const done = await recoverReportFolder(out);
      assert.ok(done.some((d) => d.startsWith("restored the previous report")), done.join("\n"));
      assert.deepEqual(await snapshot(out), current, "the previous report is back in place, byte for byte");
      assert.deepEqual(await siblings(parent), [], "every leftover of the killed runs is removed");

      // A folder that looks like a leftover but is not a report is never touched.
      const foreign = join(parent, `.report.tmp-${Date.now().toString(36)}-${dead}-yy`);
      await Deno.mkdir(foreign);
      await Deno.writeTextFile(join(foreign, "notes.txt"), "mine");
      await runReport({ out, log: () => {}, cache: false });
      assert.deepEqual(await siblings(parent), [foreign.slice(parent.length + 1)]);
      assert.equal(await Deno.readTextFile(join(foreign, "notes.txt")), "mine");
      assert.ok((await snapshot(out)).has("index.html"));
    } finally {
      await Deno.remove(parent, { recursive: true });
    }
  },
});

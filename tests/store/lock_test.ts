import assert from "node:assert/strict";
import { join } from "node:path";
import { acquireLock, isLockHeld } from "../../src/store/lock.ts";

/** A child Deno that takes the lock, prints "locked", and waits to be killed. */
function lockingChild(lockFile: string): Deno.ChildProcess {
  const code = `import { acquireLock } from ${JSON.stringify(new URL("../../src/store/lock.ts", import.meta.url).href)};
await acquireLock(${JSON.stringify(lockFile)}, "test");
console.log("locked");
setInterval(() => {}, 1000);`;
  return new Deno.Command(Deno.execPath(), {
    args: ["eval", code],
    stdout: "piped",
    stderr: "inherit",
  }).spawn();
}

/** Waits for the child's first line of output. */
async function firstLine(child: Deno.ChildProcess): Promise<string> {
  const reader = child.stdout.pipeThrough(new TextDecoderStream()).getReader();
  const { value } = await reader.read();
  reader.releaseLock();
  return (value ?? "").trim();
}

Deno.test("acquireLock() refuses a second holder, naming the lock file and the holder's pid", async () => {
  const file = join(await Deno.makeTempDir(), "store.lock");
  const lock = await acquireLock(file, "write the store S");
  try {
    await assert.rejects(() => acquireLock(file, "write the store S"), {
      message: new RegExp(
        `^Cannot write the store S: it is locked by ${
          file.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")
        }, held by process ${Deno.pid} since `,
      ),
    });
    assert.equal(await isLockHeld(file), true);
  } finally {
    lock.release();
  }
  assert.equal(await isLockHeld(file), false);
  const again = await acquireLock(file, "write the store S");
  assert.equal(again.takenOverFrom, undefined, "a lock released cleanly is not taken over");
  again.release();
});

Deno.test("acquireLock() refuses while another process holds the lock, and takes it over once that process is killed", async () => {
  const file = join(await Deno.makeTempDir(), "store.lock");
  const child = lockingChild(file);
  try {
    assert.equal(await firstLine(child), "locked");
    await assert.rejects(
      () => acquireLock(file, "write the store S"),
      new RegExp(`held by process ${child.pid} since`),
    );
  } finally {
    child.kill("SIGKILL");
    await child.status;
    await child.stdout.cancel().catch(() => {});
  }
  const lock = await acquireLock(file, "write the store S");
  assert.equal(lock.takenOverFrom?.pid, child.pid);
  lock.release();
});

Deno.test("acquireLock() takes over a lock file naming a dead process that holds no lock", async () => {
  const file = join(await Deno.makeTempDir(), "store.lock");
  await Deno.writeTextFile(file, JSON.stringify({ pid: 999999, since: "2020-01-01T00:00:00.000Z" }));
  const lock = await acquireLock(file, "write the store S");
  assert.deepEqual(lock.takenOverFrom, { pid: 999999, since: "2020-01-01T00:00:00.000Z" });
  assert.equal(JSON.parse(await Deno.readTextFile(file)).pid, Deno.pid);
  lock.release();
});

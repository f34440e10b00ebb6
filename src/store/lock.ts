/**
 * The lock that makes one process the only writer of a store: a file held with an
 * exclusive advisory lock (`flock`) for as long as the writer runs, holding the
 * writer's process id for the message another writer gets. The operating system
 * releases the lock when its process ends, killed or not, so a lock left by a dead
 * process is simply taken over, with no race between two processes that find it
 * stale at once. The file itself stays: removing it would let a second writer lock a
 * new file while the first still holds the old one.
 *
 * @module
 */
import process from "node:process";

/** Who holds, or last held, a lock: what the lock file says. */
export interface LockHolder {
  /** The holder's process id. */
  pid: number;
  /** When it took the lock (ISO 8601). */
  since: string;
}

/** A lock held by this process; release it when done (closing the process releases it too). */
export interface HeldLock {
  /** The lock file. */
  readonly file: string;
  /** The earlier holder, when it ended (killed, crashed) without releasing the lock. */
  readonly takenOverFrom?: LockHolder;
  /** Releases the lock. Releasing twice does nothing. */
  release(): void;
}

/** What a lock file says, or undefined when it says nothing readable (a new file). */
async function readHolder(file: Deno.FsFile): Promise<LockHolder | undefined> {
  const { size } = await file.stat();
  if (size === 0 || size > 4096) return undefined;
  const bytes = new Uint8Array(size);
  await file.seek(0, Deno.SeekMode.Start);
  let read = 0;
  while (read < size) {
    const n = await file.read(bytes.subarray(read));
    if (n === null) break;
    read += n;
  }
  try {
    const holder = JSON.parse(new TextDecoder().decode(bytes.subarray(0, read)));
    return Number.isSafeInteger(holder?.pid) ? { pid: holder.pid, since: String(holder.since) } : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Takes the lock of a file, creating the file if needed, without waiting: when another
 * process (or another handle of this one) holds it, throws an error that names the lock
 * file, what it guards and the holder's process id.
 *
 * @example
 * ```ts
 * const file = await Deno.makeTempFile();
 * const lock = await acquireLock(file, "write the store /tmp/s");
 * await acquireLock(file, "write the store /tmp/s").catch((e) => e.message);
 * // "Cannot write the store /tmp/s: it is locked by /tmp/…, held by process 1234 since …"
 * lock.release();
 * ```
 *
 * @param what What the lock is taken for, for the message ("write the store out/store").
 * @throws {Error} when the lock is held.
 */
export async function acquireLock(lockFile: string, what: string): Promise<HeldLock> {
  const file = await Deno.open(lockFile, { read: true, write: true, create: true });
  let locked = false;
  try {
    locked = await file.tryLock(true);
    const before = await readHolder(file);
    if (!locked) {
      throw new Error(
        `Cannot ${what}: it is locked by ${lockFile}, held by ${
          before ? `process ${before.pid} since ${before.since}` : "another process"
        }; only one writer at a time (wait for it to finish, or stop it)`,
      );
    }
    const holder: LockHolder = { pid: process.pid, since: new Date().toISOString() };
    await file.truncate(0);
    await file.seek(0, Deno.SeekMode.Start);
    await file.write(new TextEncoder().encode(JSON.stringify(holder) + "\n"));
    let released = false;
    return {
      file: lockFile,
      takenOverFrom: before && before.pid !== process.pid ? before : undefined,
      release() {
        if (released) return;
        released = true;
        // An empty file says the last holder released it; a holder's pid left in it says
        // that process ended while holding the lock.
        try {
          file.truncateSync(0);
        } finally {
          file.close();
        }
      },
    };
  } catch (e) {
    file.close();
    throw e;
  }
}

/**
 * Whether a lock file is held by a running process (this one included), checked by
 * trying to take it for a moment. A missing file is not held.
 *
 * @example
 * ```ts
 * const file = await Deno.makeTempFile();
 * await isLockHeld(file); // false
 * const lock = await acquireLock(file, "test");
 * await isLockHeld(file); // true
 * lock.release();
 * ```
 */
export async function isLockHeld(lockFile: string): Promise<boolean> {
  let file: Deno.FsFile;
  try {
    file = await Deno.open(lockFile, { read: true, write: true });
  } catch {
    return false;
  }
  try {
    return !(await file.tryLock(true));
  } finally {
    file.close();
  }
}

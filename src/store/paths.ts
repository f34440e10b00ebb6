/**
 * The path checks that keep the database's writes inside the store folder and out of
 * the corpus folder. DuckDB's native code ignores Deno's permission flags, so every
 * path it is told to write (a Parquet file, the spill folder) passes through
 * {@linkcode checkStoreTarget} before the statement runs. The corpus guard is the
 * report's own ({@linkcode checkOutsideCorpus}), not a second one.
 *
 * @module
 */
import { lstat, realpath } from "node:fs/promises";
import { basename, dirname, join, resolve } from "node:path";
import { checkOutsideCorpus, isInside } from "../paths.ts";

/** What the store's writes are checked against: its folder and the corpus it must never enter. */
export interface StoreGuard {
  /** The store folder (it exists). */
  storeDir: string;
  /** The corpus folder. */
  corpusDir: string;
}

/**
 * Checks that a file the database is about to write lies inside the store folder, in a
 * folder that exists, is not a symbolic link, and is outside the corpus folder,
 * symbolic links and `..` resolved; returns its real path.
 *
 * @example
 * ```ts
 * const storeDir = await Deno.makeTempDir();
 * await checkStoreTarget(`${storeDir}/terms.parquet`, { storeDir, corpusDir: "data/articles" }, "write");
 * await checkStoreTarget("data/articles/x.parquet", { storeDir, corpusDir: "data/articles" }, "write")
 *   .catch((e) => e.message); // "Cannot write data/articles/x.parquet: it is outside the store folder …"
 * ```
 *
 * @param what What would be done with the file, for the message ("write the table terms to").
 * @throws {Error} naming the file when it is outside the store, inside the corpus, a
 *   symbolic link, or in a folder that does not exist.
 */
export async function checkStoreTarget(target: string, guard: StoreGuard, what: string): Promise<string> {
  let folder: string;
  let realStore: string;
  try {
    [folder, realStore] = [await realpath(dirname(resolve(target))), await realpath(guard.storeDir)];
  } catch (e) {
    throw new Error(`Cannot ${what} ${target}: its folder does not exist (${(e as { code?: string }).code ?? e})`);
  }
  const real = join(folder, basename(target));
  if (!isInside(real, realStore) || real === realStore) {
    throw new Error(
      `Cannot ${what} ${target}: it is outside the store folder ${guard.storeDir}, and the database writes only there`,
    );
  }
  const link = await lstat(real).then((s) => s.isSymbolicLink(), () => false);
  if (link) throw new Error(`Cannot ${what} ${target}: it is a symbolic link, and the store writes only plain files`);
  await checkOutsideCorpus(real, guard.corpusDir, what);
  return real;
}

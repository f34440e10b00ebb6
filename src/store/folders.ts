/**
 * Which store folders a path a reader types names (a notebook's `openStore("out/cache")`),
 * and the one manifest a reader sees over several of them (the shard folders of
 * `deno task digest --shard K/N`, read as one store).
 *
 * @module
 */
import { readdir, readFile } from "node:fs/promises";
import { basename, join, relative, resolve } from "node:path";
import { isLockHeld } from "./lock.ts";
import { MANIFEST_FILE, type StoreManifest } from "./manifest.ts";

/** The store's folder in a cache folder (`CACHE/store`), where the report writes it. */
export const STORE_IN_CACHE = "store";

/** The shard folders' folder in a cache folder (`CACHE/shards`), where `deno task digest` writes them. */
export const SHARDS_IN_CACHE = "shards";

/** The file that marks a shard folder (`CACHE/shards/K-of-N/shard.json`). */
export const SHARD_FILE = "shard.json";

/** The lock file's name inside a store folder, held by its one writer while it runs. */
export const LOCK_FILE = "store.lock";

/** The files a report folder always holds, by which a report folder is told from a store. */
const REPORT_FILES = ["index.html", "articles.csv"];

/**
 * The names in a folder a reader named, or undefined when there is no such folder;
 * a folder that is there but cannot be listed (a file, no permission) is an error.
 */
async function listing(dir: string, path: string): Promise<string[] | undefined> {
  try {
    return await readdir(dir);
  } catch (e) {
    const code = (e as { code?: string }).code;
    if (code === "ENOENT") return undefined;
    throw new Error(`Cannot open the store ${path}: ${dir} cannot be read (${code ?? (e as Error).message})`);
  }
}

/**
 * The shard folders a folder names, as `deno task digest --shard K/N` writes them: the
 * folder itself when it holds `shard.json`, else its subfolders that do (a cache's
 * `shards/`), in name order; none, an empty list. The one way both the report's
 * `--shards` and a reader's `openStore` find shard folders.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const shards = await Deno.makeTempDir();
 * await Deno.mkdir(`${shards}/1-of-1`);
 * await Deno.writeTextFile(`${shards}/1-of-1/shard.json`, "{}");
 * assert.deepEqual(await shardFoldersIn(shards), [`${shards}/1-of-1`]);
 * assert.deepEqual(await shardFoldersIn(`${shards}/1-of-1`), [`${shards}/1-of-1`]);
 * ```
 *
 * @throws {Error} naming the folder when it cannot be read.
 */
export async function shardFoldersIn(dir: string): Promise<string[]> {
  let here: string[];
  try {
    here = await readdir(dir);
  } catch (e) {
    throw new Error(`Cannot read the shard folder ${dir}: ${(e as { code?: string }).code ?? (e as Error).message}`);
  }
  if (here.includes(SHARD_FILE)) return [dir];
  const out: string[] = [];
  for (const n of here.sort()) {
    if ((await readdir(join(dir, n)).catch((): string[] => [])).includes(SHARD_FILE)) out.push(join(dir, n));
  }
  return out;
}

/**
 * Checks that shard folders are one whole set, as `deno task digest --shard K/N` writes
 * it: every shard 1 to N of one N, each once (by the `shard` of each `shard.json`), so
 * that no article is read twice (the folders of an older run with another N) or not at
 * all (a shard not written yet).
 *
 * @throws {Error} naming `path`, the folders and the shards that are missing or extra.
 */
async function checkShardSet(path: string, shards: readonly string[]): Promise<void> {
  const specs: [dir: string, index: number, count: number][] = [];
  for (const dir of shards) {
    let shard: unknown;
    try {
      shard = JSON.parse(await readFile(join(dir, SHARD_FILE), "utf8")).shard;
    } catch (e) {
      throw new Error(
        `Cannot open the store ${path}: ${join(dir, SHARD_FILE)} is unreadable (${(e as Error).message})`,
      );
    }
    const m = typeof shard === "string" ? shard.match(/^(\d+)\/(\d+)$/) : null;
    if (!m) {
      throw new Error(`Cannot open the store ${path}: ${join(dir, SHARD_FILE)} does not say which shard K/N it is`);
    }
    specs.push([dir, Number(m[1]), Number(m[2])]);
  }
  const counts = [...new Set(specs.map(([, , n]) => n))];
  const named = (list: typeof specs) => list.map(([d, k, n]) => `${basename(d)} (shard ${k}/${n})`).join(", ");
  if (counts.length > 1) {
    throw new Error(
      `Cannot open the store ${path}: its shard folders are of runs with ${counts.join(" and ")} shards, ` +
        `which would count articles twice: ${named(specs)}; remove the older folders, or open one shard folder`,
    );
  }
  const n = counts[0];
  const missing = Array.from({ length: n }, (_, i) => i + 1).filter((k) => !specs.some(([, i]) => i === k));
  const twice = specs.filter(([, k], i) => specs.findIndex(([, j]) => j === k) !== i);
  if (missing.length || twice.length) {
    throw new Error(
      `Cannot open the store ${path}: its shard folders are not shards 1 to ${n} once each` +
        (missing.length
          ? `: shard ${
            missing.map((k) => `${k}/${n}`).join(", ")
          } is missing (deno task digest --shard K/${n} writes it)`
          : "") +
        (twice.length ? `: ${named(twice)} repeats a shard` : ""),
    );
  }
}

/**
 * The store folders a path names, for a reader: the path itself when it holds a
 * `manifest.json` (a store, or one shard folder); a cache folder's store (`CACHE/store`),
 * else its shard folders (`CACHE/shards/*`); or the shard folders inside the path
 * (`CACHE/shards`), which must be shards 1 to N of one N, each once. Several folders are read as one store (a table's files are every
 * folder's).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const cache = await Deno.makeTempDir();
 * await Deno.mkdir(`${cache}/store`);
 * await Deno.writeTextFile(`${cache}/store/manifest.json`, "{}");
 * assert.deepEqual(await storeFolders(cache), [`${cache}/store`]);
 * ```
 *
 * @throws {Error} naming the path when it holds no store, saying where a report's
 *   store is when the path is a report folder, and naming the shard folders when they
 *   are not one whole set (shards 1 to N of one run, each once); naming the folder and
 *   the problem when it cannot be read (not a folder, no permission), or when a report is
 *   writing its first store there (the store's lock is held and no manifest is written yet),
 *   or when its `store/` has no manifest (the report that wrote it stopped before it finished).
 */
export async function storeFolders(path: string): Promise<string[]> {
  const dir = resolve(path);
  const here = await listing(dir, path) ?? [];
  if (here.includes(MANIFEST_FILE)) return [dir];
  const inStore = here.includes(STORE_IN_CACHE) ? await listing(join(dir, STORE_IN_CACHE), path) : undefined;
  if (inStore?.includes(MANIFEST_FILE)) return [join(dir, STORE_IN_CACHE)];
  const shards = here.includes(SHARDS_IN_CACHE)
    ? await shardFoldersIn(join(dir, SHARDS_IN_CACHE))
    : here.length
    ? await shardFoldersIn(dir)
    : [];
  if (shards.length) {
    await checkShardSet(path, shards);
    return shards;
  }
  for (const store of [dir, join(dir, STORE_IN_CACHE)]) {
    if (await isLockHeld(join(store, LOCK_FILE))) {
      throw new Error(
        `Cannot open the store ${path}: a report is writing its first store in ${store} (its ${LOCK_FILE} is held ` +
          `and it has no ${MANIFEST_FILE} yet); open it once the report has finished`,
      );
    }
  }
  if (inStore !== undefined) {
    throw new Error(
      `Cannot open the store ${path}: its ${
        join(dir, STORE_IN_CACHE)
      } has no ${MANIFEST_FILE} (the report that wrote it stopped before it finished): run the report again`,
    );
  }
  if (REPORT_FILES.every((f) => here.includes(f))) {
    throw new Error(
      `Cannot open the store ${path}: it is a report folder; the report's store is in the cache folder it used ` +
        `(open that: openStore("out/cache") for the default cache, or the folder given to --cache)`,
    );
  }
  throw new Error(
    `Cannot open the store ${path}: it has no ${MANIFEST_FILE} (no report has written a store there), ` +
      `no ${STORE_IN_CACHE}/ and no shard folders`,
  );
}

/**
 * One manifest over several store folders' manifests, as a reader sees them: each
 * table's files are those of every folder, in the folders' order, named relative to the
 * first folder (so that the store's checks and views read them as they read its own).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { emptyManifest } from "./manifest.ts";
 * const table = (file: string) => ({
 *   schema: { title: "T", columns: { x: "integer" as const } },
 *   files: [{ file, rows: 1, bytes: 10, sha256: "00" }],
 * });
 * const a = { ...emptyManifest("/c"), tables: { t: table("tables/t.1-1.parquet") } };
 * const b = { ...emptyManifest("/c"), tables: { t: table("tables/t.1-1.parquet") } };
 * const one = mergeManifests(["/s/1-of-2", "/s/2-of-2"], [a, b]);
 * assert.deepEqual(one.tables.t.files.map((f) => f.file), ["tables/t.1-1.parquet", "../2-of-2/tables/t.1-1.parquet"]);
 * ```
 *
 * @throws {Error} naming the folders when a table has other columns in two of them.
 */
export function mergeManifests(dirs: readonly string[], manifests: readonly StoreManifest[]): StoreManifest {
  const [first] = manifests;
  const merged: StoreManifest = { ...first, tables: {} };
  manifests.forEach((m, i) => {
    for (const [name, table] of Object.entries(m.tables)) {
      const files = table.files.map((f) => ({ ...f, file: relative(dirs[0], join(dirs[i], f.file)) }));
      const known = merged.tables[name];
      if (!known) {
        merged.tables[name] = { schema: table.schema, files };
        continue;
      }
      if (JSON.stringify(known.schema.columns) !== JSON.stringify(table.schema.columns)) {
        throw new Error(
          `Cannot read the stores ${dirs[0]} and ${dirs[i]} as one: their table "${name}" has other columns in each`,
        );
      }
      known.files.push(...files);
    }
  });
  merged.generation = Math.max(...manifests.map((m) => m.generation));
  return merged;
}

/**
 * Paths inside the framelens project, found from this module's location so that they
 * hold whatever the working directory (a notebook kernel may start in `notebooks/`
 * or in the project root).
 *
 * @module
 */
import { realpath } from "node:fs/promises";
import { basename, dirname, join, relative, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";

/** The project's root folder (the one with `deno.json`). */
export const PROJECT_DIR: string = fileURLToPath(new URL("..", import.meta.url));

/**
 * A path inside the project.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { PROJECT_DIR, projectPath } from "framelens";
 * assert.equal(projectPath("out", "charts"), `${PROJECT_DIR}out/charts`); // "/path/to/framelens/out/charts"
 * ```
 */
export function projectPath(...parts: string[]): string {
  return join(PROJECT_DIR, ...parts);
}

/**
 * Whether `inner` is `outer` or inside it (both absolute, real paths).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { isInside } from "./paths.ts";
 * assert.equal(isInside("/a/b/c", "/a/b"), true);
 * assert.equal(isInside("/a/b", "/a/b"), true);
 * assert.equal(isInside("/a/bc", "/a/b"), false); // a sibling whose name starts the same
 * ```
 */
export function isInside(inner: string, outer: string): boolean {
  const rel = relative(outer, inner);
  return rel === "" || (rel !== ".." && !rel.startsWith(`..${sep}`) && !/^([a-z]:|[\\/])/i.test(rel));
}

/**
 * The real path of a file or folder that may not exist yet: the real path of its
 * nearest existing ancestor (symbolic links resolved) with the rest appended.
 */
export async function realPathOf(path: string): Promise<string> {
  const abs = resolve(path);
  try {
    return await realpath(abs);
  } catch {
    const parent = dirname(abs);
    return parent === abs ? abs : join(await realPathOf(parent), basename(abs));
  }
}

/**
 * Checks that a folder framelens writes to (a report, a cache) neither is nor lies
 * inside the corpus folder, nor contains it, symbolic links resolved.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { checkOutsideCorpus } from "./paths.ts";
 * await checkOutsideCorpus("out/cache", "data/articles", "use the cache folder"); // passes
 * await assert.rejects(
 *   checkOutsideCorpus("data/articles/out", "data/articles", "write the report to"),
 *   /Cannot write the report to data\/articles\/out: it overlaps the corpus folder data\/articles/,
 * );
 * ```
 *
 * @param what What would be done with the folder, for the message ("write the report to").
 * @throws {Error} when they overlap.
 */
export async function checkOutsideCorpus(dir: string, corpusDir: string, what: string): Promise<void> {
  const [realDir, realCorpus] = [await realPathOf(dir), await realPathOf(corpusDir)];
  if (isInside(realDir, realCorpus) || isInside(realCorpus, realDir)) {
    throw new Error(
      `Cannot ${what} ${dir}: it overlaps the corpus folder ${corpusDir}, and framelens never writes into a corpus`,
    );
  }
}

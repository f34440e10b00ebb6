/**
 * Paths inside the framelens project, found from this module's location so that they
 * hold whatever the working directory (a notebook kernel may start in `notebooks/`
 * or in the project root).
 *
 * @module
 */
import { join } from "node:path";
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

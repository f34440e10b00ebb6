/**
 * Code fingerprints: a hash of the modules a module actually imports, read from their
 * source, so that a cache entry never outlives a change to the code that made it.
 *
 * The walk starts at a module, reads its static `import … from` and `export … from`
 * statements (`import type` and `export type` left out: they are erased before the code
 * runs) and its dynamic `import("…")` calls with a literal specifier, resolves relative
 * specifiers against the module and bare ones through the project's `deno.json`
 * imports, and recurses into local modules. The hash covers each local module's path
 * (relative to the folder of `deno.json`) and content, and the version and integrity
 * that `deno.lock` records for each npm package reached and its own dependencies.
 * Moving, renaming or editing a module, or upgrading a package, changes it; a module
 * that cannot be read is an error that names the module importing it.
 *
 * @module
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";

/** Reads a file; gives `undefined` when there is no such file. */
export type SourceReader = (url: URL) => Uint8Array | string | undefined;

/** Options for {@linkcode moduleGraph} and {@linkcode codeFingerprint}. */
export interface ModuleGraphOptions {
  /**
   * Reads the source files, `deno.json` and `deno.lock` (default: from disk). A test
   * passes one that edits or hides a file.
   */
  read?: SourceReader;
}

/** What a module imports, all the way down. */
export interface ModuleGraph {
  /** The folder of the `deno.json` found above the entry module. */
  root: URL;
  /** Every local module reached (the entry first), as URLs. */
  modules: URL[];
  /** Every npm package reached, as locked: `name@version integrity`, sorted, dependencies included. */
  packages: string[];
}

/** Reads a file from disk, or `undefined` when it does not exist. */
const readFromDisk: SourceReader = (url) => {
  try {
    return readFileSync(url);
  } catch (e) {
    if ((e as { code?: string }).code === "ENOENT" || e instanceof Deno.errors.NotFound) return undefined;
    throw e;
  }
};

const decoder = new TextDecoder();
const text = (content: Uint8Array | string) => (typeof content === "string" ? content : decoder.decode(content));

/** A name bound by an import (`a`, `$b`). */
const NAME = String.raw`[\p{ID_Start}$_][\p{ID_Continue}$\u200c\u200d]*`;
/**
 * Static imports and re-exports, at the start of a line as `deno fmt` writes them, with
 * the clause between the keyword and `from` as the grammar has it (`{ … }`, `* as x`,
 * `x`, `x, { … }`; `* [as x]` for a re-export), so that `export const W = ["from", "x"]`
 * is no import. Groups: 1 the import's `type`, 2 its specifier; 3 the re-export's
 * `type`, 4 its specifier; 5 a bare `import "x"`'s.
 */
const STATIC = new RegExp(
  String
    .raw`^import(\s+type\b)?\s*(?:${NAME}\s*,\s*)?(?:\{[^}]*\}|\*\s*as\s+${NAME}|${NAME})\s*from\s*["']([^"']+)["']` +
    String.raw`|^export(\s+type\b)?\s*(?:\{[^}]*\}|\*(?:\s*as\s+${NAME})?)\s*from\s*["']([^"']+)["']` +
    String.raw`|^import\s*["']([^"']+)["']`,
  "gmu",
);
/** A dynamic import of a literal specifier. */
const DYNAMIC = /\bimport\(\s*["']([^"']+)["']/g;
/** A line of a comment. */
const COMMENT_LINE = /^\s*(\*|\/\/|\/\*)/;

/**
 * The specifiers a module imports for its values (statements at the start of a line,
 * `import type` and `export type` left out; dynamic imports of a literal specifier
 * outside comment lines).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { importSpecifiers } from "./fingerprint.ts";
 * const source = 'import { a } from "./a.ts";\nimport type { B } from "./b.ts";\nexport * from "./c.ts";';
 * assert.deepEqual(importSpecifiers(source), ["./a.ts", "./c.ts"]); // types only are left out
 * ```
 */
export function importSpecifiers(source: string): string[] {
  const out: string[] = [];
  for (const m of source.matchAll(STATIC)) {
    if (m[5] !== undefined) out.push(m[5]);
    else if (m[2] !== undefined && !m[1]) out.push(m[2]);
    else if (m[4] !== undefined && !m[3]) out.push(m[4]);
  }
  for (const line of source.split("\n")) {
    if (COMMENT_LINE.test(line) || !line.includes("import(")) continue;
    for (const m of line.matchAll(DYNAMIC)) out.push(m[1]);
  }
  return out;
}

/** The project's files that the walk reads besides the modules. */
interface Project {
  root: URL;
  imports: Record<string, string>;
  lock: { specifiers: Record<string, string>; npm: Record<string, { integrity?: string; dependencies?: string[] }> };
}

/** Finds `deno.json` in the entry's folder or above it, and reads it and `deno.lock`. */
function findProject(entry: URL, read: SourceReader): Project {
  for (let dir = new URL("./", entry);; dir = new URL("../", dir)) {
    const config = read(new URL("deno.json", dir));
    if (config !== undefined) {
      const where = new URL("deno.json", dir).pathname;
      let imports: Record<string, string>;
      try {
        imports = JSON.parse(text(config)).imports ?? {};
      } catch (e) {
        throw new Error(`Cannot fingerprint ${entry.pathname}: ${where} is not JSON (${(e as Error).message})`);
      }
      const lockFile = read(new URL("deno.lock", dir));
      let lock: Project["lock"] = { specifiers: {}, npm: {} };
      if (lockFile !== undefined) {
        try {
          const parsed = JSON.parse(text(lockFile));
          lock = { specifiers: parsed.specifiers ?? {}, npm: parsed.npm ?? {} };
        } catch (e) {
          throw new Error(
            `Cannot fingerprint ${entry.pathname}: ${dir.pathname}deno.lock is not JSON (${(e as Error).message})`,
          );
        }
      }
      return { root: dir, imports, lock };
    }
    if (dir.pathname === "/" || dir.protocol !== "file:") break;
  }
  throw new Error(`Cannot fingerprint ${entry.pathname}: no deno.json in its folder or above it`);
}

/**
 * What a bare specifier stands for through the import map: the mapped target with the
 * rest of the specifier appended ("wink-nlp/src/allowed.js" under "wink-nlp" is
 * "npm:wink-nlp@2.4.0/src/allowed.js"), or undefined.
 */
function mapped(specifier: string, imports: Record<string, string>): string | undefined {
  if (imports[specifier] !== undefined) return imports[specifier];
  const key = Object.keys(imports)
    .filter((k) => specifier.startsWith(k.endsWith("/") ? k : `${k}/`))
    .sort((a, b) => b.length - a.length)[0];
  if (key === undefined) return undefined;
  const target = imports[key];
  const rest = specifier.slice(key.length).replace(/^\//, "");
  return target.endsWith("/") ? target + rest : `${target}/${rest}`;
}

/** The name of the package of an `npm:` specifier: `npm:@scope/name@1.2/sub` → `@scope/name`. */
function npmName(spec: string): { name: string; specifier: string } {
  const rest = spec.slice("npm:".length).replace(/^\//, "");
  const m = /^(@[^/@]+\/[^/@]+|[^/@]+)(@[^/]*)?/.exec(rest);
  if (!m) throw new Error(`"${spec}" is not an npm specifier`);
  return { name: m[1], specifier: `npm:${m[1]}${m[2] ?? ""}` };
}

/** The locked entries (`name@version integrity`) of a package and of its dependencies, all the way down. */
function lockedPackages(spec: string, project: Project, importer: string, out: Set<string>): void {
  const { name, specifier } = npmName(spec);
  const version = project.lock.specifiers[specifier];
  if (version === undefined) {
    throw new Error(
      `Cannot fingerprint ${importer}: the npm package "${specifier}" it imports is not in deno.lock (run deno install)`,
    );
  }
  const visit = (key: string) => {
    const entry = project.lock.npm[key];
    const line = `${key} ${entry?.integrity ?? "unlocked"}`;
    if (out.has(line)) return;
    out.add(line);
    for (const dep of entry?.dependencies ?? []) {
      // "name" when the lock holds one version of it, "name@version" otherwise.
      const at = dep.indexOf("@", 1);
      const depKey = at > 0 ? dep : Object.keys(project.lock.npm).find((k) => k.startsWith(`${dep}@`));
      if (depKey) visit(depKey);
    }
  };
  visit(`${name}@${version}`);
}

/** The path of a local module relative to the project's root. */
function relativeTo(root: URL, url: URL): string {
  return url.href.startsWith(root.href) ? url.href.slice(root.href.length) : url.href;
}

/**
 * Every local module a module imports (itself included), and every npm package they
 * import, as `deno.lock` records them.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { moduleGraph } from "./fingerprint.ts";
 * const { modules, packages } = moduleGraph(new URL("../stages/entities.ts", import.meta.url));
 * assert.ok(modules.some((m) => m.pathname.endsWith("/src/nlp/compromise.ts")));
 * assert.ok(packages.some((p) => p.startsWith("compromise@")));
 * ```
 *
 * @throws {Error} naming the importing module when a module it imports cannot be read,
 * a bare specifier is not in `deno.json`'s imports, or a package is not in `deno.lock`.
 */
export function moduleGraph(entry: URL | string, options: ModuleGraphOptions = {}): ModuleGraph {
  const read = options.read ?? readFromDisk;
  const start = new URL(entry);
  const project = findProject(start, read);
  const seen = new Map<string, URL>();
  const packages = new Set<string>();
  const queue: { url: URL; importer?: URL; specifier?: string }[] = [{ url: start }];
  while (queue.length) {
    const { url, importer, specifier } = queue.shift()!;
    if (seen.has(url.href)) continue;
    const content = read(url);
    if (content === undefined) {
      throw new Error(
        importer
          ? `Cannot fingerprint the code: ${relativeTo(project.root, importer)} imports "${specifier}", and ${
            relativeTo(project.root, url)
          } cannot be read`
          : `Cannot fingerprint ${url.pathname}: the module cannot be read`,
      );
    }
    seen.set(url.href, url);
    if (!/\.[cm]?[jt]sx?$/.test(url.pathname)) continue; // data imported as bytes, text or JSON
    const from = relativeTo(project.root, url);
    for (const spec of importSpecifiers(text(content))) {
      if (spec.startsWith("./") || spec.startsWith("../") || spec.startsWith("/")) {
        queue.push({ url: new URL(spec, url), importer: url, specifier: spec });
      } else if (spec.startsWith("npm:")) lockedPackages(spec, project, from, packages);
      else if (spec.startsWith("node:")) continue; // built into Deno
      else {
        const target = mapped(spec, project.imports);
        if (target === undefined) {
          throw new Error(
            `Cannot fingerprint the code: ${from} imports "${spec}", which deno.json's imports do not map`,
          );
        }
        if (target.startsWith("npm:")) lockedPackages(target, project, from, packages);
        else if (target.startsWith("./") || target.startsWith("../")) {
          queue.push({ url: new URL(target, project.root), importer: url, specifier: spec });
        } else if (!target.startsWith("node:")) {
          throw new Error(
            `Cannot fingerprint the code: ${from} imports "${spec}" (${target}), which is neither local nor npm`,
          );
        }
      }
    }
  }
  return { root: project.root, modules: [...seen.values()], packages: [...packages].sort() };
}

const fingerprints = new Map<string, string>();

/**
 * A hash of a module's code: the path and content of every local module it imports
 * (itself included) and the locked version of every npm package they import (see the
 * module's documentation). Computed once per module and process when read from disk.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { codeFingerprint } from "./fingerprint.ts";
 * const fingerprint = codeFingerprint(new URL("../render/png.ts", import.meta.url));
 * assert.match(fingerprint, /^[0-9a-f]{64}$/);
 * assert.notEqual(codeFingerprint(new URL("../render/svg.ts", import.meta.url)), fingerprint); // other code
 * ```
 *
 * @throws {Error} as {@linkcode moduleGraph} does.
 */
export function codeFingerprint(entry: URL | string, options: ModuleGraphOptions = {}): string {
  const href = new URL(entry).href;
  const known = options.read ? undefined : fingerprints.get(href);
  if (known) return known;
  const read = options.read ?? readFromDisk;
  const graph = moduleGraph(href, { read });
  const h = createHash("sha256");
  const files = graph.modules.map((url) => ({ url, path: relativeTo(graph.root, url) }))
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  for (const { url, path } of files) {
    h.update(`${path}\u0000`);
    h.update(read(url)!);
    h.update("\u0000");
  }
  for (const p of graph.packages) h.update(`${p}\u0000`);
  const hash = h.digest("hex");
  if (!options.read) fingerprints.set(href, hash);
  return hash;
}

/**
 * Whether a report is up to date: the inputs of a report run (every article as loaded,
 * the files left out, the notices about the folder, the corpus folder, the resources'
 * fingerprints and framelens's own code and dependencies) make one key, and the cache
 * keeps the list of files that run wrote with their SHA-256, size and modification time.
 * A rerun with the same key, over a report folder that still holds those very files, has
 * nothing to redo. A file whose size and modification time are still those recorded is
 * taken as unchanged without being read (as `make` and `git status` do: at 10,000
 * articles the report is about 300 MB, whose hashing cost seconds); any other is hashed.
 *
 * @module
 */
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { readFile, stat } from "node:fs/promises";
import { join } from "node:path";
import type { Corpus } from "../types.ts";
import { type DiskCache, sha256 } from "../pipeline/cache.ts";
import type { DigestTools } from "../pipeline/digest.ts";
import { PROJECT_DIR } from "../paths.ts";
import { loadEventsSync } from "../data/events.ts";

/** What the cache keeps of a report run. */
interface ReportManifest {
  /**
   * Files written, relative to the report folder, with the SHA-256 of each, and its size
   * and modification time (milliseconds) when it was recorded.
   */
  files: [string, string, number?, number?][];
}

let codeHash: string | undefined;

/** A hash of every TypeScript file under `src/`, and of `deno.json` and `deno.lock` (the pinned dependencies). */
function projectCodeHash(): string {
  if (codeHash) return codeHash;
  const h = createHash("sha256");
  const src = join(PROJECT_DIR, "src");
  const files = (readdirSync(src, { recursive: true }) as string[])
    .filter((f) => f.endsWith(".ts"))
    .sort()
    .map((f) => join("src", f));
  for (const rel of [...files, "deno.json", "deno.lock"]) {
    h.update(rel);
    try {
      h.update(readFileSync(join(PROJECT_DIR, rel)));
    } catch {
      h.update("missing");
    }
  }
  return codeHash = h.digest("hex");
}

/** What part of the corpus a report compares, and by what (`--where`, `--by`). */
export interface ReportScope {
  /** The unit of comparison (default `outlet`). */
  groupBy?: string;
  /** The filter of the articles (default none). */
  where?: string;
  /** The events file the time charts draw (default `data/events.yaml`): an edited event redraws them. */
  eventsFile?: string;
  /** How reprints count (default `all`). */
  reprints?: "all" | "once";
}

/**
 * The key of a report run's inputs: the articles as analysed (after the outlet file's
 * fields and the filter), and the scope.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { DEFAULT_CORPUS_DIR, loadCorpus, loadDigestTools } from "framelens";
 * import { reportInputKey } from "./up_to_date.ts";
 * const [corpus, tools] = await Promise.all([loadCorpus(), loadDigestTools()]);
 * const key = reportInputKey(corpus, DEFAULT_CORPUS_DIR, tools);
 * assert.equal(reportInputKey(corpus, DEFAULT_CORPUS_DIR, tools), key);
 * const fewer = { ...corpus, articles: corpus.articles.slice(1) };
 * assert.notEqual(reportInputKey(fewer, DEFAULT_CORPUS_DIR, tools), key); // an article less: another run
 * ```
 */
export function reportInputKey(corpus: Corpus, corpusDir: string, tools: DigestTools, scope: ReportScope = {}): string {
  return sha256(JSON.stringify([
    "report 2",
    scope.groupBy ?? "outlet",
    scope.where ?? "",
    scope.reprints ?? "all",
    loadEventsSync(scope.eventsFile),
    corpusDir,
    corpus.articles,
    corpus.problems,
    corpus.notices ?? [],
    tools.annotation,
    tools.fingerprints,
    projectCodeHash(),
  ]));
}

const fileHash = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");

/**
 * The files of the report in `outDir` when a run with the same inputs wrote them and
 * they are all still there, unchanged; undefined otherwise. A file is read and hashed
 * only when its size or modification time differs from those recorded.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { DiskCache } from "framelens";
 * import { keptReport, recordReport } from "./up_to_date.ts";
 * const dir = await Deno.makeTempDir();
 * const cache = new DiskCache(`${dir}/cache`);
 * await Deno.writeTextFile(`${dir}/articles.csv`, "id\na\n");
 * await recordReport(cache, "ab12", dir, ["articles.csv"]);
 * assert.deepEqual(await keptReport(cache, "ab12", dir), ["articles.csv"]);
 * await Deno.writeTextFile(`${dir}/articles.csv`, "id\nb\n"); // a file changed since
 * assert.equal(await keptReport(cache, "ab12", dir), undefined);
 * await Deno.remove(dir, { recursive: true });
 * ```
 */
export async function keptReport(cache: DiskCache, key: string, outDir: string): Promise<string[] | undefined> {
  const manifest = await cache.get<ReportManifest>("report", key);
  if (!manifest || !Array.isArray(manifest.files) || manifest.files.length === 0) return undefined;
  for (const [file, hash, size, mtime] of manifest.files) {
    try {
      const path = join(outDir, file);
      const info = await stat(path);
      if (info.size === size && info.mtimeMs === mtime) continue;
      if (fileHash(await readFile(path)) !== hash) return undefined;
    } catch {
      return undefined;
    }
  }
  return manifest.files.map(([file]) => file);
}

/**
 * Records the files a report run wrote under the key of its inputs.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { DiskCache } from "framelens";
 * import { keptReport, recordReport } from "./up_to_date.ts";
 * const dir = await Deno.makeTempDir();
 * const cache = new DiskCache(`${dir}/cache`);
 * await Deno.writeTextFile(`${dir}/articles.csv`, "id\na\n");
 * await recordReport(cache, "ab12", dir, ["articles.csv"]); // the files and their hashes
 * assert.deepEqual(await keptReport(cache, "ab12", dir), ["articles.csv"]);
 * await Deno.remove(dir, { recursive: true });
 * ```
 */
export async function recordReport(cache: DiskCache, key: string, outDir: string, files: string[]): Promise<void> {
  const manifest: ReportManifest = { files: [] };
  for (const file of files) {
    const path = join(outDir, file);
    const info = await stat(path);
    manifest.files.push([file, fileHash(await readFile(path)), info.size, info.mtimeMs]);
  }
  await cache.set("report", key, manifest);
}

/** What the cache keeps of a report run under its {@linkcode quickInputKey}. */
export interface QuickRecord {
  /** The run's {@linkcode reportInputKey}. */
  inputKey: string;
  /** The articles it analysed. */
  articles: number;
  /** The files it left out, with why, and its notices about the folder (logged again by a kept run). */
  problems: { file: string; message: string }[];
  /** Its notices about the corpus folder. */
  notices: string[];
}

/** The project's data files (but the seed articles, a corpus of their own) by content: small, read whole. */
function dataHash(h: ReturnType<typeof createHash>): void {
  const data = join(PROJECT_DIR, "data");
  const files = (readdirSync(data, { recursive: true }) as string[])
    .filter((f) => !f.startsWith(`articles`))
    .sort();
  for (const f of files) {
    try {
      h.update(`${f}\u0000`).update(readFileSync(join(data, f)));
    } catch {
      h.update(`${f} is a folder`);
    }
  }
}

/**
 * A key of a report run's inputs taken without reading the articles: the corpus folder's
 * listing with each file's size, modification time and inode (as `make` and `git
 * status` tell a changed file), the project's data files and code by content, the
 * other files named (an outlet file of one's own) by content, and the run's options. A
 * run whose quick key is that of an earlier one, whose report is still whole, is kept
 * without loading the corpus or the tools (10,000 articles: seconds). An article edited
 * with its size and modification time put back is not seen, as `make` would not see it;
 * `--force` rebuilds.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { DEFAULT_CORPUS_DIR } from "framelens";
 * import { quickInputKey } from "./up_to_date.ts";
 * const key = quickInputKey(DEFAULT_CORPUS_DIR, { by: "outlet" });
 * assert.equal(quickInputKey(DEFAULT_CORPUS_DIR, { by: "outlet" }), key);
 * assert.notEqual(quickInputKey(DEFAULT_CORPUS_DIR, { by: "country" }), key); // other options, another run
 * ```
 *
 * @param options The run's options that change its outputs.
 * @param files Other files the run reads (by content).
 */
export function quickInputKey(corpusDir: string, options: unknown, files: readonly string[] = []): string {
  const h = createHash("sha256");
  h.update(JSON.stringify(["quick 1", corpusDir, options, projectCodeHash()]));
  dataHash(h);
  for (const f of files) {
    h.update(`\u0000${f}\u0000`);
    try {
      h.update(readFileSync(f));
    } catch (e) {
      h.update(`unreadable ${(e as { code?: string }).code}`);
    }
  }
  let names: string[];
  try {
    names = readdirSync(corpusDir).sort();
  } catch (e) {
    return `unlisted ${(e as { code?: string }).code} ${h.digest("hex")}`;
  }
  for (const name of names) {
    try {
      const s = statSync(join(corpusDir, name));
      h.update(`\u0000${name}\u0000${s.size} ${s.mtimeMs} ${s.ino} ${s.mode}`);
    } catch (e) {
      h.update(`\u0000${name}\u0000${(e as { code?: string }).code}`);
    }
  }
  return h.digest("hex");
}

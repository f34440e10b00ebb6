/**
 * Loading a folder of article files into a corpus.
 *
 * @module
 */
import { lstat, open, readdir, realpath, stat } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Article, Corpus, LoadProblem } from "../types.ts";
import { ArticleError, parseArticle } from "./front_matter.ts";
import { readAhead } from "../read_ahead.ts";
import { isInside } from "../paths.ts";

/** The project's own corpus folder, `data/articles`, found from this module's location. */
export const DEFAULT_CORPUS_DIR: string = fileURLToPath(
  new URL("../../data/articles", import.meta.url),
);

/** The largest article file read, in bytes (20 MB); a larger file is left out before it is read. */
export const MAX_ARTICLE_BYTES: number = 20 * 1024 * 1024;

/** Options for {@linkcode loadCorpus}. */
export interface LoadCorpusOptions {
  /** Throw a {@linkcode CorpusError} when any file has a problem, instead of skipping it. Default false. */
  strict?: boolean;
  /** Leave out files larger than this many bytes, without reading them. Default {@linkcode MAX_ARTICLE_BYTES}. */
  maxBytes?: number;
  /**
   * Of the folder's article file names (sorted), those to load (a shard's share, a
   * sample): the others are neither read nor checked, so a text or id the same as an
   * unread file's is not found. Default: every one.
   */
  select?: (names: readonly string[]) => readonly string[];
}

/** Options for {@linkcode loadArticleFile}. */
export interface LoadArticleOptions {
  /** Refuse a file larger than this many bytes, without reading it. Default {@linkcode MAX_ARTICLE_BYTES}. */
  maxBytes?: number;
}

/** A corpus that could not be loaded as asked, with every problem found. */
export class CorpusError extends Error {
  /** Every problem, one per file. */
  readonly problems: LoadProblem[];
  /**
   * @param message What could not be done.
   * @param problems The problems behind it.
   */
  constructor(message: string, problems: LoadProblem[] = []) {
    super(
      problems.length ? `${message}\n${problems.map((p) => `  ${p.file}: ${p.message}`).join("\n")}` : message,
    );
    this.name = "CorpusError";
    this.problems = problems;
  }
}

/** Article files read ahead of their turn by {@linkcode loadCorpus}. */
const READ_AHEAD = 16;

/** An article file name: ends in `.md` in any case, and is not hidden. */
export const ARTICLE_NAME: RegExp = /^[^.].*\.md$/is;

/**
 * The id of the article an article file holds: its name without `.md`.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * assert.equal(articleIdOf("2025-08-11-x.MD"), "2025-08-11-x");
 * ```
 */
export function articleIdOf(name: string): string {
  return name.replace(/\.md$/i, "");
}

/** A file that `deno task add` can make an article of: `.txt`, `.html` or `.htm` in any case, not hidden. */
const IMPORTABLE_NAME = /^[^.].*\.(txt|html?)$/is;

/** The notice for files in a corpus folder that `deno task add` would import, naming a few of them. */
function importableNotice(dir: string, names: string[]): string {
  const shown = names.slice(0, 3).map((n) => JSON.stringify(n)).join(", ") + (names.length > 3 ? ", ..." : "");
  return `${names.length} .txt or .html file(s) in ${dir} (${shown}) are not read: articles are .md files with front matter; \`deno task add FILE --outlet NAME\` imports one as an article`;
}

/** The key under which two ids count as the same: Unicode NFC, lower case. */
function idKey(id: string): string {
  return id.normalize("NFC").toLowerCase();
}

function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/**
 * Loads every `*.md` article of a folder (the extension in any case; hidden files,
 * whose name starts with `.`, and other files are ignored).
 *
 * A file that cannot be used does not stop the others: it is left out and listed in
 * `problems` with the reason (unless `strict` is set), so that every `.md` file ends
 * up exactly once in `articles` or in `problems`. Left out are: a file that cannot be
 * read, is larger than `maxBytes`, is not UTF-8 text or is binary, is not a valid
 * article (see {@linkcode parseArticle}); a symbolic link whose target is outside the
 * folder; a file whose id (its name without `.md`) is an earlier file's id up to case
 * and Unicode normalisation ("A.md" after "a.md"), or whose text is an earlier
 * article's of the same outlet (a duplicate; the same text from another outlet is a
 * reprint, kept, and grouped by the reuse stage). Nothing is ever written to the folder. The `.txt` and `.html` files of
 * the folder, which `deno task add` would import as articles, are counted in one
 * entry of `notices` (they are not problems: nothing is left out).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { loadCorpus } from "framelens";
 * const corpus = await loadCorpus(); // data/articles
 * for (const p of corpus.problems) console.warn(`${p.file}: ${p.message}`);
 * assert.ok(corpus.articles.length > 0);
 * assert.ok(corpus.articles.every((a) => a.file.endsWith(`${a.id}.md`))); // an article's id is its file's name
 * ```
 *
 * @param dir The folder; `data/articles` of the project by default.
 * @param options See {@linkcode LoadCorpusOptions}.
 * @throws {CorpusError} when the folder is missing or not a folder, or in strict mode on any problem.
 */
export async function loadCorpus(
  dir: string = DEFAULT_CORPUS_DIR,
  options: LoadCorpusOptions = {},
): Promise<Corpus> {
  let info;
  try {
    info = await stat(dir);
  } catch {
    throw new CorpusError(`Cannot load the corpus: the folder ${dir} does not exist`);
  }
  if (!info.isDirectory()) {
    throw new CorpusError(`Cannot load the corpus: ${dir} is not a folder`);
  }
  let names: string[];
  let importable: string[];
  let realDir: string;
  try {
    realDir = await realpath(dir);
    const all = await readdir(dir);
    names = all.filter((n) => ARTICLE_NAME.test(n)).sort();
    if (options.select) {
      const chosen = new Set(options.select(names));
      names = names.filter((n) => chosen.has(n));
    }
    importable = all.filter((n) => IMPORTABLE_NAME.test(n)).sort();
  } catch (e) {
    const code = (e as { code?: string }).code;
    throw new CorpusError(`Cannot load the corpus: the folder ${dir} cannot be read (${code ?? String(e)})`);
  }
  const articles: Article[] = [];
  const problems: LoadProblem[] = [];
  const byText = new Map<string, string>();
  const byId = new Map<string, string>();
  // Files are read up to READ_AHEAD ahead of their turn, so that one file's reads wait
  // on the disk while the one before is checked; each is then taken in name order.
  const fileAt = readAhead(names.length, (i) => {
    const file = join(dir, names[i]);
    return checkLink(file, realDir).then(() => loadArticleFile(file, { maxBytes: options.maxBytes }));
  }, READ_AHEAD);
  for (let i = 0; i < names.length; i++) {
    const file = join(dir, names[i]);
    try {
      const article = await fileAt(i);
      const sameId = byId.get(idKey(article.id));
      if (sameId !== undefined) {
        throw new ArticleError(
          file,
          `its id "${article.id}" is the same as ${sameId}'s (ids are compared ignoring case and Unicode normalisation); rename one of them; left out`,
        );
      }
      // The same text from another outlet is a reprint, kept (the reuse stage groups it);
      // from the same outlet, a duplicate.
      const key = `${article.outlet}\u0000${article.text.trim()}`;
      const twin = byText.get(key);
      if (twin !== undefined) {
        throw new ArticleError(
          file,
          `its text is the same as ${twin}'s, of the same outlet (${article.outlet}): a duplicate; left out`,
        );
      }
      byId.set(idKey(article.id), file);
      byText.set(key, file);
      articles.push(article);
    } catch (e) {
      if (e instanceof ArticleError) problems.push({ file, message: e.reason });
      else problems.push({ file, message: e instanceof Error ? e.message : String(e) });
    }
  }
  if (options.strict && problems.length) {
    throw new CorpusError(
      `Cannot load the corpus ${dir}: ${problems.length} file(s) have problems`,
      problems,
    );
  }
  const notices = importable.length ? [importableNotice(dir, importable)] : [];
  return { dir, articles, problems, notices };
}

/** Refuses a symbolic link whose target is missing or outside the corpus folder. */
async function checkLink(file: string, realDir: string): Promise<void> {
  let info;
  try {
    info = await lstat(file);
  } catch {
    return; // loadArticleFile says why it cannot be read
  }
  if (!info.isSymbolicLink()) return;
  let target: string;
  try {
    target = await realpath(file);
  } catch (e) {
    const code = (e as { code?: string }).code;
    throw new ArticleError(
      file,
      code === "ELOOP"
        ? "it is a symbolic link that loops back on itself"
        : `it is a symbolic link to a file that does not exist (${code ?? String(e)})`,
    );
  }
  if (!isInside(target, realDir)) {
    throw new ArticleError(
      file,
      `it is a symbolic link that points outside the corpus folder (to ${target}); framelens reads only files inside the corpus folder, so copy the file in instead`,
    );
  }
}

/**
 * Reads and parses one article file. The file is checked before it is read: it must
 * be a regular file (a folder, a FIFO or a device is refused, so that reading never
 * blocks) of at most `maxBytes` bytes.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { DEFAULT_CORPUS_DIR, loadArticleFile } from "framelens";
 * const a = await loadArticleFile(`${DEFAULT_CORPUS_DIR}/2025-08-11-peregraf-larijani-visit.md`);
 * assert.equal(a.id, "2025-08-11-peregraf-larijani-visit");
 * assert.equal(a.outlet, "Peregraf");
 * ```
 *
 * @param file The path of an `.md` article file.
 * @param options See {@linkcode LoadArticleOptions}.
 * @throws {ArticleError} when it cannot be read, is too large, is not UTF-8 text, or is not a valid article.
 */
export async function loadArticleFile(file: string, options: LoadArticleOptions = {}): Promise<Article> {
  const maxBytes = options.maxBytes ?? MAX_ARTICLE_BYTES;
  const bytes = await readLimited(file, maxBytes);
  let source: string;
  try {
    source = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new ArticleError(file, "the file is not UTF-8 text");
  }
  if (source.includes("\u0000")) {
    throw new ArticleError(file, "the file looks binary (it contains NUL bytes), not text");
  }
  const base = file.split(/[\\/]/).pop()!;
  return parseArticle(source, file, articleIdOf(base));
}

async function readLimited(file: string, maxBytes: number): Promise<Uint8Array> {
  const cannotRead = (e: unknown): never => {
    const code = (e as { code?: string }).code;
    if (code === "ENOENT" && file.includes("\ufffd")) {
      throw new ArticleError(file, "its file name is not valid UTF-8, so it cannot be opened; rename the file");
    }
    throw new ArticleError(file, `the file cannot be read (${code ?? String(e)})`);
  };
  let info;
  try {
    info = await stat(file);
  } catch (e) {
    return cannotRead(e);
  }
  if (info.isDirectory()) throw new ArticleError(file, "the file cannot be read (EISDIR)");
  if (!info.isFile()) {
    throw new ArticleError(file, "it is not a regular file (a FIFO, socket or device), so it is not read");
  }
  if (info.size > maxBytes) {
    throw new ArticleError(
      file,
      `the file is ${megabytes(info.size)}, more than the ${megabytes(maxBytes)} an article may have; it was not read`,
    );
  }
  let handle;
  try {
    handle = await open(file, "r");
  } catch (e) {
    return cannotRead(e);
  }
  try {
    // Read at most maxBytes + 1 bytes, in case the file grew since it was checked.
    let buffer = new Uint8Array(Math.min(info.size, maxBytes) + 1);
    let length = 0;
    while (true) {
      if (length === buffer.length) {
        if (length > maxBytes) {
          throw new ArticleError(
            file,
            `the file is more than the ${megabytes(maxBytes)} an article may have; it was not read`,
          );
        }
        const grown = new Uint8Array(Math.min(buffer.length * 2, maxBytes + 1));
        grown.set(buffer);
        buffer = grown;
      }
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, null);
      if (bytesRead === 0) break;
      length += bytesRead;
    }
    return buffer.subarray(0, length);
  } catch (e) {
    if (e instanceof ArticleError) throw e;
    return cannotRead(e);
  } finally {
    await handle.close();
  }
}

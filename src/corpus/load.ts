/**
 * Loading a folder of article files into a corpus.
 *
 * @module
 */
import { readdir, readFile, stat } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Article, Corpus, LoadProblem } from "../types.ts";
import { ArticleError, parseArticle } from "./front_matter.ts";

/** The project's own corpus folder, `data/articles`, found from this module's location. */
export const DEFAULT_CORPUS_DIR: string = fileURLToPath(
  new URL("../../data/articles", import.meta.url),
);

/** Options for {@linkcode loadCorpus}. */
export interface LoadCorpusOptions {
  /** Throw a {@linkcode CorpusError} when any file has a problem, instead of skipping it. Default false. */
  strict?: boolean;
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

/**
 * Loads every `*.md` article of a folder.
 *
 * A file that cannot be read or parsed does not stop the others: it is left out and
 * listed in `problems` with the reason (unless `strict` is set). An article whose text
 * is the same as an earlier one's is left out too.
 *
 * @example
 * ```ts
 * const corpus = await loadCorpus();
 * for (const p of corpus.problems) console.warn(`${p.file}: ${p.message}`);
 * console.log(corpus.articles.length, "articles");
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
  const names = (await readdir(dir)).filter((n) => n.endsWith(".md") && !n.startsWith("."))
    .sort();
  const articles: Article[] = [];
  const problems: LoadProblem[] = [];
  const byText = new Map<string, string>();
  for (const name of names) {
    const file = join(dir, name);
    try {
      const article = await loadArticleFile(file);
      const key = article.text.trim();
      const twin = byText.get(key);
      if (twin !== undefined) {
        throw new ArticleError(file, `its text is the same as ${twin}'s; left out`);
      }
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
  return { dir, articles, problems };
}

/**
 * Reads and parses one article file.
 *
 * @example
 * ```ts
 * const a = await loadArticleFile("data/articles/2025-08-11-peregraf-larijani-visit.md");
 * ```
 *
 * @param file The path of an `.md` article file.
 * @throws {ArticleError} when it cannot be read, is not UTF-8 text, or is not a valid article.
 */
export async function loadArticleFile(file: string): Promise<Article> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch (e) {
    const code = (e as { code?: string }).code;
    throw new ArticleError(file, `the file cannot be read (${code ?? String(e)})`);
  }
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
  return parseArticle(source, file, base.replace(/\.md$/, ""));
}

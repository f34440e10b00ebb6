/**
 * Bringing a new article into a corpus from a `.txt`, `.md` or saved `.html` page.
 *
 * @module
 */
import { constants } from "node:fs";
import { copyFile, link, readFile, stat, unlink, writeFile } from "node:fs/promises";
import { basename, extname, join } from "node:path";
import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import { stringify as stringifyYaml } from "yaml";
import { ARTICLE_KINDS, type ArticleKind } from "../types.ts";
import { isIsoDate, splitFrontMatter } from "./front_matter.ts";
import { DEFAULT_CORPUS_DIR, loadCorpus, MAX_ARTICLE_BYTES } from "./load.ts";

/** Metadata given for a new article; `outlet` is required. */
export interface NewArticleMeta {
  /** The outlet that published it. */
  outlet?: string;
  /** `YYYY-MM-DD`. */
  date?: string;
  /** Headline. */
  title?: string;
  /** Where it was published. */
  url?: string;
  /** news, opinion or analysis. */
  kind?: string;
  /** Author. */
  author?: string;
  /** The outlet's country. */
  country?: string;
}

/** Text and metadata read from a source file. */
export interface ExtractedArticle {
  /** The article text. */
  text: string;
  /** Metadata found in the file (front matter, HTML meta tags). */
  meta: NewArticleMeta;
}

function metaContent(doc: Document, ...selectors: string[]): string | undefined {
  for (const s of selectors) {
    const v = doc.querySelector(s)?.getAttribute("content")?.trim();
    if (v) return v;
  }
  return undefined;
}

const BLOCKS = "p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, figcaption";

/**
 * Extracts the main text of a saved web page with Mozilla Readability: one
 * paragraph per line, with the page's title, date, author and address when its meta
 * tags give them.
 *
 * @example
 * ```ts
 * const { text, meta } = extractHtml(await Deno.readTextFile("page.html"), "page.html");
 * ```
 *
 * @throws {Error} naming the file when no article text can be found.
 */
export function extractHtml(html: string, file: string): ExtractedArticle {
  const { document } = parseHTML(html);
  const doc = document as unknown as Document;
  const meta: NewArticleMeta = {
    title: metaContent(doc, 'meta[property="og:title"]', 'meta[name="twitter:title"]'),
    url: metaContent(doc, 'meta[property="og:url"]') ??
      doc.querySelector('link[rel="canonical"]')?.getAttribute("href") ?? undefined,
    author: metaContent(doc, 'meta[name="author"]', 'meta[property="article:author"]'),
  };
  const published = metaContent(
    doc,
    'meta[property="article:published_time"]',
    'meta[name="date"]',
    'meta[itemprop="datePublished"]',
  );
  if (published && isIsoDate(published.slice(0, 10))) meta.date = published.slice(0, 10);
  const site = metaContent(doc, 'meta[property="og:site_name"]');
  if (site) meta.outlet = site;
  const parsed = new Readability(doc as unknown as Document).parse();
  if (!parsed?.content) throw new Error(`Cannot add ${file}: no article text found in the page`);
  meta.title ??= parsed.title?.trim() || undefined;
  meta.author ??= parsed.byline?.trim() || undefined;
  const { document: content } = parseHTML(`<!doctype html><html><body>${parsed.content}</body></html>`);
  const blocks = [...content.querySelectorAll(BLOCKS)]
    .filter((el) => !el.parentElement?.closest(BLOCKS))
    .map((el) => (el.textContent ?? "").replace(/\s+/g, " ").trim())
    .filter((t) => t.length > 0);
  const text = blocks.length ? blocks.join("\n\n") : (parsed.textContent ?? "").trim();
  if (!text) throw new Error(`Cannot add ${file}: no article text found in the page`);
  return { text: text + "\n", meta };
}

/**
 * Reads the text and any metadata of a source file: `.txt` as it is, `.md` with or
 * without front matter, `.html`/`.htm` through {@linkcode extractHtml}.
 *
 * @example
 * ```ts
 * const { text } = await extractArticle("notes/article.txt");
 * ```
 *
 * @throws {Error} naming the file when it cannot be read or is not text.
 */
export async function extractArticle(file: string): Promise<ExtractedArticle> {
  let bytes: Uint8Array;
  try {
    const info = await stat(file);
    if (!info.isFile()) throw new Error(`Cannot add ${file}: it is not a regular file`);
    if (info.size > MAX_ARTICLE_BYTES) {
      throw new Error(
        `Cannot add ${file}: the file is ${(info.size / 1024 / 1024).toFixed(1)} MB, more than the ${
          MAX_ARTICLE_BYTES / 1024 / 1024
        } MB an article may have`,
      );
    }
    bytes = await readFile(file);
  } catch (e) {
    if (e instanceof Error && e.message.startsWith("Cannot add")) throw e;
    throw new Error(`Cannot add ${file}: the file cannot be read (${(e as { code?: string }).code ?? e})`);
  }
  let source: string;
  try {
    source = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new Error(`Cannot add ${file}: the file is not UTF-8 text`);
  }
  if (source.charCodeAt(0) === 0xfeff) source = source.slice(1);
  const ext = extname(file).toLowerCase();
  if (ext === ".html" || ext === ".htm") return extractHtml(source, file);
  if (ext === ".md" && /^---[ \t]*\r?\n/.test(source)) {
    const { meta, body } = splitFrontMatter(source, file);
    const pick = (k: string) =>
      (typeof meta[k] === "string" || typeof meta[k] === "number") ? String(meta[k]) : undefined;
    return {
      text: body,
      meta: {
        outlet: pick("outlet"),
        date: meta.date instanceof Date ? meta.date.toISOString().slice(0, 10) : pick("date"),
        title: pick("title"),
        url: pick("url"),
        kind: pick("kind"),
        author: pick("author"),
        country: pick("country"),
      },
    };
  }
  if (ext === ".txt" || ext === ".md" || ext === "") return { text: source, meta: {} };
  throw new Error(`Cannot add ${file}: unknown file type "${ext}" (use .txt, .md or .html)`);
}

/**
 * Makes a safe file-name stem: lower-case ASCII letters, digits and hyphens only, no
 * path separators, no `..`, at most `max` characters.
 *
 * @example
 * ```ts
 * slugify("Larijani’s visit to Baghdad / Beirut"); // "larijani-s-visit-to-baghdad-beirut"
 * ```
 */
export function slugify(text: string, max = 60): string {
  const slug = text.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase()
    .replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "");
  return slug.slice(0, max).replace(/-+$/, "");
}

/** Options for {@linkcode addArticle}. */
export interface AddArticleOptions extends NewArticleMeta {
  /** The corpus folder to add to; `data/articles` by default. */
  corpus?: string;
}

/** The article written by {@linkcode addArticle}. */
export interface AddedArticle {
  /** The new article's id. */
  id: string;
  /** The file written. */
  file: string;
}

/**
 * Adds an article to a corpus folder as a new `.md` file with front matter. Given
 * metadata wins over what the file holds. Never overwrites a file (a free name is
 * chosen), writes through a temporary file, and refuses an article whose text is
 * already in the corpus.
 *
 * @example
 * ```ts
 * const { file } = await addArticle("saved/page.html", { outlet: "Al Mayadeen", date: "2025-08-13" });
 * ```
 *
 * @throws {Error} saying why: no outlet, a bad date or kind, an empty text, a duplicate.
 */
export async function addArticle(source: string, options: AddArticleOptions = {}): Promise<AddedArticle> {
  const corpusDir = options.corpus ?? DEFAULT_CORPUS_DIR;
  const extracted = await extractArticle(source);
  const given = Object.fromEntries(Object.entries(options).filter(([k, v]) => k !== "corpus" && v !== undefined));
  const meta: NewArticleMeta = { ...extracted.meta, ...given };
  if (!meta.outlet?.trim()) throw new Error(`Cannot add ${source}: no outlet given (use --outlet NAME)`);
  if (meta.date && !isIsoDate(meta.date)) {
    throw new Error(`Cannot add ${source}: date "${meta.date}" is not a real date written YYYY-MM-DD`);
  }
  if (meta.kind && !ARTICLE_KINDS.includes(meta.kind as ArticleKind)) {
    throw new Error(`Cannot add ${source}: kind "${meta.kind}" must be one of ${ARTICLE_KINDS.join(", ")}`);
  }
  const text = extracted.text;
  if (!text.trim()) throw new Error(`Cannot add ${source}: the article text is empty`);
  const corpus = await loadCorpus(corpusDir);
  const twin = corpus.articles.find((a) => a.text.trim() === text.trim());
  if (twin) throw new Error(`Cannot add ${source}: its text is already in the corpus as ${twin.file}`);

  const stem =
    [meta.date ?? "undated", slugify(meta.outlet, 30), slugify(meta.title ?? basename(source, extname(source)), 50)]
      .filter(Boolean).join("-") || "article";
  const front: Record<string, string> = {};
  for (const k of ["outlet", "date", "title", "url", "kind", "author", "country"] as const) {
    if (meta[k]) front[k] = meta[k]!.trim();
  }
  const content = `---\n${stringifyYaml(front, { lineWidth: 0 })}---\n${text}`;
  const tmp = join(corpusDir, `.add-${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}.tmp`);
  await writeFile(tmp, content, { flag: "wx" });
  try {
    for (let n = 1; n < 1000; n++) {
      const id = n === 1 ? stem : `${stem}-${n}`;
      const file = join(corpusDir, `${id}.md`);
      try {
        await placeFile(tmp, file);
        return { id, file };
      } catch (e) {
        if ((e as { code?: string }).code !== "EEXIST") throw e;
      }
    }
    throw new Error(`Cannot add ${source}: no free file name for ${stem}`);
  } finally {
    await unlink(tmp).catch(() => {});
  }
}

/**
 * Gives the complete temporary file its final name, failing with EEXIST rather than
 * replacing a file: a hard link where the file system has them, else an exclusive copy.
 */
async function placeFile(tmp: string, file: string): Promise<void> {
  try {
    await link(tmp, file);
  } catch (e) {
    const code = (e as { code?: string }).code;
    if (code !== "EPERM" && code !== "ENOTSUP" && code !== "EXDEV" && code !== "ENOSYS") throw e;
    await copyFile(tmp, file, constants.COPYFILE_EXCL);
  }
}

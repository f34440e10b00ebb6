/**
 * Bringing a new article into a corpus from a `.txt`, `.md` or saved `.html` page.
 *
 * @module
 */
import { constants } from "node:fs";
import { copyFile, link, mkdir, readFile, stat, unlink, writeFile } from "node:fs/promises";
import { basename, extname, join } from "node:path";
import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import { stringify as stringifyYaml } from "yaml";
import { ARTICLE_KINDS, type ArticleKind } from "../types.ts";
import { findDate } from "./dateline.ts";
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
 * import assert from "node:assert/strict";
 * import { extractHtml } from "./ingest.ts";
 * const html = `<html><head><title>Larijani in Beirut</title>
 * <meta property="og:title" content="Larijani meets Aoun in Beirut"></head>
 * <body><nav>Home | World</nav><article><h1>Larijani meets Aoun in Beirut</h1>
 * <p>Iran's top security official met President Joseph Aoun on Wednesday, ahead of talks on the army's plan.</p>
 * <p>Aoun told him that Lebanon rejects any interference in its internal affairs, his office said.</p>
 * </article></body></html>`;
 * // A saved page: extractHtml(await Deno.readTextFile(file), file).
 * const { text, meta } = extractHtml(html, "page.html");
 * assert.equal(meta.title, "Larijani meets Aoun in Beirut");
 * assert.match(text, /^Iran's top security official met President Joseph Aoun/); // one paragraph per line
 * assert.ok(!text.includes("Home | World"));
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

/** A text's headline, split from the text that follows it. */
export interface SplitHeadline {
  /** The first line, when it is a headline. */
  headline?: string;
  /** The text without the headline (the whole text when there is none). */
  text: string;
}

/** The longest first line taken as a headline, in characters. */
const MAX_HEADLINE = 200;

/**
 * Splits the headline off a plain text: its first non-blank line is the headline when
 * more text follows it and it reads as one, at most 200 characters and not ending in a
 * full stop (a first line that is a sentence is the start of the text, and stays). In
 * Markdown a heading line (`# Title`, or a line underlined with `===` or `---`) is a
 * headline whatever its end.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { splitHeadline } from "./ingest.ts";
 * assert.deepEqual(splitHeadline("Larijani meets Aoun in Beirut\n\nIran's top security official met..."), {
 *   headline: "Larijani meets Aoun in Beirut",
 *   text: "Iran's top security official met...",
 * });
 * assert.equal(splitHeadline("Hezbollah rejected the plan.\nThe army will draw one up.").headline, undefined);
 * ```
 *
 * @param source The whole text.
 * @param options `markdown`: read `#` headings and underlined headings as Markdown.
 */
export function splitHeadline(source: string, options: { markdown?: boolean } = {}): SplitHeadline {
  const lines = source.split(/(?<=\r\n|\n|\r(?!\n))/);
  let i = 0;
  while (i < lines.length && lines[i].trim() === "") i++;
  if (i >= lines.length) return { text: source };
  let headline = lines[i].trim();
  let end = i + 1;
  let marked = false;
  if (options.markdown) {
    const atx = /^#{1,6}\s+(.*?)(?:\s+#+)?$/.exec(headline);
    if (atx) {
      headline = atx[1].trim();
      marked = true;
    } else if (end < lines.length && /^(=+|-+)\s*$/.test(lines[end].trim()) && !/^[-=]+$/.test(headline)) {
      end++;
      marked = true;
    }
  }
  const rest = lines.slice(end).join("").replace(/^(?:[ \t]*(?:\r\n|\n|\r))+/, "");
  const readsAsHeadline = marked || (headline.length <= MAX_HEADLINE && !/\.["'”’)\]]*$/.test(headline));
  if (!headline || !rest.trim() || !readsAsHeadline) return { text: source };
  return { headline, text: rest };
}

/**
 * Reads the text and any metadata of a source file: `.txt` and `.md` without front
 * matter with their first line as the title when it is a headline (see
 * {@linkcode splitHeadline}), `.md` with front matter, `.html`/`.htm` through
 * {@linkcode extractHtml}.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { extractArticle } from "framelens";
 * const dir = await Deno.makeTempDir();
 * const source = "Larijani meets Aoun in Beirut\n\nIran's top security official met...";
 * await Deno.writeTextFile(`${dir}/article.txt`, source);
 * const { text, meta } = await extractArticle(`${dir}/article.txt`);
 * assert.equal(meta.title, "Larijani meets Aoun in Beirut"); // the first line, a headline
 * assert.equal(text, "Iran's top security official met...");
 * await Deno.remove(dir, { recursive: true });
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
  if (ext === ".txt" || ext === ".md" || ext === "") {
    const { headline, text } = splitHeadline(source, { markdown: ext === ".md" });
    return { text, meta: headline === undefined ? {} : { title: headline } };
  }
  throw new Error(`Cannot add ${file}: unknown file type "${ext}" (use .txt, .md or .html)`);
}

/**
 * Makes a safe file-name stem: lower-case ASCII letters, digits and hyphens only, no
 * path separators, no `..`, at most `max` characters, cut after a whole word (only a
 * first word longer than `max` is cut inside).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { slugify } from "./ingest.ts";
 * assert.equal(slugify("Larijani’s visit to Baghdad / Beirut"), "larijani-s-visit-to-baghdad-beirut");
 * assert.equal(slugify("Larijani’s visit to Baghdad / Beirut", 20), "larijani-s-visit-to"); // cut at a word
 * ```
 */
export function slugify(text: string, max = 60): string {
  const slug = text.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase()
    .replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "");
  if (slug.length <= max) return slug;
  const cut = slug.slice(0, max + 1).lastIndexOf("-");
  return cut > 0 ? slug.slice(0, cut) : slug.slice(0, max);
}

/** Options for {@linkcode addArticle}. */
export interface AddArticleOptions extends NewArticleMeta {
  /** The corpus folder to add to; `data/articles` by default. A folder that does not exist is created: a new corpus. */
  corpus?: string;
  /** Today, `YYYY-MM-DD`, for a dateline without a year (see {@linkcode findDate}). Default: today in UTC. */
  today?: string;
}

/** The article written by {@linkcode addArticle}. */
export interface AddedArticle {
  /** The new article's id. */
  id: string;
  /** The file written. */
  file: string;
  /** What was done that the user did not ask for: a date read from a dateline, a default kind, a new corpus folder. */
  notes: string[];
}

/** The fields of {@linkcode NewArticleMeta}, in the order they are written to the front matter. */
const META_KEYS = ["outlet", "date", "title", "url", "kind", "author", "country"] as const;

/**
 * Adds an article to a corpus folder as a new `.md` file with front matter. Given
 * metadata wins over what the file holds. With no date given or in the file, the date
 * is read from a dateline near the top of the text ({@linkcode findDate}); with none
 * there either, the article is refused. A saved web page is news unless a kind is
 * given. A corpus folder that does not exist is created. Never overwrites a file (a
 * free name is chosen), writes through a temporary file, refuses an article whose text
 * is already in the corpus from the same outlet (the same text from another outlet is a
 * reprint: added, with a note), and writes nothing when it refuses.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { addArticle, loadCorpus } from "framelens";
 * const dir = await Deno.makeTempDir();
 * await Deno.writeTextFile(`${dir}/page.txt`, "Larijani meets Aoun in Beirut\n\nIran's top security official met...");
 * const corpus = `${dir}/corpus`; // a new corpus folder: created
 * const added = await addArticle(`${dir}/page.txt`, { corpus, outlet: "Al Mayadeen", date: "2025-08-13" });
 * assert.equal(added.id, "2025-08-13-al-mayadeen-larijani-meets-aoun-in-beirut");
 * assert.deepEqual((await loadCorpus(corpus)).articles.map((a) => a.outlet), ["Al Mayadeen"]);
 * await assert.rejects(addArticle(`${dir}/page.txt`, { corpus, outlet: "Al Mayadeen" }), /already in the corpus/);
 * await Deno.remove(dir, { recursive: true });
 * ```
 *
 * @throws {Error} saying why: no outlet, no date or a bad one, a bad kind, an empty text, a duplicate.
 */
export async function addArticle(source: string, options: AddArticleOptions = {}): Promise<AddedArticle> {
  const corpusDir = options.corpus ?? DEFAULT_CORPUS_DIR;
  const extracted = await extractArticle(source);
  const meta: NewArticleMeta = { ...extracted.meta };
  for (const k of META_KEYS) if (options[k] !== undefined) meta[k] = options[k];
  const notes: string[] = [];
  if (!meta.outlet?.trim()) throw new Error(`Cannot add ${source}: no outlet given (use --outlet NAME)`);
  if (meta.date && !isIsoDate(meta.date)) {
    throw new Error(`Cannot add ${source}: date "${meta.date}" is not a real date written YYYY-MM-DD`);
  }
  if (meta.kind && !ARTICLE_KINDS.includes(meta.kind as ArticleKind)) {
    throw new Error(`Cannot add ${source}: kind "${meta.kind}" must be one of ${ARTICLE_KINDS.join(", ")}`);
  }
  const text = extracted.text;
  if (!text.trim()) throw new Error(`Cannot add ${source}: the article text is empty`);
  const exists = await stat(corpusDir).then(() => true, (e) => {
    if ((e as { code?: string }).code === "ENOENT") return false;
    throw new Error(
      `Cannot add ${source}: the corpus folder ${corpusDir} cannot be read (${(e as { code?: string }).code ?? e})`,
    );
  });
  if (exists) {
    const corpus = await loadCorpus(corpusDir);
    const twins = corpus.articles.filter((a) => a.text.trim() === text.trim());
    const twin = twins.find((a) => a.outlet === meta.outlet);
    if (twin) {
      throw new Error(`Cannot add ${source}: its text is already in the corpus as ${twin.file}, of the same outlet`);
    }
    // The same text from another outlet is a reprint: added, and said so.
    for (const t of twins) notes.push(`its text is the same as ${t.file} (${t.outlet}): kept as a reprint`);
  }
  if (!meta.date) {
    const found = findDate([extracted.meta.title ?? "", text].join("\n"), { today: options.today });
    if (!found) {
      throw new Error(
        `Cannot add ${source}: no date given, and none found near the top of the text (a dateline such as "BEIRUT, Aug. 11 (Reuters) -" or a date such as "11 August 2025"); give it with --date YYYY-MM-DD`,
      );
    }
    meta.date = found.date;
    notes.push(
      `date ${found.date} read from "${found.source}"${
        found.yearGuessed ? ` (no year there: ${found.date.slice(0, 4)} is the latest year not after today)` : ""
      }; --date YYYY-MM-DD gives another`,
    );
  }
  if (!meta.kind && /^\.html?$/i.test(extname(source))) {
    meta.kind = "news";
    notes.push("kind news, the default for a web page; --kind opinion or --kind analysis gives another");
  }

  const stem = [meta.date, slugify(meta.outlet, 30), slugify(meta.title ?? basename(source, extname(source)), 50)]
    .filter(Boolean).join("-");
  const front: Record<string, string> = {};
  for (const k of META_KEYS) {
    if (meta[k]) front[k] = meta[k]!.trim();
  }
  const content = `---\n${stringifyYaml(front, { lineWidth: 0 })}---\n${text}`;
  if (!exists) {
    await mkdir(corpusDir, { recursive: true });
    notes.push(
      `created the folder ${corpusDir}, a new corpus with this article its first (deno task report --corpus ${corpusDir} reads it)`,
    );
  }
  const tmp = join(corpusDir, `.add-${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}.tmp`);
  await writeFile(tmp, content, { flag: "wx" });
  try {
    for (let n = 1; n < 1000; n++) {
      const id = n === 1 ? stem : `${stem}-${n}`;
      const file = join(corpusDir, `${id}.md`);
      try {
        await placeFile(tmp, file);
        return { id, file, notes };
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

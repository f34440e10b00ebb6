/**
 * Parsing one article file: YAML front matter between `---` lines, then the text.
 *
 * @module
 */
import { parse as parseYaml } from "yaml";
import { type Article, ARTICLE_KINDS, type ArticleKind } from "../types.ts";

/** An article file that cannot be used, with the file and the reason. */
export class ArticleError extends Error {
  /** The file at fault. */
  readonly file: string;
  /** The reason, without the file name. */
  readonly reason: string;
  /**
   * @param file The file at fault.
   * @param reason What is wrong with it.
   */
  constructor(file: string, reason: string) {
    super(`Cannot load ${file}: ${reason}`);
    this.name = "ArticleError";
    this.file = file;
    this.reason = reason;
  }
}

const KNOWN = new Set([
  "outlet",
  "date",
  "title",
  "url",
  "kind",
  "author",
  "country",
]);

/** The front matter and the body of an article file, split but not yet validated. */
export interface SplitFile {
  /** The parsed YAML mapping. */
  meta: Record<string, unknown>;
  /** The text after the closing `---` line, exactly as in the file. */
  body: string;
}

/**
 * Splits an article file into its YAML front matter and its body.
 *
 * A leading byte-order mark is ignored; the delimiter lines may end in LF, CRLF or CR.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { splitFrontMatter } from "./front_matter.ts";
 * const { meta, body } = splitFrontMatter("---\noutlet: X\n---\nHello.", "a.md");
 * assert.deepEqual(meta, { outlet: "X" });
 * assert.equal(body, "Hello.");
 * ```
 *
 * @param source The whole file as text.
 * @param file The file name, for error messages.
 * @throws {ArticleError} when the front matter is missing, unclosed or not a YAML mapping.
 */
export function splitFrontMatter(source: string, file: string): SplitFile {
  const text = source.charCodeAt(0) === 0xfeff ? source.slice(1) : source;
  const open = /^---[ \t]*(\r\n|\n|\r)/.exec(text);
  if (!open) {
    throw new ArticleError(
      file,
      'no front matter: the file must start with a line "---", then YAML fields such as "outlet: ...", then a line "---"',
    );
  }
  const close = /(^|\r\n|\n|\r)---[ \t]*(\r\n|\n|\r|$)/.exec(
    text.slice(open[0].length),
  );
  if (!close) {
    throw new ArticleError(
      file,
      'front matter is not closed: no line "---" after the opening one',
    );
  }
  const yamlText = text.slice(open[0].length, open[0].length + close.index);
  const body = text.slice(open[0].length + close.index + close[0].length);
  let meta: unknown;
  try {
    // The YAML parser reads only LF and CRLF as line breaks: a CR-only file would fail.
    // Only the core schema: `!!timestamp`, `!!binary` and other tags stay text, so that
    // a date is always checked as written; warnings are not printed.
    meta = parseYaml(yamlText.replace(/\r\n?/g, "\n"), { resolveKnownTags: false, logLevel: "error" });
  } catch (e) {
    const why = e instanceof Error ? e.message.split("\n")[0] : String(e);
    throw new ArticleError(file, `front matter is not valid YAML (${why})`);
  }
  if (meta === null || meta === undefined) meta = {};
  if (typeof meta !== "object" || Array.isArray(meta)) {
    throw new ArticleError(
      file,
      "front matter is not a YAML mapping of fields (expected lines like 'outlet: Name')",
    );
  }
  return { meta: meta as Record<string, unknown>, body };
}

/**
 * Checks a `YYYY-MM-DD` string names a real calendar day.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { isIsoDate } from "./front_matter.ts";
 * assert.equal(isIsoDate("2025-08-11"), true);
 * assert.equal(isIsoDate("2025-02-30"), false); // no such day
 * ```
 */
export function isIsoDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 &&
    date.getUTCDate() === d;
}

function optionalString(
  meta: Record<string, unknown>,
  key: string,
  file: string,
): string | undefined {
  const v = meta[key];
  if (v === undefined || v === null || v === "") return undefined;
  if (typeof v === "string") return v.toWellFormed().trim();
  if (typeof v === "number" || typeof v === "boolean") return String(v);
  throw new ArticleError(file, `front matter field "${key}" is not text`);
}

/**
 * Parses and validates one article file.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { ArticleError, parseArticle } from "framelens";
 * const a = parseArticle("---\noutlet: The National\ndate: 2025-08-11\n---\nText.", "x.md", "x");
 * assert.deepEqual([a.id, a.outlet, a.date, a.text], ["x", "The National", "2025-08-11", "Text."]);
 * assert.throws(() => parseArticle("---\ndate: 2025-08-11\n---\nText.", "y.md", "y"), ArticleError); // no outlet
 * ```
 *
 * @param source The whole file as text.
 * @param file The file name, for error messages.
 * @param id The article id (the file name without `.md`).
 * @throws {ArticleError} naming the file and the problem: no outlet, a bad date or kind, an empty text.
 */
export function parseArticle(source: string, file: string, id: string): Article {
  const { meta, body } = splitFrontMatter(source, file);
  const outlet = optionalString(meta, "outlet", file);
  if (!outlet) {
    throw new ArticleError(file, 'front matter has no "outlet"');
  }
  let date: string | undefined;
  const rawDate = meta.date;
  if (rawDate instanceof Date && !Number.isNaN(rawDate.getTime())) {
    date = rawDate.toISOString().slice(0, 10);
  } else if (rawDate !== undefined && rawDate !== null && rawDate !== "") {
    date = String(rawDate).trim();
    if (!isIsoDate(date)) {
      throw new ArticleError(
        file,
        `"date" is "${date}", not a real date written YYYY-MM-DD`,
      );
    }
  }
  const kindText = optionalString(meta, "kind", file)?.toLowerCase();
  if (kindText && !ARTICLE_KINDS.includes(kindText as ArticleKind)) {
    throw new ArticleError(
      file,
      `"kind" is "${kindText}"; it must be one of ${ARTICLE_KINDS.join(", ")}`,
    );
  }
  if (body.trim() === "") {
    throw new ArticleError(file, "the article text after the front matter is empty");
  }
  const extra: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(meta)) {
    // defineProperty, not assignment: a field named "__proto__" stays a plain field.
    if (!KNOWN.has(k)) {
      Object.defineProperty(extra, k, { value: v, enumerable: true, writable: true, configurable: true });
    }
  }
  return {
    id,
    file,
    outlet,
    date,
    title: optionalString(meta, "title", file),
    url: optionalString(meta, "url", file),
    kind: kindText as ArticleKind | undefined,
    author: optionalString(meta, "author", file),
    country: optionalString(meta, "country", file),
    extra,
    text: body,
  };
}

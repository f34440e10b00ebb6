/**
 * `deno task add FILE --outlet NAME [--date --title --url --kind --author --country --corpus DIR]`.
 *
 * @module
 */
import { parseArgs } from "node:util";
import { addArticle } from "../corpus/ingest.ts";

const USAGE = `Usage: deno task add FILE --outlet NAME [--date YYYY-MM-DD] [--title T] [--url U]
                     [--kind news|opinion|analysis] [--author A] [--country C] [--corpus DIR]

Adds an article from a .txt, .md or saved .html page (main text extracted with
Readability) as a new file in the corpus folder (default: data/articles). Never
overwrites a file; refuses an article whose text is already in the corpus.`;

/**
 * The command line of `deno task add`.
 *
 * @example
 * ```ts
 * Deno.exit(await main(["page.html", "--outlet", "Al Mayadeen"]));
 * ```
 */
export async function main(args: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: {
        outlet: { type: "string" },
        date: { type: "string" },
        title: { type: "string" },
        url: { type: "string" },
        kind: { type: "string" },
        author: { type: "string" },
        country: { type: "string" },
        corpus: { type: "string" },
        help: { type: "boolean", short: "h", default: false },
      },
    });
  } catch (e) {
    console.error(`${(e as Error).message}\n\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  if (positionals.length !== 1) {
    console.error(`Give exactly one file to add.\n\n${USAGE}`);
    return 2;
  }
  try {
    const { help: _help, ...options } = values;
    const added = await addArticle(positionals[0], options);
    console.log(`added ${added.id}: ${added.file}`);
    return 0;
  } catch (e) {
    console.error(`error: ${(e as Error).message}`);
    return 1;
  }
}

if (import.meta.main) Deno.exit(await main(Deno.args));

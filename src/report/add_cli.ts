/**
 * `deno task add FILE --outlet NAME [--date --title --url --kind --author --country --corpus DIR]`.
 *
 * @module
 */
import { addArticle } from "../corpus/ingest.ts";
import { parseFlags, UsageError } from "./parse_flags.ts";

const USAGE = `Usage: deno task add FILE --outlet NAME [--date YYYY-MM-DD] [--title TITLE] [--url URL]
                     [--kind news|opinion|analysis] [--author AUTHOR] [--country COUNTRY] [--corpus DIR]

Adds an article from a .txt, .md or saved .html page (main text extracted with
Readability) as a new file in the corpus folder (default: data/articles; a folder
that does not exist is created as a new corpus). In a .txt, or a .md without front
matter, the first line is the headline (unless it reads as a sentence, ending in a
full stop): the title, left out of the text. With no --date, the date is read from
a dateline near the top ("BEIRUT, Aug. 11 (Reuters) -", "11 August 2025"), or the
article is refused. A web page's kind is news unless --kind says otherwise. Never
overwrites a file; refuses an article whose text is already in the corpus from the same
outlet (from another outlet it is added, as a reprint).`;

/** The flags of `deno task add`. */
const ADD_FLAGS = {
  outlet: { type: "string", value: "NAME" },
  date: { type: "string", value: "YYYY-MM-DD" },
  title: { type: "string", value: "TITLE" },
  url: { type: "string", value: "URL" },
  kind: { type: "string", value: "news|opinion|analysis" },
  author: { type: "string", value: "AUTHOR" },
  country: { type: "string", value: "COUNTRY" },
  corpus: { type: "string", value: "DIR" },
  help: { type: "boolean", short: "h" },
} as const;

/**
 * The command line of `deno task add`.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { main } from "./add_cli.ts";
 * // `deno task add page.html --outlet "Al Mayadeen"` runs Deno.exit(await main(Deno.args)).
 * assert.equal(await main(["--help"]), 0); // prints the usage
 * assert.equal(await main(["--outlte", "Al Mayadeen"]), 2); // a usage error, named on standard error
 * ```
 */
export async function main(args: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseFlags(args, ADD_FLAGS, { command: "deno task add", positionals: ["FILE"] });
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    console.error(`error: ${e.message}\n(deno task add --help shows the usage)`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  if (positionals.length !== 1) {
    console.error(`error: deno task add: no FILE to add was given\n\n${USAGE}`);
    return 2;
  }
  try {
    const { help: _help, ...options } = values;
    const added = await addArticle(positionals[0], options);
    for (const note of added.notes) console.log(`note: ${note}`);
    console.log(`added ${added.id}: ${added.file}`);
    return 0;
  } catch (e) {
    console.error(`error: ${(e as Error).message}`);
    return 1;
  }
}

if (import.meta.main) Deno.exit(await main(Deno.args));

/**
 * `deno task accept REFERENT loaded|neutral WORDING [--note TEXT] [--contextual] [--lexicon FILE]`.
 *
 * @module
 */
import { acceptWording } from "../framing/accept.ts";
import type { Frame } from "../framing/lexicon.ts";
import { parseFlags, UsageError } from "./parse_flags.ts";

const USAGE = `Usage: deno task accept REFERENT loaded|neutral WORDING [--note TEXT] [--contextual] [--lexicon FILE]

Adds WORDING (a phrase or a pattern: see the header of data/lexicons/framing.yaml) as
the last loaded or neutral wording of REFERENT in the framing lexicon, keeping the file's
comments. The file is written only if the lexicon stays valid. The discovery table of
notebooks/03-framing.ipynb gives this line for each candidate.`;

const FLAGS = {
  note: { type: "string", value: "TEXT" },
  contextual: { type: "boolean" },
  lexicon: { type: "string", value: "FILE" },
  help: { type: "boolean", short: "h" },
} as const;

/**
 * The command line of `deno task accept`.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { DEFAULT_FRAMING_LEXICON_FILE } from "framelens";
 * import { main } from "./accept_cli.ts";
 * const dir = await Deno.makeTempDir();
 * const lexicon = `${dir}/framing.yaml`; // a copy, so that the example leaves data/lexicons/framing.yaml as it was
 * await Deno.copyFile(DEFAULT_FRAMING_LEXICON_FILE, lexicon);
 * assert.equal(await main(["israel", "loaded", "Israeli war machine", "--lexicon", lexicon]), 0);
 * assert.match(await Deno.readTextFile(lexicon), /- "Israeli war machine"/);
 * assert.equal(await main(["israel", "loaded", "Israeli war machine", "--lexicon", lexicon]), 1); // already listed
 * await Deno.remove(dir, { recursive: true });
 * ```
 */
export async function main(args: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseFlags(args, FLAGS, { command: "deno task accept", positionals: ["REFERENT", "FRAME", "WORDING"] });
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    console.error(`error: ${e.message}\n(deno task accept --help shows the usage)`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  if (positionals.length !== 3) {
    console.error(`error: deno task accept needs REFERENT, FRAME and WORDING\n\n${USAGE}`);
    return 2;
  }
  const [referent, frame, wording] = positionals;
  try {
    await acceptWording(referent, frame as Frame, wording, {
      note: values.note,
      contextual: values.contextual,
      file: values.lexicon,
    });
    console.log(`added to ${values.lexicon ?? "data/lexicons/framing.yaml"}: ${referent} ${frame} "${wording}"`);
    return 0;
  } catch (e) {
    console.error(`error: ${(e as Error).message}`);
    return 1;
  }
}

if (import.meta.main) Deno.exit(await main(Deno.args));

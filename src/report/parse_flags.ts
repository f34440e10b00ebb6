/**
 * The command lines of framelens's tasks: flags and bare values read into typed values,
 * with framelens's own one-line message for a mistake (an unknown flag with the nearest
 * valid one, a flag missing its value, a bare value where a flag was expected).
 *
 * @module
 */
import { didYouMean } from "../suggest.ts";

/** One flag of a command. */
export interface FlagSpec {
  /** `"string"`: the flag takes a value (`--corpus DIR` or `--corpus=DIR`); `"boolean"`: it takes none. */
  type: "string" | "boolean";
  /** What the value is, for messages and usage: `"DIR"`, `"YYYY-MM-DD"`. Default `"VALUE"`. */
  value?: string;
  /** A one-letter alias used with one dash, such as `"h"` for `-h`. */
  short?: string;
}

/** Options for {@linkcode parseFlags}. */
export interface ParseFlagsOptions {
  /** The command, at the start of every message: `"deno task add"`. */
  command: string;
  /** The bare values the command takes, in order, by name (`["FILE"]`); none by default. */
  positionals?: string[];
}

/** The values of the flags: a string flag's value or undefined, a boolean flag's presence. */
export type FlagValues<S extends Record<string, FlagSpec>> = {
  -readonly [K in keyof S]: S[K]["type"] extends "boolean" ? boolean : string | undefined;
};

/** What {@linkcode parseFlags} read. */
export interface ParsedFlags<S extends Record<string, FlagSpec>> {
  /** Every flag, set or not. */
  values: FlagValues<S>;
  /** The bare values, in order (at most as many as `positionals` names). */
  positionals: string[];
}

/** A command line that cannot be read; its message is one line that names the flag or value at fault. */
export class UsageError extends Error {
  /** @param message What is wrong, one line. */
  constructor(message: string) {
    super(message);
    this.name = "UsageError";
  }
}

/** An argument that is meant as a flag: a dash and a letter (`-h`, `--corpus`); `-1` and `-` are values. */
const FLAG_LIKE = /^--?[a-z]/i;

/**
 * Reads a command line. A string flag takes the next argument as its value, or the
 * text after `=`; a boolean flag takes none; `--` ends the flags, and what follows is
 * bare values. A later flag replaces an earlier one. Throws a {@linkcode UsageError}
 * whose message names the fault and what would be right: for an unknown flag the
 * nearest valid one (by {@linkcode didYouMean}) or else every valid one; for a flag
 * missing its value the value it takes; for a bare value where a flag was expected the
 * flag it may belong to (`--outlet Al Mayadeen` without quotes) or the flags there are.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { parseFlags, UsageError } from "./parse_flags.ts";
 * const flags = { outlet: { type: "string", value: "NAME" }, help: { type: "boolean", short: "h" } } as const;
 * const options = { command: "deno task add", positionals: ["FILE"] };
 * const { values, positionals } = parseFlags(["page.html", "--outlet", "Al Mayadeen"], flags, options);
 * assert.deepEqual([values.outlet, values.help, positionals], ["Al Mayadeen", false, ["page.html"]]);
 * assert.throws(() => parseFlags(["--outlte", "X"], flags, options), (e) =>
 *   e instanceof UsageError && e.message === 'deno task add: unknown flag --outlte (did you mean "--outlet"?)');
 * ```
 *
 * @param args The arguments, without the program name (`Deno.args`).
 * @param flags The command's flags by name (without dashes).
 * @param options See {@linkcode ParseFlagsOptions}.
 * @throws {UsageError} for an unknown flag, a flag missing its value or given one it does not take, or a bare value where none is expected.
 */
export function parseFlags<S extends Record<string, FlagSpec>>(
  args: string[],
  flags: S,
  options: ParseFlagsOptions,
): ParsedFlags<S> {
  const { command } = options;
  const names = Object.keys(flags);
  const wanted = options.positionals ?? [];
  const dashed = names.map((n) => `--${n}`);
  const fail = (message: string): never => {
    throw new UsageError(`${command}: ${message}`);
  };
  const shown = (arg: string) => JSON.stringify(arg);
  // A flag as written, quoted when it holds a line break or another control character.
  // deno-lint-ignore no-control-regex -- control characters are exactly what this finds
  const flagShown = (arg: string) => (/[\u0000-\u001f\u007f]/.test(arg) ? JSON.stringify(arg) : arg);
  const placeholder = (name: string) => flags[name].value ?? "VALUE";
  const usageOf = (name: string) => flags[name].type === "string" ? `--${name} ${placeholder(name)}` : `--${name}`;
  const allFlags = () => names.map(usageOf).join(", ");

  const values: Record<string, string | boolean | undefined> = {};
  for (const name of names) values[name] = flags[name].type === "boolean" ? false : undefined;
  const positionals: string[] = [];
  // The string flag whose value the previous argument was, for the hint on a bare value after it.
  let lastValueOf: { name: string; value: string } | undefined;
  // The boolean flag the previous argument was, for the hint on a value given to it.
  let lastBoolean: string | undefined;
  // A bare value taken right after a string flag's value: perhaps the rest of that value.
  let strayAfter: { arg: string; name: string; value: string } | undefined;
  const quoted = (name: string, value: string, more: string) => `--${name} "${value} ${more}"`;

  const bare = (arg: string) => {
    if (positionals.length < wanted.length) {
      if (lastValueOf && !strayAfter) strayAfter = { arg, ...lastValueOf };
      positionals.push(arg);
      return;
    }
    if (lastValueOf) {
      const { name, value } = lastValueOf;
      fail(
        `unexpected ${shown(arg)} after --${name} ${value}; a value with spaces goes in quotes: ${
          quoted(name, value, arg)
        }`,
      );
    }
    if (lastBoolean) fail(`unexpected ${shown(arg)} after ${lastBoolean}, which takes no value`);
    const suggestion = didYouMean(`--${arg}`, dashed);
    if (suggestion) fail(`unexpected ${shown(arg)}${suggestion}`);
    if (wanted.length === 0) fail(`unexpected ${shown(arg)}: this command takes only flags (${allFlags()})`);
    const stray = strayAfter
      ? `; if ${shown(strayAfter.arg)} belongs to --${strayAfter.name}, put the value in quotes: ${
        quoted(strayAfter.name, strayAfter.value, strayAfter.arg)
      }`
      : ` (flags: ${allFlags()})`;
    fail(
      `unexpected ${shown(arg)}: this command takes ${wanted.join(" ")} once, and ${
        positionals.map(shown).join(" ")
      } is given${stray}`,
    );
  };

  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === "--") {
      lastValueOf = lastBoolean = undefined;
      for (const rest of args.slice(i + 1)) bare(rest);
      break;
    }
    if (!FLAG_LIKE.test(arg)) {
      bare(arg);
      lastValueOf = lastBoolean = undefined;
      continue;
    }
    lastValueOf = lastBoolean = undefined;
    const eq = arg.indexOf("=");
    const written = eq >= 0 ? arg.slice(0, eq) : arg;
    const inline = eq >= 0 ? arg.slice(eq + 1) : undefined;
    let name: string | undefined;
    if (written.startsWith("--")) {
      name = Object.hasOwn(flags, written.slice(2)) ? written.slice(2) : undefined;
    } else {
      name = names.find((n) => flags[n].short === written.slice(1));
    }
    if (name === undefined) {
      const bareName = written.replace(/^-+/, "");
      const suggestion = didYouMean(`--${bareName}`, dashed);
      fail(`unknown flag ${flagShown(written)}${suggestion || `; the flags are ${allFlags()}`}`);
    }
    const flag = name!;
    if (flags[flag].type === "boolean") {
      if (inline !== undefined) fail(`${written} takes no value, but was given ${shown(inline)}`);
      values[flag] = true;
      lastBoolean = written;
      continue;
    }
    if (inline !== undefined) {
      values[flag] = inline;
      lastValueOf = { name: flag, value: inline };
      continue;
    }
    const next = args[i + 1];
    if (next === undefined) fail(`${written} needs a value (${usageOf(flag)})`);
    if (next === "--" || FLAG_LIKE.test(next)) {
      const known = next === "--" ||
        names.some((n) =>
          next.split("=")[0] === `--${n}` || (flags[n].short !== undefined && next === `-${flags[n].short}`)
        );
      fail(
        `${written} needs a value (${usageOf(flag)}), but ${flagShown(next)} follows it${
          known ? "" : ` (if that is the value, write ${written}=${flagShown(next)})`
        }`,
      );
    }
    values[flag] = next;
    lastValueOf = { name: flag, value: next };
    i++;
  }
  return { values: values as FlagValues<S>, positionals };
}

import assert from "node:assert/strict";
import { parseFlags, UsageError } from "../../src/report/parse_flags.ts";

const ADD = {
  outlet: { type: "string", value: "NAME" },
  date: { type: "string", value: "YYYY-MM-DD" },
  corpus: { type: "string", value: "DIR" },
  strict: { type: "boolean" },
  help: { type: "boolean", short: "h" },
} as const;
const AS_ADD = { command: "deno task add", positionals: ["FILE"] };
const AS_REPORT = { command: "deno task report" };

/** The message of the UsageError that parseFlags throws for these arguments. */
function usageError(args: string[], options: { command: string; positionals?: string[] } = AS_ADD): string {
  try {
    parseFlags(args, ADD, options);
  } catch (e) {
    assert.ok(e instanceof UsageError, `a UsageError, not ${e}`);
    assert.ok(!e.message.includes("\n"), `one line: ${e.message}`);
    return e.message;
  }
  assert.fail(`no error for ${JSON.stringify(args)}`);
}

Deno.test("parseFlags() reads string flags with a space or '=', booleans, short flags and the bare value", () => {
  const { values, positionals } = parseFlags(
    ["page.html", "--outlet", "Al Mayadeen", "--date=2025-08-13", "--strict", "-h"],
    ADD,
    AS_ADD,
  );
  assert.deepEqual(values, { outlet: "Al Mayadeen", date: "2025-08-13", corpus: undefined, strict: true, help: true });
  assert.deepEqual(positionals, ["page.html"]);
});

Deno.test("parseFlags() leaves unset flags undefined or false, lets a later flag win, and reads after '--' as bare", () => {
  const { values, positionals } = parseFlags(
    ["--date", "2025-01-01", "--date", "2025-01-02", "--", "--x.txt"],
    ADD,
    AS_ADD,
  );
  assert.deepEqual(values, { outlet: undefined, date: "2025-01-02", corpus: undefined, strict: false, help: false });
  assert.deepEqual(positionals, ["--x.txt"]);
});

Deno.test("parseFlags() takes a value that starts with a dash but not a letter, such as -1", () => {
  assert.equal(parseFlags(["--corpus", "-1"], ADD, AS_REPORT).values.corpus, "-1");
});

Deno.test("parseFlags() names an unknown flag and the nearest valid one", () => {
  assert.equal(
    usageError(["a.txt", "--corpsu", "x"]),
    'deno task add: unknown flag --corpsu (did you mean "--corpus"?)',
  );
  assert.equal(
    usageError(["a.txt", "--dat", "2025-08-11"]),
    'deno task add: unknown flag --dat (did you mean "--date"?)',
  );
  assert.equal(usageError(["-strict"], AS_REPORT), 'deno task report: unknown flag -strict (did you mean "--strict"?)');
});

Deno.test("parseFlags() lists every flag for an unknown flag near none of them", () => {
  assert.equal(
    usageError(["--zzzzzz"], AS_REPORT),
    "deno task report: unknown flag --zzzzzz; the flags are --outlet NAME, --date YYYY-MM-DD, --corpus DIR, --strict, --help",
  );
  assert.match(usageError(["-x"], AS_REPORT), /^deno task report: unknown flag -x; the flags are --outlet NAME/);
  assert.match(usageError(["--a\nb"], AS_REPORT), /^deno task report: unknown flag "--a\\nb"; the flags are/);
});

Deno.test("parseFlags() says which flag is missing its value, at the end or before another flag", () => {
  assert.equal(usageError(["a.txt", "--date"]), "deno task add: --date needs a value (--date YYYY-MM-DD)");
  assert.equal(
    usageError(["a.txt", "--date", "--outlet", "X"]),
    "deno task add: --date needs a value (--date YYYY-MM-DD), but --outlet follows it",
  );
  assert.equal(
    usageError(["a.txt", "--outlet", "--weird"]),
    "deno task add: --outlet needs a value (--outlet NAME), but --weird follows it (if that is the value, write --outlet=--weird)",
  );
});

Deno.test("parseFlags() refuses a value given to a flag that takes none", () => {
  assert.equal(
    usageError(["--strict=yes"], AS_REPORT),
    'deno task report: --strict takes no value, but was given "yes"',
  );
});

Deno.test("parseFlags() names a bare value where a flag was expected, with the flag it may be", () => {
  assert.equal(
    usageError(["data/articles"], AS_REPORT),
    'deno task report: unexpected "data/articles": this command takes only flags (--outlet NAME, --date YYYY-MM-DD, --corpus DIR, --strict, --help)',
  );
  assert.equal(usageError(["strict"], AS_REPORT), 'deno task report: unexpected "strict" (did you mean "--strict"?)');
  assert.equal(
    usageError(["--strict", "yes"], AS_REPORT),
    'deno task report: unexpected "yes" after --strict, which takes no value',
  );
});

Deno.test("parseFlags() suggests quotes for a value with spaces written without them", () => {
  assert.equal(
    usageError(["a.txt", "--outlet", "Al", "Mayadeen"]),
    'deno task add: unexpected "Mayadeen" after --outlet Al; a value with spaces goes in quotes: --outlet "Al Mayadeen"',
  );
  assert.equal(
    usageError(["--outlet", "Al", "Mayadeen", "a.txt"]),
    'deno task add: unexpected "a.txt": this command takes FILE once, and "Mayadeen" is given; if "Mayadeen" belongs to --outlet, put the value in quotes: --outlet "Al Mayadeen"',
  );
  assert.equal(
    usageError(["a.txt", "--outlet=Al", "Mayadeen"]),
    'deno task add: unexpected "Mayadeen" after --outlet Al; a value with spaces goes in quotes: --outlet "Al Mayadeen"',
  );
  assert.equal(
    usageError(["a.txt", "b.txt"]),
    'deno task add: unexpected "b.txt": this command takes FILE once, and "a.txt" is given (flags: --outlet NAME, --date YYYY-MM-DD, --corpus DIR, --strict, --help)',
  );
});

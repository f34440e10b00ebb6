/**
 * Boilerplate rules: the lines of an article that are page furniture, read from
 * `data/boilerplate.yaml`, and the search for them in a text.
 *
 * @module
 */
import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { type DataSchema, LEAF, parseDataFile } from "../data/yaml.ts";

/** The project's boilerplate file. */
export const DEFAULT_BOILERPLATE_FILE: string = fileURLToPath(
  new URL("../../data/boilerplate.yaml", import.meta.url),
);

/** Boilerplate rules, as in `data/boilerplate.yaml`. */
export interface BoilerplateRules {
  /** Exact lines, compared trimmed and without regard to case. */
  lines: string[];
  /** Regular expressions that must match a whole trimmed line (case-insensitive). */
  patterns: RegExp[];
  /** Drop a line that repeats an earlier line of the same article. */
  dropRepeatedLines: boolean;
  /** Drop a line that is only the outlet's name. */
  dropOutletLine: boolean;
}

/** No boilerplate at all. */
export const NO_BOILERPLATE: BoilerplateRules = {
  lines: [],
  patterns: [],
  dropRepeatedLines: false,
  dropOutletLine: false,
};

/** A span of the original text found to be boilerplate. */
export interface BoilerplateSpan {
  /** Offset of the line's first non-blank character. */
  start: number;
  /** Offset just past its last non-blank character. */
  end: number;
  /** Why: `line`, `pattern`, `repeated` or `outlet`. */
  rule: "line" | "pattern" | "repeated" | "outlet";
}

/** The keys of a boilerplate file; any other key is an error. */
const SCHEMA: DataSchema = {
  keys: { lines: LEAF, patterns: LEAF, drop_repeated_lines: LEAF, drop_outlet_line: LEAF },
};

/**
 * Validates boilerplate rules read from YAML.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { parseBoilerplate } from "framelens";
 * const rules = parseBoilerplate("lines: [Leave a Comment]\npatterns: ['Follow us on .*']", "b.yaml");
 * assert.deepEqual(rules.lines, ["leave a comment"]); // compared without regard to case
 * assert.ok(rules.patterns[0].test("follow us on telegram")); // whole lines, case-insensitive
 * assert.throws(() => parseBoilerplate("line: [Leave a Comment]", "b.yaml"), /b\.yaml.*"line"/); // unknown key
 * ```
 *
 * @param yamlText The file's text.
 * @param file The file name, for error messages.
 * @throws {Error} naming the file and the field at fault; for an unknown key or a YAML syntax
 *   error, its line and column (an unknown key with the nearest valid one).
 */
export function parseBoilerplate(yamlText: string, file: string): BoilerplateRules {
  const r = parseDataFile(yamlText, file, { schema: SCHEMA, expected: '"lines" and "patterns"' });
  const list = (key: string): string[] => {
    const v = r[key] ?? [];
    if (!Array.isArray(v) || v.some((x) => typeof x !== "string")) {
      throw new Error(`Cannot read ${file}: "${key}" must be a list of strings`);
    }
    return v as string[];
  };
  const patterns = list("patterns").map((p) => {
    try {
      return new RegExp(`^(?:${p})$`, "iu");
    } catch (e) {
      throw new Error(
        `Cannot read ${file}: pattern ${JSON.stringify(p)} is not a valid regular expression (${(e as Error).message})`,
      );
    }
  });
  const flag = (key: string): boolean => {
    const v = r[key] ?? false;
    if (typeof v !== "boolean") throw new Error(`Cannot read ${file}: "${key}" must be true or false`);
    return v;
  };
  return {
    lines: list("lines").map((l) => l.trim().toLowerCase().replace(/\s+/g, " ")),
    patterns,
    dropRepeatedLines: flag("drop_repeated_lines"),
    dropOutletLine: flag("drop_outlet_line"),
  };
}

/**
 * Reads boilerplate rules from a YAML file.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { loadBoilerplate } from "framelens";
 * const rules = await loadBoilerplate(); // data/boilerplate.yaml
 * assert.ok(rules.lines.length > 0);
 * ```
 *
 * @param file The YAML file; `data/boilerplate.yaml` by default.
 */
export async function loadBoilerplate(
  file: string = DEFAULT_BOILERPLATE_FILE,
): Promise<BoilerplateRules> {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (e) {
    throw new Error(`Cannot read ${file}: ${(e as Error).message}`);
  }
  return parseBoilerplate(text, file);
}

/**
 * Finds the boilerplate lines of a text.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { findBoilerplate, parseBoilerplate } from "framelens";
 * const rules = parseBoilerplate("lines: [Leave a Comment]", "b.yaml");
 * assert.deepEqual(findBoilerplate("Text.\nLeave a Comment\n", rules), [{ start: 6, end: 21, rule: "line" }]);
 * ```
 *
 * @param text The article text.
 * @param rules The rules to apply.
 * @param outlet The article's outlet, for the `drop_outlet_line` rule.
 */
export function findBoilerplate(
  text: string,
  rules: BoilerplateRules,
  outlet?: string,
): BoilerplateSpan[] {
  const spans: BoilerplateSpan[] = [];
  const seen = new Set<string>();
  const exact = new Set(rules.lines);
  const outletKey = outlet?.trim().toLowerCase();
  const lineRe = /[^\r\n]+/g;
  for (let m = lineRe.exec(text); m; m = lineRe.exec(text)) {
    const lead = m[0].length - m[0].trimStart().length;
    const line = m[0].trim();
    if (!line) continue;
    const start = m.index + lead;
    const end = start + line.length;
    const key = line.toLowerCase().replace(/\s+/g, " ");
    let rule: BoilerplateSpan["rule"] | undefined;
    if (exact.has(key)) rule = "line";
    else if (rules.patterns.some((p) => p.test(line))) rule = "pattern";
    else if (rules.dropOutletLine && outletKey && key === outletKey) rule = "outlet";
    else if (rules.dropRepeatedLines && seen.has(key) && key.length > 20) rule = "repeated";
    seen.add(key);
    if (rule) spans.push({ start, end, rule });
  }
  return spans;
}

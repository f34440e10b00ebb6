/**
 * Reading the editable data files (`data/*.yaml`): parsing to a mapping, with errors
 * that name the file.
 *
 * @module
 */
import { parse as parseYaml } from "yaml";

/**
 * Parses a data file's YAML text into a mapping of fields; an empty file is an empty
 * mapping.
 *
 * @example
 * ```ts
 * parseYamlMapping("phrases: [Zionist regime]", "data/phrases.yaml", 'a "phrases" list');
 * // { phrases: ["Zionist regime"] }
 * ```
 *
 * @param yamlText The file's text.
 * @param file The file name, for error messages.
 * @param expected What the mapping should hold, for the message when it is not a mapping.
 * @throws {Error} `Cannot read FILE: not valid YAML (…)` or `… expected a mapping with …`.
 */
export function parseYamlMapping(yamlText: string, file: string, expected: string): Record<string, unknown> {
  let raw: unknown;
  try {
    raw = parseYaml(yamlText);
  } catch (e) {
    throw new Error(`Cannot read ${file}: not valid YAML (${(e as Error).message.split("\n")[0]})`);
  }
  raw ??= {};
  if (typeof raw !== "object" || Array.isArray(raw)) {
    throw new Error(`Cannot read ${file}: expected a mapping with ${expected}`);
  }
  return raw as Record<string, unknown>;
}

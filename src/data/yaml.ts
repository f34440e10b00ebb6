/**
 * Reading the editable data files (`data/*.yaml`): parsing, with syntax errors given as
 * `FILE:LINE:COLUMN`, and a check of every mapping's keys against the file's declared
 * schema, so that a typo (`loded:` for `loaded:`) stops loading instead of silently
 * dropping what it names.
 *
 * @module
 */
import { type Document, isAlias, isMap, isNode, isScalar, isSeq, LineCounter, parseDocument } from "yaml";
import { didYouMean } from "../suggest.ts";

/**
 * The shape of a data file, or of a value inside it, as far as its keys go: the keys a
 * mapping may have, and what each list holds. Types of scalar values are the loader's
 * to check; a value whose shape the schema does not describe is not looked into.
 */
export interface DataSchema {
  /** The keys a mapping here may have, each with the schema of its value. */
  readonly keys?: { readonly [key: string]: DataSchema };
  /** The schema of each item, where the value is a list. */
  readonly items?: DataSchema;
  /**
   * What an error calls an item of a list with this schema, given its index (from 0)
   * and its value: `(i, item) => \`referent ${i + 1}\``. Default: `item N`.
   */
  readonly name?: (index: number, item: unknown) => string;
}

/** Options of {@linkcode parseDataFile}. */
export interface DataFileOptions {
  /** The keys allowed at each level of the file. */
  schema: DataSchema;
  /** What the file should hold, for the message when it is not a mapping: `a "phrases" list`. */
  expected: string;
  /** The verb of error messages, `Cannot VERB FILE: …`. Default `read`. */
  verb?: string;
}

/**
 * The schema of a value whose keys are not checked: a scalar or a list of scalars,
 * whose types the loader checks.
 */
export const LEAF: DataSchema = {};

/**
 * Parses the YAML text of a data file into a mapping of fields, after checking its
 * syntax and every key against a schema; an empty file is an empty mapping.
 *
 * A syntax error is reported as `Cannot read FILE:LINE:COLUMN: not valid YAML: WHY`;
 * an unknown key as `Cannot read FILE:LINE:COLUMN: WHERE: unknown key "KEY" (did you
 * mean "NEAREST"?)`, or with the allowed keys when none is near. Lines and columns
 * count from 1.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { LEAF, parseDataFile } from "./yaml.ts";
 * const schema = { keys: { phrases: { items: { keys: { term: LEAF, variants: LEAF } } } } };
 * const options = { schema, expected: 'a "phrases" list' };
 * assert.deepEqual(parseDataFile("phrases: [Zionist regime]", "data/phrases.yaml", options), {
 *   phrases: ["Zionist regime"],
 * });
 * assert.throws(
 *   () => parseDataFile("phrase: [Zionist regime]", "data/phrases.yaml", options),
 *   { message: 'Cannot read data/phrases.yaml:1:1: unknown top-level key "phrase" (did you mean "phrases"?)' },
 * );
 * ```
 *
 * @param yamlText The file's text.
 * @param file The file name, for error messages.
 * @param options The schema, and what the file should hold.
 * @throws {Error} naming the file, the line and column, and the problem.
 */
export function parseDataFile(yamlText: string, file: string, options: DataFileOptions): Record<string, unknown> {
  const cannot = `Cannot ${options.verb ?? "read"} ${file}`;
  const lines = new LineCounter();
  // Without prettyErrors, an error's message is the bare reason: its position (and the
  // excerpt of the text that yaml would otherwise append) comes from error.pos.
  const doc = parseDocument(yamlText, { lineCounter: lines, prettyErrors: false });
  const at = (offset: number) => {
    const { line, col } = lines.linePos(offset);
    return `${cannot}:${line}:${col}`;
  };
  const syntax = doc.errors[0];
  if (syntax) {
    throw new Error(`${at(syntax.pos[0])}: not valid YAML: ${oneLine(syntax.message)}`);
  }
  let raw: unknown;
  try {
    raw = doc.toJS();
  } catch (e) {
    throw new Error(`${cannot}: not valid YAML (${oneLine((e as Error).message)})`);
  }
  raw ??= {};
  if (typeof raw !== "object" || Array.isArray(raw)) {
    throw new Error(`${cannot}: expected a mapping with ${options.expected}`);
  }
  const unknown = unknownKey(doc, options.schema);
  if (unknown) {
    const { where, key, allowed, offset } = unknown;
    const hint = didYouMean(key, allowed) || ` (allowed: ${allowed.join(", ")})`;
    const what = where ? `${where}: unknown key` : "unknown top-level key";
    throw new Error(`${at(offset)}: ${what} ${JSON.stringify(key)}${hint}`);
  }
  return raw as Record<string, unknown>;
}

/** A message on one line, without trailing punctuation that announced an excerpt. */
function oneLine(message: string): string {
  return message.split("\n")[0].trim().replace(/:$/, "");
}

interface UnknownKey {
  /** What holds the key, `referent "israel", loaded wording 2`; empty at the top level. */
  where: string;
  key: string;
  allowed: string[];
  /** Offset of the key in the text. */
  offset: number;
}

/**
 * The first key, in the order of the text, that the schema does not allow. Each mapping
 * and list is looked at once a schema, so that aliases can neither loop nor multiply
 * the work.
 */
function unknownKey(doc: Document, schema: DataSchema): UnknownKey | undefined {
  const resolve = (node: unknown) => (isAlias(node) ? node.resolve(doc) : node);
  const seen = new Map<object, Set<DataSchema>>();
  const visit = (node: unknown, schema: DataSchema, where: () => string): UnknownKey | undefined => {
    node = resolve(node);
    if (isMap(node) || isSeq(node)) {
      const done = seen.get(node) ?? seen.set(node, new Set()).get(node)!;
      if (done.has(schema)) return undefined;
      done.add(schema);
    }
    if (isMap(node) && schema.keys) {
      const keys = schema.keys;
      for (const pair of node.items) {
        const keyNode = resolve(pair.key);
        const key = isScalar(keyNode) ? String(keyNode.value) : String(keyNode);
        if (!Object.hasOwn(keys, key)) {
          const offset = (isNode(pair.key) ? pair.key.range?.[0] : undefined) ?? node.range?.[0] ?? 0;
          return { where: where(), key, allowed: Object.keys(keys), offset };
        }
        const found = visit(pair.value, keys[key], where);
        if (found) return found;
      }
    } else if (isSeq(node) && schema.items) {
      const items = schema.items;
      for (const [i, item] of node.items.entries()) {
        const name = () => {
          const node = resolve(item);
          const value = isNode(node) ? node.toJS(doc) : node;
          const own = items.name ? items.name(i, value) : `item ${i + 1}`;
          const outer = where();
          return outer ? `${outer}, ${own}` : own;
        };
        const found = visit(item, items, name);
        if (found) return found;
      }
    }
    return undefined;
  };
  return visit(doc.contents, schema, () => "");
}

/**
 * Accepting a wording into the framing lexicon: appends a validated entry under a
 * referent's loaded or neutral list of the YAML file, keeping every comment and line of
 * the file as it was.
 *
 * @module
 */
import { readFile, writeFile } from "node:fs/promises";
import { DEFAULT_FRAMING_LEXICON_FILE, type Frame, FRAMES, parseFramingLexicon } from "./lexicon.ts";

/** Options for {@linkcode appendWording} and {@linkcode acceptWording}. */
export interface AcceptOptions {
  /** Why it is loaded or neutral, or where it comes from. */
  note?: string;
  /** Count it only beside the referent's context cues. */
  contextual?: boolean;
}

/** A YAML double-quoted scalar. */
const quoted = (s: string) => JSON.stringify(s);

/**
 * Appends a wording to the `loaded:` or `neutral:` list of a referent in the text of a
 * framing lexicon, as the list's last item, and checks that the result is a valid lexicon
 * (the pattern parses; the wording is not already in it). Every other line stays as it was.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { appendWording } from "./accept.ts";
 * const text = [
 *   "referents:",
 *   "  - id: israel",
 *   "    label: Israel",
 *   "    loaded:",
 *   "      - Zionist regime # as Iranian state media write it",
 *   "    neutral: [Israel]",
 * ].join("\n");
 * const next = appendWording(text, "framing.yaml", "israel", "loaded", "Israeli [adj]* brutal*");
 * assert.equal(next, text.replace("write it\n", 'write it\n      - "Israeli [adj]* brutal*"\n'));
 * assert.throws(
 *   () => appendWording(next, "framing.yaml", "israel", "loaded", "Zionist regime"),
 *   /framing\.yaml: .*"Zionist regime" is already/, // the lexicon's own error
 * );
 * ```
 *
 * @throws {Error} naming the file and the fault: no such referent, no such list, or the
 *   lexicon's own error for the new wording (a bad pattern, a wording already listed).
 */
export function appendWording(
  yamlText: string,
  file: string,
  referent: string,
  frame: Frame,
  wording: string,
  options: AcceptOptions = {},
): string {
  const fail = (message: string): never => {
    throw new Error(`Cannot add "${wording}" to ${file}: ${message}`);
  };
  if (!FRAMES.includes(frame)) fail(`the frame must be loaded or neutral, not "${frame}"`);
  if (!wording.trim() || /[\r\n]/.test(wording)) fail("a wording is one line of text");
  const lines = yamlText.split("\n");
  const idLine = lines.findIndex((l) => new RegExp(`^(\\s*)- id:\\s*${referent}\\s*$`).test(l));
  if (idLine < 0) fail(`it has no referent "${referent}"`);
  const itemIndent = /^(\s*)-/.exec(lines[idLine])![1].length;
  // The referent's block: up to the next line as little indented as its "- id:".
  let end = idLine + 1;
  while (end < lines.length) {
    const l = lines[end];
    if (l.trim() && !l.trimStart().startsWith("#") && l.length - l.trimStart().length <= itemIndent) break;
    end++;
  }
  const keyLine = lines.slice(idLine, end).findIndex((l) => new RegExp(`^\\s+${frame}:\\s*$`).test(l));
  if (keyLine < 0) fail(`referent "${referent}" has no block list "${frame}:" to add to`);
  const at = idLine + keyLine;
  const keyIndent = lines[at].length - lines[at].trimStart().length;
  // The list's last item: the last line more indented than its key, before the next key.
  let last = at;
  for (let k = at + 1; k < end; k++) {
    const l = lines[k];
    if (!l.trim()) continue;
    const indent = l.length - l.trimStart().length;
    if (indent <= keyIndent && !l.trimStart().startsWith("#")) break;
    if (!l.trimStart().startsWith("#")) last = k;
  }
  const dash = " ".repeat(keyIndent + 2);
  const entry = options.note || options.contextual
    ? [
      `${dash}- text: ${quoted(wording.trim())}`,
      ...(options.contextual ? [`${dash}  contextual: true`] : []),
      ...(options.note ? [`${dash}  note: ${quoted(options.note)}`] : []),
    ]
    : [`${dash}- ${quoted(wording.trim())}`];
  const next = [...lines.slice(0, last + 1), ...entry, ...lines.slice(last + 1)].join("\n");
  parseFramingLexicon(next, file);
  return next;
}

/**
 * Adds a wording to a framing lexicon file (see {@linkcode appendWording}); the file is
 * written only when the result is valid.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { acceptWording, DEFAULT_FRAMING_LEXICON_FILE, loadFramingLexicon } from "framelens";
 * const dir = await Deno.makeTempDir();
 * const file = `${dir}/framing.yaml`; // a copy, so that the example leaves data/lexicons/framing.yaml as it was
 * await Deno.copyFile(DEFAULT_FRAMING_LEXICON_FILE, file);
 * await acceptWording("israel", "loaded", "Israeli war machine", { note: "found by discovery", file });
 * const israel = (await loadFramingLexicon(file)).referents.find((r) => r.id === "israel")!;
 * assert.ok(israel.wordings.some((w) => w.text === "Israeli war machine" && w.frame === "loaded"));
 * await Deno.remove(dir, { recursive: true });
 * ```
 *
 * @param file The lexicon; `data/lexicons/framing.yaml` by default.
 */
export async function acceptWording(
  referent: string,
  frame: Frame,
  wording: string,
  options: AcceptOptions & { file?: string } = {},
): Promise<void> {
  const file = options.file ?? DEFAULT_FRAMING_LEXICON_FILE;
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (e) {
    throw new Error(`Cannot add "${wording}" to ${file}: ${(e as Error).message}`);
  }
  await writeFile(file, appendWording(text, file, referent, frame, wording, options));
}

/**
 * Turns of a dialogue, as news style writes one: each speaker's words in a paragraph of their
 * own, a new paragraph of quoted words after a closed quote being the other speaker's (the same
 * speaker continuing leaves the quote before unclosed, which the attribution stage reads as one
 * quote over several paragraphs).
 *
 * @module
 */
import type { TextSpan } from "./attribution.ts";

/** Opening and closing quotation marks, straight or curly. */
const OPEN = /[\u201C"]/;
const CLOSE = /[\u201D"]/;

/** How far a paragraph's bounds are looked for around an offset: a dialogue's lines are short. */
const REACH = 2000;

/** Where quotes open in a line: a curly opening mark, or a straight mark that opens (the first, third, ... straight mark; the others close). */
function openings(line: string): number[] {
  const at: number[] = [];
  let straight = 0;
  for (const m of line.matchAll(new RegExp(OPEN.source, "g"))) {
    if (m[0] !== '"' || straight++ % 2 === 0) at.push(m.index);
  }
  return at;
}

/** The bounds of the line (paragraph) holding an offset, none when longer than {@linkcode REACH} either way. */
function lineAround(text: string, at: number): TextSpan | undefined {
  const from = Math.max(0, at - REACH);
  const back = text.slice(from, at).lastIndexOf("\n");
  if (back < 0 && from > 0) return undefined;
  const ahead = text.slice(at, at + REACH).indexOf("\n");
  if (ahead < 0 && at + REACH < text.length) return undefined;
  return { start: back < 0 ? 0 : from + back + 1, end: ahead < 0 ? text.length : at + ahead };
}

/**
 * Where the paragraph before a quote starts when the quote is a reply in a dialogue, else -1:
 * the quote's paragraph holds the quote alone (no cue, no other words), and the paragraph
 * before, the nearest that is not blank, is a quote alone (closed at its end) or puts a
 * question in its last quote ("“What kind of car is it”? He asked." is answered by the other).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { replyAfter } from "./speaker_turns.ts";
 * const text = "“Get much mileage”?\n\n“About 35.”";
 * const content = { start: text.indexOf("About"), end: text.indexOf("35.") + 3 };
 * assert.equal(replyAfter(text, content), 0);
 * // The same speaker's quote continued is no reply: the one before is left unclosed.
 * const continued = "“We won.\n\n“About 35.”";
 * const at = { start: continued.indexOf("About"), end: continued.indexOf("35.") + 3 };
 * assert.equal(replyAfter(continued, at), -1);
 * ```
 */
export function replyAfter(text: string, content: TextSpan): number {
  const own = lineAround(text, content.start);
  if (!own || content.end > own.end) return -1;
  const before = text.slice(own.start, content.start);
  const after = text.slice(content.end, own.end);
  if (!/^\s*[\u201C"]\s*$/.test(before) || !/^[.,!?]*[\u201D"][.,!?]*\s*$/.test(after)) return -1;
  let end = own.start - 1;
  while (end > 0 && own.start - end < REACH && /\s/.test(text[end - 1])) end--;
  if (end <= 0 || /\s/.test(text[end - 1])) return -1;
  const previous = lineAround(text, end - 1);
  if (!previous) return -1;
  const line = text.slice(previous.start, end);
  const closing = line.match(/([\u201D"])[.,!?]*$/);
  const opened = openings(line);
  // A quote alone: one opening mark, at the paragraph's start, closed at its end.
  const alone = !!closing && opened.length === 1 && opened[0] === line.search(/\S/) &&
    opened[0] + 1 + line.slice(opened[0] + 1).search(CLOSE) === line.length - closing![0].length;
  // A question: the last quote ends in "?" (inside or right after its closing mark).
  const last = opened.at(-1) ?? -1;
  const question = last >= 0 && /\?[\u201D"]|[\u201D"]\?/.test(line.slice(last));
  return alone || question ? previous.start : -1;
}

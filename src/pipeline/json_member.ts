/**
 * One member of a JSON object read out of its text without parsing the rest: the read-back
 * parts of a digest (`read_back.ts`) are one stage's of an entry that holds every stage's,
 * and the entity candidates are most of its bytes.
 *
 * @module
 */

const QUOTE = 34, BACKSLASH = 92, COMMA = 44, COLON = 58;
const OPEN_BRACE = 123, CLOSE_BRACE = 125, OPEN_BRACKET = 91, CLOSE_BRACKET = 93;

const isSpace = (c: number) => c === 32 || c === 10 || c === 13 || c === 9;

function skipSpace(json: string, i: number): number {
  while (i < json.length && isSpace(json.charCodeAt(i))) i++;
  return i;
}

/** Where the string that opens at `i` (a quotation mark) ends: just after its closing mark. */
function stringEnd(json: string, i: number): number {
  for (let j = i + 1; j < json.length; j++) {
    const c = json.charCodeAt(j);
    if (c === BACKSLASH) j++;
    else if (c === QUOTE) return j + 1;
  }
  throw new SyntaxError("a JSON string is not closed");
}

/** Where the value that starts at `i` ends: just after it. */
function valueEnd(json: string, i: number): number {
  let depth = 0;
  for (; i < json.length; i++) {
    const c = json.charCodeAt(i);
    if (c === QUOTE) {
      i = stringEnd(json, i) - 1;
      if (depth === 0) return i + 1;
    } else if (depth === 0 && (c === COMMA || c === CLOSE_BRACE || c === CLOSE_BRACKET || isSpace(c))) {
      return i; // the end of a number, true, false or null
    } else if (c === OPEN_BRACE || c === OPEN_BRACKET) depth++;
    else if ((c === CLOSE_BRACE || c === CLOSE_BRACKET) && --depth === 0) return i + 1;
  }
  return i;
}

/** Where the value of member `quotedKey` of the object at `i` starts, or -1 when it has none or is no object. */
function memberStart(json: string, i: number, quotedKey: string): number {
  i = skipSpace(json, i);
  if (json.charCodeAt(i) !== OPEN_BRACE) return -1;
  i = skipSpace(json, i + 1);
  if (json.charCodeAt(i) === CLOSE_BRACE) return -1;
  for (;;) {
    if (json.charCodeAt(i) !== QUOTE) throw new SyntaxError("a JSON object's member has no name");
    const keyEnd = stringEnd(json, i);
    const found = keyEnd - i === quotedKey.length && json.startsWith(quotedKey, i);
    i = skipSpace(json, keyEnd);
    if (json.charCodeAt(i) !== COLON) throw new SyntaxError("a JSON object's member has no colon");
    i = skipSpace(json, i + 1);
    if (found) return i;
    i = skipSpace(json, valueEnd(json, i));
    if (json.charCodeAt(i) !== COMMA) return -1;
    i = skipSpace(json, i + 1);
  }
}

/**
 * The value at a path of members in a JSON text, as `JSON.parse` gives it, or undefined when
 * a member of the path is missing or its holder is no object. Only the value is parsed: the
 * members before it are scanned over, those after it not read. The names are matched as
 * `JSON.stringify` writes them (a text it wrote has each name once, and the same escapes).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { jsonMember } from "./json_member.ts";
 * const json = JSON.stringify({ words: 3, parts: { terms: { fp: "a1", data: [1, 2] }, entities: { fp: "b2" } } });
 * assert.deepEqual(jsonMember(json, ["parts", "terms"]), { fp: "a1", data: [1, 2] });
 * assert.equal(jsonMember(json, ["parts", "sources"]), undefined);
 * assert.equal(jsonMember(json, ["words", "terms"]), undefined); // 3 has no members
 * ```
 *
 * @throws {SyntaxError} when the text is not JSON where it is read.
 */
export function jsonMember(json: string, path: readonly string[]): unknown {
  let at = 0;
  for (const key of path) {
    at = memberStart(json, at, JSON.stringify(key));
    if (at < 0) return undefined;
  }
  at = skipSpace(json, at);
  return JSON.parse(json.slice(at, valueEnd(json, at)));
}

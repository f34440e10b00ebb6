import assert from "node:assert/strict";
import fc from "fast-check";
import { jsonMember } from "../../src/pipeline/json_member.ts";

Deno.test("jsonMember() gives the member at a path as JSON.parse does, for any value JSON.stringify wrote", () => {
  const key = fc.oneof(fc.constantFrom("parts", "terms", "a", ""), fc.string({ unit: "binary" }));
  const object = fc.dictionary(key, fc.jsonValue(), { maxKeys: 6 });
  const nested = fc.dictionary(key, fc.oneof(object, fc.jsonValue()), { maxKeys: 6 });
  fc.assert(
    fc.property(nested, fc.array(key, { minLength: 1, maxLength: 3 }), (value, path) => {
      // A path the value has, when it has one, and the drawn path otherwise.
      const has = (v: unknown, p: string[]): unknown =>
        p.reduce<unknown>(
          (o, k) => (o && typeof o === "object" && !Array.isArray(o) && Object.hasOwn(o, k)
            ? (o as Record<string, unknown>)[k]
            : undefined),
          v,
        );
      const keys = Object.keys(value);
      const inner = keys.length ? value[keys[keys.length - 1]] : undefined;
      const innerKeys = inner && typeof inner === "object" && !Array.isArray(inner) ? Object.keys(inner) : [];
      for (const p of [path, keys.slice(-1), innerKeys.length ? [keys[keys.length - 1], innerKeys[0]] : path]) {
        const expected = has(value, p);
        const json = JSON.stringify(value);
        // JSON.parse of JSON.stringify: -0 becomes 0, as in the member's own text.
        const parsed = has(JSON.parse(json), p);
        assert.deepEqual(jsonMember(json, p), parsed, `${json} at ${JSON.stringify(p)}`);
        assert.equal(expected === undefined, parsed === undefined);
        assert.deepEqual(jsonMember(JSON.stringify(value, null, 2), p), parsed, "with white space");
      }
    }),
    { numRuns: 500, seed: 19 },
  );
});

Deno.test("jsonMember() skips strings that hold brackets, quotes and commas, and reads past them", () => {
  const json = JSON.stringify({ a: ['}"{,[', { b: "]\\" }], c: { d: "x,}" }, e: -1.5e-7 });
  assert.deepEqual(jsonMember(json, ["c"]), { d: "x,}" });
  assert.equal(jsonMember(json, ["c", "d"]), "x,}");
  assert.equal(jsonMember(json, ["e"]), -1.5e-7);
  assert.deepEqual(jsonMember(json, ["a"]), ['}"{,[', { b: "]\\" }]);
});

Deno.test("jsonMember() gives undefined for a missing member or one held by no object", () => {
  const json = JSON.stringify({ words: 3, parts: { terms: null }, list: [{ terms: 1 }] });
  assert.equal(jsonMember(json, ["sources"]), undefined);
  assert.equal(jsonMember(json, ["words", "x"]), undefined);
  assert.equal(jsonMember(json, ["list", "terms"]), undefined); // an array has no members
  assert.equal(jsonMember(json, ["parts", "terms"]), null);
  assert.equal(jsonMember("{}", ["a"]), undefined);
  assert.equal(jsonMember("[]", ["a"]), undefined);
});

Deno.test("jsonMember() throws on a text that is not JSON where it reads", () => {
  assert.throws(() => jsonMember('{"a": "unclosed', ["b"]), SyntaxError);
  assert.throws(() => jsonMember('{"a" 1}', ["a"]), SyntaxError);
  assert.throws(() => jsonMember('{"a": tru}', ["a"]), SyntaxError);
});

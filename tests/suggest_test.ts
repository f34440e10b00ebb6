import assert from "node:assert/strict";
import { didYouMean, nearest } from "../src/suggest.ts";

Deno.test("nearest() finds the valid key one or two edits from a typo", () => {
  assert.equal(nearest("loded", ["id", "label", "loaded", "neutral"]), "loaded");
  assert.equal(nearest("lable", ["id", "label", "loaded", "neutral"]), "label");
  assert.equal(nearest("not_entitys", ["entities", "titles", "demonyms", "not_entities"]), "not_entities");
  assert.equal(nearest("corpsu", ["corpus", "out", "cache"]), "corpus");
  assert.equal(nearest("dat", ["date", "title", "url"]), "date");
});

Deno.test("nearest() ignores case and suggests nothing for a word far from every key", () => {
  assert.equal(nearest("LOADED", ["loaded"]), "loaded");
  assert.equal(nearest("colour", ["id", "label", "loaded"]), undefined);
  assert.equal(nearest("x", []), undefined);
});

Deno.test("nearest() prefers the closer key, then the earlier one", () => {
  assert.equal(nearest("neutrl", ["neutral", "neural"]), "neutral");
  assert.equal(nearest("ab", ["ac", "ad"]), "ac");
});

Deno.test("didYouMean() phrases the suggestion or says nothing", () => {
  assert.equal(didYouMean("lable", ["id", "label"]), ' (did you mean "label"?)');
  assert.equal(didYouMean("zzzzzz", ["id", "label"]), "");
});

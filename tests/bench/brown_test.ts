import assert from "node:assert/strict";
import { BROWN_GENRES, untagBrown } from "../../bench/brown.ts";

Deno.test("untagBrown() strips tags, turns `` and '' into opening and closing marks and keeps paragraphs", () => {
  const tagged =
    "\n\n\tThe/at jury/nn said/vbd ``/`` no/at evidence/nn ''/'' ./.\n\n\n\tIt/pps was/bedz Atlanta's/np$ (/( first/od )/) vote/nn ,/, he/pps said/vbd ./.\n";
  assert.equal(untagBrown(tagged), "The jury said “no evidence”.\n\nIt was Atlanta's (first) vote, he said.\n");
});

Deno.test("BROWN_GENRES names the fifteen genre codes", () => {
  assert.equal(Object.keys(BROWN_GENRES).length, 15);
  assert.equal(BROWN_GENRES.a, "Press: reportage");
});

Deno.test("untagBrown() keeps a quote's direction across paragraphs: an unclosed quote and its continuation", () => {
  // A quote that runs over two paragraphs opens each and closes only the last, as newspapers print it.
  const tagged = "He/pps said/vbd ``/`` we/ppss will/md win/vb ./.\n\n``/`` And/cc soon/rb ./. ''/''\n";
  assert.equal(untagBrown(tagged), "He said “we will win.\n\n“And soon.”\n");
});

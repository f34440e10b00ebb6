import assert from "node:assert/strict";
import { checkField, parseWhere, where } from "../../src/corpus/where.ts";
import { articleField, articleFields } from "../../src/corpus/fields.ts";
import { groupArticles } from "../../src/corpus/group.ts";
import type { Article } from "../../src/types.ts";

const a: Article = {
  id: "a",
  file: "a.md",
  outlet: "Tehran Times",
  country: "Iran",
  kind: "news",
  extra: {},
  text: "",
};
const b: Article = {
  id: "b",
  file: "b.md",
  outlet: "The National",
  country: "United Arab Emirates",
  kind: "opinion",
  extra: { camp: "Gulf" },
  text: "",
};
const c: Article = { id: "c", file: "c.md", outlet: "Alwaght", kind: "news", extra: {}, text: "" };

Deno.test("parseWhere() reads conditions joined by and, values with spaces and quoted values", () => {
  assert.deepEqual(parseWhere("kind = news and country != United Arab Emirates"), [
    { field: "kind", op: "=", value: "news" },
    { field: "country", op: "!=", value: "United Arab Emirates" },
  ]);
  assert.deepEqual(parseWhere('title = "Iran and Iraq" AND kind=news'), [
    { field: "title", op: "=", value: "Iran and Iraq" },
    { field: "kind", op: "=", value: "news" },
  ]);
  assert.deepEqual(parseWhere("  "), []);
  assert.throws(() => parseWhere("kind news"), {
    message:
      'Cannot read the filter "kind news": "kind news" is not FIELD = VALUE or FIELD != VALUE (conditions are joined by "and")',
  });
  assert.throws(() => parseWhere("kind = news and country ="), /"country =" is not FIELD = VALUE/);
});

Deno.test("where() keeps the articles that meet every condition; an article without the field meets != and not =", () => {
  assert.deepEqual(where([a, b, c], "kind = news").map((x) => x.id), ["a", "c"]);
  assert.deepEqual(where([a, b, c], "country != Iran").map((x) => x.id), ["b", "c"]);
  assert.deepEqual(where([a, b, c], "kind = news and country != Iran").map((x) => x.id), ["c"]);
  assert.deepEqual(where([a, b, c], "camp = Gulf").map((x) => x.id), ["b"], "a field of extra");
  assert.deepEqual(where([a, b, c], "").map((x) => x.id), ["a", "b", "c"]);
});

Deno.test("where() and checkField() name a field no article has, with the nearest and the fields there are", () => {
  assert.throws(() => where([a, b, c], "contry = Iran"), {
    message:
      'Cannot filter the articles: no article has the field "contry" (did you mean "country"?); the fields are id, outlet, kind, country, camp',
  });
  assert.throws(() => checkField([a, c], "camp", "group the articles"), {
    message: 'Cannot group the articles: no article has the field "camp"; the fields are id, outlet, kind, country',
  });
});

Deno.test("articleField() reads an article's own field or its front matter's, never its text; articleFields() lists those some article has", () => {
  assert.equal(articleField(b, "camp"), "Gulf");
  assert.equal(articleField(c, "country"), undefined);
  assert.equal(articleField({ ...a, text: "x" }, "text"), undefined);
  assert.deepEqual(articleFields([a, c]), ["id", "outlet", "kind", "country"]);
});

Deno.test("groupArticles() puts each article's group where the outlet was, (no FIELD) for one without it", () => {
  assert.deepEqual(groupArticles([a, b, c], "country").map((x) => x.outlet), [
    "Iran",
    "United Arab Emirates",
    "(no country)",
  ]);
  assert.deepEqual(groupArticles([a, b, c]).map((x) => x.outlet), ["Tehran Times", "The National", "Alwaght"]);
  assert.throws(() => groupArticles([a, c], "cmap"), /no article has the field "cmap"/);
});

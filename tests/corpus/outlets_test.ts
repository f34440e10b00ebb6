import assert from "node:assert/strict";
import { loadCorpus } from "../../src/corpus/load.ts";
import { DEFAULT_OUTLETS_FILE, loadOutlets, parseOutlets, withOutlets } from "../../src/corpus/outlets.ts";
import type { Article } from "../../src/types.ts";

const article = (outlet: string, more: Partial<Article> = {}): Article => ({
  id: "a",
  file: "a.md",
  outlet,
  extra: {},
  text: "",
  ...more,
});

Deno.test("parseOutlets() reads each outlet's name, aliases and fields, leaving out what is not given", () => {
  const outlets = parseOutlets(
    "outlets:\n  - { name: Tehran Times, aliases: [The Tehran Times], country: Iran, camp: Iranian state, ownership: state, language: English, url: https://www.tehrantimes.com }\n  - { name: Peregraf }\n",
    "o.yaml",
  );
  assert.deepEqual(outlets, [
    {
      name: "Tehran Times",
      aliases: ["The Tehran Times"],
      country: "Iran",
      camp: "Iranian state",
      ownership: "state",
      language: "English",
      url: "https://www.tehrantimes.com",
    },
    { name: "Peregraf", aliases: [] },
  ]);
});

Deno.test("parseOutlets() names the file, the outlet and the problem: an unknown key with the nearest, no name, a field that is not text, a name two outlets have", () => {
  const fails = (text: string, message: string | RegExp) =>
    assert.throws(() => parseOutlets(text, "o.yaml"), { message });
  fails(
    "outlets: [{ name: Tehran Times, contry: Iran }]",
    'Cannot read o.yaml:1:33: outlet 1 ("Tehran Times"): unknown key "contry" (did you mean "country"?)',
  );
  fails("outlets: [{ country: Iran }]", 'Cannot read o.yaml: outlet 1 has no "name"');
  fails(
    "outlets: [{ name: A, country: [Iran] }]",
    'Cannot read o.yaml: outlet 1 ("A") has country ["Iran"]; expected text',
  );
  fails(
    "outlets: [{ name: A, aliases: [B] }, { name: b }]",
    'Cannot read o.yaml: outlet 2 ("b") has the name "b", which "A" already has',
  );
  fails(
    "outlets: [{ name: A, aliases: B }]",
    'Cannot read o.yaml: outlet 1 ("A") has "aliases" that are not a list of names',
  );
  fails("outlet: []", /unknown top-level key "outlet" \(did you mean "outlets"\?\)/);
});

Deno.test("data/outlets.yaml lists every outlet of the seed corpus, with the country its articles give", async () => {
  const outlets = await loadOutlets(DEFAULT_OUTLETS_FILE);
  const { articles } = await loadCorpus();
  for (const a of articles) {
    const entry = outlets.find((o) => o.name === a.outlet);
    assert.ok(entry, `${a.outlet} is listed`);
    assert.equal(entry.country, a.country, a.outlet);
  }
});

Deno.test("withOutlets() gives an article its outlet's fields, its own front matter winning, and the outlet's name for an alias", () => {
  const outlets = parseOutlets(
    "outlets: [{ name: Tehran Times, aliases: [The Tehran Times], country: Iran, camp: Iranian state, language: English }]",
    "o.yaml",
  );
  const [aliased, own, unknown] = withOutlets([
    article(" the tehran  times"),
    article("Tehran Times", { country: "Lebanon", extra: { camp: "mine" } }),
    article("Alwaght Mirror"),
  ], outlets);
  assert.equal(aliased.outlet, "Tehran Times");
  assert.equal(aliased.country, "Iran");
  assert.deepEqual(aliased.extra, { camp: "Iranian state", language: "English" });
  assert.equal(own.country, "Lebanon", "the front matter's country wins");
  assert.deepEqual(own.extra, { camp: "mine", language: "English" }, "the front matter's camp wins");
  assert.deepEqual(unknown, article("Alwaght Mirror"), "an outlet not listed: the article as it is");
});

import assert from "node:assert/strict";
import { join } from "node:path";
import {
  annotateArticle,
  annotateCorpus,
  annotationWarnings,
  isWord,
  loadResources,
  opaqueSpans,
  type Resources,
} from "../../src/pipeline/annotate.ts";
import { findBoilerplate, NO_BOILERPLATE, parseBoilerplate } from "../../src/text/boilerplate.ts";
import { compilePhrases } from "../../src/text/phrases.ts";
import { loadCorpus } from "../../src/corpus/load.ts";
import type { Article, Token } from "../../src/types.ts";

const token = (text: string, type: string): Token => ({
  i: 0,
  text,
  start: 0,
  end: text.length,
  norm: text.toLowerCase(),
  lemma: text.toLowerCase(),
  pos: "X",
  type,
  stop: false,
  punct: type === "punctuation" || type === "symbol",
  sentence: 0,
});

const article = (text: string, outlet = "Outlet"): Article => ({
  id: "a",
  file: "a.md",
  outlet,
  extra: {},
  text,
});

const bare: Resources = { boilerplate: NO_BOILERPLATE, phrases: compilePhrases([]) };

Deno.test("isWord() counts words and numbers", () => {
  assert.equal(isWord(token("Larijani", "word")), true);
  assert.equal(isWord(token("ca", "word")), true);
  assert.equal(isWord(token("2025", "number")), true);
});

Deno.test("isWord() leaves out clitics such as 's, n't and 're", () => {
  assert.equal(isWord(token("'s", "word")), false);
  assert.equal(isWord(token("'S", "word")), false);
  assert.equal(isWord(token("n't", "word")), false);
  assert.equal(isWord(token("N'T", "word")), false);
  assert.equal(isWord(token("'re", "word")), false);
  assert.equal(isWord(token("'ll", "word")), false);
});

Deno.test("isWord() leaves out punctuation, symbols and other token types", () => {
  const others = [
    [".", "punctuation"],
    ["'", "punctuation"],
    ["-", "punctuation"],
    ["$", "currency"],
    ["\u{1F600}", "emoji"],
    ["https://example.org", "url"],
  ];
  for (const [text, type] of others) {
    assert.equal(isWord(token(text, type)), false, `${text} (${type})`);
  }
});

Deno.test("annotateArticle() counts the words of a small text by hand", () => {
  // Iran ('s) officials ca (n't) agree (,) they ('re) saying (.): 6 words.
  assert.equal(annotateArticle(article("Iran's officials can't agree, they're saying."), bare).words, 6);
  // In 2025 (,) 3 officials met (.): 5 words, numbers included.
  assert.equal(annotateArticle(article("In 2025, 3 officials met."), bare).words, 5);
  // Curly apostrophes are straightened first: Iran (’s) officials ca (n’t) agree (.): 4 words.
  assert.equal(annotateArticle(article("Iran\u2019s officials can\u2019t agree."), bare).words, 4);
});

Deno.test("annotateArticle() counts tokens, not terms: a phrase counts as its words", () => {
  const resources: Resources = {
    boilerplate: NO_BOILERPLATE,
    phrases: compilePhrases([{ term: "Zionist regime", variants: [] }, { term: "12-day war", variants: [] }]),
  };
  const a = annotateArticle(article("The Zionist regime's 12-day war ended."), resources);
  assert.deepEqual(a.terms.map((t) => t.norm), ["the", "zionist regime", "'s", "12-day war", "ended", "."]);
  // The Zionist regime ('s) 12 (-) day war ended (.): 7 words.
  assert.equal(a.words, 7);
  assert.equal(a.tokens.length, 10);
  assert.equal(a.sentences.length, 1);
});

Deno.test("annotateArticle() leaves boilerplate out of the tokens and the word count", () => {
  const resources: Resources = {
    boilerplate: parseBoilerplate(
      "lines: [Leave a Comment]\npatterns: ['august \\d+, \\d{4}']\ndrop_outlet_line: true",
      "b.yaml",
    ),
    phrases: compilePhrases([]),
  };
  const text = "Peregraf\nAugust 11, 2025\nIran's officials can't agree.\nLeave a Comment\n";
  const a = annotateArticle(article(text, "Peregraf"), resources);
  assert.deepEqual(a.tokens.map((t) => t.text), ["Iran", "'s", "officials", "ca", "n't", "agree", "."]);
  // Iran officials ca agree: 4 words (7 more without the rules: Peregraf August 11 2025 Leave a Comment).
  assert.equal(a.words, 4);
  assert.equal(annotateArticle(article(text, "Peregraf"), bare).words, 11);
  assert.deepEqual(a.sentences.map((s) => text.slice(s.start, s.end)), ["Iran's officials can't agree."]);
  assert.equal(a.article.text, text);
});

Deno.test("annotateArticle() gives offsets into the original text of the article", () => {
  const text = "\u201CThe Iran\u2010backed groups\u201D \u2014 Ali\u00A0Larijani.";
  const a = annotateArticle(article(text), bare);
  assert.deepEqual(a.tokens.map((t) => text.slice(t.start, t.end)), [
    "\u201C",
    "The",
    "Iran",
    "\u2010",
    "backed",
    "groups",
    "\u201D",
    "\u2014",
    "Ali",
    "Larijani",
    ".",
  ]);
  for (const t of a.terms) assert.equal(t.surface, text.slice(t.start, t.end));
  assert.equal(a.terms.map((t) => t.surface).join(""), text.replace(/[ \u00A0]/g, ""));
});

Deno.test("annotateCorpus() annotates every article in order", () => {
  const articles = [article("One two three."), { ...article("Four five."), id: "b" }];
  const annotated = annotateCorpus(articles, bare);
  assert.deepEqual(annotated.map((a) => [a.article.id, a.words]), [["a", 3], ["b", 2]]);
});

Deno.test("loadResources() reads data/boilerplate.yaml and data/phrases.yaml by default", async () => {
  const r = await loadResources();
  assert.ok(r.boilerplate.lines.includes("leave a comment"));
  assert.ok(r.phrases.entries.some((e) => e.term === "Zionist regime"));
  assert.ok(r.phrases.byFirst.has("zionist"));
});

Deno.test("loadResources() reads other files when asked, and names a file it cannot read", async () => {
  const dir = await Deno.makeTempDir({ prefix: "framelens-test-" });
  try {
    const boilerplateFile = join(dir, "b.yaml");
    const phrasesFile = join(dir, "p.yaml");
    await Deno.writeTextFile(boilerplateFile, "lines: [Read more]\n");
    await Deno.writeTextFile(phrasesFile, "phrases: [border security]\n");
    const r = await loadResources({ boilerplateFile, phrasesFile });
    assert.deepEqual(r.boilerplate.lines, ["read more"]);
    assert.deepEqual(r.phrases.entries, [{ term: "border security", variants: [] }]);
    const a = annotateArticle(article("They discussed border security.\nRead more"), r);
    assert.deepEqual(a.terms.filter((t) => t.phrase).map((t) => t.surface), ["border security"]);
    assert.equal(a.words, 4); // They discussed border security

    const missing = join(dir, "missing.yaml");
    await assert.rejects(loadResources({ phrasesFile: missing }), (e: unknown) => {
      assert.ok((e as Error).message.startsWith(`Cannot read ${missing}: `));
      return true;
    });
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("annotateArticle() of the Tehran Times seed leaves its dateline and 'Leave a Comment' out", async () => {
  const corpus = await loadCorpus();
  const tehran = corpus.articles.find((a) => a.outlet === "Tehran Times")!;
  const resources = await loadResources();
  const spans = findBoilerplate(tehran.text, resources.boilerplate, tehran.outlet);
  assert.equal(spans.length, 2);
  const a = annotateArticle(tehran, resources);
  for (const t of a.tokens) {
    for (const s of spans) assert.ok(t.end <= s.start || t.start >= s.end, `${t.text} at ${t.start}`);
  }
  // The dateline "August 11, 2025 - 21:54" has 4 words (August, 11, 2025 and the time 21:54,
  // which wink-nlp reads as one number) and "Leave a Comment" 3.
  assert.equal(annotateArticle(tehran, { ...resources, boilerplate: NO_BOILERPLATE }).words - a.words, 4 + 3);
});

Deno.test("annotateArticle() counts a run of more than 1,000 characters without a space as one opaque token, no word", () => {
  const script = "x=a+1;y=b;".repeat(200);
  const text = `Larijani arrived.\n${script}\nHe met Aoun.`;
  const a = annotateArticle(article(text), bare);
  const opaque = a.tokens.filter((t) => t.type === "opaque");
  assert.deepEqual(opaque.map((t) => text.slice(t.start, t.end)), [script]);
  // Larijani arrived He met Aoun: 5 words; the script is none, and no term.
  assert.equal(a.words, 5);
  assert.ok(a.terms.every((t) => t.end <= opaque[0].start || t.start >= opaque[0].end));
  assert.deepEqual(opaqueSpans(a.tokens), [{ start: 18, end: 18 + 2000 }]);
  assert.deepEqual(a.sentences.map((s) => text.slice(s.start, s.end)), ["Larijani arrived.", script, "He met Aoun."]);
});

Deno.test("annotationWarnings() names the file and the line of each run set aside, from an annotation or a digest", () => {
  const run = "x".repeat(200_000);
  const text = `Title\n\nFirst line.\n${run}\nMore. ${"y".repeat(1001)}`;
  const a = annotateArticle({ ...article(text), file: "corpus/odd.md", id: "odd" }, bare);
  const warnings = annotationWarnings([a, annotateArticle(article("Nothing odd here."), bare)]);
  // The runs start on lines 4 and 5, at offsets 19 and 200,026 (19 + 200,000 + "\nMore. ").
  assert.deepEqual(warnings.map((w) => [w.file, w.article, w.start, w.end]), [
    ["corpus/odd.md", "odd", 19, 200_019],
    ["corpus/odd.md", "odd", 200_026, 201_027],
  ]);
  assert.match(warnings[0].message, /^line 4: 200,000 characters without a space were not analysed/);
  assert.match(warnings[1].message, /^line 5: 1,001 characters/);
  // A digest carries the same spans.
  const digest = { article: a.article, opaque: opaqueSpans(a.tokens) };
  assert.deepEqual(annotationWarnings([digest]), warnings);
});

import assert from "node:assert/strict";
import { bench, formatBench, scaledCorpus } from "../../bench/bench.ts";
import type { Article } from "../../src/types.ts";
import { STAGES } from "../../src/stages/registry.ts";

Deno.test("bench() measures every figure of bench/results.json on a few Brown texts, and formatBench() prints them", async () => {
  const lines: string[] = [];
  const r = await bench({ limit: 8, repeats: 2, scale: 2, longTokens: [2_000, 4_000], log: (l) => lines.push(l) });
  assert.equal(r.runs.baseline_s.length, 2);
  assert.equal(r.runs.pipeline_two_workers_s.length, 2);
  assert.equal(r.runs.pipeline_two_copies_s.length, 2);
  // Two copies at once: twice the one-worker time over the slower copy's (medians).
  assert.equal(
    r.two_copies_speedup,
    (2 * Math.min(...r.runs.pipeline_one_worker_s)) / Math.min(...r.runs.pipeline_two_copies_s),
  );
  // The figures are the medians (the lower middle of two) of the runs.
  assert.equal(r.baseline_tokens_per_s, r.corpus.baseline_tokens / Math.min(...r.runs.baseline_s));
  assert.equal(
    r.two_worker_speedup,
    Math.min(...r.runs.pipeline_one_worker_s) / Math.min(...r.runs.pipeline_two_workers_s),
  );
  assert.equal(r.corpus.articles, 8);
  assert.ok(r.corpus.baseline_tokens > 10_000, `${r.corpus.baseline_tokens} tokens`);
  for (
    const key of [
      "baseline_tokens_per_s",
      "pipeline_tokens_per_s",
      "pipeline_over_baseline",
      "two_worker_speedup",
      "two_worker_per_article_speedup",
      "baseline_two_worker_speedup",
      "two_copies_speedup",
      "peak_rss_mb",
      "report_cold_s",
      "report_cold_peak_rss_mb",
      "report_warm_s",
      "report_warm_force_s",
      "report_add_one_s",
      "report_cold_one_thread_s",
      "seed_pipeline_tokens_per_s",
    ] as const
  ) {
    assert.ok(Number.isFinite(r[key]) && r[key] > 0, `${key}: ${r[key]}`);
  }
  assert.ok(Math.abs(r.pipeline_over_baseline - r.pipeline_tokens_per_s / r.baseline_tokens_per_s) < 1e-9);
  // The annotation, then every stage of the registry (co-occurrence is part of the entities stage).
  assert.deepEqual(r.stages.map((s) => s.stage), ["tokenize", ...STAGES.map((s) => s.name)]);
  assert.deepEqual(r.stages.map((s) => s.stage), [
    "tokenize",
    "corpus",
    "terms",
    "framing",
    "entities",
    "sources",
    "attention",
    "reuse",
  ]);
  for (const s of r.stages) {
    assert.ok(Math.abs(s.seconds - (s.per_article_s + s.corpus_s)) < 1e-9, s.stage);
    assert.ok(Math.abs(s.tokens_per_s - r.corpus.baseline_tokens / s.seconds) < 1e-6 * s.tokens_per_s);
  }
  const table = formatBench(r);
  for (
    const label of ["baseline (wink-nlp readDoc)", "pipeline / baseline", "speed-up with 2 workers", "peak memory"]
  ) {
    assert.ok(table.includes(label), label);
  }
  assert.match(table, /one article added\s+[\d.]+ s \([\d.]+ of cold\)/);
  assert.ok(lines.some((l) => l.startsWith("baseline:")));
  assert.ok(lines.some((l) => /^baseline: \d+ tokens in [\d.]+ s; on two workers/.test(l)));
  assert.match(table, /baseline's own speed-up with 2 workers\s+[\d.]+×/);
  assert.match(table, /two copies of the pipeline at once \(ceiling\)\s+[\d.]+×/);
  assert.ok(lines.some((l) => /two copies at once [\d.]+ s$/.test(l)));
  // Two copies of each of the 8 texts (each has more than one paragraph), in two outlets of each genre.
  assert.ok(r.scale);
  assert.equal(r.scale.copies, 2);
  assert.equal(r.scale.articles, 16);
  assert.equal(r.scale.outlets, 2 * r.corpus.outlets);
  for (
    const key of ["report_cold_s", "report_cold_peak_rss_mb", "report_force_s", "report_force_peak_rss_mb"] as const
  ) {
    assert.ok(Number.isFinite(r.scale[key]) && r.scale[key] > 0, `scale.${key}: ${r.scale[key]}`);
  }
  assert.match(table, /report on 16 articles, \d+ outlets, cold cache\s+[\d.]+ s \(peak \d+ MB\)/);
  // An article holding one long run, read by wink-nlp alone and by framelens.
  assert.deepEqual(r.long_token.map((t) => t.letters), [2_000, 4_000]);
  for (const t of r.long_token) assert.ok(t.wink_s > 0 && t.framelens_s > 0, JSON.stringify(t));
  assert.match(
    table,
    /a run of 4,000 letters without a space\s+wink-nlp readDoc [\d.]+ s, framelens annotateArticle [\d.]+ s/,
  );
});

Deno.test("scaledCorpus() makes copies with their paragraphs rotated, in three outlets, leaving out repeated texts", () => {
  const a = (id: string, text: string): Article => ({ id, file: `${id}.md`, outlet: "Press", extra: {}, text });
  const out = scaledCorpus([a("x", "One.\n\nTwo.\n\nThree."), a("y", "Alone.")], 4);
  assert.deepEqual(out.map((o) => [o.id, o.outlet, o.text]), [
    ["x-0", "Press 0", "One.\n\nTwo.\n\nThree."],
    ["x-1", "Press 1", "Two.\n\nThree.\n\nOne."],
    ["x-2", "Press 2", "Three.\n\nOne.\n\nTwo."],
    // x-3 would be x-0's text again; y has one paragraph, so one copy.
    ["y-0", "Press 0", "Alone."],
  ]);
});

Deno.test("formatBench() says which report figures were not run", () => {
  const table = formatBench({
    machine: { cores: 2, os: "linux x86_64", deno: "2.9.6", date: "2026-11-23" },
    corpus: { articles: 1, outlets: 1, baseline_tokens: 100 },
    runs: {
      baseline_s: [0.1],
      baseline_two_workers_s: [0.06],
      pipeline_one_worker_s: [0.2],
      pipeline_two_workers_s: [0.13],
      pipeline_two_copies_s: [0.25],
    },
    baseline_tokens_per_s: 1000,
    stages: [],
    pipeline_tokens_per_s: 500,
    pipeline_over_baseline: 0.5,
    two_worker_speedup: 1.5,
    two_worker_per_article_speedup: 1.4,
    baseline_two_worker_speedup: 1.6,
    two_copies_speedup: 1.6,
    peak_rss_mb: 100,
    report_workers: 2,
    report_cold_s: NaN,
    report_cold_peak_rss_mb: NaN,
    report_warm_s: NaN,
    report_warm_force_s: NaN,
    report_add_one_s: NaN,
    report_cold_one_thread_s: NaN,
    seed_pipeline_tokens_per_s: 100,
    long_token: [],
  });
  assert.match(table, /cold cache\s+not run/);
  assert.match(table, /its peak memory \(RSS\)\s+not measured/);
  assert.doesNotMatch(table, /report on .* articles/, "no scaled corpus asked for");
  assert.match(table, /pipeline \/ baseline\s+0\.50/);
});

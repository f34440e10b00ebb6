/**
 * `deno run -A bench/store_scale.ts write STORE_DIR --articles N [--corpus DIR]` then
 * `deno run -A bench/store_scale.ts aggregate STORE_DIR`: measures the store at the scale
 * of a news corpus (issue 19), each phase in its own process so that its peak memory
 * (`VmHWM` of `/proc/self/status`) is its own.
 *
 * `write` makes per-article rows and writes them to the store as Parquet: term counts
 * (`article_terms`) and entities (`article_entities`). The rows come from the news-like
 * articles of `bench/news.ts` (read from `--corpus DIR` when given, else generated in
 * memory, one article at a time), their terms found by a plain word split (lower-cased
 * runs of letters), not framelens's annotation: rows of a realistic number and size, not
 * the pipeline's. `aggregate` opens a store read-only (any path `openStore` takes: a
 * store, a cache folder, the shard folders of `deno task digest`) and times the
 * aggregations of `src/store/aggregate.ts` and the notebooks' readings of
 * `src/store/at_scale.ts`, in seconds of wall clock and of CPU. Each prints one JSON line
 * of figures.
 *
 * @module
 */
import { readdir, readFile, stat } from "node:fs/promises";
import { join } from "node:path";
import process from "node:process";
import { loadCorpus } from "../src/corpus/load.ts";
import {
  documentFrequencies,
  groupTotals,
  pairCounts,
  TERM_COUNTS_SQL,
  termCountsByGroup,
} from "../src/store/aggregate.ts";
import { openStore } from "../src/store/store.ts";
import { storeCountTable, storeGroups, storeTopTerms } from "../src/store/at_scale.ts";
import { ARTICLE_ENTITIES, ARTICLE_TERMS, type ArticleEntityRow, type ArticleTermRow } from "../src/store/tables.ts";
import { brownPressSentences, newsArticles, newsNames } from "./news.ts";

/** The process's peak resident memory so far, in MB (`VmHWM`), or undefined where `/proc` is not there. */
export async function peakMemoryMb(): Promise<number | undefined> {
  const status = await readFile("/proc/self/status", "utf8").catch(() => "");
  const m = /VmHWM:\s+(\d+) kB/.exec(status);
  return m ? Math.round(Number(m[1]) / 1024) : undefined;
}

/**
 * The term rows of one article: its lower-cased runs of letters, counted, in first-seen order.
 *
 * @example
 * ```ts
 * [...termRows("a1", "A", "War, war and peace.")];
 * // [{ article: "a1", outlet: "A", term: "war", count: 2 }, { ... term: "and", count: 1 }, { ... term: "peace", count: 1 }]
 * ```
 */
export function* termRows(article: string, outlet: string, text: string): Generator<ArticleTermRow> {
  const counts = new Map<string, number>();
  for (const m of text.toLowerCase().matchAll(/\p{L}+/gu)) counts.set(m[0], (counts.get(m[0]) ?? 0) + 1);
  for (const [term, count] of counts) yield { article, outlet, term, count };
}

interface Source {
  id: string;
  outlet: string;
  text: string;
  entities: string[];
}

/** The articles of a corpus folder, entities being the made-up names found in their text. */
async function* fromCorpus(dir: string): AsyncGenerator<Source> {
  const names = newsNames({ articles: 1 });
  const known = new Set([...names.people, ...names.organisations, ...names.places]);
  const corpus = await loadCorpus(dir);
  for (const a of corpus.articles) {
    // A name is one capitalised word or two: look each up, alone and with the next.
    const words = [...a.text.matchAll(/\p{Lu}\p{Ll}+/gu)].map((m) => ({ word: m[0], end: m.index + m[0].length }));
    const found = new Set<string>();
    words.forEach((w, i) => {
      if (known.has(w.word)) found.add(w.word);
      const next = words[i + 1];
      if (next && next.end - next.word.length === w.end + 1 && known.has(`${w.word} ${next.word}`)) {
        found.add(`${w.word} ${next.word}`);
      }
    });
    yield { id: a.id, outlet: a.outlet, text: a.text, entities: [...found] };
  }
}

/** The articles of `bench/news.ts`, generated in memory one at a time. */
async function* generated(articles: number): AsyncGenerator<Source> {
  for (const a of newsArticles(await brownPressSentences(), { articles })) {
    yield {
      id: a.name.replace(/\.md$/, ""),
      outlet: a.outlet,
      text: a.text,
      entities: [...a.names.people, ...a.names.organisations, ...a.names.places],
    };
  }
}

/** The total size of a folder's files, in bytes. */
async function diskBytes(dir: string): Promise<number> {
  let total = 0;
  for (const name of await readdir(dir, { recursive: true })) {
    const s = await stat(join(dir, name));
    if (s.isFile()) total += s.size;
  }
  return total;
}

async function write(storeDir: string, articles: number, corpus: string | undefined): Promise<object> {
  const t0 = performance.now();
  const terms: ArticleTermRow[] = [];
  const entities: ArticleEntityRow[] = [];
  const store = await openStore(storeDir, { readOnly: false, corpusDir: corpus ?? join(storeDir, "..", "no-corpus") });
  let termRowCount = 0;
  let entityRowCount = 0;
  let count = 0;
  let writeMs = 0;
  // Rows go to the store in batches of 1,000 articles, each batch one file (appended):
  // what a rerun or a shard adds.
  const flush = async () => {
    const w0 = performance.now();
    if (terms.length) await store.write("article_terms", ARTICLE_TERMS, terms, { append: true });
    if (entities.length) await store.write("article_entities", ARTICLE_ENTITIES, entities, { append: true });
    writeMs += performance.now() - w0;
    termRowCount += terms.length;
    entityRowCount += entities.length;
    terms.length = 0;
    entities.length = 0;
  };
  for await (const a of corpus ? fromCorpus(corpus) : generated(articles)) {
    for (const row of termRows(a.id, a.outlet, a.text)) terms.push(row);
    for (const entity of a.entities) entities.push({ article: a.id, outlet: a.outlet, entity, mentions: 1 });
    if (++count % 1000 === 0) await flush();
  }
  await flush();
  const c0 = performance.now();
  await store.commit();
  const commitMs = performance.now() - c0;
  await store.close();
  return {
    phase: "write",
    articles: count,
    termRows: termRowCount,
    entityRows: entityRowCount,
    files: (await readdir(join(storeDir, "tables"))).length,
    storeBytes: await diskBytes(join(storeDir, "tables")),
    totalSeconds: +((performance.now() - t0) / 1000).toFixed(2),
    parquetWriteSeconds: +(writeMs / 1000).toFixed(2),
    commitSeconds: +(commitMs / 1000).toFixed(3),
    peakMemoryMb: await peakMemoryMb(),
  };
}

async function aggregate(storeDir: string, memoryLimit: string | undefined): Promise<object> {
  const o0 = performance.now();
  const store = await openStore(storeDir, { memoryLimit });
  const openSeconds = +((performance.now() - o0) / 1000).toFixed(3);
  const memoryAfterOpen = await peakMemoryMb();
  const terms = store.files("article_terms");
  // A store of the report or of `deno task digest` has no entity table yet (docs/store.md).
  const entities = store.tables().includes("article_entities") ? store.files("article_entities") : undefined;
  const timed = async <T extends { length: number }>(f: () => Promise<T>) => {
    const [t0, c0] = [performance.now(), process.cpuUsage()];
    const rows = await f();
    const cpu = process.cpuUsage(c0);
    return {
      rows: rows.length,
      seconds: +((performance.now() - t0) / 1000).toFixed(3),
      // User and system CPU of the process (DuckDB's threads included): the load does not inflate it.
      cpuSeconds: +((cpu.user + cpu.system) / 1e6).toFixed(3),
      peakMemoryMb: await peakMemoryMb(),
    };
  };
  const figures = {
    phase: "aggregate",
    memoryLimit: memoryLimit ?? "1GB",
    openSeconds,
    peakMemoryMbAfterOpen: memoryAfterOpen,
    articleTermsRows: store.manifest.tables.article_terms.files.reduce((n, f) => n + f.rows, 0),
    // The GROUP BY and ORDER BY alone, without bringing the rows into JavaScript.
    termCountsSqlOnly: await timed(() => store.query(`SELECT count(*) AS n FROM (${TERM_COUNTS_SQL})`, [terms])),
    termCountsByGroup: await timed(() => termCountsByGroup(store, terms)),
    documentFrequencies: await timed(() => documentFrequencies(store, terms)),
    groupTotals: await timed(() => groupTotals(store, terms)),
    // What the notebooks read at scale (src/store/at_scale.ts).
    storeGroups: await timed(() => storeGroups(store)),
    storeTopTerms: await timed(() => storeTopTerms(store, { n: 10 })),
    storeCountTable: await timed(async () => [...(await storeCountTable(store)).counts.keys()]),
    ...(entities
      ? {
        pairCounts: await timed(() => pairCounts(store, entities)),
        pairCountsAtLeast2: await timed(() => pairCounts(store, entities, { minCount: 2 })),
      }
      : {}),
  };
  await store.close();
  return figures;
}

const USAGE =
  "Usage: deno run -A bench/store_scale.ts write STORE_DIR --articles N [--corpus DIR]\n       deno run -A bench/store_scale.ts aggregate STORE_DIR [--memory-limit 1GB]";

if (import.meta.main) {
  const [phase, storeDir, ...rest] = Deno.args;
  const flag = (name: string) => {
    const i = rest.indexOf(name);
    return i >= 0 ? rest[i + 1] : undefined;
  };
  if (phase === "write" && storeDir) {
    console.log(JSON.stringify(await write(storeDir, Number(flag("--articles") ?? 10000), flag("--corpus"))));
  } else if (phase === "aggregate" && storeDir) {
    console.log(JSON.stringify(await aggregate(storeDir, flag("--memory-limit"))));
  } else {
    console.error(USAGE);
    Deno.exit(2);
  }
}

import assert from "node:assert/strict";
import { cp, readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { countInShards, parseShard, shardOf, tableFingerprints, writeShard } from "../../src/pipeline/shard.ts";
import { countInStore } from "../../src/pipeline/article_store.ts";
import { DEFAULT_CORPUS_DIR, loadCorpus } from "../../src/corpus/load.ts";
import { loadDigestTools } from "../../src/pipeline/digest.ts";
import { digestMany } from "../../src/pipeline/digest_many.ts";
import { digestShard, main as digestMain } from "../../src/report/digest_cli.ts";
import { runReport } from "../../src/report/report_cli.ts";
import { withTempDir } from "../fixtures/temp_dir.ts";
import { DiskCache } from "../../src/pipeline/cache.ts";
import { DEFAULT_OUTLETS_FILE, loadOutlets, withOutlets } from "../../src/corpus/outlets.ts";

const UNSEEN = new URL("../fixtures/unseen/", import.meta.url).pathname;

Deno.test("parseShard() reads K/N and refuses anything else, saying what a shard is", () => {
  assert.deepEqual(parseShard("1/1"), { index: 1, count: 1 });
  assert.deepEqual(parseShard(" 4/4 "), { index: 4, count: 4 });
  for (const bad of ["0/4", "5/4", "3", "3/0", "a/b", "-1/4", "1.5/4", ""]) {
    assert.throws(() => parseShard(bad), {
      message: `"${bad}" is not a shard K/N: whole numbers with 1 ≤ K ≤ N, such as 3/8`,
    });
  }
});

Deno.test("shardOf() puts each id in exactly one shard, by its hash alone, whatever the other ids", () => {
  const ids = Array.from({ length: 400 }, (_, i) => `article-${i}`);
  for (const n of [1, 2, 3, 8]) {
    const counts = new Array(n + 1).fill(0);
    for (const id of ids) counts[shardOf(id, n)]++;
    assert.equal(counts[0], 0);
    assert.equal(counts.reduce((a, b) => a + b, 0), ids.length);
    // A hash spreads 400 ids over every shard.
    assert.ok(counts.slice(1).every((c) => c > 0), `${n} shards: ${counts}`);
  }
  // sha256("a") = ca978112…: 0xca978112 = 3398926610, which is 2 modulo 4, so shard 3 of 4.
  assert.equal(shardOf("a", 4), 3);
});

Deno.test("deno task digest names the flag and the value of a bad shard spec", async () => {
  const lines: string[] = [];
  const error = console.error;
  console.error = (line: string) => lines.push(line);
  try {
    assert.equal(await digestMain(["--shard", "5/4"]), 2);
    assert.equal(await digestMain([]), 2);
    assert.equal(await digestMain(["--shard", "2/4", "--workers", "0"]), 2);
  } finally {
    console.error = error;
  }
  assert.deepEqual(lines, [
    'error: --shard "5/4" is not a shard K/N: whole numbers with 1 ≤ K ≤ N, such as 3/8',
    "error: deno task digest needs --shard K/N (such as --shard 3/8)\n(deno task digest --help shows the usage)",
    'error: --workers must be a whole number of at least 1, not "0"',
  ]);
});

/** Every file of a folder (relative path) with its bytes; index.html without the time it was made. */
async function reportFiles(dir: string): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const rel of (await readdir(dir, { recursive: true })).sort()) {
    const bytes = await readFile(join(dir, rel)).catch(() => undefined); // a folder
    if (!bytes) continue;
    let text = bytes.toString("base64");
    if (rel === "index.html") text = bytes.toString("utf8").replace(/<time datetime="[^"]*">[^<]*<\/time>/, "<time>");
    out.set(rel, text);
  }
  return out;
}

Deno.test("4 shards digested in separate caches, copied together and aggregated, give the report of one run, byte for byte", async () => {
  await withTempDir(async (dir) => {
    // A small corpus of 15 articles from 15 outlets: the project's 5 and 10 of the unseen fixtures.
    const corpus = join(dir, "corpus");
    await cp(DEFAULT_CORPUS_DIR, corpus, { recursive: true });
    for (const f of (await readdir(UNSEEN)).filter((f) => /^(0\d|10)-.*\.md$/.test(f))) {
      await cp(join(UNSEEN, f), join(corpus, f));
    }
    const log = () => {};
    // Each shard in its own cache, as on four machines.
    const sizes: number[] = [];
    for (let k = 1; k <= 4; k++) {
      const r = await digestShard({ index: k, count: 4 }, { corpus, cache: join(dir, `machine${k}`), log });
      assert.equal(r.dir, join(dir, `machine${k}`, "shards", `${k}-of-4`));
      assert.ok(r.rows.article_terms > 0);
      sizes.push(r.articles);
    }
    assert.deepEqual(sizes.map((n) => n > 0), [true, true, true, true]);
    assert.equal(sizes.reduce((a, b) => a + b, 0), 15);
    // Copied together: the caches' entries are files named by their content, the shard folders distinct.
    const cache = join(dir, "cache");
    for (let k = 1; k <= 4; k++) await cp(join(dir, `machine${k}`), cache, { recursive: true });
    const out = join(dir, "out");
    const shards = [join(cache, "shards")];
    // Three shards of four do not make the corpus.
    await assert.rejects(
      runReport({ corpus, out, cache, log, shards: [1, 2, 3].map((k) => join(cache, "shards", `${k}-of-4`)) }),
      { message: new RegExp(`^Cannot read the shards: ${sizes[3]} of the report's articles are in none of them`) },
    );
    const sharded = await runReport({ corpus, out, cache, log, shards });
    assert.equal(sharded.fromCache, 15); // every digest from the shards' caches
    // The counts came from the shards' files: no store was written in the cache.
    assert.ok(!(await readdir(cache)).includes("store"));
    const fromShards = await reportFiles(out);
    // One run over the whole corpus, on a fresh cache in the same folder, to the same report folder:
    // a cold run, then the same run again so that both reports read every digest from the cache.
    await Deno.remove(cache, { recursive: true });
    await Deno.remove(out, { recursive: true });
    await runReport({ corpus, out, cache, log });
    const single = await runReport({ corpus, out, cache, log, force: true });
    assert.equal(single.fromCache, 15);
    assert.ok((await readdir(cache)).includes("store")); // this one counted in its store
    const fromOne = await reportFiles(out);
    assert.deepEqual([...fromShards.keys()], [...fromOne.keys()]);
    assert.ok(fromOne.has("terms.csv") && fromOne.has("index.html"));
    for (const [file, bytes] of fromOne) assert.ok(fromShards.get(file) === bytes, `${file} differs`);
  });
});

/** A corpus of 15 articles from 15 outlets: the project's 5 and 10 of the unseen fixtures. */
async function fifteen(corpus: string): Promise<void> {
  await cp(DEFAULT_CORPUS_DIR, corpus, { recursive: true });
  for (const f of (await readdir(UNSEEN)).filter((f) => /^(0\d|10)-.*\.md$/.test(f))) {
    await cp(join(UNSEEN, f), join(corpus, f));
  }
}

Deno.test("digestShard() reads only its shard's files: a broken file of another shard is not in its log", async () => {
  await withTempDir(async (dir) => {
    const corpus = join(dir, "corpus");
    await cp(DEFAULT_CORPUS_DIR, corpus, { recursive: true });
    await Deno.writeTextFile(join(corpus, "zz-broken.md"), "no front matter\n");
    const theirs = shardOf("zz-broken", 2);
    const lines: string[] = [];
    await digestShard({ index: 3 - theirs, count: 2 }, {
      corpus,
      cache: join(dir, "cache"),
      log: (l) => lines.push(l),
    });
    assert.equal(lines.join("\n"), "");
    await digestShard({ index: theirs, count: 2 }, { corpus, cache: join(dir, "cache"), log: (l) => lines.push(l) });
    assert.equal(lines.length, 1);
    assert.match(lines[0], /^warning: left out ".*zz-broken\.md"/);
  });
});

Deno.test("a shard folder written from its share of the files is, byte for byte, the one written from the whole corpus", async () => {
  await withTempDir(async (dir) => {
    const corpus = join(dir, "corpus");
    await fifteen(corpus);
    const cache = join(dir, "cache");
    const log = () => {};
    const tools = await loadDigestTools();
    const whole = withOutlets((await loadCorpus(corpus)).articles, await loadOutlets(DEFAULT_OUTLETS_FILE));
    for (let k = 1; k <= 3; k++) {
      const share = await digestShard({ index: k, count: 3 }, { corpus, cache, log });
      // The shard as it was written before: every article loaded, then its share kept.
      const mine = whole.filter((a) => shardOf(a.id, 3) === k);
      const { digests } = await digestMany(mine, { tools, cache: new DiskCache(cache) });
      const before = join(dir, "before", `${k}-of-3`);
      await writeShard(before, corpus, digests, (a) => a.outlet, {
        shard: `${k}/3`,
        by: "outlet",
        fingerprints: tableFingerprints(tools.fingerprints),
      });
      assert.equal(share.articles, mine.length);
      for (
        const file of [
          "shard.json",
          "manifest.json",
          ...(await readdir(join(before, "tables"))).map((f) => `tables/${f}`),
        ]
      ) {
        assert.ok(
          (await readFile(join(share.dir, file))).equals(await readFile(join(before, file))),
          `${k}-of-3/${file} differs`,
        );
      }
    }
  });
});

Deno.test("the report refuses a shard whose article changed since it was digested, naming both", async () => {
  await withTempDir(async (dir) => {
    const corpus = join(dir, "corpus");
    await cp(DEFAULT_CORPUS_DIR, corpus, { recursive: true });
    const cache = join(dir, "cache");
    const log = () => {};
    await digestShard({ index: 1, count: 1 }, { corpus, cache, log });
    const file = (await readdir(corpus)).sort()[0];
    await Deno.writeTextFile(join(corpus, file), (await Deno.readTextFile(join(corpus, file))) + "\nOne more line.\n");
    const shard = join(cache, "shards", "1-of-1");
    await assert.rejects(runReport({ corpus, out: join(dir, "out"), cache, log, shards: [shard] }), {
      message: `Cannot read the shard ${shard}: the article ${
        file.replace(/\.md$/, "")
      } changed since (digest shard 1/1 again)`,
    });
  });
});

Deno.test("the report refuses a shard holding a duplicate it left out, naming the file, why, and what to do", async () => {
  await withTempDir(async (dir) => {
    const corpus = join(dir, "corpus");
    await cp(DEFAULT_CORPUS_DIR, corpus, { recursive: true });
    // A copy of an article under a name that falls in the other of 2 shards: each shard,
    // reading only its own files, digests one of the two; the report keeps the first by name.
    const original = (await readdir(corpus)).filter((f) => /peregraf.*\.md$/.test(f))[0];
    const id = original.replace(/\.md$/, "");
    const copy = ["z-copy-1", "z-copy-2", "z-copy-3", "z-copy-4"].find((c) => shardOf(c, 2) !== shardOf(id, 2))!;
    await cp(join(corpus, original), join(corpus, `${copy}.md`));
    const problem = (await loadCorpus(corpus)).problems.find((p) => p.file === join(corpus, `${copy}.md`))!;
    assert.match(problem.message, /a duplicate/);
    const cache = join(dir, "cache");
    const log = () => {};
    for (const k of [1, 2]) await digestShard({ index: k, count: 2 }, { corpus, cache, log });
    const k = shardOf(copy, 2);
    const shard = join(cache, "shards", `${k}-of-2`);
    await assert.rejects(runReport({ corpus, out: join(dir, "out"), cache, log, shards: [join(cache, "shards")] }), {
      message:
        `Cannot read the shard ${shard}: its article ${copy} is left out of the report (${problem.file}: ${problem.message}), ` +
        `but shard ${k}/2 reads only its own files and took it; move the file out of the corpus or mend it, then digest shard ${k}/2 again`,
    });
  });
});

Deno.test("the report over shards digested with another --where names the articles missing and --where as a cause", async () => {
  await withTempDir(async (dir) => {
    const corpus = join(dir, "corpus");
    await cp(DEFAULT_CORPUS_DIR, corpus, { recursive: true });
    const cache = join(dir, "cache");
    const log = () => {};
    // Every shard of the corpus (1 of 1), digested for one outlet; the report is over all five.
    const shard = await digestShard({ index: 1, count: 1 }, { corpus, cache, log, where: "outlet = Peregraf" });
    assert.equal(shard.articles, 1);
    const missing = (await loadCorpus(corpus)).articles.map((a) => a.id).filter((id) => !/peregraf/.test(id));
    await assert.rejects(runReport({ corpus, out: join(dir, "out"), cache, log, shards: [join(cache, "shards")] }), {
      message: `Cannot read the shards: ${missing.length} of the report's articles are in none of them (the first: ${
        missing[0]
      }); give every shard of the corpus, each digested with the report's --where`,
    });
  });
});

Deno.test("countInShards() gives the counts countInStore() gives for the same articles in one store", async () => {
  await withTempDir(async (dir) => {
    const corpus = join(dir, "corpus");
    await cp(DEFAULT_CORPUS_DIR, corpus, { recursive: true });
    const tools = await loadDigestTools();
    const { articles } = await loadCorpus(corpus);
    const { digests } = await digestMany(articles, { tools });
    const group = (a: { outlet: string }) => a.outlet;
    const dirs: string[] = [];
    for (let k = 1; k <= 3; k++) {
      const part = digests.filter((d) => shardOf(d.article.id, 3) === k);
      const shardDir = join(dir, "shards", `${k}-of-3`);
      await writeShard(shardDir, corpus, part, group, {
        shard: `${k}/3`,
        by: "outlet",
        fingerprints: tableFingerprints(tools.fingerprints),
      });
      dirs.push(shardDir);
    }
    const check = { articles, group, fingerprints: tools.fingerprints, corpusDir: corpus };
    const fromShards = await countInShards(dirs, check);
    const fromStore = await countInStore(join(dir, "store"), corpus, digests, group);
    assert.deepEqual(fromShards, fromStore);
    assert.ok((fromShards.terms as { counts: unknown[] }).counts.length > 0);
    // A shard given twice holds its articles twice.
    await assert.rejects(
      countInShards([dirs[0], dirs[0]], check),
      { message: /^Cannot read the shards: the article .* is in both/ },
    );
  });
});

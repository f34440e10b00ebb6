import assert from "node:assert/strict";
import { csvHeader, toCsv, writeCsv } from "../../src/render/csv.ts";

Deno.test("toCsv() quotes by RFC 4180 and takes the columns of the first row when none are given", () => {
  assert.equal(
    toCsv([{ outlet: "A, B", n: 2, note: 'say "no"' }, { outlet: "C", n: -3.5, note: null }]),
    'outlet,n,note\n"A, B",2,"say ""no"""\nC,-3.5,\n',
  );
  assert.equal(toCsv([], ["a", "b"]), "a,b\n");
  assert.equal(toCsv([]), "\n");
});

Deno.test("writeCsv() writes the bytes toCsv() gives, across its chunks, and names the file it cannot write", async () => {
  const dir = await Deno.makeTempDir();
  try {
    // About 3 MB of CSV: several chunks of a megabyte, with quotes, formulas and non-ASCII text.
    const rows = Array.from({ length: 60_000 }, (_, i) => ({
      outlet: i % 7 === 0 ? "Al-Mayadeen, Beirut" : "Tehran Times",
      term: i % 11 === 0 ? "=HYPERLINK(x)" : `ṣahyūnī "${i}"`,
      score: i / 7,
      count: i,
    }));
    for (
      const [name, rs, cols] of [["all", rows, undefined], ["some", rows, ["term", "count"]], ["none", [], [
        "a",
      ]]] as const
    ) {
      const file = `${dir}/${name}.csv`;
      await writeCsv(file, rs, cols as string[] | undefined);
      assert.equal(await Deno.readTextFile(file), toCsv(rs, cols as string[] | undefined), name);
    }
    assert.ok((await Deno.stat(`${dir}/all.csv`)).size > 3 * 2 ** 20, "more than three chunks");
    // A shorter table written over a longer one leaves nothing of the longer one behind.
    await writeCsv(`${dir}/all.csv`, rows.slice(0, 2));
    assert.equal(await Deno.readTextFile(`${dir}/all.csv`), toCsv(rows.slice(0, 2)));
    await assert.rejects(() => writeCsv(`${dir}/no-such-folder/x.csv`, rows), /Cannot write .*no-such-folder\/x\.csv/);
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("csvHeader() turns a camelCase field into a snake_case header, a number after a word as a word of its own", () => {
  const headers = {
    hitsPer1000: "hits_per_1000",
    per1k: "per_1k",
    loadedShare: "loaded_share",
    sentenceStart: "sentence_start",
    medianWords: "median_words",
    narrativeLoadedShare: "narrative_loaded_share",
    refCount: "ref_count",
    outletArticles: "outlet_articles",
    // One word, a letter and a number, or already snake_case: as they are.
    outlet: "outlet",
    logdice: "logdice",
    g2: "g2",
    x2: "x2",
    per_1k: "per_1k",
  };
  assert.deepEqual(Object.keys(headers).map(csvHeader), Object.values(headers));
});

Deno.test("toCsv() and writeCsv() head each column with its snake_case name, and read the row's camelCase field", async () => {
  const rows = [{ outlet: "A", hitsPer1000: 2.5, per1k: 1 }];
  assert.equal(toCsv(rows), "outlet,hits_per_1000,per_1k\nA,2.5,1\n");
  assert.equal(toCsv(rows, ["per1k", "outlet"]), "per_1k,outlet\n1,A\n");
  const file = await Deno.makeTempFile({ suffix: ".csv" });
  try {
    await writeCsv(file, rows);
    assert.equal(await Deno.readTextFile(file), "outlet,hits_per_1000,per_1k\nA,2.5,1\n");
  } finally {
    await Deno.remove(file);
  }
});

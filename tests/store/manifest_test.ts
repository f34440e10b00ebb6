import assert from "node:assert/strict";
import { readdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import {
  emptyManifest,
  manifestSchema,
  parseManifest,
  readManifest,
  sha256File,
  StoreFileError,
  type StoreManifest,
  verifyManifest,
  writeManifest,
} from "../../src/store/manifest.ts";

/** A manifest listing one file of table t. */
function oneFile(file: string, bytes: number, sha256: string): StoreManifest {
  return {
    ...emptyManifest("/corpus"),
    generation: 1,
    tables: { t: { schema: { title: "T", columns: { x: "integer" } }, files: [{ file, rows: 1, bytes, sha256 }] } },
  };
}

Deno.test("sha256File() gives the SHA-256 of a file's bytes", async () => {
  const file = await Deno.makeTempFile();
  await writeFile(file, "abc");
  assert.equal(await sha256File(file), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
});

Deno.test("writeManifest() replaces the manifest whole and leaves no temporary file", async () => {
  const dir = await Deno.makeTempDir();
  await writeManifest(dir, emptyManifest("/corpus"));
  await writeManifest(dir, { ...emptyManifest("/corpus"), generation: 2 });
  assert.equal((await readManifest(dir))?.generation, 2);
  assert.deepEqual(await readdir(dir), ["manifest.json"]);
});

Deno.test("parseManifest() names the file and the problem", () => {
  const bad = (m: unknown) => () => parseManifest(JSON.stringify(m), "S/manifest.json");
  assert.throws(
    () => parseManifest("{", "S/manifest.json"),
    /^Error: Cannot read the store manifest S\/manifest\.json: it is not valid JSON/,
  );
  assert.throws(bad({ format: "other" }), /not a framelens store manifest/);
  assert.throws(bad({ ...emptyManifest("/c"), tables: { "Bad-Name": {} } }), /table name "Bad-Name"/);
  const escape = oneFile("tables/../../etc/passwd.parquet", 1, "0".repeat(64));
  assert.throws(bad(escape), /lists a file that is not a Parquet file of tables\//);
  const types = {
    ...emptyManifest("/c"),
    tables: { t: { schema: { title: "T", columns: { x: "date" } }, files: [] } },
  };
  assert.throws(bad(types), /column "x" has type "date"/);
  const part = oneFile("tables/t.1-1.parquet", 1, "0".repeat(64));
  part.tables.t.files[0].articles = { a1: "k1" };
  assert.deepEqual(parseManifest(JSON.stringify(part), "S/manifest.json").tables.t.files[0].articles, { a1: "k1" });
  (part.tables.t.files[0] as { articles: unknown }).articles = ["a1"];
  assert.throws(bad(part), /articles that are not article ids with their keys/);
});

Deno.test("verifyManifest() names a missing file, a truncated one and a changed one", async () => {
  const dir = await Deno.makeTempDir();
  await Deno.mkdir(join(dir, "tables"));
  const path = join(dir, "tables", "t.1-1.parquet");
  await assert.rejects(() => verifyManifest(dir, oneFile("tables/t.1-1.parquet", 3, "0".repeat(64))), /is missing/);
  await writeFile(path, "ab");
  const sha = await sha256File(path);
  await verifyManifest(dir, oneFile("tables/t.1-1.parquet", 2, sha));
  const truncated = await verifyManifest(dir, oneFile("tables/t.1-1.parquet", 3, sha)).catch((e) => e);
  assert.ok(truncated instanceof StoreFileError);
  assert.equal(truncated.file, "tables/t.1-1.parquet");
  assert.match(truncated.message, /has 2 bytes where the manifest says 3 \(truncated or changed\); rebuild the store/);
  await writeFile(path, "ac");
  await assert.rejects(() => verifyManifest(dir, oneFile("tables/t.1-1.parquet", 2, sha)), /does not have the SHA-256/);
  await verifyManifest(dir, oneFile("tables/t.1-1.parquet", 2, sha), "size");
});

Deno.test("manifestSchema() keeps the title and the declared columns in order", () => {
  assert.deepEqual(manifestSchema({ title: "T", columns: { b: "integer", a: "string" } }), {
    title: "T",
    columns: { b: "integer", a: "string" },
  });
});

import assert from "node:assert/strict";
import { readdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { main } from "../../src/report/add_cli.ts";

/** What `main()` prints, line by line, to each stream, and its exit code. */
async function run(args: string[]): Promise<{ code: number; out: string[]; errors: string[] }> {
  const out: string[] = [];
  const errors: string[] = [];
  const { log, error } = console;
  console.log = (...parts: unknown[]) => out.push(...parts.join(" ").split("\n"));
  console.error = (...parts: unknown[]) => errors.push(...parts.join(" ").split("\n"));
  try {
    return { code: await main(args), out, errors };
  } finally {
    Object.assign(console, { log, error });
  }
}

Deno.test("main() of add names a mistyped flag and the one it is nearest to, and writes nothing", async () => {
  const dir = await Deno.makeTempDir();
  try {
    await writeFile(join(dir, "a.txt"), "Hezbollah rejected the plan.\n");
    const corpus = join(dir, "corpus");
    const corpsu = await run([join(dir, "a.txt"), "--outlet", "X", "--corpsu", corpus]);
    assert.equal(corpsu.code, 2);
    assert.equal(corpsu.errors[0], 'error: deno task add: unknown flag --corpsu (did you mean "--corpus"?)');
    const dat = await run([join(dir, "a.txt"), "--outlet", "X", "--dat", "2025-08-11"]);
    assert.equal(dat.code, 2);
    assert.equal(dat.errors[0], 'error: deno task add: unknown flag --dat (did you mean "--date"?)');
    const noValue = await run([join(dir, "a.txt"), "--outlet", "X", "--date"]);
    assert.equal(noValue.errors[0], "error: deno task add: --date needs a value (--date YYYY-MM-DD)");
    assert.deepEqual((await readdir(dir)).sort(), ["a.txt"], "no corpus folder made");
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("main() of add prints what it did that was not asked: the date read, a new corpus folder", async () => {
  const dir = await Deno.makeTempDir();
  try {
    await writeFile(
      join(dir, "a.txt"),
      "Talks in Beirut\nTehran, August 19, 2025 - Iran said it would not interfere.\n",
    );
    const corpus = join(dir, "new");
    const { code, out, errors } = await run([join(dir, "a.txt"), "--outlet", "Tehran Times", "--corpus", corpus]);
    assert.equal(code, 0, errors.join("\n"));
    assert.deepEqual(out, [
      'note: date 2025-08-19 read from "Tehran, August 19, 2025 -"; --date YYYY-MM-DD gives another',
      `note: created the folder ${corpus}, a new corpus with this article its first (deno task report --corpus ${corpus} reads it)`,
      `added 2025-08-19-tehran-times-talks-in-beirut: ${join(corpus, "2025-08-19-tehran-times-talks-in-beirut.md")}`,
    ]);
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("main() of add refuses an article with no date and asks for --date", async () => {
  const dir = await Deno.makeTempDir();
  try {
    await writeFile(join(dir, "a.txt"), "Hezbollah rejected the plan.\n");
    const { code, errors } = await run([join(dir, "a.txt"), "--outlet", "X", "--corpus", dir]);
    assert.equal(code, 1);
    assert.match(errors[0], /^error: Cannot add .*a\.txt: no date given, .*give it with --date YYYY-MM-DD$/);
    assert.deepEqual(await readdir(dir), ["a.txt"]);
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

/**
 * The annotators' tool for the hand annotation of attribution relations
 * (`tests/fixtures/annotations/sources/`, guidelines in its README.md). The texts are
 * the seed articles (`data/articles/`) and the Brown corpus's press reportage (`ca01` …),
 * read as framelens reads them; no Brown text is stored in this repository, only offsets
 * and a checksum of the text.
 *
 * usage: deno run -A tests/annotations/sources_tool.ts COMMAND ...
 *   text ID                    print the text, each paragraph with its start offset
 *   compile DRAFT.yaml OUT.yaml  turn a draft whose spans are quoted text into offsets
 *   show FILE.yaml             check an annotation file and print its relations
 *
 * A draft names each span by its text: `content` is searched from `at` (an offset,
 * default 0: the first occurrence), `cue` and `source` as whole words nearest to the
 * content, outside it, in the same paragraph.
 */
import { readFile, writeFile } from "node:fs/promises";
import { parse, stringify } from "yaml";
import { loadCorpus } from "../../src/corpus/load.ts";
import { loadBrown } from "../../bench/brown.ts";
import { projectPath } from "../../src/paths.ts";

/** The text of a seed article (its id) or a Brown file (`ca01`). */
export async function annotatedText(id: string): Promise<string> {
  if (/^c[a-r]\d\d$/.test(id)) {
    const article = (await loadBrown()).find((a) => a.id === id);
    if (!article) throw new Error(`no Brown file ${id}`);
    return article.text;
  }
  const corpus = await loadCorpus(projectPath("data", "articles"));
  const article = corpus.articles.find((a) => a.id === id);
  if (!article) throw new Error(`no seed article ${id} in data/articles`);
  return article.text;
}

/** SHA-256 of a text, hex. */
export async function textHash(text: string): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, "0")).join("");
}

const TYPES = ["direct", "indirect", "mixed", "scare"];
const SPEAKER_TYPES = ["person", "organisation", "place", "unnamed"];

function paragraphOf(text: string, at: number): [number, number] {
  const start = text.lastIndexOf("\n\n", at);
  const end = text.indexOf("\n\n", at);
  return [start < 0 ? 0 : start + 2, end < 0 ? text.length : end];
}

function nearest(text: string, phrase: string, around: [number, number], where: string): [number, number] {
  const [ps, pe] = paragraphOf(text, around[0]);
  const [qs, qe] = paragraphOf(text, Math.max(around[0], around[1] - 1));
  let best: [number, number] | undefined;
  let bestDistance = Infinity;
  for (
    let i = text.indexOf(phrase, Math.min(ps, qs));
    i >= 0 && i < Math.max(pe, qe);
    i = text.indexOf(phrase, i + 1)
  ) {
    const end = i + phrase.length;
    // Whole words only ("he" is not the end of "the"), and never inside the content itself.
    const wordish = /[\p{L}\p{N}]/u;
    if (wordish.test(text[i - 1] ?? "") || wordish.test(text[end] ?? "")) continue;
    if (i >= around[0] && end <= around[1]) continue;
    const distance = end <= around[0] ? around[0] - end : i >= around[1] ? i - around[1] : 0;
    if (distance < bestDistance) [best, bestDistance] = [[i, end], distance];
  }
  if (!best) throw new Error(`${where}: "${phrase}" is not in the content's paragraph`);
  return best;
}

async function compile(draftFile: string, outFile: string) {
  const draft = parse(await readFile(draftFile, "utf8")) as { text: string; relations: Record<string, unknown>[] };
  const text = await annotatedText(draft.text);
  const relations = draft.relations.map((r, n) => {
    const where = `${draftFile}: relation ${n + 1}`;
    const content = String(r.content);
    const at = Number(r.at ?? 0);
    const start = text.indexOf(content, at);
    if (start < 0) throw new Error(`${where}: content "${content.slice(0, 60)}" not found from offset ${at}`);
    const span: [number, number] = [start, start + content.length];
    const out: Record<string, unknown> = { type: r.type, content: span };
    if (r.cue) out.cue = nearest(text, String(r.cue), span, where);
    if (r.source) out.source = nearest(text, String(r.source), span, where);
    if (r.speaker) out.speaker = r.speaker;
    if (r.speaker_type) out.speaker_type = r.speaker_type;
    if (r.note) out.note = r.note;
    return out;
  });
  relations.sort((a, b) => (a.content as number[])[0] - (b.content as number[])[0]);
  const file = { text: draft.text, sha256: await textHash(text), relations };
  await writeFile(outFile, stringify(file, { flowCollectionPadding: false, lineWidth: 0 }));
  await show(outFile);
}

async function show(file: string) {
  const data = parse(await readFile(file, "utf8")) as {
    text: string;
    sha256: string;
    relations: Record<string, unknown>[];
  };
  const text = await annotatedText(data.text);
  if (await textHash(text) !== data.sha256) throw new Error(`${file}: the text of ${data.text} has changed (sha256)`);
  const slice = (s: unknown) => {
    const [a, b] = s as number[];
    if (!(Number.isInteger(a) && Number.isInteger(b) && 0 <= a && a < b && b <= text.length)) {
      throw new Error(`${file}: bad span ${JSON.stringify(s)}`);
    }
    return text.slice(a, b).replace(/\s+/g, " ");
  };
  for (const [n, r] of data.relations.entries()) {
    if (!TYPES.includes(String(r.type))) throw new Error(`${file}: relation ${n + 1}: unknown type ${r.type}`);
    if (r.type !== "scare" && !SPEAKER_TYPES.includes(String(r.speaker_type))) {
      throw new Error(`${file}: relation ${n + 1}: speaker_type must be one of ${SPEAKER_TYPES.join(", ")}`);
    }
    const content = slice(r.content);
    const cue = r.cue ? slice(r.cue) : "";
    const source = r.source ? slice(r.source) : "";
    console.log(
      `${n + 1}. ${r.type} | ${r.speaker ?? "-"} (${r.speaker_type ?? "-"}) | source "${source}" | cue "${cue}"\n   ` +
        `"${content.length > 160 ? content.slice(0, 100) + " … " + content.slice(-50) : content}"`,
    );
  }
  console.log(`${file}: ${data.relations.length} relations, spans and checksum valid`);
}

if (import.meta.main) {
  const [command, ...args] = Deno.args;
  if (command === "text" && args[0]) {
    const text = await annotatedText(args[0]);
    let offset = 0;
    for (const paragraph of text.split("\n\n")) {
      console.log(`[${offset}] ${paragraph}\n`);
      offset += paragraph.length + 2;
    }
  } else if (command === "compile" && args.length === 2) await compile(args[0], args[1]);
  else if (command === "show" && args[0]) await show(args[0]);
  else {
    console.error("usage: sources_tool.ts text ID | compile DRAFT.yaml OUT.yaml | show FILE.yaml");
    Deno.exit(2);
  }
}

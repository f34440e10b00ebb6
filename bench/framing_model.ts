/**
 * Fits the learned judgement of the framing stage (`src/framing/learned.ts`) and writes
 * `data/framing_model.json`, byte for byte the same every run (full-batch gradient descent from
 * zero weights, no randomness).
 *
 * Examples: every candidate word attached to a neutral naming of a referent (the rules' neutral
 * hits and the agents named outside every hit) in the sets that may be tuned on: the seeds
 * (`tests/fixtures/annotations/framing.yaml`) and the fresh sets 1 to 7. A candidate is positive
 * when its word lies in an annotated loaded hit of the naming's referent, else negative. The
 * eighth set and later ones are never read here.
 *
 * The threshold is chosen by leaving one set out: for each set, a model fitted on the others
 * judges it, and each threshold of a grid gives the set's figures with the rules' hits and the
 * learned ones. The threshold is the least one at which the learned hits of all folds together
 * are right (in a loaded annotation of their referent) twice as often as wrong or more (a share
 * then moves toward the truth) and no fold's precision falls under 0.90; a final model fitted on
 * all the sets carries it. (A floor of 90% right, tried first, is met by no threshold of the grid.)
 *
 *   npx --yes deno@2.9.6 run -A bench/framing_model.ts            # fit, print the folds, write the file
 *   npx --yes deno@2.9.6 run -A bench/framing_model.ts --check    # fit and compare with the file
 *   npx --yes deno@2.9.6 run -A bench/framing_model.ts --outside DIR   # experiment: DIR's texts as negatives
 *   (add --show to print the learned hits, --wrong to print the folds' wrong ones)
 *
 * @module
 */
import { readFile, writeFile } from "node:fs/promises";
import { loadCorpus } from "../src/corpus/load.ts";
import { loadDigestTools } from "../src/pipeline/digest.ts";
import { annotateArticle } from "../src/pipeline/annotate.ts";
import { findFraming, type FramingHit } from "../src/framing/match.ts";
import { evaluateFraming, type FramingAnnotation } from "../src/framing/evaluate.ts";
import { featureNames, judgementCandidates, type LearnedModel } from "../src/framing/learned.ts";
import { learnedJudgements, learnedLists, learnedNamings } from "../src/framing/learned_hits.ts";
import type { AnnotatedArticle } from "../src/types.ts";
import { projectPath } from "../src/paths.ts";
import { readFreshSet } from "../tests/fixtures/fresh_set.ts";
import { readAnnotations } from "../tests/fixtures/framing_annotations.ts";
import { fitLogistic } from "./logistic.ts";

/** The fitting's settings, written into the model file. */
export const FIT = { rate: 0.5, epochs: 3000, l2: 0.001 } as const;
/** The thresholds tried. */
const GRID = Array.from({ length: 14 }, (_, i) => Math.round((0.3 + 0.05 * i) * 100) / 100);
const FILE = projectPath("data", "framing_model.json");

/** A set the model may be tuned on: its articles annotated, the rules' hits and the hand annotation. */
interface TuningSet {
  name: string;
  articles: { annotated: AnnotatedArticle; hits: FramingHit[] }[];
  annotations: FramingAnnotation[];
}

const tools = await loadDigestTools();
const matcher = tools.framing;
const referents = matcher.lexicon.referents.map((r) => r.id);
const features = featureNames(referents);

async function readSets(): Promise<TuningSet[]> {
  const run = (
    articles: { id: string; file: string; outlet: string; text: string; extra: Record<string, unknown> }[],
  ) =>
    articles.map((a) => {
      const annotated = annotateArticle(a, tools.resources);
      return { annotated, hits: findFraming(annotated, matcher) };
    });
  const seeds = await readAnnotations("framing");
  const corpus = await loadCorpus();
  const sets: TuningSet[] = [{
    name: "seeds",
    articles: run(corpus.articles.filter((a) => seeds.articles.includes(a.id))),
    annotations: seeds.annotations,
  }];
  for (const n of ["", "2", "3", "4", "5", "6", "7"]) {
    const { articles, annotations } = await readFreshSet(`framing_fresh${n}`, `fresh${n}`);
    sets.push({ name: `fresh${n || "1"}`, articles: run(articles), annotations });
  }
  return sets;
}

const known = new Map<TuningSet, { xs: number[][]; ys: number[] }>();

/** The examples of a set: each candidate's features and label. */
function examples(set: TuningSet): { xs: number[][]; ys: number[] } {
  const done = known.get(set);
  if (done) return done;
  const xs: number[][] = [];
  const ys: number[] = [];
  const lists = learnedLists(matcher);
  for (const { annotated, hits } of set.articles) {
    const { namings, taken } = learnedNamings(annotated, hits, matcher);
    const loaded = set.annotations.filter((a) => a.article === annotated.article.id && a.frame === "loaded");
    for (const c of judgementCandidates(annotated.tokens, namings, lists, referents, taken)) {
      const t = annotated.tokens[c.k];
      xs.push(c.x);
      ys.push(loaded.some((a) => a.referent === c.naming.referent && a.start < t.end && t.start < a.end) ? 1 : 0);
    }
  }
  known.set(set, { xs, ys });
  return { xs, ys };
}

function fit(sets: readonly TuningSet[], threshold: number): LearnedModel {
  const xs: number[][] = [];
  const ys: number[] = [];
  for (const s of [...sets, ...outside]) {
    const e = examples(s);
    xs.push(...e.xs);
    ys.push(...e.ys);
  }
  const { weights, bias } = fitLogistic(xs, ys, FIT);
  const round = (w: number) => Math.round(w * 1e6) / 1e6;
  return { referents, features, weights: weights.map(round), bias: round(bias), threshold };
}

/** A set's figures with the rules alone or with a model's judgements too. */
function measure(set: TuningSet, model?: LearnedModel) {
  const hits = set.articles.flatMap(({ annotated, hits }) =>
    model ? learnedJudgements(annotated, hits, matcher, model) : hits
  );
  const e = evaluateFraming(hits, set.annotations);
  const learned = hits.filter((h) => h.wording.endsWith(" + learned"));
  const right = learned.filter((h) =>
    set.annotations.some((a) =>
      a.article === h.article && a.referent === h.referent && a.frame === "loaded" && a.start < h.end &&
      h.start < a.end
    )
  );
  const o = e.overall;
  return {
    precision: o.precision,
    tp: o.truePositives,
    hits: o.hits,
    loaded: Math.round(o.loadedRecall * o.loadedAnnotations),
    of: o.loadedAnnotations,
    learned: learned.length,
    right: right.length,
    wrong: learned.filter((h) => !right.includes(h)).map((h) => `${h.article} ${h.referent} "${h.phrase}"`),
  };
}

/**
 * With `--outside DIR` (an experiment: the model file is not written), the even-numbered texts of a
 * corpus with no text about the story (Brown) add their candidates as negatives to every fit, and
 * the final model's learned hits on its odd-numbered texts are counted.
 */
const outsideAt = Deno.args.indexOf("--outside");
const outsideFolder = outsideAt >= 0 ? Deno.args[outsideAt + 1] : undefined;
if (outsideAt >= 0 && (!outsideFolder || outsideFolder.startsWith("--"))) {
  console.error("bench/framing_model.ts: --outside needs a corpus folder after it (e.g. --outside /tmp/brown-md)");
  Deno.exit(2);
}
const outsideTexts = outsideFolder ? (await loadCorpus(outsideFolder)).articles : [];
const toSet = (name: string, texts: typeof outsideTexts): TuningSet => ({
  name,
  articles: texts.map((a) => {
    const annotated = annotateArticle(a, tools.resources);
    return { annotated, hits: findFraming(annotated, matcher) };
  }),
  annotations: [],
});
const outside = outsideTexts.length ? [toSet("outside", outsideTexts.filter((_, i) => i % 2 === 0))] : [];
const sets = await readSets();
const counts = sets.map((s) => examples(s));
console.log(
  `examples: ${counts.reduce((n, c) => n + c.ys.length, 0)} candidates, ` +
    `${counts.reduce((n, c) => n + c.ys.filter((y) => y).length, 0)} positive, in ${sets.length} sets; ` +
    `positive words rated by no valence source: ${
      counts.reduce((n, c) => n + c.xs.filter((x, i) => c.ys[i] && x[features.indexOf("unrated")]).length, 0)
    }`,
);
// Leave one set out: each set judged by a model fitted on the others, at every threshold.
const folds = sets.map((held, i) => {
  const model = fit(sets.filter((_, j) => j !== i), 0.5);
  return {
    name: held.name,
    rules: measure(held),
    byThreshold: GRID.map((t) => measure(held, { ...model, threshold: t })),
  };
});
const f = (x: number) => x.toFixed(3);
let chosen = GRID[GRID.length - 1];
for (let g = GRID.length - 1; g >= 0; g--) {
  const learned = folds.reduce((n, fo) => n + fo.byThreshold[g].learned, 0);
  const right = folds.reduce((n, fo) => n + fo.byThreshold[g].right, 0);
  const loaded = folds.reduce((n, fo) => n + fo.byThreshold[g].loaded - fo.rules.loaded, 0);
  const floor = Math.min(...folds.map((fo) => fo.byThreshold[g].precision));
  console.log(
    `threshold ${GRID[g].toFixed(2)}: learned hits ${right}/${learned} right, loaded +${loaded}, least fold P ${
      f(floor)
    }`,
  );
  if (learned && 3 * right >= 2 * learned && floor >= 0.9) chosen = GRID[g];
}
const at = GRID.indexOf(chosen);
console.log(`chosen threshold ${chosen}; leave-one-set-out at it:`);
for (const fo of folds) {
  const r = fo.rules;
  const m = fo.byThreshold[at];
  console.log(
    `  ${fo.name.padEnd(7)} rules P ${f(r.precision)} loaded ${r.loaded}/${r.of} (${f(r.loaded / r.of)})  ` +
      `+model P ${f(m.precision)} loaded ${m.loaded}/${m.of} (${
        f(m.loaded / m.of)
      })  learned ${m.right}/${m.learned} right`,
  );
  if (Deno.args.includes("--wrong")) { for (const w of m.wrong) console.log(`      wrong: ${w}`); }
}
const model = fit(sets, chosen);
const text = JSON.stringify(
  {
    about: "Learned judgement of the framing stage (src/framing/learned.ts), written by bench/framing_model.ts",
    trained_on: sets.map((s) => s.name),
    fit: FIT,
    ...model,
  },
  null,
  2,
) + "\n";
if (outside.length) {
  const check = toSet("outside-check", outsideTexts.filter((_, i) => i % 2 === 1));
  const m = measure(check, model);
  console.log(
    `outside negatives: ${
      examples(outside[0]).ys.length
    } candidates; learned hits on the other ${check.articles.length} ` +
      `texts: ${m.learned}\n  ${m.wrong.slice(0, 40).join("\n  ")}`,
  );
  console.log("(an experiment: the model file is not written)");
} else if (Deno.args.includes("--check")) {
  const same = (await readFile(FILE, "utf8")) === text;
  console.log(same ? `${FILE} reproduced byte for byte` : `${FILE} differs from this fit`);
  if (!same) Deno.exit(1);
} else {
  await writeFile(FILE, text);
  console.log(`wrote ${FILE}`);
  const top = model.features.map((name, j) => ({ name, w: model.weights[j] })).sort((a, b) => b.w - a.w);
  console.log(`largest weights: ${top.slice(0, 8).map((t) => `${t.name} ${t.w.toFixed(2)}`).join(", ")}`);
  console.log(`smallest: ${top.slice(-6).map((t) => `${t.name} ${t.w.toFixed(2)}`).join(", ")}; bias ${model.bias}`);
}
if (Deno.args.includes("--show")) {
  // The candidates of the tuning sets with their out-of-fold probability, highest first.
  const { judgementProbability } = await import("../src/framing/learned.ts");
  const rows: string[] = [];
  sets.forEach((held, i) => {
    const m = fit(sets.filter((_, j) => j !== i), 0.5);
    const lists = learnedLists(matcher);
    for (const { annotated, hits } of held.articles) {
      const { namings, taken } = learnedNamings(annotated, hits, matcher);
      const loaded = held.annotations.filter((a) => a.article === annotated.article.id && a.frame === "loaded");
      for (const c of judgementCandidates(annotated.tokens, namings, lists, referents, taken)) {
        const t = annotated.tokens[c.k];
        const y = loaded.some((a) => a.referent === c.naming.referent && a.start < t.end && t.start < a.end);
        const name = annotated.article.text.slice(
          annotated.tokens[c.naming.from].start,
          annotated.tokens[c.naming.to - 1].end,
        );
        rows.push(
          `${judgementProbability(m, c.x).toFixed(2)} ${y ? "+" : "-"} ${c.attachment.padEnd(11)} ${
            t.text.padEnd(14)
          } [${name}] ${c.naming.referent}`,
        );
      }
    }
  });
  rows.sort().reverse();
  console.log(rows.slice(0, 60).join("\n"));
  console.log(rows.filter((r) => r.includes(" + ")).slice(0, 100).join("\n"));
}

/**
 * The learned judgement on the Brown corpus (no text about the story): the framing hits with and
 * without it, the learned ones listed, the framing stage's share of the one-worker pipeline, and
 * the CPU time of `findFraming` alone against `findFraming` with the learned judgement, passes
 * alternated in one process.
 *
 *   npx --yes deno@2.9.6 run -A bench/framing_model_brown.ts /tmp/brown-md [--model FILE] [--quick]
 *
 * `--model` reads another model file than `data/framing_model.json`; `--quick` skips the timings.
 *
 * @module
 */
import { cpuUsage } from "node:process";
import { loadCorpus } from "../src/corpus/load.ts";
import { digestArticle, emptyStageTimes, loadDigestTools } from "../src/pipeline/digest.ts";
import { annotateArticle } from "../src/pipeline/annotate.ts";
import { findFraming } from "../src/framing/match.ts";
import { framingModel, LEARNED_JUDGEMENT, learnedJudgements } from "../src/framing/learned_hits.ts";
import { checkModel, type LearnedModel } from "../src/framing/learned.ts";
import type { AnnotatedArticle } from "../src/types.ts";

const dir = Deno.args[0] ?? "/tmp/brown-md";
const other = Deno.args.indexOf("--model");
const model: LearnedModel = other >= 0
  ? checkModel(JSON.parse(await Deno.readTextFile(Deno.args[other + 1])), Deno.args[other + 1])
  : framingModel();
const quick = Deno.args.includes("--quick");
const { articles } = await loadCorpus(dir);
const tools = await loadDigestTools();
const times = emptyStageTimes();
const annotated: AnnotatedArticle[] = [];
let stageHits = 0;
for (const a of articles) {
  const t0 = performance.now();
  const an = annotateArticle(a, tools.resources);
  times.tokenize += performance.now() - t0;
  if (!quick) stageHits += digestArticle(an, tools, times).framing.length;
  annotated.push(an);
}
const total = Object.values(times).reduce((s, t) => s + t, 0);
if (!quick) {
  console.log(
    `${articles.length} texts; the framing stage (learned judgement ${LEARNED_JUDGEMENT ? "on" : "off"}) ` +
      `${(times.framing / 1000).toFixed(2)} s of the one-worker pipeline's ${(total / 1000).toFixed(2)} s: ` +
      `${(100 * times.framing / total).toFixed(1)}%; ${stageHits} hits`,
  );
}
const cpu = () => {
  const u = cpuUsage();
  return (u.user + u.system) / 1e6;
};
let rules = 0;
let withModel = 0;
const learned: string[] = [];
const passes: string[] = [];
for (let round = 0; round < (quick ? 1 : 4); round++) {
  for (const on of [false, true]) {
    const c0 = cpu();
    let n = 0;
    for (const an of annotated) {
      const hits = findFraming(an, tools.framing);
      const out = on ? learnedJudgements(an, hits, tools.framing, model) : hits;
      n += out.length;
      if (on && round === 0) {
        for (const h of out) {
          if (h.wording.endsWith(" + learned")) {
            learned.push(`${h.article} ${h.referent} "${h.phrase}" | ${h.sentence}`);
          }
        }
      }
    }
    passes.push(`${on ? "with" : "rules"} ${(cpu() - c0).toFixed(2)} s`);
    if (on) withModel = n;
    else rules = n;
  }
}
console.log(`hits: rules ${rules}, with the learned judgement ${withModel}`);
console.log(`CPU of a pass over the annotated texts (alternated): ${passes.join(", ")}`);
console.log(`learned hits:\n  ${learned.join("\n  ")}`);

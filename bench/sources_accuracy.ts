/**
 * Accuracy of the attribution relations and their speakers against the hand annotation
 * (`tests/fixtures/annotations/sources/`), on the part tuned on and the part kept aside,
 * scored as Citron scores (see src/sources/evaluate.ts).
 *
 * usage: deno run -A bench/sources_accuracy.ts [--verbose] [--part tuned|aside|fresh|fresh2] [--texts ca23,ca24,...]
 *
 * `--texts` scores only the texts listed (entities still resolve over the whole part's corpus,
 * as in a full run), so that a subset, for example texts freshly annotated, is measured alone.
 */
import { digestArticle, loadDigestTools } from "../src/pipeline/digest.ts";
import { resolveDigestEntities } from "../src/stages/entities.ts";
import { annotateArticle } from "../src/pipeline/annotate.ts";
import { findAttributions } from "../src/sources/attribution.ts";
import { resolveSpeakers, speakerOptions } from "../src/sources/speakers.ts";
import { pairedRelation, sameSpeaker, scoreAttributions, type ScoredRelation } from "../src/sources/evaluate.ts";
import { goldTexts, loadGold, SOURCES_SPLIT } from "../tests/annotations/sources_gold.ts";

const verbose = Deno.args.includes("--verbose");
const arg = (name: string) => Deno.args.includes(name) ? Deno.args[Deno.args.indexOf(name) + 1] : undefined;
const only = arg("--part");
const subset = arg("--texts")?.split(",").map((t) => t.trim()).filter(Boolean);
const tools = await loadDigestTools();
const options = speakerOptions(tools.gazetteer.gazetteer);
const gold = await loadGold();
const articles = await goldTexts(gold.map((g) => g.text), gold);

for (const part of ["tuned", "aside", "fresh", "fresh2"] as const) {
  if (only && only !== part) continue;
  const files = gold.filter((g) => SOURCES_SPLIT[part](g.text));
  const scored = (text: string) => !subset || subset.includes(text);
  if (!files.some((f) => scored(f.text))) continue;
  const found: ScoredRelation[] = [];
  const annotated: ScoredRelation[] = [];
  // Seeds and Brown texts are two corpora: entities resolve within each.
  for (const group of [files.filter((f) => !f.brown), files.filter((f) => f.brown)]) {
    const annotatedArticles = group.map((f) => annotateArticle(articles.get(f.text)!, tools.resources));
    const digests = annotatedArticles.map((a) => digestArticle(a, tools));
    const { mentions } = resolveDigestEntities(digests, tools);
    for (const [i, f] of group.entries()) {
      if (!scored(f.text)) continue;
      const article = articles.get(f.text)!;
      const relations = findAttributions(annotatedArticles[i]);
      const speakers = resolveSpeakers(
        article.text,
        relations,
        mentions.filter((m) => m.article === article.id),
        options,
      );
      relations.forEach((r, k) =>
        found.push({ article: f.text, type: r.type, content: r.content, speaker: speakers[k]?.name })
      );
      if (verbose) {
        const sl = (x?: { start: number; end: number }) =>
          x ? article.text.slice(x.start, x.end).replace(/\s+/g, " ") : "-";
        const short = (t: string) => t.length > 90 ? t.slice(0, 60) + " … " + t.slice(-25) : t;
        const gold = f.relations.map((r) => ({ ...r, article: f.text }));
        const ov = (a: { start: number; end: number }, b: { start: number; end: number }) =>
          Math.min(a.end, b.end) > Math.max(a.start, b.start);
        console.log(`== ${f.text}`);
        for (const g of gold) {
          // Paired as the score pairs them: the found relation that overlaps the most.
          const hit = pairedRelation(relations, g.content);
          const who = hit >= 0
            ? `${speakers[hit]?.name ?? "-"} <${sl(relations[hit].source)}|${sl(relations[hit].cue)}|${
              relations[hit].type
            }>`
            : "";
          const mark = hit < 0
            ? "MISS"
            : g.speaker && !sameSpeaker(speakers[hit]?.name ?? "", g.speaker)
            ? "SPKR"
            : "ok  ";
          const cue = hit < 0 ? ` <${g.source ? sl(g.source) : "-"}|${g.cue ? sl(g.cue) : "-"}>` : "";
          console.log(
            `${mark} ${g.type} [${g.speaker ?? "-"}${hit >= 0 ? " / " + who : ""}]${cue} ${short(sl(g.content))}`,
          );
        }
        for (const [k, r] of relations.entries()) {
          if (!gold.some((g) => ov(r.content, g.content))) {
            console.log(
              `EXTRA ${r.type} [${speakers[k]?.name ?? "-"} | ${sl(r.source)} | ${sl(r.cue)}] ${short(sl(r.content))}`,
            );
          }
        }
      }
      annotated.push(...f.relations.map((r) => ({ ...r, article: f.text })));
    }
  }
  const s = scoreAttributions(found, annotated);
  const pct = (x: number) => x.toFixed(3);
  console.log(
    `${part}${subset ? ` (${files.filter((f) => scored(f.text)).length} of its texts)` : ""}: ${
      files.filter((f) => scored(f.text)).length
    } texts, ${s.annotated} annotated, ${s.found} found | content P ${pct(s.precision)} R ${pct(s.recall)} F1 ${
      pct(s.f1)
    } | speaker ${pct(s.speakerAccuracy)} (${s.speakersRight}/${s.speakersScored}) | recall ${
      Object.entries(s.byType).map(([t, v]) => `${t} ${v.found}/${v.annotated}`).join(", ")
    }`,
  );
}

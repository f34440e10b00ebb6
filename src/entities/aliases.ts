/**
 * Alias resolution: candidate mentions made into entities, one real entity one node.
 * A gazetteer name or alias resolves directly; other names merge when their keys are
 * equal or spellings of one another ("Qassim al-Araji", "Qasim al-Araji"), when an
 * acronym was defined for a name ("Free Life Party of Kurdistan (PJAK)") or spells the
 * initials of the one name of its article that it can stand for ("TEA", "Texas Education
 * Agency"), and a
 * surname alone ("Larijani") joins the one person of that surname named in the same
 * article, or else the one person of that surname in the corpus and the gazetteer,
 * never one of two; a given name alone ("Jackie") joins the one person of the same
 * article named with it before a surname ("Jackie Jensen").
 *
 * @module
 */
import type { Entity, EntityIndex, EntityMention, EntityType } from "./types.ts";
import type { Candidate, CompiledGazetteer } from "./mentions.ts";
import { ORGANIZATION_HEADS, PLACE_HEADS } from "../text/english.ts";
import { entityId, isShortFormOfWords, nameKey, similarNameWords, withinOneEdit, WordBlocks } from "./names.ts";
import { electType, type GuessTypeOptions, type TypeElection } from "./typing.ts";
import { type CandidateForm, CandidateTable, IntColumn } from "./candidate_table.ts";
import { spanTags } from "../nlp/compromise.ts";

let collator: Intl.Collator | undefined;

/** Options for {@linkcode resolveEntities}. */
export type ResolveOptions = GuessTypeOptions;

interface Cluster {
  id: number;
  entry?: number;
  type?: EntityType;
}

/**
 * Resolves candidate mentions into entities and their mentions.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { annotateArticle, loadGazetteer, loadResources } from "framelens";
 * import { resolveEntities } from "./aliases.ts";
 * import { compileGazetteer, findCandidates } from "./mentions.ts";
 * const text = "Speaker Nabih Berri met Karim Haddad in Baabda on Tuesday. Haddad said the plan would fail.";
 * const annotated = annotateArticle({ id: "a", file: "a.md", outlet: "A", text, extra: {} }, await loadResources());
 * const compiled = compileGazetteer(await loadGazetteer());
 * const index = resolveEntities(findCandidates(annotated, compiled), compiled);
 * const haddad = index.entities.find((e) => e.name === "Karim Haddad")!;
 * assert.deepEqual(haddad.forms, ["Karim Haddad", "Haddad"]); // "Haddad" resolved to the fuller name
 * assert.equal(haddad.type, "person");
 * assert.equal(haddad.known, false); // found in the text, not in the gazetteer
 * ```
 */
export function resolveEntities(
  candidates: Candidate[],
  compiled: CompiledGazetteer,
  options: ResolveOptions = {},
): EntityIndex {
  return resolveCandidateTable(CandidateTable.of(candidates), compiled, options);
}

/** A candidate as resolution keeps it: a form (its own, or a part of it) at a place of its words. */
interface KeptForm {
  form: CandidateForm;
  /** Its first word's place among the candidate's words. */
  from: number;
  /** Whether it is the candidate's own form, as given (not a part of it). */
  own: boolean;
}

/**
 * {@linkcode resolveEntities} over candidates held as a {@linkcode CandidateTable}: the
 * same entities and mentions, worked out per distinct form where a form decides (which
 * parts of a name are kept, their keys, the type votes of their cues) and per candidate
 * only where its place does (its article, outlet, sentence and offsets), so that what is
 * held grows by a few numbers a candidate rather than by an object of its words.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { annotateArticle, loadGazetteer, loadResources } from "framelens";
 * import { resolveCandidateTable, resolveEntities } from "./aliases.ts";
 * import { CandidateTable } from "./candidate_table.ts";
 * import { compileGazetteer, findCandidates } from "./mentions.ts";
 * const text = "Speaker Nabih Berri met Karim Haddad in Baabda on Tuesday. Haddad said the plan would fail.";
 * const annotated = annotateArticle({ id: "a", file: "a.md", outlet: "A", text, extra: {} }, await loadResources());
 * const compiled = compileGazetteer(await loadGazetteer());
 * const candidates = findCandidates(annotated, compiled);
 * const index = resolveCandidateTable(CandidateTable.of(candidates), compiled);
 * assert.deepEqual(index, resolveEntities(candidates, compiled));
 * ```
 */
export function resolveCandidateTable(
  table: CandidateTable,
  compiled: CompiledGazetteer,
  options: ResolveOptions = {},
): EntityIndex {
  const tags = options.tags ?? spanTags;
  const entries = compiled.gazetteer.entities;
  // Names are similar only when their last words are: keys are filed by their last word
  // (WordBlocks) so that each lookup compares with a few keys, not with all of them.
  // Keys split into their words, once each.
  const split = new Map<string, string[]>();
  const wordsOf = (k: string) => split.get(k) ?? split.set(k, k.split(" ")).get(k)!;
  const lastWord = (k: string) => {
    const words = wordsOf(k);
    return words[words.length - 1];
  };
  const gazetteerBlocks = new WordBlocks<string>();
  for (const k of compiled.keys.keys()) gazetteerBlocks.add(lastWord(k), k);
  const entryOf = new Map<string, number | undefined>();
  const byEntry = (key: string): number | undefined => {
    if (entryOf.has(key)) return entryOf.get(key);
    let entry = compiled.keys.get(key);
    if (entry === undefined) {
      const similar = gazetteerBlocks.candidates(lastWord(key)).filter((k) =>
        k === key || similarNameWords(wordsOf(key), wordsOf(k))
      );
      const found = new Set(similar.map((k) => compiled.keys.get(k)!));
      entry = found.size === 1 ? [...found][0] : undefined;
    }
    entryOf.set(key, entry);
    return entry;
  };
  const personKeys: { key: string; entry?: number }[] = entries.flatMap((e, i) =>
    e.type === "person" ? [e.name, ...e.aliases].map((n) => ({ key: nameKey(n), entry: i })) : []
  );

  // 1. Which capitalised words may be trusted where capitals say little (at the head of a
  //    sentence, in a title-case headline): names known from the gazetteer or from a
  //    reliable place in the text, a known person's surname, or what compromise knows.
  const reliableKeys = new Set<string>();
  // Every form is some candidate's, in the order of their first candidates.
  for (const c of table.forms) {
    if (c.entry !== undefined || !c.reliable) continue;
    reliableKeys.add(c.key);
    if (c.cues.acronym) reliableKeys.add(nameKey(c.cues.acronym));
  }
  const multiWord = [...reliableKeys].filter((k) => k.includes(" ")).concat(
    personKeys.map((p) => p.key).filter((k) => k.includes(" ")),
  );
  const multiWordBlocks = new WordBlocks<string>();
  for (const m of multiWord) multiWordBlocks.add(lastWord(m), m);
  const knownKey = new Map<string, boolean>();
  const known = (key: string, text: string) => {
    let k = knownKey.get(key);
    if (k === undefined) {
      k = reliableKeys.has(key) || byEntry(key) !== undefined ||
        multiWordBlocks.candidates(lastWord(key)).some((m) => isShortFormOfWords(wordsOf(key), wordsOf(m)));
      knownKey.set(key, k);
    }
    if (k) return true;
    const t = tags(text);
    return t.person || t.place || t.organization;
  };
  // Two known names joined by a hyphen are two mentions ("Iran-Iraq border").
  const knownWord = (k: string) => reliableKeys.has(k) || compiled.keys.has(k);
  // Each form's kept forms, worked out once whatever the number of its candidates.
  const keyOfText = new Map<string, string>();
  const keptOf = (c: CandidateForm): KeptForm[] => {
    const parts: KeptForm[] = [];
    if (
      c.entry !== undefined || c.words.length !== 2 || !/^\S+-\S+$/.test(c.surface) ||
      !c.words.every((w) => knownWord(w.key))
    ) parts.push({ form: c, from: 0, own: true });
    else {
      c.words.forEach((w, k) =>
        parts.push({ form: { ...c, words: [w], surface: w.text, key: nameKey(w.text) }, from: k, own: false })
      );
    }
    const kept: KeptForm[] = [];
    // A part of the words from `i` to `j`: a name of its own, reliable.
    const stretch = (p: KeptForm, i: number, j: number) => {
      const words = p.form.words.slice(i, j);
      const surface = words.map((w) => w.text).join(" ");
      kept.push({
        form: { ...p.form, words, surface, key: nameKey(surface), reliable: true },
        from: p.from + i,
        own: false,
      });
    };
    for (const p of parts) {
      const c = p.form;
      // A demonym that is no known name ("the Cuban fiasco") names no one, as a gazetteer demonym does not.
      if (c.entry === undefined && c.words.length === 1 && tags(c.surface).demonym) continue;
      if (c.entry !== undefined || c.reliable) {
        kept.push(p);
        continue;
      }
      const texts = c.words.map((w) => w.text);
      if (known(c.key, texts.join(" "))) {
        kept.push(p);
        continue;
      }
      // An initial inside the words is written only in a person's name: the name runs from the
      // word before it ("County Supervisor Weldon R. Sheets"), or from the initial, to the end.
      const initial = c.words.findIndex((w, i) => i < c.words.length - 1 && /^\p{Lu}\.$/u.test(w.text));
      if (initial >= 0) {
        stretch(p, Math.max(0, initial - 1), c.words.length);
        continue;
      }
      if (c.words.length > 1) {
        // Keep the longest known stretches of the words.
        for (let i = 0; i < c.words.length;) {
          let j = c.words.length;
          for (; j > i; j--) {
            const text = texts.slice(i, j).join(" ");
            let key = keyOfText.get(text);
            if (key === undefined) keyOfText.set(text, key = nameKey(text));
            if (known(key, text)) break;
          }
          if (j > i && !["of", "the"].includes(c.words[i].key) && !["of", "the"].includes(c.words[j - 1].key)) {
            stretch(p, i, j);
            i = j;
          } else i++;
        }
      }
    }
    return kept;
  };
  // The kept forms of every candidate, in the candidates' order: kept candidate i is
  // candidate keptAt[i]'s form kept[i] (a name of its own, or a part of its words).
  const keptByForm = table.forms.map(keptOf);
  keyOfText.clear();
  const keptAt = new IntColumn();
  const kept: KeptForm[] = [];
  for (let i = 0; i < table.length; i++) {
    for (const k of keptByForm[table.formIndex(i)]) {
      keptAt.push(i);
      kept.push(k);
    }
  }
  const articleOf = (i: number) => table.article(keptAt.at(i));
  // Kept candidates i and j are one object where resolveEntities was given one candidate twice, kept as it was.
  const same = (i: number, j: number) =>
    i === j || kept[i].own && kept[j].own && table.firstPlace(keptAt.at(i)) === table.firstPlace(keptAt.at(j));

  // 2. Clusters: gazetteer entries, then names found in the text by key.
  const clusters: Cluster[] = [];
  const parent: number[] = [];
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  const union = (a: number, b: number) => {
    const ra = find(a);
    const rb = find(b);
    if (ra === rb) return;
    // A gazetteer cluster absorbs the other.
    if (clusters[rb].entry !== undefined && clusters[ra].entry === undefined) parent[ra] = rb;
    else parent[rb] = ra;
  };
  const newCluster = (entry?: number): Cluster => {
    const c: Cluster = { id: clusters.length, ...(entry === undefined ? {} : { entry }) };
    clusters.push(c);
    parent.push(c.id);
    return c;
  };
  const entryCluster = new Map<number, Cluster>();
  const keyCluster = new Map<string, Cluster>();
  const ofEntry = (e: number) => entryCluster.get(e) ?? (entryCluster.set(e, newCluster(e)), entryCluster.get(e)!);

  // Acronyms defined in parentheses: per article, then over the corpus (places in `kept`).
  const acronymTarget = new Map<string, number>();
  // Articles by their place in the table.
  const acronymInArticle = new Map<number, Map<string, number>>();
  for (let i = 0; i < kept.length; i++) {
    const c = kept[i].form;
    if (!c.cues.acronym) continue;
    const a = nameKey(c.cues.acronym);
    const article = articleOf(i);
    (acronymInArticle.get(article) ?? acronymInArticle.set(article, new Map()).get(article)!).set(a, i);
    if (!acronymTarget.has(a)) acronymTarget.set(a, i);
  }
  const clusterOf = (c: CandidateForm): Cluster => {
    if (c.entry !== undefined) return ofEntry(c.entry);
    const e = byEntry(c.key);
    if (e !== undefined) return ofEntry(e);
    let cl = keyCluster.get(c.key);
    if (!cl) {
      cl = newCluster();
      keyCluster.set(c.key, cl);
    }
    return cl;
  };
  // Each kept candidate's cluster, by its place in `kept`.
  const assigned = new Int32Array(kept.length);
  for (let i = 0; i < kept.length; i++) assigned[i] = clusterOf(kept[i].form).id;
  // An acronym joins the name it was defined for.
  for (let i = 0; i < kept.length; i++) {
    const c = kept[i].form;
    if (c.words.length !== 1 || c.entry !== undefined) continue;
    if (!acronymTarget.size) break;
    const target = acronymInArticle.get(articleOf(i))?.get(c.key) ?? acronymTarget.get(c.key);
    if (target !== undefined && !same(target, i)) union(assigned[i], assigned[target]);
  }
  // An acronym never defined joins the one name of its article whose capitalised words'
  // initials spell it ("The TEA estimated" after "the Texas Education Agency").
  const spelled = new Map<string, number>();
  // The key of the initials of each kept form's capitalised words, when two to six (null otherwise).
  const initialsOf = new Map<KeptForm, string | null>();
  for (let i = 0; i < kept.length; i++) {
    const c = kept[i].form;
    let initials = initialsOf.get(kept[i]);
    if (initials === undefined) {
      const caps = c.words.filter((w) => /^\p{Lu}/u.test(w.text));
      initials = caps.length < 2 || caps.length > 6 ? null : nameKey(caps.map((w) => w.text[0]).join(""));
      initialsOf.set(kept[i], initials);
    }
    if (initials === null) continue;
    const at = `${articleOf(i)}\u0000${initials}`;
    const other = spelled.get(at);
    spelled.set(at, other === undefined || other >= 0 && kept[other].form.key === c.key ? i : -1);
  }
  initialsOf.clear();
  for (let i = 0; i < kept.length; i++) {
    const c = kept[i].form;
    if (c.words.length !== 1 || c.entry !== undefined || !/^\p{Lu}{2,6}$/u.test(c.surface)) continue;
    if (acronymInArticle.get(articleOf(i))?.has(c.key)) continue;
    const target = spelled.get(`${articleOf(i)}\u0000${c.key}`) ?? -1;
    if (target >= 0) union(assigned[i], assigned[target]);
  }
  // Spelling variants of names found in the text. Keys are compared with the keys whose last
  // words are filed with theirs: the last words are filed once each (WordBlocks), and each
  // key is compared with the later keys of the last words found (j > i), its variants merged
  // in the order of their keys.
  const textKeys = [...keyCluster.keys()];
  const textClusters = textKeys.map((k) => keyCluster.get(k)!.id);
  const textWords = textKeys.map(wordsOf);
  const lastWords: string[] = [];
  const keysOfLast: number[][] = [];
  const lastOf = new Int32Array(textKeys.length);
  const lastIndex = new Map<string, number>();
  for (let i = 0; i < textKeys.length; i++) {
    const w = textWords[i][textWords[i].length - 1];
    let g = lastIndex.get(w);
    if (g === undefined) {
      lastIndex.set(w, g = lastWords.length);
      lastWords.push(w);
      keysOfLast.push([]);
    }
    keysOfLast[g].push(i);
    lastOf[i] = g;
  }
  const textBlocks = new WordBlocks<number>();
  lastWords.forEach((w, g) => textBlocks.add(w, g));
  const nearLast: (number[] | undefined)[] = [];
  for (let i = 0; i < textKeys.length; i++) {
    const a = textKeys[i];
    const wa = textWords[i];
    const g = lastOf[i];
    const near = nearLast[g] ??= textBlocks.candidates(lastWords[g]);
    let variants: number[] | undefined;
    for (const h of near) {
      for (const j of keysOfLast[h]) {
        if (j <= i) continue;
        const b = textKeys[j];
        const wb = textWords[j];
        // A single word only with one slip ("Larjani"): "Sulaimani" the city is not "Soleimani".
        const single = wa.length === 1 && wb.length === 1;
        if (single ? a.length >= 6 && withinOneEdit(a, b) : similarNameWords(wa, wb)) (variants ??= []).push(j);
      }
    }
    if (!variants) continue;
    if (variants.length > 1) variants.sort((x, y) => x - y);
    for (const j of variants) union(textClusters[i], textClusters[j]);
  }

  // 3. Types of the merged clusters.
  // Each cluster's kept candidates, by their places in `kept`, and their forms (which typing reads).
  const members = new Map<number, number[]>();
  for (let i = 0; i < kept.length; i++) {
    const r = find(assigned[i]);
    const list = members.get(r);
    if (list) list.push(i);
    else members.set(r, [i]);
  }
  const formsOf = (list: readonly number[] | undefined) => (list ?? []).map((i) => kept[i].form);
  const typeOf = new Map<number, EntityType>();
  const guesses = new Map<number, TypeElection>();
  const rootClusters = [...new Set(clusters.map((c) => find(c.id)))].map((r) => clusters[r]);
  for (const r of rootClusters) {
    if (r.entry !== undefined) {
      typeOf.set(r.id, entries[r.entry].type);
      continue;
    }
    const guess = electType(formsOf(members.get(r.id)), { tags });
    guesses.set(r.id, guess);
    typeOf.set(r.id, guess.type);
  }

  // 4. Short forms of people's names: a surname alone, or first name and surname.
  // Each person's keys, and their keys split into their words.
  const people = rootClusters.filter((r) => typeOf.get(r.id) === "person").map((r) => {
    const keys = new Set([
      ...(members.get(r.id) ?? []).map((i) => kept[i].form.key),
      ...(r.entry !== undefined ? [entries[r.entry].name, ...entries[r.entry].aliases].map(nameKey) : []),
    ]);
    return {
      root: r.id,
      keys,
      words: [...keys].map(wordsOf),
      articles: new Set((members.get(r.id) ?? []).map(articleOf)),
    };
  });
  for (const p of personKeys) {
    if (!entryCluster.has(p.entry!)) {
      people.push({ root: -1 - p.entry!, keys: new Set([p.key]), words: [wordsOf(p.key)], articles: new Set() });
    }
  }
  // People filed by the last words of their names: a short form's last word is similar
  // to its long form's.
  const peopleBlocks = new WordBlocks<(typeof people)[number]>();
  for (const p of people) for (const k of p.keys) peopleBlocks.add(lastWord(k), p);
  const nearByWord = new Map<string, (typeof people)[number][]>();
  const peopleNear = (key: string | undefined) => {
    if (key === undefined) return [];
    const w = lastWord(key);
    let near = nearByWord.get(w);
    if (!near) nearByWord.set(w, near = peopleBlocks.candidates(w));
    return near;
  };
  // A person named in a shorter form ("Abu Mahdi al-Muhandis") is the one person named in a
  // longer form ("Hajj Abu Mahdi al-Muhandis") when there is just one.
  const redirect = new Map<number, number>();
  const ownerOf = (root: number): number => (redirect.has(root) ? ownerOf(redirect.get(root)!) : root);
  const longest = people.map((p) => Math.max(...p.words.map((w) => w.length)));
  const longestFirst = people.map((_, i) => i).sort((a, b) => longest[b] - longest[a]).map((i) => people[i]);
  for (const p of longestFirst) {
    if (p.root < 0 || clusters[p.root].entry !== undefined) continue;
    const keys = p.words;
    const owners = new Set<number>();
    for (const q of peopleNear([...p.keys][0])) {
      if (q.root === p.root) continue;
      const qKeys = q.words;
      if (keys.every((k) => qKeys.some((l) => isShortFormOfWords(k, l)))) owners.add(ownerOf(q.root));
    }
    if (owners.size === 1) redirect.set(p.root, [...owners][0]);
  }
  const personOf = new Map<number, (typeof people)[number]>();
  for (const p of people) if (!personOf.has(p.root)) personOf.set(p.root, p);
  // The first place of each candidate in `kept`, when one is there twice: a candidate is one mention.
  const canon = table.repeats
    ? firstPlaces(kept.length, (i) => kept[i].own ? table.firstPlace(keptAt.at(i)) : -1 - i)
    : undefined;
  // Each candidate's root, at its (first) place in `kept`.
  const final = new Int32Array(kept.length);
  // Whether the mentions of a cluster, over the corpus or in one article, are evidence that
  // it is not a person (typing.ts).
  const evidence = new Map<number, boolean>();
  const evidenceOf = (r: number) => {
    let e = evidence.get(r);
    if (e === undefined) {
      evidence.set(r, e = (guesses.get(r) ?? electType(formsOf(members.get(r)), { tags })).evidence);
    }
    return e;
  };
  const membersIn = new Map<number, Map<number, CandidateForm[]>>();
  const localEvidence = new Map<string, boolean>();
  const evidenceIn = (r: number, article: number) => {
    const id = `${r}\u0000${article}`;
    let e = localEvidence.get(id);
    if (e === undefined) {
      let byArticle = membersIn.get(r);
      if (!byArticle) {
        membersIn.set(r, byArticle = new Map());
        for (const m of members.get(r) ?? []) {
          const list = byArticle.get(articleOf(m));
          if (list) list.push(kept[m].form);
          else byArticle.set(articleOf(m), [kept[m].form]);
        }
      }
      localEvidence.set(id, e = electType(byArticle.get(article) ?? [], { tags }).evidence);
    }
    return e;
  };
  const shortFormOwners = new Map<string, typeof people>();
  // The people a short form may name, merged by owner, for each key and cluster: an owner's
  // articles are those of the people it owns.
  interface Owner {
    root: number;
    articles: Set<number>[];
  }
  const ownersOf = new Map<string, Owner[]>();
  // The people of each article by the word right before their surname: a root, or -1 for several.
  let givenNames: Map<string, number> | undefined;
  const givenNamed = (article: number, key: string): number | undefined => {
    if (!givenNames) {
      givenNames = new Map();
      for (const p of people) {
        if (p.root < 0) continue;
        const root = ownerOf(p.root);
        for (const w of p.words) {
          if (w.length < 2) continue;
          for (const a of p.articles) {
            const id = `${a}\u0000${w[w.length - 2]}`;
            const other = givenNames.get(id);
            givenNames.set(id, other === undefined || other === root ? root : -1);
          }
        }
      }
    }
    const root = givenNames.get(`${article}\u0000${key}`);
    return root === undefined || root < 0 ? undefined : root;
  };
  for (let i = 0; i < kept.length; i++) {
    const c = kept[i].form;
    const article = articleOf(i);
    const at = canon ? canon[i] : i;
    const r = find(assigned[i]);
    final[at] = r;
    if (clusters[r].entry !== undefined) continue;
    let longer = shortFormOwners.get(c.key);
    if (!longer) {
      const short = wordsOf(c.key);
      longer = peopleNear(c.key).filter((p) => p.words.some((l) => isShortFormOfWords(short, l)));
      shortFormOwners.set(c.key, longer);
    }
    if (!longer.length) {
      // A given name alone ("Jackie") is the one person of the article named with it right
      // before a surname ("Jackie Jensen"), never one of another article.
      const one = c.words.length === 1 && typeOf.get(r) === "person" ? givenNamed(article, c.key) : undefined;
      if (one !== undefined && one !== r && !evidenceIn(r, article)) final[at] = one;
      continue;
    }
    const id = `${r}\u0000${c.key}`;
    let owners = ownersOf.get(id);
    if (!owners) {
      const byOwner = new Map<number, Owner>();
      for (const p of longer) {
        if (p.root === r) continue;
        const o = p.root < 0 ? p.root : ownerOf(p.root);
        if (o === r) continue;
        let merged = byOwner.get(o);
        if (!merged) {
          const q = personOf.get(o) ?? p;
          byOwner.set(o, merged = { root: q.root, articles: [q.articles] });
        }
        if (!merged.articles.includes(p.articles)) merged.articles.push(p.articles);
      }
      ownersOf.set(id, owners = [...byOwner.values()]);
    }
    if (!owners.length) continue;
    const here = owners.filter((p) => p.articles.some((a) => a.has(article)));
    // The one person of that name in the article, unless the name's mentions in the article
    // say it is no person's ("in Larijani", "the Larijani bloc"): what other articles say of
    // the name does not count. Failing such a person, the one person of that name in the
    // corpus, unless the name's mentions over the corpus say otherwise.
    const pick = here.length === 1 ? here[0] : here.length === 0 && owners.length === 1 ? owners[0] : undefined;
    if (here.length === 1 ? evidenceIn(r, article) : evidenceOf(r)) continue;
    if (!pick) {
      // The surname of two people: a person, but which one is not guessed.
      typeOf.set(r, "person");
      continue;
    }
    if (pick.root < 0) {
      const cl = ofEntry(-1 - pick.root);
      typeOf.set(cl.id, "person");
      pick.root = cl.id;
    }
    final[at] = pick.root;
  }
  // An organisation's or place's name without its generic last words ("Amal" for "Amal
  // Movement", "Litani" for "Litani River").
  const keysOf = new Map<number, Set<string>>();
  const count = new Map<number, number>();
  for (let i = 0; i < kept.length; i++) {
    if (canon && canon[i] !== i) continue;
    const c = kept[i].form;
    const r = final[i];
    count.set(r, (count.get(r) ?? 0) + 1);
    if (typeOf.get(r) !== "person") (keysOf.get(r) ?? keysOf.set(r, new Set()).get(r)!).add(c.key);
  }
  // Longer names by their first word: "amal" -> the roots named "amal movement".
  const headed = new Map<string, Set<number>>();
  for (const [r, ks] of keysOf) {
    const heads = typeOf.get(r) === "organization" ? ORGANIZATION_HEADS : PLACE_HEADS;
    const all = [...ks, ...(clusters[r].entry !== undefined ? [nameKey(entries[clusters[r].entry!].name)] : [])];
    for (const k of all) {
      const w = k.split(" ");
      if (w.length > 1 && w.slice(1).every((x) => heads.has(x))) {
        (headed.get(w[0]) ?? headed.set(w[0], new Set()).get(w[0])!).add(r);
      }
    }
  }
  for (let i = 0; i < kept.length; i++) {
    if (canon && canon[i] !== i) continue;
    const c = kept[i].form;
    const r = final[i];
    if (c.words.length !== 1 || clusters[r].entry !== undefined) continue;
    const owners = [...(headed.get(c.key) ?? [])].filter((o) => o !== r);
    // Not a name that stands on its own more often than the longer one ("Iran", "Iran Newspaper").
    if (owners.length === 1 && count.get(r)! <= count.get(owners[0])!) final[i] = owners[0];
  }

  // 5. Entities and mentions.
  // Each entity's kept candidates, by their places in `kept`.
  const groups = new Map<number, number[]>();
  for (let i = 0; i < kept.length; i++) {
    if (canon && canon[i] !== i) continue;
    const r = final[i];
    const list = groups.get(r);
    if (list) list.push(i);
    else groups.set(r, [i]);
  }
  const names = new Map<number, string>();
  const entities: Entity[] = [];
  const allCaps = (f: string) => f.length > 3 && f === f.toUpperCase() ? 1 : 0;
  for (const [r, ms] of groups) {
    let forms: string[];
    let fullest: string;
    if (ms.length === 1) [forms, fullest] = [[kept[ms[0]].form.surface], kept[ms[0]].form.surface];
    else {
      const counts = new Map<string, number>();
      for (const m of ms) counts.set(kept[m].form.surface, (counts.get(kept[m].form.surface) ?? 0) + 1);
      forms = [...counts.keys()].sort((a, b) => counts.get(b)! - counts.get(a)!);
      const words = new Map(forms.map((f) => [f, f.split(/[\s-]+/).length]));
      fullest = [...forms].sort((a, b) =>
        words.get(b)! - words.get(a)! || allCaps(a) - allCaps(b) || counts.get(b)! - counts.get(a)!
      )[0];
    }
    const entry = clusters[r].entry !== undefined ? entries[clusters[r].entry!] : undefined;
    const name = entry?.name ?? fullest;
    names.set(r, name);
    entities.push({
      id: entityId(name),
      name,
      type: typeOf.get(r) ?? "place",
      known: entry !== undefined,
      ...(entry?.wikidata ? { wikidata: entry.wikidata } : {}),
      forms,
      mentions: ms.length,
      articles: ms.length === 1 ? 1 : new Set(ms.map(articleOf)).size,
    });
  }
  const typeByName = new Map(entities.map((e) => [e.name, e.type]));
  const unsorted: EntityMention[] = [];
  // Each mention's article, by its number in the table.
  const articleRank = new IntColumn();
  for (let i = 0; i < kept.length; i++) {
    if (canon && canon[i] !== i) continue;
    const { form: c, from } = kept[i];
    const at = keptAt.at(i);
    const r = final[i];
    articleRank.push(table.article(at));
    unsorted.push({
      article: table.articles[table.article(at)],
      outlet: table.outlets[table.outlet(at)],
      sentence: table.sentence(at),
      start: table.start(at, from),
      end: table.end(at, from + c.words.length - 1),
      surface: c.surface,
      entity: names.get(r)!,
      type: typeByName.get(names.get(r)!)!,
    });
  }
  // In article order (of their first candidate: the order in which the table numbers
  // them), then text order, then their order in `kept`.
  const rank = Int32Array.from(unsorted, (_, i) => i);
  const mentions = Array.from(
    rank.sort((a, b) => articleRank.at(a) - articleRank.at(b) || unsorted[a].start - unsorted[b].start || a - b),
    (i) => unsorted[i],
  );
  // Intl.Collator's compare is localeCompare's, without building a collator for each call.
  collator ??= new Intl.Collator();
  const compare = collator.compare;
  entities.sort((a, b) => b.mentions - a.mentions || compare(a.name, b.name));
  return { entities, mentions };
}

/** The first place of each value of a list of `n`: out[i] = the first j with valueAt(j) === valueAt(i). */
function firstPlaces(n: number, valueAt: (i: number) => number): Int32Array {
  const first = new Map<number, number>();
  const out = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const v = valueAt(i);
    if (!first.has(v)) first.set(v, i);
    out[i] = first.get(v)!;
  }
  return out;
}

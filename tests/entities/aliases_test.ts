import assert from "node:assert/strict";
import { extractEntities } from "../../src/entities/extract.ts";
import { loadGazetteer } from "../../src/entities/gazetteer.ts";
import { articleEntities } from "../../src/entities/evaluate.ts";
import { article } from "../fixtures/entities.ts";
import { loadCorpus } from "../../src/corpus/load.ts";
import { annotateCorpus, loadResources } from "../../src/pipeline/annotate.ts";
import { compileGazetteer, findCandidates } from "../../src/entities/mentions.ts";
import { resolveEntities } from "../../src/entities/aliases.ts";
import { spansTags } from "../../src/nlp/compromise.ts";
import { tagsAlone } from "../nlp/tags_alone.ts";
import { projectPath } from "../../src/paths.ts";

const gazetteer = await loadGazetteer();
const entitiesOf = async (...texts: string[]) => {
  const annotated = await Promise.all(texts.map((t, i) => article(`a${i}`, t)));
  return extractEntities(annotated, gazetteer);
};
const names = (index: Awaited<ReturnType<typeof entitiesOf>>) =>
  index.entities.map((e) => `${e.name}/${e.type}`).sort();

Deno.test("resolveEntities() makes one person of a full name, Mr, Dr. and a misspelt surname", async () => {
  const index = await entitiesOf("Ali Larijani arrived. Mr Larijani spoke. Dr. Larijani left. Larjani smiled.");
  assert.deepEqual(names(index), ["Ali Larijani/person"]);
  assert.equal(index.entities[0].mentions, 4);
});

Deno.test("resolveEntities() merges Arabic article variants and transliterations of a new name", async () => {
  const index = await entitiesOf(
    "Commander Hadi al-Amiri spoke to reporters.",
    "Hadi Al Amiri said the talks went well. Al-Amiri then left.",
  );
  assert.deepEqual(names(index), ["Hadi al-Amiri/person"]);
});

Deno.test("resolveEntities() merges a surname with the one person of that surname in the article", async () => {
  const index = await entitiesOf("Speaker Nabih Berri met the envoy. Berri said little.");
  assert.deepEqual(names(index), ["Nabih Berri/person"]);
});

Deno.test("resolveEntities() never guesses a surname between two people who share it", async () => {
  const index = await entitiesOf("Karim Haddad met Rania Haddad in Beirut. Later Haddad said no.");
  assert.deepEqual(names(index), ["Beirut/place", "Haddad/person", "Karim Haddad/person", "Rania Haddad/person"]);
});

Deno.test("resolveEntities() prefers the person named in the same article", async () => {
  const index = await entitiesOf(
    "Karim Haddad spoke in Beirut. Haddad was calm.",
    "Rania Haddad spoke in Baghdad. Haddad was firm.",
  );
  const byArticle = articleEntities(index);
  assert.deepEqual(byArticle.get("a0")!.map((e) => e.name).sort(), ["Beirut", "Karim Haddad"]);
  assert.deepEqual(byArticle.get("a1")!.map((e) => e.name).sort(), ["Baghdad", "Rania Haddad"]);
});

Deno.test("resolveEntities() takes a demonym for no name, nor for a person's short name ('the Cuban fiasco')", async () => {
  const index = await entitiesOf(
    "Until the Cuban fiasco, Paul Morel agreed. The Hungarian cook said little.",
    "Manuel Cuban sang in Havana.",
  );
  const byArticle = articleEntities(index);
  assert.deepEqual(byArticle.get("a0")!.map((e) => e.name).sort(), ["Paul Morel"]);
});

Deno.test("resolveEntities() keeps a name with an initial whole at the head of a sentence ('F. Morris Cochran')", async () => {
  const index = await entitiesOf(
    "County Supervisor Weldon R. Sheets, who is a candidate, spoke. Sheets said so.",
    "It was filed at City Hall. F. Morris Cochran, vice president, said the house was bought.",
  );
  const byArticle = articleEntities(index);
  assert.deepEqual(byArticle.get("a0")!.map((e) => `${e.name}/${e.type}`), ["Weldon R. Sheets/person"]);
  assert.deepEqual(byArticle.get("a1")!.map((e) => `${e.name}/${e.type}`).sort(), [
    "City Hall/place",
    "F. Morris Cochran/person",
  ]);
});

Deno.test("resolveEntities() joins an acronym defined in parentheses to its name", async () => {
  const index = await entitiesOf(
    "The Free Patriotic Movement (FPM) objected.",
    "Leaders of the FPM met in Beirut.",
  );
  assert.deepEqual(names(index), ["Beirut/place", "Free Patriotic Movement/organization"]);
  assert.deepEqual(index.entities.find((e) => e.name === "Free Patriotic Movement")!.forms.sort(), [
    "FPM",
    "Free Patriotic Movement",
  ]);
});

Deno.test("resolveEntities() joins an acronym never defined to the one name of its article whose initials it spells", async () => {
  const index = await entitiesOf(
    "The bill lets the Texas Education Agency open day schools. The TEA estimated the cost at $88,000.",
  );
  const agency = index.entities.find((e) => e.name === "Texas Education Agency")!;
  assert.deepEqual(agency.forms.sort(), ["TEA", "Texas Education Agency"]);
  assert.equal(agency.mentions, 2);
});

Deno.test("resolveEntities() joins no acronym that spells the initials of two names of its article", async () => {
  const index = await entitiesOf(
    "The Texas Education Agency and the Teachers Employment Association met. The TEA said nothing.",
  );
  assert.ok(!index.entities.some((e) => e.forms.includes("TEA") && e.forms.length > 1), names(index).join(", "));
});

Deno.test("resolveEntities() joins a given name alone to the one person of its article named with it before a surname", async () => {
  const index = await entitiesOf(
    "Outfielder Jackie Jensen said he was through. Later Jackie went into the station.",
    "Coach Jackie Brandt stayed home.",
  );
  const jensen = index.entities.find((e) => e.name === "Jackie Jensen")!;
  assert.deepEqual(jensen.forms.sort(), ["Jackie", "Jackie Jensen"]);
  assert.equal(index.entities.find((e) => e.name === "Jackie Brandt")?.mentions, 1);
});

Deno.test("extractEntities() takes a title's 'of' and the word after it for the title ('Secretary of State Dean Rusk')", async () => {
  const index = await entitiesOf(
    "Secretary of State Dean Rusk spoke in Oslo. The Secretary of State repeated a warning. Rusk left.",
  );
  assert.deepEqual(names(index), ["Dean Rusk/person", "Oslo/place"]);
});

Deno.test("extractEntities() types a name ending in 'Club' an organisation's", async () => {
  const index = await entitiesOf("Mrs. Greenfield is president of the Westfield Women's Republican Club.");
  assert.ok(names(index).some((n) => /Club\/organization$/.test(n)), names(index).join(", "));
});

Deno.test("resolveEntities() keeps a country apart from its demonym", async () => {
  const index = await entitiesOf("Iranian officials said Iran would help. The Lebanese army deployed.");
  assert.deepEqual(names(index), ["Iran/place"]);
});

Deno.test("resolveEntities() types new names from titles, heads and prepositions", async () => {
  const index = await entitiesOf(
    "President Karim Haddad flew to Baabda, where the Cedar Unity Party met in Zahle.",
  );
  assert.deepEqual(names(index), [
    "Baabda/place",
    "Cedar Unity Party/organization",
    "Karim Haddad/person",
    "Zahle/place",
  ]);
});

Deno.test("resolveEntities() reads the Islamic Republic as Iran and the Zionist regime as Israel", async () => {
  const index = await entitiesOf("The Islamic Republic warned the Zionist regime. Israel replied to Iran.");
  assert.deepEqual(names(index), ["Iran/place", "Israel/place"]);
});

Deno.test("resolveEntities() finds the same entities with compromise's tags remembered as with each span tagged afresh", async () => {
  const resources = await loadResources();
  for (const dir of [projectPath("data", "articles"), projectPath("tests", "fixtures", "unseen")]) {
    const annotated = annotateCorpus((await loadCorpus(dir)).articles, resources);
    for (const g of [gazetteer, { ...gazetteer, entities: [] }]) {
      const compiled = compileGazetteer(g);
      const candidates = annotated.flatMap((a) => findCandidates(a, compiled));
      const afresh = resolveEntities(candidates, compiled, { tags: tagsAlone });
      assert.deepEqual(resolveEntities(candidates, compiled), afresh);
      // Nor does the answer depend on the spans tagged before, or with which.
      spansTags(candidates.slice(0, 50).map((c) => `${c.surface} Smith`));
      assert.deepEqual(resolveEntities(candidates, compiled), afresh);
    }
  }
});

Deno.test("resolveEntities() gives one mention of a candidate given twice", async () => {
  const resources = await loadResources();
  const annotated = annotateCorpus((await loadCorpus(projectPath("data", "articles"))).articles, resources);
  const compiled = compileGazetteer(gazetteer);
  // Gazetteer names: each kept as found, typed by the gazetteer.
  const candidates = annotated.flatMap((a) => findCandidates(a, compiled)).filter((c) => c.entry !== undefined);
  const once = resolveEntities(candidates, compiled);
  assert.ok(once.mentions.length > 10);
  assert.deepEqual(resolveEntities([...candidates, ...candidates], compiled), once);
});

// Two short articles about one visit, each naming the visitor in full once and by surname
// after that, mostly before a verb of speech ("Larijani told reporters"): a wire report
// and a Kurdish outlet's.
const visitArticles = (full: string, surname: string) => [
  {
    id: "wire",
    outlet: "Lodestar Wire",
    text: `BEIRUT (Lodestar Wire) - ${full}, the secretary of Iran's Supreme National Security Council, ` +
      `arrived in Beirut on Wednesday. President Joseph Aoun told ${surname} that Lebanon would not accept ` +
      `interference in its affairs. ${surname} met Speaker Nabih Berri later in the day. The talks were frank, ` +
      `${surname} said. "Iran supports Lebanon's sovereignty," ${surname} told reporters. ${surname} added ` +
      `that Tehran would help rebuild the south.`,
  },
  {
    id: "kurd",
    outlet: "Zagros Courier",
    text: `ERBIL - Iranian security chief ${full} visited Baghdad and Beirut this week. In Baghdad, ${surname} ` +
      `said Tehran wanted calm on the border. Kurdish leaders said ${surname} did not stop in Erbil. ` +
      `"We respect the Kurdistan Region," ${surname} told reporters before he left.`,
  },
];
/** The gazetteer without its entities (titles, demonyms and non-entities kept). */
const bare = {
  ...gazetteer,
  entities: [],
  demonyms: [...gazetteer.demonyms, ...gazetteer.entities.flatMap((e) => e.demonyms)],
};
/** Each mention of a name in the given articles, as "article start surface => entity/type", sorted. */
const resolutionOf = (index: ReturnType<typeof extractEntities>, ids: string[], name: string) =>
  index.mentions.filter((m) => ids.includes(m.article) && m.surface.includes(name))
    .map((m) => `${m.article} ${m.start} ${m.surface} => ${m.entity}/${m.type}`).sort();

Deno.test("resolveEntities() joins a surname to the person named in its article, however often a verb of speech follows it", async () => {
  // Ali Larijani is in the gazetteer; Rebaz Kaniwar, a made-up minister, is not.
  for (const [full, surname] of [["Ali Larijani", "Larijani"], ["Rebaz Kaniwar", "Kaniwar"]]) {
    const annotated = await Promise.all(
      visitArticles(full, surname).map((a) => article(a.id, a.text, a.outlet)),
    );
    for (const g of [gazetteer, bare]) {
      const index = extractEntities(annotated, g);
      const mentions = resolutionOf(index, ["wire", "kurd"], surname);
      assert.equal(mentions.length, 10, mentions.join("\n"));
      for (const m of mentions) assert.match(m, new RegExp(` => ${full}/person$`), `${g === bare ? "bare" : "full"}`);
      assert.equal(index.entities.filter((e) => e.forms.includes(surname)).length, 1);
    }
  }
});

// Articles that do not name the visitor, with surnames and verbs of speech of their own.
const OTHER_ARTICLES = [
  "Prime Minister Mohammed Shia al-Sudani met Kurdish leaders in Baghdad. Sudani said the budget would pass.",
  "Hezbollah said on Monday it would not disarm. The group said Israel had violated the ceasefire.",
  "Karim Haddad, the mayor of Zahle, said the floods had damaged roads. Haddad said aid was late.",
  "The Popular Mobilization Forces held a parade in Basra. Commanders told reporters the PMF would stay.",
  "Foreign Minister Abbas Araghchi told reporters in Tehran that talks could resume. Araghchi said Oman would host them.",
  "Nawaf Salam said the cabinet would meet. Salam told ministers to prepare the budget.",
];

Deno.test("resolveEntities() resolves a surname in an article the same whatever articles surround it", async () => {
  const rng = mulberry32(7);
  const others = await Promise.all(OTHER_ARTICLES.map((t, i) => article(`other${i}`, t, `Outlet ${i}`)));
  for (const [full, surname] of [["Ali Larijani", "Larijani"], ["Rebaz Kaniwar", "Kaniwar"]]) {
    const visit = await Promise.all(visitArticles(full, surname).map((a) => article(a.id, a.text, a.outlet)));
    // Articles that name the surname otherwise: as an organisation's, and as another person's.
    const elsewhere = await Promise.all([
      article(
        "bloc",
        `Leaders of the ${surname} bloc met in Duhok. The ${surname} bloc said it would vote.`,
        "Outlet B",
      ),
      article("namesake", `Shirin ${surname} said the clinic would open. ${surname} said it was late.`, "Outlet N"),
    ]);
    for (const g of [gazetteer, bare]) {
      const alone = resolutionOf(extractEntities(visit, g), ["wire", "kurd"], surname);
      assert.equal(alone.length, 10);
      for (const m of alone) assert.match(m, new RegExp(` => ${full}/person$`));
      for (let round = 0; round < 12; round++) {
        const around = [...others, ...elsewhere].filter(() => rng() < 0.6);
        const corpus = shuffle([...visit, ...around], rng);
        const ids = corpus.map((a) => a.article.id).join(", ");
        assert.deepEqual(resolutionOf(extractEntities(corpus, g), ["wire", "kurd"], surname), alone, ids);
      }
    }
  }
});

/** A seeded random source (mulberry32): the same numbers on every run. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A copy of a list in a random order (Fisher-Yates). */
function shuffle<T>(list: T[], rng: () => number): T[] {
  const out = [...list];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

import assert from "node:assert/strict";
import { entityOutletRows, entityRows, entityTable, topEntities } from "../../src/measures/entities.ts";
import fc from "fast-check";
import type { EntityMention } from "../../src/entities/types.ts";
import { MENTIONS } from "../fixtures/entities.ts";

Deno.test("entityRows() gives one row per article and entity with its forms joined by |", () => {
  const rows = entityRows([
    ...MENTIONS,
    { ...MENTIONS[4], surface: "Ali Larijani", start: 60, end: 72 },
    { ...MENTIONS[4], start: 80, end: 88 },
  ]);
  const larijani = rows.find((r) => r.article === "a1" && r.entity === "Ali Larijani")!;
  assert.deepEqual(larijani, {
    article: "a1",
    outlet: "A",
    entity: "Ali Larijani",
    type: "person",
    mentions: 3,
    aliases: "Larijani|Ali Larijani",
  });
  assert.deepEqual(rows.map((r) => r.article), ["a1", "a1", "a1", "a1", "a2", "a2", "b1", "b1", "b1"]);
  assert.equal(rows[0].entity, "Ali Larijani", "most mentioned first within an article");
});

Deno.test("entityOutletRows() ranks entities within each outlet and keeps the top N", () => {
  const rows = entityOutletRows(MENTIONS, { top: 2 });
  assert.deepEqual(rows.map((r) => [r.outlet, r.entity, r.mentions, r.rank]), [
    ["A", "Iran", 4, 1],
    ["A", "Iraq", 2, 2],
    ["B", "Hezbollah", 1, 1],
    ["B", "Iran", 1, 2],
  ]);
  assert.deepEqual(entityOutletRows(MENTIONS, { types: ["person"] }).map((r) => r.entity), ["Ali Larijani"]);
});

Deno.test("topEntities() ranks by mentions, then articles, then name", () => {
  assert.deepEqual(topEntities(MENTIONS, 3), ["Iran", "Hezbollah", "Iraq"]);
});

Deno.test("topEntities() gives the first N of the sorted entities on random mentions, ties in first-mention order", () => {
  // The definition: every entity sorted (a stable sort), then the first N.
  const collate = new Intl.Collator().compare;
  const plainTop = (mentions: EntityMention[], n: number) => {
    const count = new Map<string, number>();
    const arts = new Map<string, Set<string>>();
    for (const m of mentions) {
      count.set(m.entity, (count.get(m.entity) ?? 0) + 1);
      arts.set(m.entity, (arts.get(m.entity) ?? new Set()).add(m.article));
    }
    return [...count.keys()].sort((a, b) =>
      count.get(b)! - count.get(a)! || arts.get(b)!.size - arts.get(a)!.size || collate(a, b)
    ).slice(0, n);
  };
  // "ab", "a\u200bb" and "a\u00adb" are equal to the collator: a tie that only their order breaks.
  const mention = fc.record({
    article: fc.constantFrom("a1", "a2", "b1"),
    entity: fc.constantFrom("Iran", "iran", "Iraq", "Émile", "ab", "a\u200bb", "a\u00adb"),
  }).map(({ article, entity }): EntityMention => ({
    article,
    outlet: article[0].toUpperCase(),
    sentence: 0,
    start: 0,
    end: 4,
    surface: entity,
    entity,
    type: "place",
  }));
  fc.assert(
    fc.property(fc.array(mention, { maxLength: 40 }), fc.integer({ min: -2, max: 9 }), (mentions, n) => {
      assert.deepEqual(topEntities(mentions, n), plainTop(mentions, n));
    }),
    { numRuns: 500 },
  );
});

Deno.test("entityRows() and entityOutletRows() agree with their definitions on random mentions", () => {
  // The definitions, written plainly (searching lists and copying arrays, as the first
  // versions did: quadratic in the articles, too slow for thousands of them).
  const byFrequency = (forms: string[]) => {
    const counts = new Map<string, number>();
    for (const f of forms) counts.set(f, (counts.get(f) ?? 0) + 1);
    return [...counts.keys()].sort((a, b) => counts.get(b)! - counts.get(a)! || a.localeCompare(b)).join("|");
  };
  const plainRows = (mentions: EntityMention[]) => {
    const groups = new Map<string, EntityMention[]>();
    const articles: string[] = [];
    for (const m of mentions) {
      const k = `${m.article}\u0000${m.entity}`;
      if (!groups.has(k)) {
        groups.set(k, []);
        if (!articles.includes(m.article)) articles.push(m.article);
      }
      groups.get(k)!.push(m);
    }
    return [...groups.values()].map((ms) => ({
      article: ms[0].article,
      outlet: ms[0].outlet,
      entity: ms[0].entity,
      type: ms[0].type,
      mentions: ms.length,
      aliases: byFrequency(ms.map((m) => m.surface)),
    })).sort((a, b) =>
      articles.indexOf(a.article) - articles.indexOf(b.article) || b.mentions - a.mentions ||
      a.entity.localeCompare(b.entity)
    );
  };
  const plainOutletRows = (mentions: EntityMention[]) => {
    const groups = new Map<string, EntityMention[]>();
    for (const m of mentions) {
      const k = `${m.outlet}\u0000${m.entity}`;
      groups.set(k, [...(groups.get(k) ?? []), m]);
    }
    const rows = [...groups.values()].map((ms) => ({
      outlet: ms[0].outlet,
      entity: ms[0].entity,
      type: ms[0].type,
      mentions: ms.length,
      articles: new Set(ms.map((m) => m.article)).size,
      rank: 0,
    })).sort((a, b) =>
      a.outlet.localeCompare(b.outlet) || b.mentions - a.mentions || b.articles - a.articles ||
      a.entity.localeCompare(b.entity)
    );
    rows.forEach((r, i) => r.rank = i > 0 && rows[i - 1].outlet === r.outlet ? rows[i - 1].rank + 1 : 1);
    return rows;
  };
  const mention = fc.record({
    article: fc.constantFrom("a1", "a2", "b1", "b2", "c1", "Ä1"),
    entity: fc.constantFrom("Iran", "iran", "Iraq", "Ali Larijani", "Émile", "Beirut"),
    surface: fc.constantFrom("Iran", "Tehran", "Larijani", "IRAN", "Émile"),
    type: fc.constantFrom("person", "place", "organization"),
    start: fc.nat(1000),
  }).map((m): EntityMention => ({
    ...m,
    type: m.type as EntityMention["type"],
    outlet: m.article[0].toUpperCase(),
    sentence: 0,
    end: m.start + 4,
  }));
  fc.assert(
    fc.property(fc.array(mention, { maxLength: 60 }), (mentions) => {
      assert.deepEqual(entityRows(mentions), plainRows(mentions));
      assert.deepEqual([...entityTable(mentions)], plainRows(mentions));
      assert.deepEqual(entityOutletRows(mentions), plainOutletRows(mentions));
    }),
    { numRuns: 300 },
  );
});

Deno.test("entityTable() makes an article's rows when one of them is read, and holds no other", () => {
  const m = (article: string, entity: string, surface = entity): EntityMention => ({
    article,
    outlet: article.toUpperCase(),
    sentence: 0,
    start: 0,
    end: surface.length,
    surface,
    entity,
    type: "place",
  });
  // Articles a (Iran twice, Iraq once), b (Iraq), then a again (Iraq): a's mentions need not be together.
  const mentions = [m("a", "Iran"), m("a", "Iran", "IRAN"), m("a", "Iraq"), m("b", "Iraq"), m("a", "Iraq")];
  const table = entityTable(mentions);
  assert.equal(table.length, 3);
  assert.deepEqual(table.map((r) => `${r.article} ${r.entity} ${r.mentions} ${r.aliases}`), [
    "a Iran 2 Iran|IRAN",
    "a Iraq 2 Iraq",
    "b Iraq 1 Iraq",
  ]);
  // Rows of the article read last are kept (the same object); those of another are made again.
  const first = table[0];
  assert.equal(table[1], table[1]);
  assert.equal(table[0], first);
  assert.equal(table[2].article, "b");
  assert.notEqual(table[0], first);
  assert.deepEqual(table[0], first);
});

import assert from "node:assert/strict";
import { familiarStems, nearestBefore } from "../../src/sources/speaker_names.ts";
import { resolveSpeakers, speakerOptions } from "../../src/sources/speakers.ts";
import { mention, relation } from "../fixtures/speaker_inputs.ts";

Deno.test("resolveSpeakers() gives a bare first name the full name named last before it, of several that disagree", () => {
  // The entity stage merged this "Jim" with another article's "Long Jim".
  const text = "Jim Morgart sang at noon. Later Jim Kern spoke to the teens. Jim said it went well.";
  const mentions = [
    mention(text, "Jim Morgart", "Jim Morgart", "person"),
    mention(text, "Jim Kern", "Jim Kern", "person"),
    mention(text, "Jim", "Long Jim", "person", text.indexOf("Jim said")),
  ];
  const said = relation(text, "Jim", text.indexOf("Jim said"), 2);
  assert.equal(resolveSpeakers(text, [said], mentions)[0]?.name, "Jim Kern");
});

Deno.test("resolveSpeakers() keeps a titled short name as written, not the full name named last, when full names disagree ('Mayor Hart')", () => {
  const text = "Mayor Ivan Hart spoke. His wife Pearl Hart came. Mayor Hart said no.";
  const mentions = [
    mention(text, "Ivan Hart", "Ivan Hart", "person"),
    mention(text, "Pearl Hart", "Pearl Hart", "person"),
    mention(text, "Hart", "Hart", "person", text.indexOf("Hart said")),
  ];
  const said = relation(text, "Hart", text.indexOf("Hart said"), 2);
  assert.equal(resolveSpeakers(text, [said], mentions)[0]?.name, "Hart");
});

Deno.test("nearestBefore() takes the mention that starts last before the offset, whatever the order given", () => {
  const text = "Jim A. Jim B. Jim C.";
  const ms = [
    mention(text, "Jim C", "C", "person"),
    mention(text, "Jim A", "A", "person"),
    mention(text, "Jim B", "B", "person"),
  ];
  assert.equal(nearestBefore(ms, text.indexOf("Jim C"))?.entity, "B");
});

Deno.test("resolveSpeakers() gives a familiar form of a first name the full name of the one person with that first name ('Frankie')", () => {
  // The given name need not open the name as written ("Crooner Frank Sinatra").
  const text = "Crooner Frank Sinatra flew in with Dean Martin. “It's tremendous,” Frankie said.";
  const mentions = [
    mention(text, "Crooner Frank Sinatra", "Crooner Frank Sinatra", "person"),
    mention(text, "Dean Martin", "Dean Martin", "person"),
    mention(text, "Frankie", "Frankie", "person"),
  ];
  const said = relation(text, "Frankie", 0, 1);
  assert.equal(resolveSpeakers(text, [said], mentions)[0]?.name, "Crooner Frank Sinatra");
});

Deno.test("resolveSpeakers() reads a familiar form with a doubled consonant ('Tommy' of 'Tom Hale'), never from a surname ('Frankie' of 'Ann Frank')", () => {
  const text = "Tom Hale met Ann Frank. Tommy said yes. Frankie said no.";
  const mentions = [
    mention(text, "Tom Hale", "Tom Hale", "person"),
    mention(text, "Ann Frank", "Ann Frank", "person"),
    mention(text, "Tommy", "Tommy", "person"),
    mention(text, "Frankie", "Frankie", "person"),
  ];
  const tommy = relation(text, "Tommy", 0, 1);
  const frankie = relation(text, "Frankie", 0, 2);
  assert.deepEqual(resolveSpeakers(text, [tommy, frankie], mentions).map((s) => s?.name), ["Tom Hale", "Frankie"]);
});

Deno.test("familiarStems() strips -ie, -ey and -y, and a doubled consonant before them", () => {
  assert.deepEqual(familiarStems("eddie"), ["edd", "ed"]);
  assert.deepEqual(familiarStems("mickey"), ["mick"]);
  assert.deepEqual(familiarStems("billy"), ["bill", "bil"]);
  assert.deepEqual(familiarStems("ty"), []);
});

Deno.test("resolveSpeakers() gives a surname after words describing its person the fuller name with given names ('Leatherneck Shoup')", () => {
  const text = "The Marines' David M. Shoup spoke on Monday. Said Leatherneck Shoup: “A year ago I took the plow.”";
  const mentions = [
    mention(text, "David M. Shoup", "David M. Shoup", "person"),
    mention(text, "Leatherneck Shoup", "Leatherneck Shoup", "person"),
  ];
  const said = relation(text, "Leatherneck Shoup", 0, 1);
  const givenName = (w: string) => w === "david";
  assert.equal(resolveSpeakers(text, [said], mentions, { givenName })[0]?.name, "David M. Shoup");
});

Deno.test("resolveSpeakers() keeps a given name and surname as written beside another person of that surname ('Jackie Shoup')", () => {
  const text = "David M. Shoup spoke on Monday. His niece Jackie Shoup said it was cold.";
  const mentions = [
    mention(text, "David M. Shoup", "David M. Shoup", "person"),
    mention(text, "Jackie Shoup", "Jackie Shoup", "person"),
  ];
  const said = relation(text, "Jackie Shoup", 0, 1);
  const givenName = (w: string) => w === "david" || w === "jackie";
  assert.equal(resolveSpeakers(text, [said], mentions, { givenName })[0]?.name, "Jackie Shoup");
});

Deno.test("speakerOptions() tells a given name from a word that describes a person", () => {
  const { givenName } = speakerOptions({ file: "g.yaml", titles: [], demonyms: [], notEntities: [], entities: [] });
  assert.deepEqual(["david", "jackie", "leatherneck", "valedictorian"].map((w) => givenName?.(w)), [
    true,
    true,
    false,
    false,
  ]);
});

Deno.test("resolveSpeakers() gives a bare surname the fuller name with given names, not a described one named nearer ('Shoup')", () => {
  const text = "David M. Shoup spoke on Monday. Leatherneck Shoup laughed. Shoup said it was cold.";
  const mentions = [
    mention(text, "David M. Shoup", "David M. Shoup", "person"),
    mention(text, "Leatherneck Shoup", "Leatherneck Shoup", "person"),
    mention(text, "Shoup", "Shoup", "person", text.indexOf("Shoup said")),
  ];
  const said = relation(text, "Shoup", text.indexOf("Shoup said"), 2);
  const givenName = (w: string) => w === "david";
  assert.equal(resolveSpeakers(text, [said], mentions, { givenName })[0]?.name, "David M. Shoup");
  // Without a way to tell given names, the nearer name is taken, as before.
  assert.equal(resolveSpeakers(text, [said], mentions)[0]?.name, "Leatherneck Shoup");
});

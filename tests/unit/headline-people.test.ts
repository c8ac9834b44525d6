import {describe, expect, it} from "vitest";
import {headlinePeople, peoplesNamed, settingPeople} from "../../loaders/general/document-setting.js";
import {extractDocument} from "../../loaders/extract-document.js";
import {meta} from "../helpers.js";

describe("the people a headline moves", () => {
  it.each([
    ["Cuban migrants sent home", "Cuba"],
    ["Congolese returns resume as refugee status in Gabon nears end", "Democratic Republic of the Congo"],
    ["Nigerians deported from Libya", "Nigeria"],
    ["Thai workers return from Israel", "Thailand"],
    ["Ethiopian migrants repatriated from Yemen", "Ethiopia"],
    ["Afghan refugees return home from Pakistan", "Afghanistan"],
    ["Haitian migrants returned after interdiction", "Haiti"],
    ["Malagasy victims repatriated", "Madagascar"],
    ["Syrian refugees go home from Lebanon", "Syria"],
    ["Vietnamese workers deported", "Vietnam"]
  ])("%j moves %s", (headline, country) => {
    expect(headlinePeople(headline)?.country).toBe(country);
  });

  it.each([
    ["a demonym that names a body", "Russian Interior Ministry registered half as many migrants"],
    ["a country's name", "Over 15,000 arrested in a week in Saudi Arabia for residency violations"],
    ["two peoples", "Cuban and Haitian migrants sent home"],
    ["no event", "Cuban migrants in Cayman"]
  ])("finds none in %s", (_, headline) => {
    expect(headlinePeople(headline)).toBeNull();
  });

  it("names the peoples of a text, not its places", () => {
    expect(peoplesNamed("Saudi Arabia deported Nigerians and South Sudanese to Chad")).toEqual([
      "Nigeria",
      "South Sudan"
    ]);
  });

  const cuban = headlinePeople("Cuban migrants sent home");
  it("gives its people to a later count of the move", () => {
    expect(
      settingPeople(cuban, "The migrants, including 22 men and six women, were escorted back to Havana on Tuesday.", 22)
    ).toBe("Cuba");
    expect(settingPeople(cuban, "Last week, 51 refugees went home from the camp.", 51, "Cayman Islands")).toBe("Cuba");
  });

  it("gives it to no count of another people, country or event", () => {
    expect(settingPeople(cuban, "Another 12 Haitians were sent back.", 12)).toBeNull();
    expect(settingPeople(cuban, "Some 30 migrants were returned to Jamaica.", 30, "Cayman Islands")).toBeNull();
    expect(settingPeople(cuban, "There are still eight detainees left at the facility.", 8)).toBeNull();
  });

  it("gives a counted headline's people to counts no larger than its own", () => {
    const chile = headlinePeople("Chile expels 55 Venezuelan migrants in a new deportation process");
    expect(chile?.limit).toBe(55);
    expect(settingPeople(chile, "The other 15 were deported for crimes such as migrant smuggling.", 15)).toBe(
      "Venezuela"
    );
    expect(settingPeople(chile, "So far in 2021, Chile has already expelled 200 migrants.", 200)).toBeNull();
  });

  it("reads no year in a headline as a count of its people", () => {
    expect(headlinePeople("Fewer Jamaicans deported from the US in 2021")?.limit).toBe(Infinity);
  });

  it.each([
    ["Over 9,000 Venezuelans Repatriated with 'Vuelta a la Patria' Plan", Infinity],
    ["More than 300 Haitians deported", Infinity],
    ["About 200 Ethiopian migrants returned", 300],
    ["942 Chadians refugees return home from Darfur", 942]
  ])("bounds the people of %j by %s", (headline, limit) => {
    expect(headlinePeople(headline)?.limit).toBe(limit);
  });
});

describe("a headline's shared demonym in an item on the other state", () => {
  const read = (title: string, text: string) =>
    extractDocument(`${title}\n\n${text}\n`, meta({title, date: "2011-07-29", kind: "agency_release", state: "GAB"}), {
      tables: [],
      sentences: []
    }).observations.map((o) => `${o.value} ${o.citizenship ?? "-"}`);

  it("gives the later counts the people of the state the item names", () => {
    expect(
      read(
        "Congolese returns resume as refugee status in Gabon nears end",
        "They had fled civil conflict in the Republic of Congo. Some 450 refugees have signed up for repatriation over the past 10 days."
      )
    ).toContain("450 Republic of the Congo");
  });

  it("keeps the usual state where the item names it", () => {
    expect(
      read(
        "Congolese returns resume",
        "They had fled the Democratic Republic of the Congo. Some 450 refugees have signed up for repatriation over the past 10 days."
      )
    ).toContain("450 Democratic Republic of the Congo");
  });
});

import {describe, expect, it} from "vitest";
import {complementOf, exploitedInPlaces, isAllBut} from "../../loaders/general/read-all-but.js";
import {rows} from "./read-paragraph.js";
import {extractStatements} from "../../loaders/general/extract-statements.js";
import {parsePeriodLabel} from "../../loaders/periods/parse-period.js";

describe("the complement 'all but N' counts", () => {
  it.each([
    [" of the identified victims were from Kazakhstan;", {citizenship: "foreign"}],
    [" were Kazakhstani citizens.", {citizenship: "foreign"}],
    [" were exploited in Kazakhstan;", {category: "exploited abroad"}],
    [" of those were citizens of the Republic of Kazakhstan.", {citizenship: "foreign"}]
  ])("in a report on Kazakhstan, %j", (after, breakdown) => {
    expect(complementOf(after, "Kazakhstan")).toEqual(breakdown);
  });

  it("names no complement of another country, of an unknown state, or of another predicate", () => {
    expect(complementOf(" of the identified victims were from Uzbekistan;", "Kazakhstan")).toBeNull();
    expect(complementOf(" of the identified victims were from Kazakhstan;", undefined)).toBeNull();
    expect(complementOf(" of the victims were women;", "Kazakhstan")).toBeNull();
    expect(complementOf(" cases were closed in Kazakhstan;", "Kazakhstan")).toBeNull();
  });

  it("finds 'all but' before a number only", () => {
    expect(isAllBut("All but 15", 8)).toBe(true);
    expect(isAllBut("In all, but 15", 12)).toBe(false);
    expect(isAllBut("all 15", 4)).toBe(false);
  });
});

describe("sentences of 'all but N'", () => {
  it("reads the complement in a report on the state, and nothing in a report that names none", () => {
    const text = "Authorities identified 98 victims. All but 15 of the identified victims were from Kazakhstan.";
    expect(rows(text, "2016", "2017", "Kazakhstan")).toEqual([
      "98@2016 victims_identified []",
      "15@2016 victims_identified []"
    ]);
    expect(rows(text, "2016", "2017")).toEqual(["98@2016 victims_identified []"]);
  });

  it("keeps the place the others were exploited in off the complement", () => {
    const text =
      "The government identified 83 trafficking victims. Of those, all but six were exploited in Kazakhstan.";
    expect(rows(text, "2018", "2019", "Kazakhstan")).toEqual([
      "83@2018 trafficking_victims_identified []",
      "6@2018 trafficking_victims_identified [exploited abroad]"
    ]);
  });
});

describe("a count exploited in several places", () => {
  it("is exploited abroad when no place is the reporting state, and has no one country", () => {
    const after = " were subjected to trafficking in South Korea and the United Arab Emirates, while";
    expect(exploitedInPlaces(after, "Kazakhstan")).toEqual({abroad: true});
    expect(exploitedInPlaces(" were exploited in Turkey, Kazakhstan and Russia", "Kazakhstan")).toEqual({
      abroad: false
    });
    expect(exploitedInPlaces(after, undefined)).toEqual({abroad: false});
  });

  it("reads no list of places in one place, another verb, or names that are no countries", () => {
    expect(exploitedInPlaces(" were exploited in Brazil", "Kazakhstan")).toBeNull();
    expect(exploitedInPlaces(" were deported to Germany and France", "Norway")).toBeNull();
    expect(exploitedInPlaces(" were exploited in Almaty and Astana", "Kazakhstan")).toBeNull();
  });
});

describe("a part said to be exploited abroad in a list of places", () => {
  const place = (text: string, value: number) =>
    extractStatements(text, [{number: "", start: 0, end: text.length}], {
      reportingPeriod: parsePeriodLabel("2021"),
      documentDate: "2022-07-19",
      state: "Comoros",
      claimed: []
    })
      .observations.filter((o) => o.value === value)
      .map((o) => `${o.country ?? "-"} [${o.category ?? ""}]`);

  it.each([
    "Of the eight victims identified, three were exploited in Comoros, and five were exploited abroad in Cote d’Ivoire, Oman, Tanzania, and on Mayotte.",
    "Of the eight victims identified, three were exploited in Comoros and five were exploited abroad in Oman, Tanzania and Mayotte.",
    "Of the eight victims identified, five were exploited abroad in Oman, Tanzania, and on Mayotte.",
    "Of the eight victims identified, five were exploited overseas in Oman, Kenya and Tanzania.",
    "The government identified eight victims; five were exploited abroad in Oman and in Tanzania.",
    "The government identified eight victims; five were trafficked abroad in Oman, Kenya, and Tanzania.",
    "Of the eight victims identified, five were exploited abroad in Côte d'Ivoire and Oman.",
    "Of the eight victims identified, five were exploited elsewhere in Kenya, Uganda, and on Mayotte.",
    "Authorities identified eight victims, of whom five were exploited abroad in Oman, Qatar and Kuwait.",
    "Of the eight victims identified, five were exploited abroad in Oman, Tanzania, and in Mayotte."
  ])("%s", (text) => {
    const read = place(text, 5);
    expect(read).toHaveLength(1);
    expect(read[0]).toMatch(/\[exploited abroad\]$/);
    expect(read[0]).not.toMatch(/^(?:Oman|Cote d'Ivoire|Kenya)/);
  });

  it("keeps the one place of a part exploited in one place, and lists of no countries", () => {
    expect(place("Of the eight victims identified, five were exploited abroad in Oman.", 5)).toEqual(["Oman []"]);
    expect(exploitedInPlaces(" were exploited abroad in Almaty and Astana", "Comoros")).toBeNull();
    expect(exploitedInPlaces(" were deported abroad in Oman and Kenya", "Comoros")).toBeNull();
  });
});

import {describe, expect, it} from "vitest";
import {countryRows} from "./read-paragraph.js";

const read = (text: string) => countryRows(text, "Syria", "2012", "2012-12-31");

describe("a country opening the sentence is where its later clauses' counts were made", () => {
  it.each([
    ["In Turkey, the number of refugees stood at 50,227, with 6,000 new arrivals recorded in 2012.", "6000 Turkey/-"],
    ["In Jordan, 40,000 refugees were registered in 2012, with 3,200 new arrivals in December.", "3200 Jordan/-"],
    ["In Lebanon, refugees numbered 36,000 at the end of 2012, with 1,900 arrivals in December.", "1900 Lebanon/-"],
    [
      "In Iraq, 13,730 refugees were hosted at the end of 2012, while 596 refugees were registered in December.",
      "596 Iraq/-"
    ],
    [
      "In Greece, the number of asylum seekers stood at 9,600 at the end of 2012, with 2,100 new arrivals in December.",
      "2100 Greece/-"
    ],
    [
      "In Italy, the number of migrants in reception was 13,200 at the end of 2012, with 1,100 new arrivals in December.",
      "1100 Italy/-"
    ],
    ["In Egypt, 12,000 refugees were registered in 2012, and 700 arrivals were recorded in December.", "700 Egypt/-"],
    [
      "In Turkey, camps held 148,000 refugees at the end of 2012, with 9,000 new arrivals in December.",
      "9000 Turkey/-"
    ],
    [
      "In Lebanon, the number of refugees stood at 150,000 at the end of 2012, with 11,000 new arrivals in December.",
      "11000 Lebanon/-"
    ],
    ["Within Jordan, 4,500 refugees left the camps in 2012, with 900 departures in December.", "900 Jordan/-"]
  ])("%s", (text, expected) => {
    expect(read(text)).toContainEqual(expected);
  });

  it("leaves a clause that names its own place", () => {
    expect(read("In Turkey, 6,000 refugees arrived in 2012, while 2,000 refugees arrived in Iraq.")).toContainEqual(
      "2000 Iraq/-"
    );
  });

  it("reads no place from a place that does not open the sentence", () => {
    expect(
      read("UNHCR said that in Turkey, the number of refugees stood at 50,227, with 6,000 new arrivals in 2012.")
    ).not.toContainEqual("6000 Turkey/-");
  });
});

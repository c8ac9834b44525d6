import {describe, expect, it} from "vitest";
import {rows} from "./read-paragraph.js";

// An item dated 13 October 2019 reporting January to October.
const read = (text: string) => rows(text, "2019-01..2019-10", "2019-10-13").map((r) => r.split(" ")[0]);

describe("'this year' with a verb in the perfect, in an item dated to the day", () => {
  it.each([
    "The organization has assisted some 1,897 migrants to return home this year alone.",
    "This year, 1,897 migrants have been repatriated.",
    "This year the agency has registered 1,897 asylum applications.",
    "Police have arrested 1,897 traffickers this year.",
    "Some 1,897 refugees have arrived this year.",
    "The ministry has issued 1,897 work permits so far this year.",
    "Authorities have already deported 1,897 foreigners this year.",
    "This year alone, 1,897 victims have been identified.",
    "More than 1,897 Eritreans have arrived in Sudan this year.",
    "The government has now returned 1,897 nationals this year."
  ])("runs up to the item's day: %s", (text) => {
    expect(read(text)).toEqual(["1897@2019-01-01..2019-10-13"]);
  });

  it("is the whole year when the verb is in the simple past", () => {
    expect(read("This year, the organization assisted 1,897 migrants to return home.")).toEqual(["1897@2019"]);
  });

  it("is the whole year in an item dated by its year alone", () => {
    expect(
      rows("The organization has assisted 1,897 migrants to return home this year.", "2019", "2019").map(
        (r) => r.split(" ")[0]
      )
    ).toEqual(["1897@2019"]);
  });
});

import {describe, expect, it} from "vitest";
import {spellRelativeYears} from "../../loaders/general/spell-relative-year.js";
import {rows} from "./read-paragraph.js";

const read = (text: string) => rows(text, "2022", "2023-04-20").map((r) => r.split(" ").slice(0, 2).join(" "));

// "Ten years ago, 422 permits were issued": a year counted back from the document's date dates the count.
describe("a year counted back from the document's date", () => {
  it.each([
    ["Ten years ago, 422 residence and work permits were issued.", "422@2013 work_permits_issued"],
    ["Five years ago, the number of asylum applications was 1,200.", "1200@2018 asylum_applications"],
    ["A decade ago, 300 work permits were issued.", "300@2013 work_permits_issued"],
    ["Two years ago, the government identified 45 trafficking victims.", "45@2021 trafficking_victims_identified"],
    ["Twenty years ago, 5,000 work permits were issued.", "5000@2003 work_permits_issued"],
    ["Three years ago, police arrested 80 smugglers.", "80@2020 migrant_smugglers_arrested"],
    ["Two decades ago, 900 residence permits were issued.", "900@2003 residence_permits_issued"],
    ["Six years ago, 2,100 migrants were deported.", "2100@2017 deportations"],
    ["Fifteen years ago, 75 trafficking victims were identified.", "75@2008 trafficking_victims_identified"],
    ["Eight years ago, 1,300 refugees were resettled.", "1300@2015 refugees_resettled"]
  ])("%s", (text, expected) => {
    expect(read(text)).toEqual([expected]);
  });

  it("dates the figure a change sets against", () => {
    expect(read("The number of work permits issued rose to 900 in 2022 from 422 ten years ago.")).toEqual([
      "900@2022 work_permits_issued",
      "422@2013 work_permits_issued"
    ]);
  });

  it.each([
    "Many years ago, 300 work permits were issued.",
    "Some years ago, 300 work permits were issued.",
    "Years ago, 300 work permits were issued."
  ])("%s names no year", (text) => {
    expect(read(text)).toEqual(["300@2022 work_permits_issued"]);
  });

  it("keeps every offset", () => {
    const text = "Ten years ago, 422 permits were issued.";
    const spelled = spellRelativeYears(text, "2023-04-20");
    expect(spelled.length).toBe(text.length);
    expect(spelled).toBe("      in 2013, 422 permits were issued.");
  });
});

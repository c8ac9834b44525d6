import {describe, expect, it} from "vitest";
import {indicatorsOf} from "./read-paragraph.js";

describe("what befell some of those counted is not what counted them", () => {
  it.each([
    [
      "Almost 7 million Turkish nationals lived abroad some of whom had also become citizens of other countries.",
      "7000000 nationals_abroad"
    ],
    [
      "Almost 7 million Turkish nationals lived abroad, some of whom had become citizens of other countries.",
      "7000000 nationals_abroad"
    ],
    ["In 2021, 300 migrants were detained, some of whom were later deported.", "300 detained_migrants"],
    ["In 2021, 300 migrants were detained, most of whom were later deported.", "300 detained_migrants"],
    ["In 2021, 300 migrants were detained, many of whom were later released.", "300 detained_migrants"],
    ["In 2021, 300 victims were identified, some of whom were later repatriated.", "300 victims_identified"],
    ["In 2021, 300 victims were identified, half of whom were later repatriated.", "300 victims_identified"],
    ["In 2021, 300 refugees were resettled, several of whom had been granted asylum before.", "300 refugees_resettled"],
    ["In 2021, 300 migrants were deported, some of them had applied for asylum.", "300 deportations"],
    ["In 2021, 300 migrants were rescued, most of them were later returned.", "300 migrants_rescued"]
  ])("%s", (text, row) => {
    expect(indicatorsOf(text, "2021", "2021-12-31")).toEqual([row]);
  });

  it("still reads a part that 'of whom' counts", () => {
    expect(indicatorsOf("In 2021, 300 migrants were detained, of whom 45 were deported.", "2021", "2022")).toEqual([
      "300 detained_migrants",
      "45 deportations"
    ]);
  });
});

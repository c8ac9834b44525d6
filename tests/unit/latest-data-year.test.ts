import {describe, expect, it} from "vitest";
import {rows} from "./read-paragraph.js";

const read = (text: string) => rows(text, "2021", "2022-07-19").map((r) => r.split(" ")[0]);

// "In 2020, the most recent year for which official data was available, …": the sentences after it count that year.
describe("a chapter's paragraph on the latest year for which data exist", () => {
  it.each([
    [
      "In 2020, the most recent year for which official data was available, the center registered 984 possible trafficking victims. The majority of victims were women (547), and 68 victims were children.",
      ["547@2020", "68@2020"]
    ],
    [
      "In 2020, the most recent year for which data were available, authorities identified 120 trafficking victims. Police arrested 45 suspects.",
      ["45@2020"]
    ],
    [
      "In 2020, the latest year for which statistics were available, the government identified 75 victims. Courts convicted 12 traffickers.",
      ["12@2020"]
    ],
    [
      "In 2020, the last year for which the government reported data, police investigated 33 cases. Prosecutors indicted 19 suspects.",
      ["19@2020"]
    ],
    [
      "In 2020, the most recent year for which the government had comprehensive statistics, state authorities conducted 386 investigations. Officials identified 552 victims.",
      ["552@2020"]
    ],
    [
      "In 2020, the most recent full year for which data were available, the ministry identified 64 victims. Police identified 40 child victims.",
      ["40@2020"]
    ],
    [
      "In 2020, the most recent year for which official data was available, NGOs assisted 210 victims. Shelters accommodated 88 victims.",
      ["88@2020"]
    ],
    [
      "In 2020, the latest year for which data exist, the police registered 57 trafficking cases. Prosecutors charged 23 defendants.",
      ["23@2020"]
    ],
    [
      "In 2020, the most recent year for which official data was available, the coordinator registered 430 possible victims. Officials referred 31 child victims to shelters.",
      ["31@2020"]
    ],
    [
      "In 2020, the most recent year for which the government reported statistics, authorities initiated 28 prosecutions. Courts convicted nine traffickers.",
      ["9@2020"]
    ],
    [
      "In 2020, the most recent year for which data were available, the government referred 150 victims to services. It repatriated 14 victims.",
      ["14@2020"]
    ]
  ])("%s", (text, expected) => {
    expect(read(text)).toEqual(expect.arrayContaining(expected));
  });

  it("keeps a later sentence's own year", () => {
    const text =
      "In 2020, the most recent year for which official data was available, the center registered 984 possible victims. Authorities in Bonaire identified two victims in 2021.";
    expect(read(text)).toContain("2@2021");
  });

  it("looks back on the year before the report's in that sentence alone when it names no latest data", () => {
    const text =
      "In 2020, the government did not provide details on 40 cases. In 2021, police identified 84 victims. Police arrested 45 suspects.";
    expect(read(text)).toContain("45@2021");
  });
});

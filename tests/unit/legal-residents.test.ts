import {describe, expect, it} from "vitest";
import {observations} from "./read-paragraph.js";

const read = (text: string) =>
  observations(text, "2019", "2020-03-01").map((o) =>
    `${o.value}@${o.period.label} ${o.indicator} ${o.citizenship ?? o.category ?? ""}`.trim()
  );

// "Moroccans make up the largest number of legal residents, 365,846": a report on migration counts foreigners living in
// the country by the lawfulness of their residence.
describe("people counted as legal residents", () => {
  it.each([
    [
      "At the end of 2019 there were 480,000 legal residents from Morocco.",
      ["480000@2019-12-31 foreigners_resident Morocco"]
    ],
    [
      "Moroccans make up the largest number of legal residents, 365,846.",
      ["365846@2020-03-01 foreigners_resident Morocco"]
    ],
    ["Legal residents numbered 2,300,000 at the end of 2019.", ["2300000@2019-12-31 foreigners_resident"]],
    ["By the end of 2019, the number of legal residents stood at 610,000.", ["610000@2019-12-31 foreigners_resident"]],
    [
      "Legal residents from Colombia totalled 128,367 at the end of 2019.",
      ["128367@2019-12-31 foreigners_resident Colombia"]
    ],
    [
      "The number of legal immigrants reached 1.8 million at the end of September 2019.",
      ["1800000@2019-09-30 foreigners_resident"]
    ],
    [
      "There were 95,000 lawful residents of foreign nationality at the end of 2019.",
      ["95000@2019-12-31 foreigners_resident foreign"]
    ],
    [
      "The 600,000 Latin Americans with legal residence are the largest group.",
      ["600000@2020-03-01 foreigners_resident Latin Americans"]
    ],
    [
      "Italy counted 240,000 Romanians with legal residency at the end of 2019.",
      ["240000@2019-12-31 foreigners_resident Romania"]
    ],
    [
      "As of 31 December 2019, 1.2 million foreigners were legally residing in the country.",
      ["1200000@2019-12-31 foreigners_resident"]
    ],
    ["In 2019, 52,000 Ukrainians were legally resident in the country.", ["52000@2019 foreigners_resident Ukraine"]],
    [
      "At the end of 2019, 31,000 Albanians were living in the country with residence permits.",
      ["31000@2019-12-31 foreigners_resident Albania"]
    ],
    [
      "Of the 42,000 legal residents, 12,500 came from Ecuador.",
      ["42000@2020-03-01 foreigners_resident legal", "12500@2020-03-01 foreigners_resident Ecuador"]
    ]
  ])("%s", (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it.each([
    // Legal residence named as a status or a law counts no one.
    "The law on legal residence was amended in 2019 (Law No. 45).",
    "Legal residence requires at least 5 years of stay.",
    "Applicants with legal residence must wait 90 days."
  ])("%s counts no residents", (text) => {
    expect(read(text)).toEqual([]);
  });

  // Permits given to people count the giving, not people living in the country.
  it("reads foreigners provided with residence permits as no stock of residents", () => {
    expect(
      read("In 2019, the ministry provided 500 foreigners with residence permits.").filter((r) =>
        r.includes("foreigners_resident")
      )
    ).toEqual([]);
  });

  it.each([
    // Another event the residents underwent is what is counted.
    ["In 2019, 1,300 legal residents were naturalised.", ["1300@2019 citizenship_granted"]],
    ["In 2019, 400 legal residents were deported.", ["400@2019 deportations"]]
  ])("%s", (text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});

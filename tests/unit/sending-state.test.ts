import {describe, expect, it} from "vitest";
import {countryRows, observations} from "./read-paragraph.js";

/** "value indicator country" of one sentence of a 2019 report. */
const read = (text: string) =>
  observations(text, "2019", "2020").map((o) => `${o.value} ${o.indicator} ${o.country ?? "-"}`);

describe("a state that sends people away is where they were counted", () => {
  it.each([
    ["In 2019, Mexico deported 90,452 Central Americans.", "90452 deportations Mexico"],
    ["In 2019, the United States has deported 1,000 Haitians.", "1000 deportations United States"],
    ["In 2019, Spain expelled 300 migrants.", "300 deportations Spain"],
    ["In 2019, Libya removed 2,000 migrants.", "2000 deportations Libya"],
    ["In 2019, Germany also deported 208 Afghans.", "208 deportations Germany"],
    ["Last year, Saudi Arabia forcibly deported some 4,000 Yemenis.", "4000 deportations Saudi Arabia"],
    ["In 2019, Canada sent back 104 Jamaicans.", "104 returns Canada"],
    ["In 2019, Malaysia has deported nearly 2,000 Indonesians.", "2000 deportations Malaysia"],
    // People said to have been sent away from a state, in a clause of their own.
    [
      "In 2019, they assisted 18 368 irregular migrants who had been deported from South Africa.",
      "18368 deportations South Africa"
    ],
    [
      "In 2019, the centre received 1,200 Hondurans who were expelled from the United States.",
      "1200 deportations United States"
    ],
    ["In 2019, the centre received 300 migrants that were deported from Mexico.", "300 deportations Mexico"]
  ])("%s", (text, row) => {
    expect(read(text)).toContain(row);
  });

  it("gives each gapped state its own count, the nations of the United Kingdom too", () => {
    expect(read("In 2019, Canada sent back 104 Jamaicans, England 48.")).toEqual([
      "104 returns Canada",
      "48 returns England"
    ]);
  });

  it("does not place people a state brought home in that state", () => {
    expect(read("In 2019, Ethiopia repatriated 300 nationals.")).toEqual(["300 repatriations -"]);
    expect(read("In 2019, Ethiopia returned 300 nationals.")).toEqual(["300 returns -"]);
  });

  it("takes neither a demonym nor a city for the state", () => {
    expect(read("In 2019, Mexican authorities deported 1,000 Haitians.")).toEqual(["1000 deportations -"]);
    expect(read("In 2019, Mexico City deported 1,000 Haitians.")).toEqual(["1000 deportations -"]);
  });

  it("leaves the reporting state's own count whole", () => {
    expect(countryRows("In 2019, Kuwait deported 1,764 expatriates.", "Kuwait", "2019", "2020")).toEqual(["1764 -/-"]);
    expect(countryRows("In 2019, Kuwait deported 1,764 expatriates.", "Oman", "2019", "2020")).toEqual([
      "1764 Kuwait/-"
    ]);
  });
});

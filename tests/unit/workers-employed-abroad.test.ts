import {describe, expect, it} from "vitest";
import {observations} from "./read-paragraph.js";

/** "value indicator period citizenship" of one paragraph's observations, in an item dated by its month. */
const read = (text: string) =>
  observations(text, "2020-01", "2020-01").map(
    (o) => `${o.value} ${o.indicator} ${o.period.label} ${o.citizenship ?? "-"}`
  );

describe("a sending state's workers employed abroad, a stock", () => {
  it.each<[string, string]>([
    [
      "More than 300 workers from Kiribati have been employed overseas.",
      "300 workers_employed_abroad 2020-01 Kiribati"
    ],
    ["Some 1,200 Tongan workers are employed abroad under the scheme.", "1200 workers_employed_abroad 2020-01 Tonga"],
    ["About 4,500 Samoan workers are working overseas.", "4500 workers_employed_abroad 2020-01 Samoa"],
    ["There are 2,300 Fijian workers under the seasonal work programme.", "2300 workers_employed_abroad 2020-01 Fiji"],
    ["The labour scheme now counts 950 workers from Vanuatu.", "950 workers_employed_abroad 2020-01 Vanuatu"],
    [
      "In 2019, 3,100 Nepali workers were working abroad under the employment scheme.",
      "3100 workers_employed_abroad 2019 Nepal"
    ],
    [
      "The Recognised Seasonal Employer workers programme employs 640 workers from Tuvalu.",
      "640 workers_employed_abroad 2020-01 Tuvalu"
    ],
    ["Over 800 migrant workers from Nauru are employed overseas.", "800 workers_employed_abroad 2020-01 Nauru"],
    ["The seasonal work programme had 210 workers from Palau.", "210 workers_employed_abroad 2020-01 Palau"],
    ["Some 12,000 Filipino workers are employed abroad.", "12000 workers_employed_abroad 2020-01 Philippines"]
  ])("%s", (text, expected) => expect(read(text)).toContain(expected));

  it.each([
    // Foreign workers in the country, and workers who left in a period, are other indicators.
    "There were 340,000 foreign workers in the territory.",
    "In 2019, 3,100 workers left for employment abroad."
  ])("not %s", (text) => expect(read(text).filter((r) => r.includes("workers_employed_abroad"))).toEqual([]));
});

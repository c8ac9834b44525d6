import {describe, expect, it} from "vitest";
import {extractStatements} from "../../loaders/general/extract-statements.js";
import {parsePeriodLabel} from "../../loaders/periods/parse-period.js";
import {rows} from "./read-paragraph.js";

// "… has repatriated 11,303 to their home countries." then "There are 8,279 men, 2,661 women, 200 boys, and 163
// girls": people named only by sex or age whose counts add up to the count just before are its parts.
describe("people listed by sex or age that add up to the count before", () => {
  const whole = "In 2023 the government repatriated 11,303 migrants to their home countries.";
  it.each([
    "There are 8,279 men, 2,661 women, 200 boys, and 163 girls.",
    "There were 8,279 men, 2,661 women, 200 boys, and 163 girls.",
    '"There are 8,279 men, 2,661 women, 200 boys, and 163 girls," he said.',
    "They are 8,279 men, 2,661 women, 200 boys and 163 girls.",
    "These include 8,279 men, 2,661 women, 200 boys and 163 girls.",
    "They comprised 8,279 men, 2,661 women, 200 boys and 163 girls.",
    "They were 8,279 men, 2,661 women, 200 boys and 163 girls.",
    "The group counts 8,279 men, 2,661 women, 200 boys and 163 girls.",
    "Some 8,279 men, 2,661 women, 200 boys and 163 girls are among them.",
    "The minister listed 8,279 men, 2,661 women, 200 boys and 163 girls.",
    "There are 8,279 adult men, 2,661 adult women, 200 boys, and 163 girls.",
    "Broken down, there are 8,279 men, 2,661 women, 200 boys, and 163 girls.",
    "By sex and age: 8,279 men, 2,661 women, 200 boys and 163 girls."
  ])("%s", (sentence) => {
    const read = rows(`${whole}\n${sentence}`, "2023", "2024-02-01");
    expect(read).toEqual([
      "11303@2023 repatriations []",
      "8279@2023 repatriations []",
      "2661@2023 repatriations []",
      "200@2023 repatriations []",
      "163@2023 repatriations []"
    ]);
  });

  it.each([
    // Counts that do not add up to the whole are people of their own, left for review.
    "There are 8,279 men, 2,661 women, 200 boys, and 100 girls.",
    // One count alone is no list of parts.
    "There are 11,303 men."
  ])("%s is no list of its parts", (sentence) => {
    expect(rows(`${whole}\n${sentence}`, "2023", "2024-02-01")).toEqual(["11303@2023 repatriations []"]);
  });

  it("takes no whole that is itself split by sex", () => {
    const split = "In 2023 the government repatriated 11,303 women to their home countries.";
    expect(rows(`${split}\nThere are 8,279 men, 2,661 women, 200 boys, and 163 girls.`, "2023", "2024-02-01")).toEqual([
      "11303@2023 repatriations []"
    ]);
  });
});

describe("people listed by sex at the head of the next paragraph", () => {
  it("adds up to the last count of the paragraph before", () => {
    const first =
      "From 1 January to 31 March 2024, the government repatriated 11,303 migrants to their home countries.";
    const text = `${first}\n\nThere are 8,279 men, 2,661 women, 200 boys, and 163 girls.`;
    const second = text.indexOf("There");
    const read = extractStatements(
      text,
      [
        {number: "", start: 0, end: first.length},
        {number: "", start: second, end: text.length}
      ],
      {reportingPeriod: parsePeriodLabel("2024"), documentDate: "2024-04-20", claimed: []}
    ).observations.map((o) => `${o.value}@${o.period.label} ${o.indicator} ${o.sex}/${o.age_group}`);
    expect(read).toEqual([
      "11303@2024Q1 repatriations null/null",
      "8279@2024Q1 repatriations male/adult",
      "2661@2024Q1 repatriations female/adult",
      "200@2024Q1 repatriations male/child",
      "163@2024Q1 repatriations female/child"
    ]);
  });
});

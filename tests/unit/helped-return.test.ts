import {describe, expect, it} from "vitest";
import {countryRows, indicatorsOf} from "./read-paragraph.js";

const read = (text: string) => indicatorsOf(text, "2017", "2017-12-01");

describe("people a helper helped return, with or without 'to', returned", () => {
  it.each([
    ["In 2017, IOM has helped 1,965 stranded migrants return to their countries of origin.", "1965 returns"],
    ["In 2017, the agency helped 412 refugees return from Kenya.", "412 returns"],
    ["In 2017, UNHCR assisted 2,882 Burundian refugees return from Tanzania.", "2882 returns"],
    ["In 2017, the programme supported 640 migrants return to Ethiopia.", "640 returns"],
    ["In 2017, IOM has been helping 300 migrants return from Niger.", "300 returns"],
    ["In 2017, IOM helped 170 stranded migrants – 158 men and 12 women – return home from Libya.", "170 repatriations"],
    ["In 2017, IOM helped 170 stranded migrants – 158 men and 12 women – return home from Libya.", "158 repatriations"],
    ["In 2017, IOM assisted 95 migrants – 80 men and 15 women – return home from Yemen.", "95 repatriations"],
    ["In 2017, IOM helped 230 migrants – 200 men and 30 women – go home from Libya.", "230 repatriations"],
    ["In 2017, the mission assisted 1,100 refugees return to South Sudan.", "1100 returns"]
  ])("%s", (text, row) => {
    expect(read(text)).toContain(row);
  });
});

describe("the place left, named after a parts aside, is the whole's and its parts'", () => {
  it.each([
    [
      "In 2017, IOM helped 170 migrants – 158 men and 12 women – return home to The Gambia from Libya.",
      "170 Libya/Gambia"
    ],
    [
      "In 2017, IOM helped 170 migrants – 158 men and 12 women – return home to The Gambia from Libya.",
      "158 Libya/Gambia"
    ],
    ["In 2017, IOM helped 95 migrants – 80 men and 15 women – return home to Somalia from Yemen.", "95 Yemen/Somalia"]
  ])("%s", (text, row) => {
    expect(countryRows(text, undefined, "2017", "2017-12-01")).toContain(row);
  });
});

describe("a return no helper's object made is not read as helped", () => {
  it.each([
    "In 2017, IOM helped 1,965 migrants find jobs, and few of them now plan to return to Libya.",
    "In 2017, IOM helped 1,965 stranded migrants with food; their return is planned for next year.",
    "In 2017, 412 refugees were helped with shelter and are expected to return in 2018."
  ])("%s", (text) => {
    expect(read(text).filter((r) => /\b(?:returns|repatriations)$/.test(r))).toEqual([]);
  });
});

describe("people a helper enabled or helped to return, with 'to' and a manner before the return", () => {
  it.each([
    ["In 2017, IOM enabled 96 stranded migrants to safely return to Guinea.", "96"],
    [
      "In 2017, the programme helped 2,300 migrants from Mali, Guinea, Senegal and Cameroon to return to their countries.",
      "2300"
    ],
    ["In 2017, the government enabled 58 nationals stranded abroad to return to the country.", "58"],
    ["In 2017, IOM enabled 150 migrants to safely return to Senegal.", "150"],
    ["In 2017, IOM enabled 260 migrants stranded in Yemen to safely return to Somalia.", "260"],
    ["In 2017, the embassy enabled 35 nationals to return to the country.", "35"],
    ["In 2017, IOM enabled 1,040 Ethiopian migrants to safely return to Ethiopia.", "1040"],
    [
      "In 2017, the programme helped 500 migrants from Gambia, Senegal, Mali and Guinea to return to their countries.",
      "500"
    ],
    ["In 2017, the agency enabled 640 refugees to return to South Sudan.", "640"],
    ["In 2017, IOM enabled 88 migrants to safely return from Libya.", "88"]
  ])("%s", (text, value) => {
    expect(read(text).filter((r) => r.startsWith(`${value} `))).toEqual(
      expect.arrayContaining([expect.stringMatching(/ (?:returns|repatriations|voluntary_returns)$/)])
    );
  });

  it.each([
    "In 2017, IOM enabled 300 migrants to apply for asylum, and they may later return to their countries.",
    "In 2017, IOM helped 1,965 migrants from Mali, Guinea, Senegal, Niger and Chad find jobs, and few now plan to return."
  ])("but not a return that is no helper's complement: %s", (text) => {
    expect(read(text).filter((r) => /\b(?:returns|repatriations|voluntary_returns)$/.test(r))).toEqual([]);
  });
});

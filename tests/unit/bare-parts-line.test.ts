import {describe, expect, it} from "vitest";
import {rows} from "./read-paragraph.js";

const read = (text: string) => rows(text, "2019-09", "2019-09-30");

describe("a line of bare counts of people by sex or age breaks down the count before it", () => {
  it.each([
    [
      "In September, 1,461 refugees returned to Burundi.\n\n• 732 women (50%) and 729 (50%) men",
      ["732@2019-09 returns", "729@2019-09 returns"]
    ],
    [
      "In September, 1,200 migrants returned home.\n\n• 700 men and 500 women",
      ["700@2019-09 repatriations", "500@2019-09 repatriations"]
    ],
    ["In September, 950 refugees were resettled.\n\n• 410 (43%) children", ["410@2019-09 refugees_resettled"]],
    [
      "In September, 380 asylum seekers arrived.\n\n• 220 men, 100 women and 60 children",
      ["220@2019-09 asylum_applications", "60@2019-09 asylum_applications"]
    ],
    [
      "In September, 2,310 migrants were deported.\n\n• 1,900 (82%) men and 410 (18%) women",
      ["1900@2019-09 deportations", "410@2019-09 deportations"]
    ],
    [
      "In September, 640 migrants were detained.\n\n• 500 males and 140 females",
      ["500@2019-09 detained_migrants", "140@2019-09 detained_migrants"]
    ],
    ["In September, 3,000 refugees returned.\n\n• 1,700 children (57%)", ["1700@2019-09 returns"]],
    [
      "In September, 88 migrants were rescued at sea.\n\n• 60 adults and 28 minors",
      ["60@2019-09 migrants_rescued", "28@2019-09 migrants_rescued"]
    ],
    [
      "In September, 540 refugees returned to Somalia.\n\n- 300 women and 240 men",
      ["300@2019-09 returns", "240@2019-09 returns"]
    ],
    [
      "Since September 2017, 76,100 people have returned. Below is the breakdown:\n\n• 38,407 (50.5%) women and 37,693 (49.5%) men",
      ["38407@2017-09-01..2019-09-30 returns", "37693@2017-09-01..2019-09-30 returns"]
    ]
  ])("%j", (text, expected) => {
    const got = read(text);
    for (const e of expected) expect(got.some((r) => r.startsWith(`${e} `))).toBe(true);
  });
});

describe("lines that say more than bare parts are read on their own", () => {
  it.each([
    "In September, 1,461 refugees returned to Burundi.\n\n• 732 women were registered in the camp",
    "In September, 1,461 refugees returned to Burundi.\n\n• 12 women's groups met in the camp"
  ])("%j", (text) => {
    expect(read(text).some((r) => /^732@\S+ returns /.test(r) || /^12@\S+ returns /.test(r))).toBe(false);
  });
});

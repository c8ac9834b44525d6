import {describe, expect, it} from "vitest";
import {observations} from "./read-paragraph.js";
import {comparedLists} from "../../loaders/general/read-compared-lists.js";

/** The citizenship and category read for the number `n` of a paragraph, with its period. */
const row = (text: string, n: number) => {
  const o = observations(text, "2021", "2022-06-25").find((x) => x.value === n);
  return o && {citizenship: o.citizenship, category: o.category, period: o.period.label};
};

describe("a comparison listing as many counts as the clause before it", () => {
  it.each([
    [
      "In 2021, the MFA repatriated 13,714 Indonesian nationals, and foreign governments deported 27,855, compared to 9,039 repatriations and 85,490 deportations in 2020.",
      9039,
      "Indonesia"
    ],
    [
      "In 2021, the MFA repatriated 13,714 Indonesian nationals, and foreign governments deported 27,855, compared to 9,039 repatriations and 85,490 deportations in 2020.",
      85490,
      "Indonesia"
    ],
    [
      "In 2021, the ministry repatriated 5,210 Filipino nationals, and host governments deported 3,400, compared with 4,800 repatriations and 2,950 deportations in 2020.",
      2950,
      "Philippines"
    ],
    [
      "In 2021, embassies repatriated 812 Nepali nationals and foreign authorities deported 640, compared to 700 repatriations and 590 deportations in 2020.",
      700,
      "Nepal"
    ],
    [
      "In 2021, consulates assisted 1,120 Vietnamese nationals, and foreign governments deported 2,300, versus 1,050 assisted and 2,100 deportations in 2020.",
      2100,
      "Vietnam"
    ],
    [
      "In 2021, the MFA assisted 478 Indonesian trafficking victims overseas, compared to 413 victims in 2020.",
      413,
      "Indonesia"
    ],
    [
      "In 2021, the agency repatriated 2,004 Cambodian nationals and host states deported 1,730, compared with 1,880 repatriations and 1,400 deportations in 2020.",
      1400,
      "Cambodia"
    ],
    [
      "In 2021, missions repatriated 930 Ethiopian nationals and Gulf states deported 4,100, compared to 880 repatriations and 3,950 deportations in 2020.",
      880,
      "Ethiopia"
    ],
    [
      "In 2021, the ministry repatriated 640 Bangladeshi nationals, and other states deported 1,210, compared to 590 repatriations and 1,005 deportations in 2020.",
      1005,
      "Bangladesh"
    ],
    [
      "In 2021, officials repatriated 3,300 Kyrgyz nationals, and foreign governments deported 6,120, compared with 2,870 repatriations and 5,990 deportations in 2020.",
      2870,
      "Kyrgyzstan"
    ]
  ])("%s (%i)", (text, n, citizenship) => {
    expect(row(text, n)).toMatchObject({citizenship, period: "2020"});
  });

  it("a comparison of another number of counts takes no breakdown from them", () => {
    const live = [
      {q: {start: 10, end: 12, kind: "count"}, breakdown: {citizenship: "Nepal"}, inParen: false},
      {q: {start: 40, end: 42, kind: "count"}, breakdown: {}, inParen: false},
      {q: {start: 60, end: 62, kind: "count"}, breakdown: {}, inParen: false}
    ];
    const text = `${"x".repeat(20)} compared with ${"y".repeat(60)}`;
    comparedLists(text, live);
    expect(live[1].breakdown).toEqual({});
  });

  it("a count's own citizenship stays", () => {
    const text =
      "In 2021, the MFA repatriated 1,200 Indonesian nationals, compared to 1,000 Malaysian nationals in 2020.";
    expect(row(text, 1000)).toMatchObject({citizenship: "Malaysia"});
  });
});

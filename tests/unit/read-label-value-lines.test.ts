import {describe, expect, it} from "vitest";
import {readLabelValueLines} from "../../loaders/general/read-label-value-lines.js";
import {labelValueObservations} from "../../loaders/general/label-value-observations.js";
import {parsePeriodLabel} from "../../loaders/periods/parse-period.js";

/** Each observation as "period|breakdown|value", the breakdown as "key=value" pairs or "all". */
const rows = (text: string) =>
  labelValueObservations(
    readLabelValueLines(text, 0, text.length),
    text,
    "1",
    text,
    parsePeriodLabel("2020"),
    "2021-02-01"
  ).map((r) => {
    const parts = (["citizenship", "sex", "age_group", "category"] as const)
      .filter((k) => r[k])
      .map((k) => `${k}=${r[k]}`);
    return `${r.period.label}|${parts.join(",") || "all"}|${r.value}`;
  });

/** The indicators of the observations, in order. */
const indicators = (text: string) =>
  labelValueObservations(readLabelValueLines(text, 0, text.length), text, "1", text, null, "2021-02-01").map(
    (r) => r.indicator
  );

describe("readLabelValueLines and labelValueObservations", () => {
  it.each([
    [
      "countries after a colon under a lead of applications",
      "Asylum applications lodged in 2019 came from these countries:\n\nSyria: 1,204\nAfghanistan: 998\nIraq: 410\n",
      ["2019|citizenship=Syria|1204", "2019|citizenship=Afghanistan|998", "2019|citizenship=Iraq|410"]
    ],
    [
      "bulleted countries after a dash under a lead of deportations",
      "Immigration officers deported the following in 2018:\n• Mexico – 141,045\n• Guatemala – 50,390\n",
      ["2018|citizenship=Mexico|141045", "2018|citizenship=Guatemala|50390"]
    ],
    [
      "sexes and a total under a heading of victims",
      "Victims of trafficking identified in 2017\nWomen: 61\nMen: 24\nTotal: 85\n",
      ["2017|sex=female|61", "2017|sex=male|24", "2017|all|85"]
    ],
    [
      "categories of a count after dots",
      "Residence permits issued in 2016\nFamily reunification ..... 2,310\nEmployment ..... 1,870\nStudy ..... 640\n",
      ["2016|category=family reunification|2310", "2016|category=employment|1870", "2016|category=study|640"]
    ],
    [
      "demonyms after a bar",
      "Migrants rescued at sea in 2021:\nEritreans | 3,402\nSudanese | 2,118\n",
      ["2021|citizenship=Eritrea|3402", "2021|citizenship=Sudan|2118"]
    ],
    [
      "a wide gap between label and figure",
      "Arrivals by sea, January to June 2020\nGreece    12,040\nItaly    6,950\nSpain    9,315\n",
      ["2020H1|citizenship=Greece|12040", "2020H1|citizenship=Italy|6950", "2020H1|citizenship=Spain|9315"]
    ],
    [
      "hyphens with closing semicolons",
      "In 2015 the police arrested these suspects:\n- Smugglers - 112;\n- Traffickers - 41;\n",
      ["2015|category=smugglers|112", "2015|category=traffickers|41"]
    ],
    [
      "children and adults under a month",
      "Returns assisted in March 2019:\nAdults: 804\nChildren: 212\n",
      ["2019-03|age_group=adult|804", "2019-03|age_group=child|212"]
    ]
  ])("reads %s", (_, text, expected) => {
    expect(rows(text)).toEqual(expected);
  });

  it("reads labels that name their own counts as their own indicators", () => {
    const read = indicators(
      "Key figures for 2020\n\nArrivals: 12,400\nDepartures: 9,850\nAsylum applications: 3,120\n"
    );
    expect(read).toHaveLength(3);
    expect(new Set(read).size).toBe(3);
  });

  it("reads a key figures box whose labels are counts of people", () => {
    expect(rows("Key figures, 2022\nRefugees: 41,300\nAsylum seekers: 7,950\n")).toEqual([
      "2022|all|41300",
      "2022|all|7950"
    ]);
  });

  it.each([
    ["a single line", "Asylum applications lodged in 2019:\nSyria: 1,204\n"],
    ["a page's counters under a headline", "300 migrants deported in 2019\nViews: 173\nComments: 4\n"],
    ["a title with no period", "Asylum applications by country:\nSyria: 1,204\nIraq: 410\n"],
    ["phone numbers", "Contacts in 2020:\nHotline: 0800\nPolice: 112\n"],
    ["prices", "Visa fees in 2020 in dollars:\nTourist visa: 60\nWork visa: 190\n"],
    ["shares", "Share of applications granted in 2019 (%):\nSyria: 88\nIraq: 41\n"],
    ["dates", "Deadlines in 2020:\nFirst round: 12 March\nSecond round: 14 April\n"],
    ["years and figures", "Arrivals by year:\n2018: 1,204\n2019: 998\n"],
    ["page numbers of a table of contents", "Contents of the 2020 report\nIntroduction .... 3\nMethodology .... 7\n"],
    ["a form with one label twice", "Applications in 2020\nSyria: 12\nSyria: 14\n"],
    [
      "prose lines",
      "In 2019 the office said:\nIt received many applications from Syria, some 1,204\nAnd more from Iraq: 410\n"
    ]
  ])("reads nothing of %s", (_, text) => {
    expect(rows(text)).toEqual([]);
  });
});

import {describe, expect, it} from "vitest";
import {observations} from "./read-paragraph.js";

/** "value indicator" of every count of a sentence, in a report on 2021. */
const read = (text: string) => observations(text, "2021", "2022-03-10").map((o) => `${o.value} ${o.indicator}`);

describe("each item of a list reads its own noun when the sentence opens on a phrase and a comma", () => {
  it.each([
    [
      "In 2021, 420 residence permits and 180 work permits were extended.",
      ["420 residence_permit_extensions", "180 work_permit_extensions"]
    ],
    [
      "During the reporting period, 7,000 residence permits and 12,500 work permits were issued.",
      ["7000 residence_permits_issued", "12500 work_permits_issued"]
    ],
    [
      "Last year, 3,100 residence permits and 900 work permits were granted.",
      ["3100 residence_permits_issued", "900 work_permits_issued"]
    ],
    [
      "In the first half of 2021, 5,400 residence permits and 1,100 work permits were renewed.",
      ["5400 residence_permit_extensions", "1100 work_permit_extensions"]
    ],
    [
      "As a result, 830 permanent residence permits and 210 work permits were granted in 2021.",
      ["830 permanent_residence_permits_issued", "210 work_permits_issued"]
    ],
    [
      "According to the ministry, 2,200 temporary residence permits and 700 work permits were issued in 2021.",
      ["2200 temporary_residence_permits_issued", "700 work_permits_issued"]
    ],
    ["In 2021, 260 visas and 90 work permits were issued.", ["260 visas_issued", "90 work_permits_issued"]],
    [
      "In 2021, 610 family reunification permits and 95 work permits were issued.",
      ["610 family_reunification", "95 work_permits_issued"]
    ],
    [
      "Between January and June, 1,450 residence permits and 330 work permits were extended.",
      ["1450 residence_permit_extensions", "330 work_permit_extensions"]
    ],
    [
      "Over the year, 310 residence cards and 150 work permits were issued to foreigners.",
      ["310 residence_permits_issued", "150 work_permits_issued"]
    ]
  ])("%s", (text, rows) => expect(read(text)).toEqual(rows));
});

describe("coordinated counts with no verb the registry knows each keep their own noun", () => {
  it.each([
    ["Last year 310 residence permits and 95 work permits were revoked.", ["310 residence_permits", "95 work_permits"]],
    [
      "In 2021 640 work permits and 220 residence permits were cancelled.",
      ["640 work_permits", "220 residence_permits"]
    ],
    ["Last year 95 work permits and 310 residence permits were revoked.", ["95 work_permits", "310 residence_permits"]]
  ])("%s", (text, rows) => expect(read(text)).toEqual(rows));
});

describe("what the list's items share is read as before", () => {
  it("a range of one noun keeps its noun on both bounds", () => {
    expect(read("For 2021, the office forecasts between 13,000 and 17,000 new asylum applications.")).toEqual([
      "13000 asylum_applications",
      "17000 asylum_applications"
    ]);
  });
  it("a verb before the list still counts each item's own noun", () => {
    expect(read("In 2021, the ministry issued 300 work permits and 120 residence permits.")).toEqual([
      "300 work_permits_issued",
      "120 residence_permits_issued"
    ]);
  });
  it("items of one noun share the indicator", () => {
    expect(read("In 2021, 2,500 work permits and 1,800 more work permits were extended.")).toEqual([
      "2500 work_permit_extensions",
      "1800 work_permit_extensions"
    ]);
  });
  it("people listed under one verb are read as before", () => {
    expect(read("In 2021, 18 migrants and seven traffickers were arrested by the police.")).toEqual([
      "18 detained_migrants",
      "7 trafficking_arrests"
    ]);
  });
});

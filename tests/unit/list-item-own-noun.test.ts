import {describe, expect, it} from "vitest";
import {observations} from "./read-paragraph.js";

/** The indicator the first count of a sentence is read with, in a report on 2021. */
const first = (text: string) => {
  const o = observations(text, "2021", "2022-03-10")[0];
  return o ? `${o.value} ${o.indicator}` : null;
};

describe("an item of a list reads its own noun with the predicate after the last item", () => {
  it.each([
    [
      "Over 7,000 residence permits and approximately 12,500 work permits were issued in September.",
      "7000 residence_permits_issued"
    ],
    [
      "Over 3,100 residence permits and nearly 900 work permits were granted last month.",
      "3100 residence_permits_issued"
    ],
    ["420 residence permits and 180 work permits were extended.", "420 residence_permit_extensions"],
    ["95 residence permits, 40 visas and 60 work permits were issued.", "95 residence_permits_issued"],
    ["2,200 temporary residence permits and 700 work permits were issued.", "2200 temporary_residence_permits_issued"],
    ["310 residence cards and 150 work permits were issued to foreigners.", "310 residence_permits_issued"],
    ["260 visas and 90 work permits were issued.", "260 visas_issued"],
    ["5,400 residence permits and 1,100 work permits were renewed.", "5400 residence_permit_extensions"],
    ["830 permanent residence permits and 210 work permits were granted.", "830 permanent_residence_permits_issued"],
    ["700 residence permits and about 250 work permits were issued.", "700 residence_permits_issued"],
    ["610 family reunification permits and 95 work permits were issued.", "610 family_reunification"]
  ])("%s", (text, read) => expect(first(text)).toBe(read));

  it("still gives the last item its own noun", () => {
    const rows = observations("420 residence permits and 180 work permits were extended.", "2021", "2022-03-10");
    expect(rows.map((o) => `${o.value} ${o.indicator}`)).toEqual([
      "420 residence_permit_extensions",
      "180 work_permit_extensions"
    ]);
  });

  it("reads a list of people under one verb as before", () => {
    expect(first("18 migrants, seven traffickers and four children were arrested by the police.")).toBe(
      "18 detained_migrants"
    );
    expect(first("2,500 work permits and 1,800 residence permits were extended.")).toBe("2500 work_permit_extensions");
  });
});

import {readFileSync} from "node:fs";
import {describe, expect, it} from "vitest";
import {extract, values} from "../helpers.js";

const next = readFileSync(new URL("../fixtures/cmw-next-report.txt", import.meta.url), "utf8");

describe("sentence patterns", () => {
  const {observations, checks} = extract(next, {reporting_period: "2020-2022+2023H1"});

  it("reads a report of the series it has never seen", () => {
    expect(values(observations, {indicator: "work_permits_issued", period_label: "2020-2022+2023H1"})).toEqual([31204]);
    expect(values(observations, {indicator: "marriages_with_foreigners", period_label: "2023H1"})).toEqual([1350]);
    expect(observations.find((o) => o.period_label === "2023H1")!.partial).toBe(true);
    expect(
      values(observations, {
        indicator: "trafficking_victims_identified",
        period_label: "2021",
        citizenship: "Kazakhstan"
      })
    ).toEqual([4]);
    expect(values(observations, {indicator: "persons_criminally_liable", period_label: "2021", sex: "female"})).toEqual(
      [31]
    );
  });

  it("reads lists of countries and money amounts in later reports", () => {
    expect(
      values(observations, {indicator: "persons_readmitted", period_label: "2020-2022+2023H1", country: "Italy"})
    ).toEqual([210]);
    expect(values(observations, {indicator: "persons_readmitted", period_label: "2020-2022+2023H1"})).toEqual([2010]);
    expect(values(observations, {indicator: "ngo_funding_trafficking", period_label: "2021"})).toEqual([70000]);
    expect(values(observations, {indicator: "ngo_projects_funded_trafficking", period_label: "2020"})).toEqual([5]);
    expect(checks.find((c) => c.description.startsWith("persons_readmitted"))).toMatchObject({
      status: "pass",
      expected: 2010,
      actual: 2010
    });
  });

  it("dates 'during the reporting period' by the year its paragraph is about", () => {
    expect(values(observations, {indicator: "trafficking_convictions", period_label: "2021", unit: "persons"})).toEqual(
      [19]
    );
    expect(values(observations, {indicator: "trafficking_convictions", period_label: "2021", unit: "cases"})).toEqual([
      15
    ]);
  });

  it("keeps numbers with different meanings in one sentence apart", () => {
    expect(
      values(observations, {indicator: "crimes_detected", period_label: "2021", category: "human trafficking"})
    ).toEqual([120]);
    expect(
      values(observations, {indicator: "criminal_cases", period_label: "2021", category: "human trafficking"})
    ).toEqual([22]);
    expect(
      values(observations, {indicator: "crimes_detected", period_label: "2021", category: "forced labour"})
    ).toEqual([3]);
  });

  it("checks stated parts against stated totals", () => {
    const detention = checks.find((c) => c.description.startsWith("detention_placements 2020-2022+2023H1"));
    expect(detention).toMatchObject({status: "pass", expected: 2990, actual: 2990});
    const broken = extract(next.replace("2,100 were placed", "2,200 were placed")).checks.find((c) =>
      c.description.startsWith("detention_placements 2020-2022+2023H1")
    );
    expect(broken).toMatchObject({status: "fail", expected: 2990, actual: 3090});
  });

  it("reads words, 'all' and 'no' as numbers where a pattern says so", () => {
    const text =
      "12. In 2022, sentence of one person was postponed. 40 of identified trafficking victims, all are citizens of the Republic of Azerbaijan. No foreign victim was recorded. 7 persons were conditionally sentenced, sentence of one person was postponed until later, and 2 were imprisoned.";
    const r = extract(text).observations;
    expect(
      values(r, {indicator: "trafficking_victims_identified", period_label: "2022", citizenship: "Azerbaijan"})
    ).toEqual([40]);
    expect(values(r, {indicator: "trafficking_victims", period_label: "2022", citizenship: "foreign"})).toEqual([0]);
    expect(
      values(r, {indicator: "trafficking_convictions", period_label: "2022", category: "sentence postponed"})
    ).toEqual([1]);
  });

  it("keeps the approximation a number is stated with", () => {
    const r = extract(
      "37. As of June 30, 2021, the number of illegal migrants in the territory of the Republic of Azerbaijan is around 4,200."
    ).observations;
    expect(r).toHaveLength(1);
    expect(r[0]).toMatchObject({value: 4200, approx: "around", period_label: "2021-06-30", period_start: "2021-06-30"});
  });

  it.each([
    ["years", "The Migration Code was approved in 2013 and entered into force in 2014."],
    ["article numbers", "According to Article 64 of the Migration Code, 21 categories are exempt."],
    ["dates", "By the Decree dated February 23, 2017, amendments were made."],
    ["law numbers", "approved by the Law No. 713-IVQ dated July 2, 2013."],
    ["phone lines", "via the 919 Call Center and the 142 Hotline."],
    ["paragraph numbers", "238. The Government continues its work.\n239. Nothing else."],
    ["sentence lengths", "One Indian citizen was sentenced to 10 years."]
  ])("extracts nothing from %s", (_, text) => {
    expect(extract(text).observations).toEqual([]);
  });

  it("quotes the sentence that states each number, at its offsets in the source", () => {
    for (const o of observations) {
      expect(next.slice(o.char_start, o.char_end)).toBe(o.quote);
      expect(next.slice(o.value_start, o.value_end).replace(/\s+/g, " ")).toMatch(/\d|one|all|no/i);
    }
  });
});

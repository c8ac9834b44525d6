import {describe, expect, it} from "vitest";
import {extract} from "../helpers.js";

describe("derived checks", () => {
  it("sums yearly figures that tile a stated multi-year total", () => {
    const text = "61. NGO projects on the problems of migrants were funded. Thus, 2 projects in the amount of 10.000.00 manats in 2020, 3 projects in the amount of 5.500.00 manats in the first half of 2021 were funded. In total, 5 projects in the amount of 15.500.00 manats were funded by the Council during the years of 2020–2021.";
    const checks = extract(text).checks;
    expect(checks.map((c) => [c.description.split(":")[0], c.status, c.expected, c.actual])).toEqual([
      ["ngo_projects_funded_migration 2020-2021", "pass", 5, 5],
      ["ngo_funding_migration 2020-2021", "pass", 15500, 15500],
    ]);
    const broken = extract(text.replace("In total, 5 projects", "In total, 6 projects")).checks;
    expect(broken[0]).toMatchObject({status: "fail", expected: 6, actual: 5});
  });

  it("checks that a part stated alone does not exceed its total", () => {
    const text = "240. In 2022, 13 persons (2 men, 11 women) (12 criminal cases, 14 from previous years) were involved in criminal liability.";
    const subset = extract(text).checks.find((c) => c.kind === "subset")!;
    expect(subset).toMatchObject({status: "fail", expected: 12, actual: 14});
  });

  it("links each check to the observations it tested", () => {
    const text = "109. A total of 10 foreigners and stateless persons were placed in the State Migration Service’s Detention Center for Illegal Migrants in 2020. Of these, 4 were placed in the Detention Centers voluntarily and 5 mandatorily.";
    const {observations, checks} = extract(text);
    expect(checks).toHaveLength(1);
    expect(checks[0]).toMatchObject({status: "fail", expected: 10, actual: 9});
    expect(new Set(checks[0].obs_ids)).toEqual(new Set(observations.map((o) => o.obs_id)));
  });
});

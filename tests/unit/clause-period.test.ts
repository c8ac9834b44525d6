import {describe, expect, it} from "vitest";
import {observations} from "./read-paragraph.js";

const read = (text: string, reporting = "2020", date = "2020-11-02") =>
  observations(text, reporting, date).map((o) => `${o.value}@${o.period.label} ${o.indicator}`);

describe("a period opening a clause after a semicolon", () => {
  it("dates the count of its clause", () => {
    const cases: [string, string][] = [
      [
        "Magazines run articles on the law; in 2013, they published more than 8,700 articles.",
        "8700@2013 leaflets_distributed"
      ],
      ["The hotline was busy; in 2013, it received 4,512 calls.", "4512@2013 hotline_calls"],
      ["The service grew; in 2012, it issued 812 work permits.", "812@2012 work_permits_issued"],
      ["The service grew; during 2012, it issued about 812 work permits.", "812@2012 work_permits_issued"],
      ["The service grew; in 2012, the service issued some 812 work permits.", "812@2012 work_permits_issued"],
      ["Demand rose; in 2019, the ministry issued nearly 1,200 work permits.", "1200@2019 work_permits_issued"],
      ["Demand rose; in 2019, officials issued over 1,200 work permits.", "1200@2019 work_permits_issued"],
      ["Demand rose; in 2019, they issued approximately 1,200 work permits.", "1200@2019 work_permits_issued"],
      ["Demand rose; in 2018, 640 work permits were issued.", "640@2018 work_permits_issued"],
      ["Demand rose; during 2018, 640 work permits were issued.", "640@2018 work_permits_issued"]
    ];
    for (const [text, expected] of cases) expect(read(text, "2010-2020", "2021-03-01")).toContain(expected);
  });

  it("takes no period from the clause before the semicolon", () => {
    expect(read("Demand rose in 2019; officials issued 1,200 work permits.", "2010-2020", "2021-03-01")).toEqual([
      "1200@2010-2020 work_permits_issued"
    ]);
  });
});

describe("a period that opened an earlier block of an unnumbered text", () => {
  it("does not date the counts of a later block", () => {
    const text =
      "Between 1994 and 2012, 5,069 people applied for refugee status.\n\nA combined 32,097 applicants completed the screening process for refugees.";
    expect(read(text, "1994-2020")).toEqual([
      "5069@1994-2012 asylum_applications",
      "32097@1994-2020 asylum_cases_decided"
    ]);
  });

  it("still dates the counts of its own block", () => {
    const text =
      "Between 1994 and 2012, 5,069 people applied for refugee status. A combined 3,097 applicants completed the screening process for refugees.";
    expect(read(text, "1994-2020")).toEqual([
      "5069@1994-2012 asylum_applications",
      "3097@1994-2012 asylum_cases_decided"
    ]);
  });
});

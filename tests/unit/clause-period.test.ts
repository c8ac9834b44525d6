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

describe("a year opening a sentence dates its first count after a source set off by commas or 'a record'", () => {
  const first = (text: string) => observations(text, "2007", "2008-01-04")[0]?.period.label;
  it.each([
    "In 2006, according to the bank, Guatemala received a record $3.61 billion in remittances, well above the $2.99 billion registered in 2005.",
    "In 2006, Guatemala received a record $3.61 billion in remittances, well above the $2.99 billion registered in 2005.",
    "In 2006, Honduras deported a record 21,000 migrants, far above the 15,000 of 2005.",
    "In 2006, according to the agency, officers registered a record 9,400 arrivals, above the 7,100 of 2005.",
    "In 2006, according to the bank, the country received $3.61 billion in remittances, well above the $2.99 billion registered in 2005.",
    "In 2006, according to the ministry, the country issued 3,200 work permits, well above the 2,100 issued in 2005.",
    "In 2006, according to the police, officers rescued 300 victims, well above the 150 rescued in 2005.",
    "In 2006, Mexico deported a record 21,000 Guatemalans, well above the 15,000 deported in 2005.",
    "In 2006, the island received a record 48,000 tourists and 2,000 asylum seekers, well above the 1,500 of 2005.",
    "In 2006, according to the statistics office, Ireland recorded 9,400 asylum applications, well above the 7,100 recorded in 2005.",
    "In 2006, according to official figures, the government deported 1,200 migrants, well above the 800 deported in 2005.",
    "In 2006, Guatemala received a record high of $3.61 billion in remittances, well above the $2.99 billion registered in 2005."
  ])("%s", (text) => expect(first(text)).toBe("2006"));

  it.each([
    "In 2006, according to the ministry, in 2005 the country issued 2,100 work permits.",
    "In 2006, according to the ministry, the country had issued 2,100 permits in 2005."
  ])("leaves a count dated by a year of its own clause: %s", (text) => expect(first(text)).toBe("2005"));
});

import {describe, expect, it} from "vitest";
import {extractStatements} from "../../loaders/general/extract-statements.js";
import {parsePeriodLabel} from "../../loaders/periods/parse-period.js";
import {indicatorsOf} from "./read-paragraph.js";

/** "value@start..end [citizenship]" of a press item dated `date` reporting `reporting`, one paragraph per line. */
function read(text: string, reporting = "2023-01..2023-05", date = "2023-05-24"): string[] {
  const paragraphs: {number: string; start: number; end: number}[] = [];
  let at = 0;
  for (const line of text.split("\n")) {
    paragraphs.push({number: "", start: at, end: at + line.length});
    at += line.length + 1;
  }
  return extractStatements(text, paragraphs, {
    reportingPeriod: parsePeriodLabel(reporting),
    documentDate: date,
    claimed: []
  }).observations.map(
    (o) => `${o.value}@${o.period.start}..${o.period.end}${o.citizenship ? ` [${o.citizenship}]` : ""}`
  );
}

describe("a span of days without a year is of the item's year", () => {
  it.each([
    "Police arrested 812 migrants in raids carried out from Jan 1 to May 15.",
    "From 1 January to 15 May, 812 migrants were arrested.",
    "Between January 1 and May 15, 812 migrants were arrested.",
    "From January 1 until May 15, 812 migrants were arrested.",
    "812 migrants were arrested from 1 January to 15 May.",
    "812 migrants were arrested between 1 January and 15 May.",
    "From Jan. 1 to May 15, the police arrested 812 migrants.",
    "The police arrested 812 migrants from the 1st of January to the 15th of May.",
    "From 1 January through 15 May, 812 migrants were arrested.",
    "Between Jan 1 and May 15 the police arrested 812 migrants."
  ])("%j", (text) => {
    expect(read(text)).toContain("812@2023-01-01..2023-05-15");
  });

  it("leaves a span with its own year to the reader of dated spans, and a span after the item's day alone", () => {
    expect(read("From 1 January to 15 May 2021, 812 migrants were arrested.")).not.toContain(
      "812@2023-01-01..2023-05-15"
    );
    expect(read("From 1 January to 15 August, 812 migrants were arrested.")).not.toContain(
      "812@2023-01-01..2023-08-15"
    );
  });
});

describe("a flow counted as of a day runs from the first of January; a stock stays on the day", () => {
  it.each([
    "The department recorded 18,687 deportations as of May 18.",
    "As of May 18, 18,687 migrants had been deported.",
    "As of 18 May, the department deported 18,687 foreigners.",
    "18,687 foreigners were deported as of May 18.",
    "The authorities removed 18,687 migrants as at 18 May.",
    "As at May 18, 18,687 deportations were carried out.",
    "The department expelled 18,687 foreigners as of 18 May.",
    "As of May 18, the immigration department recorded 18,687 deportations.",
    "18,687 people were deported as of 18 May.",
    "The agency deported 18,687 irregular migrants as of May 18."
  ])("%j", (text) => {
    expect(read(text)).toContain("18687@2023-01-01..2023-05-18");
  });

  it("keeps a count standing on the day, a running total and a month as stocks", () => {
    expect(read("As of May 15, there were 11,068 detainees at immigration detention centres.")).toContain(
      "11068@2023-05-15..2023-05-15"
    );
    expect(read("As of May 18, 18,687 foreigners had already been deported since the law came into force.")).toContain(
      "18687@2023-05-18..2023-05-18"
    );
    expect(read("On 18 May, 120 migrants were deported.")).not.toContain("120@2023-01-01..2023-05-18");
  });
});

describe("'so far this year' ends on the day the item states its figures on", () => {
  it.each([
    "The department has detained 20,615 people so far this year.",
    "So far this year, 20,615 migrants have been detained.",
    "20,615 migrants were detained this year so far.",
    "Since the start of the year, 20,615 migrants have been detained.",
    "The police have detained 20,615 migrants since the beginning of the year."
  ])("%j", (text) => {
    const item = `${text}\nThe police carried out 3,060 raids from Jan 1 to May 15.`;
    expect(read(item)).toContain("20615@2023-01-01..2023-05-15");
  });

  it.each([
    "Saifuddin said there had been 12.1 million foreign arrivals this year up to May 15.",
    "There were 812 asylum applications this year up to 15 May.",
    "This year, up to May 15, 812 asylum applications were lodged."
  ])("'this year up to' a day: %j", (text) => {
    expect(read(text).some((r) => r.includes("@2023-01-01..2023-05-15"))).toBe(true);
  });

  it("keeps the item's own day when it states no other", () => {
    expect(read("The department has detained 20,615 people so far this year.")).toContain(
      "20615@2023-01-01..2023-05-24"
    );
  });
});

describe("the first months of a year named, and 'the same period' after it", () => {
  it.each([
    ["In the first five months of 2012, 184 asylum applications were filed.", "184@2012-01-01..2012-05-31"],
    ["184 asylum applications were filed in the first five months of 2012.", "184@2012-01-01..2012-05-31"],
    ["During the first 5 months of 2012, 184 asylum applications were lodged.", "184@2012-01-01..2012-05-31"],
    ["In the first three months of 2019, 75 asylum applications were lodged.", "75@2019-01-01..2019-03-31"],
    ["In the first eleven months of 2019, 75 asylum applications were lodged.", "75@2019-01-01..2019-11-30"],
    [
      "In the first five months of 2012, 184 asylum applications were filed, while 10 applicants were granted asylum during the same period.",
      "10@2012-01-01..2012-05-31"
    ],
    [
      "In the first four months of 2019, 75 applications were lodged and 12 persons were granted asylum in the same period.",
      "12@2019-01-01..2019-04-30"
    ],
    [
      "In the first five months of 2012, 184 asylum applications were filed; 10 persons received asylum over the same period.",
      "10@2012-01-01..2012-05-31"
    ],
    [
      "In the first half of 2012, 184 asylum applications were filed, while 10 applicants were granted asylum during the same period.",
      "10@2012-01-01..2012-06-30"
    ],
    [
      "In 2016, 29,432 asylum applications were lodged, while 432 persons were granted asylum during the same period.",
      "432@2016-01-01..2016-12-31"
    ]
  ])("%j", (text, row) => {
    expect(read(text, "2012", "2013-01-01")).toContain(row);
  });

  it("reads 'the same period of the previous year' as the year before, not the sentence's own", () => {
    expect(
      read("In the first five months of 2012, 184 applications were filed, against 150 in the same period of 2011.")
    ).not.toContain("150@2012-01-01..2012-05-31");
  });
});

describe("parts of a total in the sentence before, with their shares in brackets", () => {
  it.each([
    "Of that number, 3,743 (33.8%) were Myanmar nationals, followed by 3,004 (27.1%) Filipinos.",
    "Of that number, 3,743 (33.8 per cent) were Myanmar nationals, followed by 3,004 (27.1 per cent) Filipinos.",
    "Of these, 3,743 (33.8%) were Myanmar nationals and 3,004 (27.1%) were Filipinos.",
    "Of them, 3,743 (33.8%) were Myanmar nationals, and 3,004 (27.1%) Filipinos.",
    "Of this number, 3,743 (33.8%) were Myanmar nationals, followed by 3,004 (27.1%) Filipinos."
  ])("%j", (text) => {
    const rows = read(`As of May 15, there were 11,068 detainees at immigration detention centres. ${text}`);
    expect(rows).toContain("3743@2023-05-15..2023-05-15 [Burma]");
    expect(rows).toContain("3004@2023-05-15..2023-05-15 [Philippines]");
  });

  it("does not give the parts the period of a sentence that compares periods", () => {
    const rows = read(
      "In 2020, authorities identified 13 victims. This compared with 45 victims in 2019 and 49 in 2018. Of these, five were female.",
      "2020",
      "2021-06-01"
    );
    expect(rows).not.toContain("5@2019-01-01..2019-12-31");
  });
});

describe("a decision on applicants counts the decision, not applications", () => {
  const indicators = (text: string) => indicatorsOf(text, "2016", "2017-02-03");
  it.each([
    ["In 2016, 10 applicants were granted asylum.", "10 refugee_status_granted"],
    ["In 2016, the office granted asylum to 432 applicants.", "432 refugee_status_granted"],
    ["In 2016, 10 applicants complied with the conditions and were granted asylum.", "10 refugee_status_granted"],
    ["In 2016, 10 asylum applicants were awarded refugee status.", "10 refugee_status_granted"],
    ["In 2016, refugee status was granted to 10 applicants.", "10 refugee_status_granted"],
    ["In 2016, 10 applicants were granted refugee status.", "10 refugee_status_granted"],
    ["In 2016, 10 applicants were given asylum.", "10 refugee_status_granted"],
    ["In 2016, 10 applicants obtained asylum.", "10 refugee_status_granted"],
    [
      "In 2016, the authority rejected 4,675 applications and granted asylum to 432 applicants.",
      "432 refugee_status_granted"
    ],
    ["In 2016, asylum was granted to 432 applicants.", "432 refugee_status_granted"]
  ])("%j", (text, row) => {
    expect(indicators(text)).toContain(row);
  });

  it("keeps applicants who applied as applications", () => {
    expect(indicators("In 2016, 29,432 applicants applied for asylum.")).toContain("29432 asylum_applications");
    expect(indicators("In 2016, there were 29,432 asylum applicants.")).toContain("29432 asylum_applications");
  });
});

describe("'the past three years' are the whole years before the item's", () => {
  it.each([
    ["Over the past three years, more than 30 victims have been brought back.", "30@2021-01-01..2023-12-31"],
    ["In the past three years, 30 victims were repatriated.", "30@2021-01-01..2023-12-31"],
    ["During the last three years, 30 victims were repatriated.", "30@2021-01-01..2023-12-31"],
    ["30 victims were repatriated over the past three years.", "30@2021-01-01..2023-12-31"],
    ["In the last 3 years, 30 victims were repatriated.", "30@2021-01-01..2023-12-31"],
    ["Over the past two years, 30 victims were repatriated.", "30@2022-01-01..2023-12-31"],
    ["Over the past five years, 30 victims were repatriated.", "30@2019-01-01..2023-12-31"],
    ["In the previous four years, 30 victims were repatriated.", "30@2020-01-01..2023-12-31"],
    ["The police identified 30 victims over the last ten years.", "30@2014-01-01..2023-12-31"],
    ["Over the last 2 years, the police identified 30 victims.", "30@2022-01-01..2023-12-31"]
  ])("%j", (text, row) => {
    expect(read(text, "2017-2021", "2024")).toContain(row);
  });

  it("reads no span in 'the past three years of the programme' or 'three years ago'", () => {
    expect(
      read("Over the past three years of the programme, 30 victims were repatriated.", "2017-2021", "2024")
    ).not.toContain("30@2021-01-01..2023-12-31");
  });
});

import {describe, expect, it} from "vitest";
import {readLeadLists} from "../../loaders/general/read-lead-lists.js";
import {leadListObservations} from "../../loaders/general/lead-list-observations.js";
import {parsePeriodLabel} from "../../loaders/periods/parse-period.js";
import {extractStatements} from "../../loaders/general/extract-statements.js";

/** Each observation as "period|breakdown|value", the breakdown as "key=value" pairs or "all". */
const rows = (text: string, reporting = "2022") =>
  leadListObservations(readLeadLists(text, 0, text.length), text, "1", parsePeriodLabel(reporting), "2022-08-20").map(
    (r) => {
      const parts = (["country", "citizenship", "sex", "age_group", "category"] as const)
        .filter((k) => r[k])
        .map((k) => `${k}=${r[k]}`);
      return `${r.period.label}|${parts.join(",") || "all"}|${r.value}`;
    }
  );

/** The event each observation's indicator names. */
const indicators = (text: string) =>
  leadListObservations(readLeadLists(text, 0, text.length), text, "1", parsePeriodLabel("2022"), "2022-08-20").map(
    (r) => r.indicator
  );

describe("readLeadLists and leadListObservations", () => {
  it.each([
    [
      "bulleted counts of a people by year under a lead that names the event",
      "Since January, border guards intercepted 1,200 migrants, compared to:\n\n• 2,310 Haitian migrants in 2019\n• 1,045 Haitian migrants in 2020\n",
      ["2019|citizenship=Haiti|2310", "2020|citizenship=Haiti|1045"]
    ],
    [
      "dashes and months",
      "The ministry repatriated the following:\n- 312 Ethiopians in March 2021\n- 95 Somalis in April 2021\n",
      ["2021-03|citizenship=Ethiopia|312", "2021-04|citizenship=Somalia|95"]
    ],
    [
      "items with blank lines between them and closing semicolons",
      "Over the year the police rescued:\n\n  ▪ 41 victims of trafficking in 2018;\n\n  ▪ 57 victims of trafficking in 2019.\n",
      ["2018|all|41", "2019|all|57"]
    ],
    [
      "items that name no period, which take the lead's",
      "In 2020, the office deported:\n* 1,102 Afghans\n* 640 Pakistanis\n",
      ["2020|citizenship=Afghanistan|1102", "2020|citizenship=Pakistan|640"]
    ],
    [
      "items of different nouns under a lead of arrests",
      "During the operation in May 2017, officers arrested:\n• 18 illegal workers\n• 7 employers\n• 4 overstayers\n",
      ["2017-05|all|18", "2017-05|all|7", "2017-05|all|4"]
    ],
    [
      "items with places after the people",
      "Last year the coast guard rescued at sea:\n· 5,012 Libyans off the coast of Malta in 2016\n· 3,120 Tunisians off the coast of Malta in 2017\n",
      ["2016|citizenship=Libya|5012", "2017|citizenship=Tunisia|3120"]
    ],
    [
      "en-dash bullets and people by sex",
      "Shelters assisted in 2021:\n– 214 women\n– 37 men\n",
      ["2021|sex=female,age_group=adult|214", "2021|sex=male,age_group=adult|37"]
    ],
    [
      "quarters of a year",
      "The agency registered these arrivals:\n● 3,880 Syrian refugees in the first quarter of 2016\n● 4,015 Syrian refugees in the second quarter of 2016\n",
      ["2016Q1|citizenship=Syria|3880", "2016Q2|citizenship=Syria|4015"]
    ],
    [
      "a lead of two sentences, the last one naming the event",
      "Figures were released on Monday. Immigration officers removed:\n• 1,930 Nigerians in 2014\n• 2,455 Nigerians in 2015\n",
      ["2014|citizenship=Nigeria|1930", "2015|citizenship=Nigeria|2455"]
    ],
    [
      "items without bullets",
      "Applications received by the service:\n1,404 asylum applications in 2015\n2,210 asylum applications in 2016\n",
      ["2015|all|1404", "2016|all|2210"]
    ]
  ])("reads %s", (_, text, expected) => {
    expect(rows(text)).toEqual(expected);
  });

  it("names every item by the lead's event", () => {
    const read = indicators(
      "The authorities returned the following:\n• 300 Albanians in 2018\n• 250 Albanians in 2019\n"
    );
    expect(read).toHaveLength(2);
    expect(read.every((i) => /return|repatri|deport/.test(i))).toBe(true);
  });

  it.each([
    [
      "a list with no lead ending in a colon",
      "Highlights of the year\n• 2,310 Haitian migrants in 2019\n• 1,045 Haitian migrants in 2020\n"
    ],
    ["a single item", "Border guards intercepted:\n• 2,310 Haitian migrants in 2019\n"],
    [
      "people under a lead of no event",
      "Related stories:\n• 300 migrants in Libya in 2019\n• 45 Cubans in Florida in 2020\n"
    ],
    [
      "items with verbs of their own",
      "Key figures:\n• 769 visas were issued in 2020;\n• 725 persons were admitted to citizenship in 2020;\n"
    ],
    ["a list of prices", "The fees are:\n• 60 dollars for a visa\n• 120 euros for a permit\n"],
    ["a list of dates", "Hearings were held on:\n• 19 March 2024\n• 21 March 2024\n"],
    ["phone numbers", "Call the hotline:\n• 0800 123 456\n• 0800 654 321\n"],
    ["a table of contents", "Contents:\n12 Introduction\n14 Methodology\n"],
    ["shares", "The rates were:\n• 45 per cent of applicants in 2019\n• 52 per cent of applicants in 2020\n"]
  ])("reads nothing of %s", (_, text) => {
    expect(rows(text)).toEqual([]);
  });
});

describe("lead lists of government years", () => {
  it("reads a fiscal year by the state's calendar", () => {
    const text =
      "Since October, crews interdicted 900 migrants, compared to:\n• 5,396 Haitian migrants in fiscal year 2016\n• 1,468 Haitian migrants in fiscal year 2017\n";
    const read = leadListObservations(readLeadLists(text, 0, text.length), text, "1", null, "2018-08-20", "USA");
    expect(read.map((r) => `${r.period.start}/${r.period.end}|${r.value}`)).toEqual([
      "2015-10-01/2016-09-30|5396",
      "2016-10-01/2017-09-30|1468"
    ]);
  });

  it("leaves a fiscal year of no known calendar unread, as the sentence reader does", () => {
    const text =
      "Crews interdicted these migrants:\n• 5,396 Haitian migrants in fiscal year 2016\n• 1,468 Haitian migrants in fiscal year 2017\n";
    expect(leadListObservations(readLeadLists(text, 0, text.length), text, "1", null, "2018-08-20", "XXX")).toEqual([]);
  });
});

describe("lead lists of government years read as calendar years", () => {
  it("leaves an item unread when its fiscal year is not read as one", () => {
    const text =
      "Crews interdicted these migrants:\n• 5,396 Haitian migrants in Fiscal Year 2016\n• 1,468 Haitian migrants in 2017\n";
    const read = leadListObservations(readLeadLists(text, 0, text.length), text, "1", null, "2018-08-20", "XXX");
    expect(read.map((r) => r.value)).toEqual([1468]);
  });
});

describe("lead lists of government years in an item relaying a US federal body", () => {
  const read = (text: string, stateCode = "CUB") =>
    extractStatements(text, [{number: "", start: 0, end: text.length}], {
      reportingPeriod: parsePeriodLabel("2021-10..2022-08"),
      documentDate: "2022-08-20",
      stateCode,
      claimed: []
    }).observations.map((o) => `${o.period.start}/${o.period.end}|${o.citizenship ?? "-"}|${o.value}`);

  it.each([
    "Since Oct. 1, 2021, US Coast Guard crews interdicted 4,440 Cubans compared to:\n• 5,396 Cuban Migrants in Fiscal Year 2016\n• 1,468 Cuban Migrants in Fiscal Year 2017\n",
    "Since October 2021, the U.S. Coast Guard interdicted 4,440 Cubans, compared to:\n• 5,396 Cubans in fiscal year 2016\n• 1,468 Cubans in fiscal year 2017\n",
    "Since October 1, Customs and Border Protection apprehended 4,440 Cubans compared to:\n• 5,396 Cuban migrants in FY 2016\n• 1,468 Cuban migrants in FY 2017\n"
  ])("reads the items' fiscal years by the US calendar: %j", (text) => {
    expect(read(text)).toEqual(
      expect.arrayContaining(["2015-10-01/2016-09-30|Cuba|5396", "2016-10-01/2017-09-30|Cuba|1468"])
    );
  });

  it("leaves them unread when no US body speaks", () => {
    const text =
      "Since October, the navy interdicted 4,440 Cubans compared to:\n• 5,396 Cuban migrants in fiscal year 2016\n• 1,468 Cuban migrants in fiscal year 2017\n";
    expect(read(text).filter((r) => /\|(5396|1468)$/.test(r))).toEqual([]);
  });
});

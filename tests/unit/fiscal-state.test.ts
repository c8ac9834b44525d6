import {describe, expect, it} from "vitest";
import {fiscalState} from "../../loaders/periods/fiscal-state.js";
import {findFiscalYears} from "../../loaders/periods/fiscal-year.js";
import {extractStatements} from "../../loaders/general/extract-statements.js";
import {parsePeriodLabel} from "../../loaders/periods/parse-period.js";

/** The government years a sentence names, read in the state a document's text gives. */
const years = (sentence: string, document: string, state: string | undefined) =>
  findFiscalYears(sentence, fiscalState(document, state), "2022-08-20").map(
    (p) => `${sentence.slice(p.start, p.end)}=${p.period.start}..${p.period.end}`
  );

// An item on another state's own figures, to which a sentence naming a US body is added.
const lead =
  "During the 12 months of last year, the national refugee commission received 118,478 applications, it reported " +
  "on Tuesday. Applicants from Honduras were the first with 31,086 applications, followed by Cuba with 18,087. " +
  "The office in the southern state received 76,239 requests and the capital's office 17,364. ";

describe("a fiscal year an item counts for a US federal body", () => {
  it.each([
    [
      "US Coast Guard crews interdicted 4,440 Cubans.",
      "5,396 Cuban Migrants in Fiscal Year 2016",
      "CUB",
      "2015-10-01..2016-09-30"
    ],
    [
      "Customs and Border Protection reported the figures.",
      "Apprehensions reached 47,000 in FY 2019.",
      "GTM",
      "2018-10-01..2019-09-30"
    ],
    [
      "The U.S. Border Patrol said so on Monday.",
      "It caught 1,204 Hondurans in FY2021.",
      "HND",
      "2020-10-01..2021-09-30"
    ],
    [
      "according to Immigration and Customs Enforcement",
      "ICE removed 2,310 Salvadorans in fiscal year 2018.",
      "SLV",
      "2017-10-01..2018-09-30"
    ],
    [
      "The Department of Homeland Security released data.",
      "In Fiscal Year 2020, 880 Haitians were returned.",
      "HTI",
      "2019-10-01..2020-09-30"
    ],
    [
      "U.S. Citizenship and Immigration Services approved them.",
      "It approved 3,100 petitions in FY 2017.",
      "MEX",
      "2016-10-01..2017-09-30"
    ],
    [
      "The Office of Refugee Resettlement placed children.",
      "ORR placed 9,870 minors in FISCAL YEAR 2015.",
      undefined,
      "2014-10-01..2015-09-30"
    ],
    [
      "the United States Coast Guard said",
      "Crews stopped 838 migrants in Fiscal Year 2021",
      "DOM",
      "2020-10-01..2021-09-30"
    ],
    ["a U.S. Department of State report", "It resettled 12,000 refugees in FY2014.", "MMR", "2013-10-01..2014-09-30"],
    [
      "the Executive Office for Immigration Review",
      "Judges decided 51,000 asylum cases in FY 2016.",
      "SLV",
      "2015-10-01..2016-09-30"
    ]
  ])("%j: %j in %s runs %s", (document, sentence, state, period) =>
    expect(years(sentence, `${document}\n${sentence}`, state)[0]?.split("=")[1]).toBe(period)
  );

  it.each([
    // A state with a government year of its own keeps it.
    ["The U.S. Coast Guard helped.", "Arrivals in fiscal year 2019 were 300.", "AUS", "2018-07-01..2019-06-30"],
    [
      "Customs and Border Protection said it.",
      "In FY 2018, 4,000 permits were issued.",
      "GBR",
      "2017-04-01..2018-03-31"
    ]
  ])("%j: a state's own year stays: %j", (document, sentence, state, period) =>
    expect(years(sentence, `${document}\n${sentence}`, state)[0]?.split("=")[1]).toBe(period)
  );

  it.each([
    // No US federal body: the fiscal year stays unresolved.
    ["The ministry released the figures.", "5,396 migrants in Fiscal Year 2016", "CUB"],
    // A coast guard of another state is no US body.
    ["The Hellenic Coast Guard rescued them.", "It rescued 3,000 people in fiscal year 2016.", "GRC"],
    ["The Italian Coast Guard said so.", "It rescued 3,000 people in FY 2016.", undefined]
  ])("%j leaves %j in %s to its own state", (document, sentence, state) =>
    expect(fiscalState(`${document}\n${sentence}`, state)).toBe(state)
  );

  it("needs a fiscal year in the text", () => {
    expect(fiscalState("US Coast Guard crews interdicted 4,440 Cubans in 2022.", "CUB")).toBe("CUB");
  });

  it.each([
    "according to U.S. Immigration and Customs Enforcement (ICE) Annual Report",
    "the Immigration and Customs Enforcement's annual report shows",
    "the Customs and Border Protection annual report",
    "the U.S. Border Patrol (USBP) 2022 Annual Report",
    "the Department of Homeland Security’s latest annual report",
    "Immigration and Customs Enforcement (ICE) ERO annual report",
    "the U.S. Coast Guard annual report",
    "the Office of Refugee Resettlement annual report to Congress",
    "according to the Executive Office for Immigration Review (EOIR) annual report",
    "Citizenship and Immigration Services' annual report"
  ])("counts a US federal body's annual report in its fiscal years: %j", (text) => {
    expect(fiscalState(`${text}, 32 nationals were deported in 2022.`, "LCA")).toBe("USA");
  });

  it.each(["GBR", "AUS", "JAM", "BMU", "TCA", "LCA", "CAN", "IND", "NZL", "PHL"])(
    "counts a US federal body's annual report in its fiscal years whatever year %s keeps",
    (state) => {
      const text = "according to U.S. Immigration and Customs Enforcement (ICE) Annual Report";
      expect(fiscalState(`${text}, 32 nationals were deported in 2022.`, state)).toBe("USA");
      expect(fiscalState("The ministry's annual report says 32 nationals were deported in 2022.", state)).toBe(state);
    }
  );

  it.each([
    "the ministry's annual report says 32 nationals were deported in 2022",
    "The U.S. Coast Guard rescued them; the annual report of the ministry",
    "According to the UNHCR annual report, 32 nationals were returned in 2022"
  ])("leaves an annual report of no US federal body alone: %j", (text) => {
    expect(fiscalState(text, "LCA")).toBe("LCA");
  });

  // An item on another state's own figures that closes on a US body's fiscal year, named in its second half.
  it.each([
    ["MEX", "Customs and Border Protection detained more than 2.76 million people in fiscal year 2022."],
    ["GTM", "The U.S. Border Patrol reported 2.2 million encounters in FY 2022."],
    ["HND", "Immigration and Customs Enforcement removed 72,000 people in fiscal year 2021."],
    ["SLV", "The Department of Homeland Security counted 1.7 million encounters in FY2021."],
    ["CRI", "The U.S. Coast Guard interdicted 6,000 migrants in fiscal year 2022."],
    ["PAN", "The Office of Refugee Resettlement received 128,000 children in FY 2022."],
    ["COL", "U.S. Citizenship and Immigration Services approved 3,100 petitions in FY 2017."],
    ["ECU", "The Executive Office for Immigration Review decided 51,000 cases in fiscal year 2016."],
    ["NIC", "Customs and Border Protection met 163,876 Nicaraguans in fiscal year 2022."],
    ["VEN", "The U.S. Border Patrol met 187,000 Venezuelans in FY 2022, up from 47,000 in FY 2021."]
  ])("keeps %s's own years when a US body is named only in the item's second half: %j", (state, closing) => {
    expect(fiscalState(`${lead}${closing}`, state)).toBe(state);
    // Named first, the same body is the item's source.
    expect(fiscalState(`${closing} ${lead}`, state)).toBe("USA");
  });
});

describe("a sentence naming a US federal body counts its fiscal year in that body's calendar", () => {
  /** The period of the observation of `value` in an item on `state`'s own figures that closes on `closing`. */
  const periodOf = (closing: string, value: number, state: string) =>
    extractStatements(`${lead}${closing}`, [{number: "", start: 0, end: lead.length + closing.length}], {
      reportingPeriod: parsePeriodLabel("2022"),
      documentDate: "2023-01-10",
      stateCode: state,
      claimed: []
    })
      .observations.filter((o) => o.value === value)
      .map((o) => `${o.period.start}..${o.period.end}`);

  it.each([
    ["MEX", "Customs and Border Protection detained more than 2,760,000 migrants in fiscal year 2022.", 2760000],
    ["GTM", "The U.S. Border Patrol apprehended 230,000 Guatemalans in FY 2022.", 230000],
    ["HND", "Immigration and Customs Enforcement deported 72,000 Hondurans in fiscal year 2022.", 72000],
    ["SLV", "In fiscal year 2022, Customs and Border Protection apprehended 97,000 Salvadorans.", 97000],
    ["CRI", "The U.S. Coast Guard interdicted 6,000 migrants in fiscal year 2022.", 6000],
    ["PAN", "The U.S. Border Patrol apprehended 4,100 migrants in FY2022.", 4100],
    ["COL", "Immigration and Customs Enforcement removed 2,300 Colombians in fiscal year 2022.", 2300],
    ["ECU", "Customs and Border Protection apprehended 24,000 Ecuadorians in FY 2022.", 24000],
    ["NIC", "Customs and Border Protection apprehended 163,876 Nicaraguans in fiscal year 2022.", 163876],
    ["VEN", "The U.S. Border Patrol apprehended 187,000 Venezuelans in FY 2022.", 187000]
  ])("%s: %j", (state, closing, value) => {
    expect(periodOf(closing, value, state)).toEqual(["2021-10-01..2022-09-30"]);
    // The item's own figures keep the calendar year.
    expect(periodOf(closing, 118478, state)).toEqual(["2022-01-01..2022-12-31"]);
  });

  it.each([
    // No US body in the sentence: the year is the item's own.
    ["MEX", "The commission registered 2,760,000 migrants in 2022.", 2760000],
    ["GTM", "The U.S. Border Patrol apprehended 230,000 Guatemalans in 2022.", 230000]
  ])("%s: %j keeps the calendar year", (state, closing, value) => {
    expect(periodOf(closing, value, state)).toEqual(["2022-01-01..2022-12-31"]);
  });
});

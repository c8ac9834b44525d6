import {describe, expect, it} from "vitest";
import {fiscalState} from "../../loaders/periods/fiscal-state.js";
import {findFiscalYears} from "../../loaders/periods/fiscal-year.js";

/** The government years a sentence names, read in the state a document's text gives. */
const years = (sentence: string, document: string, state: string | undefined) =>
  findFiscalYears(sentence, fiscalState(document, state), "2022-08-20").map(
    (p) => `${sentence.slice(p.start, p.end)}=${p.period.start}..${p.period.end}`
  );

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
});

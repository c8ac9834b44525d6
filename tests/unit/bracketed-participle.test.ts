import {describe, expect, it} from "vitest";
import {extractStatements} from "../../loaders/general/extract-statements.js";
import {segmentParagraphs} from "../../loaders/text/segment-paragraphs.js";

const REPORTING = {label: "2020", start: "2020-01-01", end: "2020-12-31", partial: false, stock: false};

/** Each observation of a paragraph as "value period". */
const rows = (text: string) =>
  extractStatements(text, segmentParagraphs(text), {
    reportingPeriod: REPORTING,
    documentDate: "2021-07-01",
    claimed: []
  }).observations.map((o) => `${o.value} ${o.period.label}`);

const OPENING = "The government identified 121 victims in 2020. ";

describe("bracketed counts of a participle and a year after a sentence on persons", () => {
  it.each([
    "This represented a decrease in identified victims (300 identified in 2019; 490 identified in 2018).",
    "This continued a decline in identified victims (300 identified in 2019, 490 identified in 2018).",
    "Fewer victims were found than before (300 identified in 2019; 490 identified in 2018).",
    "The number of victims fell again (300 identified in 2019; 490 identified in 2018).",
    "This was a drop in identified victims compared with earlier years (300 identified in 2019; 490 identified in 2018).",
    "Victims identified declined further (300 identified in 2019; 490 identified in 2018).",
    "It marked a decline in victims assisted (300 assisted in 2019; 490 assisted in 2018).",
    "The count of victims kept falling (300 identified during 2019; 490 identified during 2018).",
    "It was a continual decrease in identified victims (300 identified in 2019; 490 identified in 2018; 670 identified in 2017).",
    "Identified victims decreased (300 recorded in 2019; 490 recorded in 2018)."
  ])("reads %s", (sentence) => {
    expect(rows(OPENING + sentence)).toEqual(expect.arrayContaining(["300 2019", "490 2018"]));
  });

  it.each([
    "The office moved (300 identified in 2019; 490 identified in 2018).",
    "The budget rose sharply (300 approved in 2019; 490 approved in 2018).",
    "Projects increased (300 funded in 2019; 490 funded in 2018).",
    "Shelters expanded (300 opened in 2019; 490 opened in 2018)."
  ])("reads no persons from %s", (sentence) => {
    const read = rows(OPENING + sentence).filter((r) => !r.startsWith("121 "));
    expect(read.filter((r) => r === "300 2019" || r === "490 2018").length).toBeLessThan(2);
  });

  it("leaves a bracketed count with a count before it to that count", () => {
    expect(rows("The government identified 121 victims (300 identified in 2019).")).toContain("300 2019");
  });
});

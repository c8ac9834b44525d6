import {describe, expect, it} from "vitest";
import {extractSentences} from "../../loaders/sentences/extract-sentences.js";
import {segmentParagraphs} from "../../loaders/text/segment-paragraphs.js";
import {CMW_SENTENCES} from "../../loaders/specs/cmw-sentences.js";

const SPEC = CMW_SENTENCES.filter((s) => s.id === "unaccompanied-children-applications");

/** The values the unaccompanied-children pattern reads from one paragraph. */
const values = (text: string) =>
  extractSentences(text, segmentParagraphs(text), SPEC, {reportingPeriod: null, claimed: []}).flatMap((g) =>
    g.observations.map((o) => o.value)
  );

describe("unaccompanied children applying for protection", () => {
  it.each([
    ["1 (one) unaccompanied child applied for refugee status in 2017, 3 (three) children in 2018.", [1, 3]],
    ["One unaccompanied minor in 2017, 3 in 2018 and 4 in 6 months of 2019 applied for asylum.", [1, 3, 4]],
    ["2 unaccompanied children applied for asylum in 2018, and 5 children in 2019.", [2, 5]],
    ["4 unaccompanied minors applied to the Service in 2016 and 6 minors in 2017.", [4, 6]],
    ["7 unaccompanied children in 2015 and 9 children in 2016 sought protection.", [7, 9]],
    ["3 (three) unaccompanied minors applied for refugee status in 2019.", [3]],
    ["8 unaccompanied children applied for protection during 2020.", [8]],
    ["5 unaccompanied minors in 2014, 2 in 2015.", [5, 2]],
    ["11 unaccompanied children applied for protection in 2018; 12 children in 2019.", [11]],
    ["1 (one) unaccompanied minor applied to the State Migration Service for asylum in 2021.", [1]]
  ])("reads %s", (text, expected) => {
    expect(values(text)).toEqual(expected);
  });

  it.each([
    "The shelter hosted unaccompanied children. The government identified 30 adults and 16 children in 2016.",
    "Unaccompanied minors were referred to shelters. Of the victims, 24 were adults and 14 children in 2017.",
    "Authorities screened unaccompanied children. 49 were minors (nine minors in 2018).",
    "NGOs assisted unaccompanied minors; 12 child victims in 2019 were identified.",
    "The law protects unaccompanied children. The police identified 20 children in 2020.",
    "Unaccompanied children were placed in care. 5 girls and 3 children in 2018 were assisted.",
    "A unit for unaccompanied minors opened. In total 40 minors in 2019 were trafficked.",
    "Unaccompanied minors receive guardians. 15 adults and 6 minors in 2015 were repatriated.",
    "Guardianship for unaccompanied children improved. 10 children in 2021 received aid.",
    "The report covers unaccompanied minors. Police found 7 minors in 2014."
  ])("does not read children named outside the unaccompanied sentence: %s", (text) => {
    expect(values(text)).toEqual([]);
  });
});

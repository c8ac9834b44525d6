import {describe, expect, it} from "vitest";
import {extractStatements} from "../../loaders/general/extract-statements.js";
import {joinsInvolved} from "../../loaders/general/involving-clause.js";
import {segmentParagraphs} from "../../loaders/text/segment-paragraphs.js";

const REPORTING = {label: "2014", start: "2014-01-01", end: "2014-12-31", partial: false, stock: false};

/** The values read as observations (not candidates) from one sentence. */
const observed = (text: string) =>
  extractStatements(text, segmentParagraphs(text), {
    reportingPeriod: REPORTING,
    documentDate: "2015-06-30",
    claimed: []
  }).observations.map((o) => o.value);

describe("counts of a phrase joined by 'involving'", () => {
  it.each([
    ["The government investigated 24 new cases involving 35 suspected traffickers in 2014.", [24, 35]],
    ["Twelve cases of trafficking involving 25 victims were investigated by police in 2014.", [12, 25]],
    ["Police investigated 15 cases involving 33 suspects in 2014.", [15, 33]],
    ["Authorities prosecuted 9 cases involving 14 defendants in 2014.", [9, 14]],
    ["In 2014, the police investigated 18 cases involving 27 alleged traffickers.", [18, 27]],
    ["Seven cases involving 11 suspects were prosecuted in 2014.", [7, 11]],
    ["In 2014 officials investigated 30 trafficking cases involving 41 suspects.", [30, 41]],
    ["The police investigated 3 new cases involving 4 suspects in 2014.", [3, 4]],
    ["The police investigated 5 cases of forced labor involving 8 suspects in 2014.", [5, 8]],
    ["Prosecutors prosecuted 13 cases involving 20 suspected traffickers in 2014.", [13, 20]]
  ])("reads both counts of %s", (text, values) => {
    expect(observed(text).sort((a, b) => a - b)).toEqual([...values].sort((a, b) => a - b));
  });

  it.each([
    " cases involving ",
    " new cases involving ",
    " cases of trafficking involving ",
    " trafficking cases involving ",
    " cases of forced labor involving ",
    " investigations, involving ",
    " cases implicating ",
    " cases of labor trafficking involving ",
    " new investigations involving ",
    " prosecutions involving "
  ])("joins %j", (between) => {
    expect(joinsInvolved(between)).toBe(true);
  });

  it.each([
    " cases, and ",
    " cases in 2014 and ",
    " cases. Involving ",
    " cases; the police said the investigation involved ",
    " cases involved ",
    " cases, compared with ",
    " cases of which ",
    " cases including ",
    " cases were opened, involving at least ",
    " cases (involving "
  ])("does not join %j", (between) => {
    expect(joinsInvolved(between)).toBe(false);
  });

  it("leaves a count with a verb of its own alone", () => {
    expect(observed("Police investigated 15 cases in 2014; 33 suspects were arrested in 2014.").sort()).toEqual([
      15, 33
    ]);
  });
});

describe("counts of a phrase joined by 'involved in'", () => {
  it.each([
    ["In 2014, the government prosecuted 109 suspected traffickers involved in 64 cases under the law.", [64, 109]],
    ["Prosecutors charged 45 defendants involved in 20 cases in 2014.", [20, 45]],
    ["Police investigated 38 suspects implicated in 17 cases in 2014.", [17, 38]],
    ["In 2014, courts convicted 12 traffickers involved in 7 cases.", [7, 12]],
    ["In 2014 the police arrested 26 suspects involved in 11 cases.", [11, 26]],
    ["Authorities prosecuted 50 alleged traffickers involved in 31 cases in 2014.", [31, 50]],
    ["In 2014, prosecutors indicted 19 defendants involved in 8 cases.", [8, 19]],
    ["The police investigated 64 suspects involved in 40 cases in 2014.", [40, 64]],
    ["Prosecutors prosecuted 22 suspected traffickers implicated in 9 cases in 2014.", [9, 22]],
    ["In 2014 courts convicted 15 traffickers involved in 10 cases.", [10, 15]]
  ])("reads both counts of %s", (text, values) => {
    expect(observed(text).sort((a, b) => a - b)).toEqual(values);
  });

  it("joins no counts a verb stands between", () => {
    expect(joinsInvolved(" suspects were involved in ")).toBe(false);
    expect(joinsInvolved(" suspected traffickers involved in ")).toBe(true);
  });

  it("reads no part of nothing where the text breaks off", () => {
    expect(observed("In 2014, the government prosecuted 109 traffickers involved in 64 cases; four of")).not.toContain(
      4
    );
  });
});

import {describe, expect, it} from "vitest";
import {flowToDate} from "../../loaders/general/resolve-flow-to-date.js";
import {subheadingBreaks} from "../../loaders/general/read-subheadings.js";
import {flatten} from "../../loaders/text/flatten.js";
import {periodFromBounds} from "../../loaders/periods/parse-period.js";

const day = (iso: string) => periodFromBounds(iso, iso);

/** The period a count marked by # is of, given the day its sentence states. */
function periodAt(text: string, iso: string) {
  const at = text.indexOf("#");
  return flowToDate(text.replace("#", ""), at, day(iso))?.label ?? null;
}

describe("flowToDate", () => {
  it.each([
    ["As of the end of December 2016, the Immigration Service arrested #120 persons.", "2016-12-31", "2016"],
    ["As at the end of December 2018, the police rescued #45 victims.", "2018-12-31", "2018"],
    ["By the end of June 2019, the agency deported #300 migrants.", "2019-06-30", "2019H1"],
    ["As of the end of 2020, officers intercepted some #62 stowaways.", "2020-12-31", "2020"],
    [
      "As of the end of December 2016, the service, through its operations, arrested #120 persons.",
      "2016-12-31",
      "2016"
    ],
    ["As of the end of March 2017, the border police refused #40 foreigners entry.", "2017-03-31", "2017Q1"],
    ["As of the end of the year, the courts convicted #12 traffickers.", "2015-12-31", "2015"],
    ["As of the end of December, the ministry repatriated about #900 citizens.", "2021-12-31", "2021"],
    [
      "As of the end of September 2019, the inspectorate identified #75 victims.",
      "2019-09-30",
      "2019-01-01..2019-09-30"
    ],
    ["As at the end of December 2019, the office issued a total of #4,000 permits.", "2019-12-31", "2019"]
  ])("%s", (text, iso, label) => expect(periodAt(text, iso)).toBe(label));
  it.each([
    ["16,324 have registered as of 8 pm on 28 April; #16,324 workers.", "2020-04-28"],
    ["As of today, the Ministry granted #867 citizens the status of victims.", "2019-10-18"],
    ["As of the end of December 2016, the centres housed #120 persons.", "2016-12-31"],
    ["As of the end of December 2016, #120 persons were in detention.", "2016-12-31"],
    ["As of the end of 2016, the Ministry has registered #5,000 foreigners.", "2016-12-31"],
    ["As of 1 April, there were #39,000 persons in care.", "2019-04-01"]
  ])("a stock: %s", (text, iso) => expect(periodAt(text, iso)).toBeNull());
});

describe("subheadingBreaks", () => {
  const sentencesAfter = (raw: string) => {
    const flat = flatten(raw);
    return subheadingBreaks(raw, flat.offsets, flat.text).map((k) => flat.text.slice(k, k + 12));
  };
  it("a short line between finished sentences stands alone", () => {
    expect(
      sentencesAfter("It grant entry.\n120 foreigners arrested\nAccording to the GIS, 120 were arrested.")
    ).toEqual(["According to"]);
    expect(sentencesAfter("As the data suggest.\n62 Stowaways arrested\nA total of 62 people.")).toEqual([
      "A total of 6"
    ]);
  });
  it("a wrapped line of a sentence is not a heading", () => {
    expect(sentencesAfter("The Ministry of\nInterior said that 40 were arrested.")).toEqual([]);
    expect(
      sentencesAfter(
        "In 2019 the State Migration Service of Ukraine registered a total of 4,000 foreigners who\nApplied."
      )
    ).toEqual([]);
  });
});

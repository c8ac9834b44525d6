import {describe, expect, it} from "vitest";
import {observations} from "./read-paragraph.js";

/** "value@period indicator" of every observation of a paragraph in a report on 2014. */
const read = (text: string) =>
  observations(text, "2014", "2015").map((o) => `${o.value}@${o.period.label} ${o.indicator}`);

describe("a compared count with its own noun counts what the count of that noun before it counts", () => {
  it.each([
    [
      "The government investigated 24 new cases involving 35 suspected traffickers during the reporting period, an increase compared with 15 cases involving 33 suspects in 2013.",
      ["15@2013 trafficking_investigations", "33@2013 trafficking_investigations"]
    ],
    [
      "Police investigated 40 trafficking cases in 2014, compared with 28 cases in 2013.",
      ["28@2013 trafficking_investigations"]
    ],
    [
      "The government prosecuted 12 suspected traffickers in 2014, compared to nine defendants in 2013.",
      ["9@2013 trafficking_prosecutions"]
    ],
    [
      "Courts convicted 14 traffickers in 2014, more than the six offenders convicted in 2013.",
      ["6@2013 trafficking_convictions"]
    ],
    [
      "The government investigated 30 trafficking cases in 2014, up from 21 cases in 2013.",
      ["21@2013 trafficking_investigations"]
    ],
    [
      "Authorities prosecuted 18 suspected traffickers in 2014, versus 11 suspects in 2013.",
      ["11@2013 trafficking_prosecutions"]
    ],
    [
      "The police identified 45 trafficking victims in 2014, compared with 30 persons in 2013.",
      ["30@2013 trafficking_victims_identified"]
    ],
    [
      "Police investigated 17 trafficking cases involving 25 suspects in 2014, compared with 12 cases involving 20 suspects in 2013.",
      ["12@2013 trafficking_investigations", "20@2013 trafficking_investigations"]
    ],
    [
      "Prosecutors indicted 22 suspected traffickers in 2014, compared with 16 individuals in 2013.",
      ["16@2013 trafficking_prosecutions"]
    ],
    [
      "The government convicted 10 traffickers in 2014, compared with seven persons in 2013.",
      ["7@2013 trafficking_convictions"]
    ]
  ])("%s", (text, expected) => {
    expect(read(text)).toEqual(expect.arrayContaining(expected));
  });

  it.each([
    // A compared count with a verb of its own keeps it.
    "Police investigated 40 trafficking cases in 2014, compared with 28 cases prosecuted in 2013.",
    // A different noun: shelters are not cases.
    "Police investigated 40 trafficking cases in 2014, compared with 3 shelters in 2013."
  ])("negative: %s", (text) => {
    const got = read(text);
    expect(got.filter((r) => /^(?:28|3)@2013 trafficking_investigations$/.test(r))).toEqual([]);
  });
});

describe("a bracketed zero with a year compares the count before it", () => {
  it.each([
    ["The government identified 24 trafficking victims in 2014; one was a child victim (none in 2013).", "0@2013"],
    ["Police identified 12 trafficking victims in 2014, including two men (none in 2013).", "0@2013"],
    ["Courts convicted three traffickers in 2014 (zero in 2013).", "0@2013"],
    ["The government identified five labor trafficking victims in 2014 (nil in 2013).", "0@2013"]
  ])("%s", (text, expected) => {
    expect(read(text).map((r) => r.split(" ")[0])).toContain(expected);
  });

  it("reads no zero from a bracket without a year", () => {
    expect(
      read("Courts convicted three traffickers in 2014 (none of them foreigners).").map((r) => r.split(" ")[0])
    ).not.toContain("0@2014");
  });
});

describe("a bracket ending on a year compares its counts with the clause's", () => {
  it.each([
    [
      "In 2014, police investigated 16 trafficking cases involving 27 suspects (19 cases involving 34 suspects in 2013).",
      ["19@2013 trafficking_investigations", "34@2013 trafficking_investigations"]
    ],
    ["In 2014, police investigated 40 trafficking cases (28 cases in 2013).", ["28@2013 trafficking_investigations"]],
    [
      "In 2014, the government prosecuted 12 suspected traffickers (nine defendants in 2013).",
      ["9@2013 trafficking_prosecutions"]
    ],
    ["In 2014, courts convicted 14 traffickers (six offenders in 2013).", ["6@2013 trafficking_convictions"]],
    [
      "In 2014, police investigated 33 trafficking cases (21 cases during 2013) and prosecutors charged 18 suspects.",
      ["21@2013 trafficking_investigations"]
    ]
  ])("%s", (text, expected) => {
    expect(read(text)).toEqual(expect.arrayContaining(expected));
  });
});

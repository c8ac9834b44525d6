import {describe, expect, it} from "vitest";
import {extractStatements} from "../../loaders/general/extract-statements.js";
import {parsePeriodLabel} from "../../loaders/periods/parse-period.js";

/** "value@period" of each observation of a chapter on 2019. */
const rows = (text: string) =>
  extractStatements(text, [{number: "", start: 0, end: text.length}], {
    reportingPeriod: parsePeriodLabel("2019"),
    documentDate: "2020-06-25",
    claimed: []
  }).observations.map((o) => `${o.value}@${o.period.label}`);

describe('a comparison with another year ends where "and" opens the next count\'s verb', () => {
  it.each([
    [
      "The government reported investigating one alleged trafficking case, compared with nine in 2018, and prosecuting eight alleged traffickers, compared with seven in 2018.",
      ["1@2019", "9@2018", "8@2019", "7@2018"]
    ],
    [
      "Authorities investigated 14 cases, compared to 9 in 2018, and convicted 3 traffickers.",
      ["14@2019", "9@2018", "3@2019"]
    ],
    [
      "Police identified 40 victims, compared with 52 in 2018, and referred 31 victims to shelters.",
      ["40@2019", "52@2018", "31@2019"]
    ],
    [
      "The government prosecuted 12 defendants, compared with 20 in 2018, and convicted five traffickers, compared with two in 2018.",
      ["12@2019", "20@2018", "5@2019", "2@2018"]
    ],
    [
      "Officials initiated 6 investigations, compared with 2,300 in 2018, and also convicted 4 traffickers.",
      ["6@2019", "2300@2018", "4@2019"]
    ],
    [
      "The courts convicted 11 traffickers, compared with 15 in 2018, and sentenced 9 traffickers to prison.",
      ["11@2019", "15@2018", "9@2019"]
    ],
    [
      "The ministry investigated 30 cases, compared with 25 in 2018, and prosecuting 18 suspects was reported.",
      ["30@2019", "25@2018", "18@2019"]
    ],
    [
      "Inspectors identified 70 victims, compared with eighty in 2018, and assisted 61 victims.",
      ["70@2019", "80@2018", "61@2019"]
    ],
    [
      "The government investigated 3 cases, compared with none in 2018, and prosecuted 2 suspects.",
      ["3@2019", "0@2018", "2@2019"]
    ],
    [
      "Authorities identified 19 victims, compared with 23 in 2018, and repatriated 4 victims.",
      ["19@2019", "23@2018", "4@2019"]
    ]
  ])("%s", (text, expected) => expect(rows(text)).toEqual(expect.arrayContaining(expected)));

  it('keeps a comparison that goes on with "and" and another count of the same year', () => {
    // "and 12 in 2017" compares further: no verb of its own opens it.
    expect(rows("Police identified 40 victims in 2019, compared with 52 in 2018 and 12 in 2017.")).toEqual(
      expect.arrayContaining(["40@2019", "52@2018", "12@2017"])
    );
  });
});

// "compared with one prosecution in the previous reporting period against three suspects …, and it continued two":
// a clause with a subject and a verb of its own, later in the sentence, ends the comparison.
describe("a comparison ends at a later clause with its own subject", () => {
  it.each([
    [
      "The government investigated 14 cases, compared with nine in the previous reporting period against 20 suspects, and it continued 6 investigations.",
      ["14@2019", "9@2018", "6@2019"]
    ],
    [
      "Police identified 40 victims, compared with 52 in 2018 in three operations, and they referred 31 victims to shelters.",
      ["40@2019", "52@2018", "3@2018", "31@2019"]
    ],
    [
      "The government prosecuted 12 defendants, compared with 20 in 2018 under the anti-trafficking law, and it convicted five traffickers.",
      ["12@2019", "20@2018", "5@2019"]
    ],
    [
      "Authorities arrested 30 suspects, compared with 25 in 2018 during border operations, and they charged 18 suspects.",
      ["30@2019", "25@2018", "18@2019"]
    ],
    [
      "The government identified 70 victims, compared with 58 in the previous reporting period across all regions, and it referred 44 victims to care.",
      ["70@2019", "58@2018", "44@2019"]
    ],
    [
      "The government convicted 9 traffickers, compared with 4 in 2018 for sex trafficking, and it acquitted 3 defendants.",
      ["9@2019", "4@2018", "3@2019"]
    ],
    [
      "Officials investigated 22 cases, compared with 17 in 2018 involving forced labor, and the government prosecuted 11 suspects.",
      ["22@2019", "17@2018", "11@2019"]
    ],
    [
      "Police rescued 85 victims, compared with 60 in 2018 in joint raids, and authorities repatriated 12 victims.",
      ["85@2019", "60@2018", "12@2019"]
    ],
    [
      "The government initiated 5 prosecutions, compared with 8 in 2018 against 14 suspects, and officials continued 7 prosecutions.",
      ["5@2019", "8@2018", "7@2019"]
    ],
    [
      "The ministry inspected 300 worksites, compared with 250 in 2018 in the construction sector, and it identified 19 victims.",
      ["19@2019"]
    ],
    [
      "The government identified 33 victims, compared with 41 in 2018 through its hotline, and it repatriated 6 victims.",
      ["33@2019", "41@2018", "6@2019"]
    ]
  ])("%s", (text, expected) => {
    expect(rows(text)).toEqual(expected);
  });

  it.each([
    [
      "Police identified 40 victims, compared with 52 in 2018, of whom 20 were children.",
      ["40@2019", "52@2018", "20@2018"]
    ],
    ["The government convicted 9 traffickers, compared with 4 in 2018 and 6 in 2017.", ["9@2019", "4@2018", "6@2017"]]
  ])("%s keeps the comparison", (text, expected) => {
    expect(rows(text)).toEqual(expected);
  });
});

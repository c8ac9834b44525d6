import {describe, expect, it} from "vitest";
import {extractStatements} from "../../loaders/general/extract-statements.js";
import {opensRankPlace, rankPlaceItem} from "../../loaders/general/read-rank-place.js";
import {parsePeriodLabel} from "../../loaders/periods/parse-period.js";

/** "value indicator citizenship/country@period" of each observation, read after a sentence that states the count. */
const rows = (text: string, before = "As of 31 March 2023, the country hosted 9,941 refugees.") => {
  const paragraph = `${before} ${text}`;
  return extractStatements(paragraph, [{number: "", start: 0, end: paragraph.length}], {
    reportingPeriod: parsePeriodLabel("2023"),
    documentDate: "2023-04-10",
    state: "Morocco",
    claimed: []
  }).observations.map((o) => `${o.value} ${o.indicator} ${o.citizenship ?? "-"}/${o.country ?? "-"}@${o.period.label}`);
};

describe("a place of a ranking counts what the sentence before counted, for the people or state it places", () => {
  it.each([
    ["Syrian refugees still topped the list with a total of 5,612.", "5612 refugees_hosted Syria/-@2023-03-31"],
    [
      "The Central African Republic is second with 1,191 refugees.",
      "1191 refugees_hosted Central African Republic/-@2023-03-31"
    ],
    ["In second place came Sudanese refugees with 3,196.", "3196 refugees_hosted Sudan/-@2023-03-31"],
    ["In second place are those from Cuba with 1,087 refugees.", "1087 refugees_hosted Cuba/-@2023-03-31"],
    ["In fourth place were refugees from Yemen with 895.", "895 refugees_hosted Yemen/-@2023-03-31"],
    ["Yemenis came in third with 712.", "712 refugees_hosted Yemen/-@2023-03-31"],
    ["Syrians ranked first with 5,612 refugees.", "5612 refugees_hosted Syria/-@2023-03-31"],
    ["Refugees from Syria topped the list with 5,612.", "5612 refugees_hosted Syria/-@2023-03-31"],
    ["Sudan was third with 712 refugees.", "712 refugees_hosted Sudan/-@2023-03-31"],
    ["Guineans came fifth with some 430 refugees.", "430 refugees_hosted Guinea/-@2023-03-31"],
    ["Nigerians were sixth with 250 refugees.", "250 refugees_hosted Nigeria/-@2023-03-31"],
    ["Nationals from Senegal stood fourth with 610 refugees.", "610 refugees_hosted Senegal/-@2023-03-31"]
  ])("%s", (text, expected) => {
    expect(rows(text)).toContain(expected);
  });

  it("reads each place a sentence ranks", () => {
    expect(
      rows(
        "In second place are those from Cuba with 1,087 refugees and in third place are those from Haiti with 1,068."
      )
    ).toEqual(
      expect.arrayContaining(["1087 refugees_hosted Cuba/-@2023-03-31", "1068 refugees_hosted Haiti/-@2023-03-31"])
    );
  });

  it("places a count of no people in the state a ranking names", () => {
    expect(
      rows("China topped the list with 88 cases.", "In 2016, police recorded 130 human trafficking cases.")
    ).toContainEqual(expect.stringMatching(/^88 \S+ -\/China@2016$/));
  });
});

describe("a ranking goes on from the last count, past sentences that count nothing", () => {
  const before =
    "As of 31 March 2023, the country hosted 9,941 refugees. As a result, the number of refugees has increased.";
  it.each([
    ["Sudan was third with 712 refugees.", "712 refugees_hosted Sudan/-@2023-03-31"],
    [
      "As in previous years, Syrian refugees still topped the list with a total of 5,612.",
      "5612 refugees_hosted Syria/-@2023-03-31"
    ],
    [
      "As for other countries, the Central African Republic is second with 1,191 refugees.",
      "1191 refugees_hosted Central African Republic/-@2023-03-31"
    ],
    ["Like in past years, Syrians ranked first with 5,612 refugees.", "5612 refugees_hosted Syria/-@2023-03-31"]
  ])("%s", (text, expected) => {
    expect(rows(text, before)).toContain(expected);
  });

  it("keeps the whole, not a ranked item, for the parts a later sentence breaks down", () => {
    const read = rows("Sudan was third with 712 refugees. Broken down by age, 6,599 refugees were adults.");
    expect(read).toContainEqual(expect.stringMatching(/^6599 \S+ -\//));
  });
});

describe("opensRankPlace and rankPlaceItem", () => {
  it.each([
    "In second place are those from Cuba with 18,087 requests.",
    "The Central African Republic is second with 1,191 refugees.",
    "Syrian refugees still topped the list with a total of 5,612.",
    "Sudan was third with 712 refugees."
  ])("opens a ranking: %s", (text) => {
    expect(opensRankPlace(text)).toBe(true);
  });

  it.each([
    "In second place, the ministry opened 12 new offices.",
    "The ministry was second with its report on 12 offices.",
    "In 2020 the country was third in the region with 400 points.",
    "There were 1,191 refugees in second place.",
    "The government topped up the fund with 5,000 dollars."
  ])("opens no ranking of a people or state: %s", (text) => {
    expect(opensRankPlace(text)).toBe(false);
  });

  it("names citizens for people and a place for a state's own name when no people are counted", () => {
    expect(rankPlaceItem("In second place are those from Cuba with ", false)).toEqual({citizenship: "Cuba"});
    expect(rankPlaceItem("Sudanese came third with ", false)).toEqual({citizenship: "Sudan"});
    expect(rankPlaceItem("China topped the list with ", false)).toEqual({country: "China"});
    expect(rankPlaceItem("China topped the list with ", true)).toEqual({citizenship: "China"});
    expect(rankPlaceItem("The ministry opened ", true)).toBeNull();
  });
});

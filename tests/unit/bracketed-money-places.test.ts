import {describe, expect, it} from "vitest";
import {extractStatements} from "../../loaders/general/extract-statements.js";
import {parsePeriodLabel} from "../../loaders/periods/parse-period.js";
import {bracketedStateItem} from "../../loaders/general/read-people-ranking.js";

function places(text: string): string[] {
  return extractStatements(text, [{number: "", start: 0, end: text.length}], {
    reportingPeriod: parsePeriodLabel("2020-10"),
    documentDate: "2020-11-20",
    claimed: []
  }).observations.map((o) => `${o.value} ${o.country ?? "-"}`);
}

describe("amounts bracketed after the states they came from", () => {
  it.each([
    "Largely responsible for the increase in October were higher transfers from Australia ($22.8 million), New Zealand ($14.6 million) and American Samoa ($7.7 million).",
    "Remittances in October came from Australia ($22.8 million), New Zealand ($14.6 million) and American Samoa ($7.7 million).",
    "In October, remittances from Australia ($22.8 million), New Zealand ($14.6 million) and American Samoa ($7.7 million) rose.",
    "Remittances in October were mainly from Australia ($22.8 million), New Zealand ($14.6 million), and American Samoa ($7.7 million).",
    "Remittances received in October from Australia ($22.8 million), New Zealand ($14.6 million) and American Samoa ($7.7 million) grew.",
    "Money sent home in October came from Australia ($22.8 million), New Zealand ($14.6 million) and American Samoa ($7.7 million).",
    "Remittance inflows in October were from Australia ($22.8 million), New Zealand ($14.6 million) and American Samoa ($7.7 million).",
    "Remittances in October came from Australia ($22.8 million); New Zealand ($14.6 million) and American Samoa ($7.7 million).",
    "Remittances in October came from Australia (about $22.8 million), New Zealand (about $14.6 million) and American Samoa (about $7.7 million).",
    "Remittances in October came from Australia ($22.8 million), New Zealand ($14.6 million) and the American Samoa ($7.7 million).",
    "Private remittances in October came from Australia ($22.8 million), New Zealand ($14.6 million) and American Samoa ($7.7 million)."
  ])("%s", (text) => {
    expect(places(text)).toEqual(["22800000 Australia", "14600000 New Zealand", "7700000 American Samoa"]);
  });
});

describe("brackets after no state", () => {
  it.each([["and the Fund ("], ["remittances ("], ["from Australia ("]])("%s", (lead) => {
    expect(bracketedStateItem(lead)).toBeNull();
  });
});

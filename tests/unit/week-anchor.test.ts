import {describe, expect, it} from "vitest";
import {rows} from "./read-paragraph.js";
import {weekAnchor} from "../../loaders/general/resolve-event-day.js";

// An item dated by its month alone, which dates one day with its weekday.
const ANCHOR = "On Thursday (25/01) IOM moved 592 returnees on two flights.";
const read = (text: string) => rows(`${text} ${ANCHOR}`, "2018-01", "2018-01");

describe("an item dated by its month counts its bare weekdays back from the day it writes with a weekday", () => {
  it.each([
    ["IOM Libya on Wednesday assisted 190 migrants to return home.", "190@2018-01-24"],
    ["On Monday, 144 Gambian migrants returned home.", "144@2018-01-22"],
    ["Police on Tuesday arrested 35 smugglers.", "35@2018-01-23"],
    ["On Wednesday, 61 migrants were rescued at sea.", "61@2018-01-24"],
    ["The coast guard intercepted 88 migrants on Monday.", "88@2018-01-22"],
    ["Last Tuesday 140 migrants were deported.", "140@2018-01-23"],
    ["On Sunday, 212 migrants were returned to Mali.", "212@2018-01-21"],
    ["On Friday, 77 victims were identified.", "77@2018-01-19"],
    ["On Saturday, 64 migrants returned home to Senegal.", "64@2018-01-20"],
    ["IOM on Tuesday helped 118 migrants return home.", "118@2018-01-23"]
  ])("%s", (text, expected) => {
    expect(read(text)).toContainEqual(expect.stringMatching(new RegExp(`^${expected} `)));
  });

  it("keeps an item's own day as the anchor", () => {
    expect(weekAnchor(ANCHOR, "2018-01-30")).toBe("2018-01-30");
  });

  it.each([
    // No day written with its weekday.
    ["On 25 January IOM moved 592 returnees.", "2018-01"],
    // A weekday whose date falls outside the item's month.
    ["On Thursday (22/02) IOM moved 592 returnees.", "2018-01"],
    // The weekday written does not fall on the date.
    ["On Monday (25/01) IOM moved 592 returnees.", "2018-01"]
  ])("no anchor in %s", (text, expected) => expect(weekAnchor(text, "2018-01")).toBe(expected));

  it("takes the latest day written with its weekday", () => {
    expect(weekAnchor("On Monday (22/01) 144 returned. On Thursday (25/01) 592 left.", "2018-01")).toBe("2018-01-25");
  });
});

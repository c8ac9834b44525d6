import {describe, expect, it} from "vitest";
import {deicticDays} from "../../loaders/general/read-deictic-day.js";
import {observations} from "./read-paragraph.js";

const days = (text: string, date = "2002-05-10") => deicticDays(text, date).map((p) => p.period.label);

describe("an event dated by 'today' or 'yesterday'", () => {
  it.each([
    ["Yesterday, 59 refugees on Nauru were resettled to New Zealand.", "2002-05-09"],
    ["Authorities today began returning the 87 survivors to their countries of origin.", "2002-05-10"],
    ["The coast guard intercepted 45 migrants yesterday.", "2002-05-09"],
    ["Today, 120 migrants arrived in Lampedusa.", "2002-05-10"],
    ["Police arrested 12 smugglers last night.", "2002-05-09"],
    ["A charter flight landed this morning with 150 returnees.", "2002-05-10"],
    ["Earlier today, 30 victims were freed from a farm.", "2002-05-10"],
    ["The boat capsized this afternoon, killing 20.", "2002-05-10"],
    ["Thirty asylum seekers were transferred tonight.", "2002-05-10"],
    ["The day before yesterday 61 people crossed the border.", "2002-05-08"],
    ["YESTERDAY 33 migrants were detained.", "2002-05-09"]
  ])("%j", (text, day) => {
    expect(days(text)).toEqual([day]);
  });

  it.each([
    ["the day something was said", "The ministry said today that 300 migrants were deported in March."],
    [
      "the day something was said, after the word",
      "The agency yesterday announced that 142 migrants were repatriated."
    ],
    ["a stock's day", "As of today, 300 people were in detention."],
    ["a running total's end", "Up to yesterday, 4,000 had registered."],
    ["a possessive", "Today's figures show 2,000 arrivals."],
    ["a word inside another", "The holiday saw 40 arrivals."],
    ["an item dated by month", "Yesterday, 40 migrants were detained."]
  ])("reads no event day for %s", (why, text) => {
    expect(days(text, why === "an item dated by month" ? "2002-05" : "2002-05-10")).toEqual([]);
  });

  it("dates the sentence's counts, not the sentences after it", () => {
    const rows = observations(
      "Yesterday, 59 refugees on Nauru were resettled to New Zealand. It has accepted 131 asylum seekers in all.",
      "2001",
      "2002-05-10"
    );
    expect(rows.map((o) => `${o.value}@${o.period.label}`)).toEqual(["59@2002-05-09", "131@2001"]);
  });
});

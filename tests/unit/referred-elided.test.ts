import {describe, expect, it} from "vitest";
import {rows} from "./read-paragraph.js";

const values = (text: string) => rows(text, "2016", "2017").map((r) => r.replace(/ \[.*\]$/, ""));

// "identified 117 trafficking victims and referred 41 to care": a bare count after a verb of its own is that verb's
// object, of the noun counted before it, even when the place it was sent to follows.
describe("an elided count sent somewhere by its own verb", () => {
  it.each([
    ["The government identified 117 trafficking victims and referred 41 to care.", "41@2016"],
    ["The government identified 117 trafficking victims and referred 41 to shelters.", "41@2016"],
    [
      "The government identified 117 trafficking victims, compared to 35 identified in the previous reporting period, and referred at least 41 to care.",
      "41@2016"
    ],
    ["Police identified 60 trafficking victims and referred 25 to NGOs for assistance.", "25@2016"],
    ["Authorities identified 48 trafficking victims and referred 30 to government shelters.", "30@2016"],
    ["The ministry identified 90 trafficking victims and referred 45 to care facilities.", "45@2016"],
    ["Officials identified 33 trafficking victims and referred at least 20 to services.", "20@2016"],
    ["The police identified 75 trafficking victims and later referred 50 to shelters.", "50@2016"],
    ["The NGO identified 65 trafficking victims and referred 40 to reintegration programs.", "40@2016"],
    ["Labor inspectors identified 44 trafficking victims and referred 12 to social services.", "12@2016"],
    ["The task force identified 28 trafficking victims and referred 19 to protective services.", "19@2016"],
    ["The shelter identified 52 trafficking victims and referred 31 to partner NGOs.", "31@2016"],
    ["Police identified 80 trafficking victims and repatriated 22 to their home countries.", "22@2016"]
  ])("%s", (text, row) => {
    const read = values(text);
    const part = read.find((r) => r.startsWith(`${row} `));
    expect(part).toBeDefined();
    // Counted by its own verb, not as more of the victims identified.
    expect(part!.split(" ")[1]).not.toBe(read[0].split(" ")[1]);
  });

  it.each([
    // A part sent to a place is still read as the place's.
    ["Police deported 500 migrants and returned 200 to Guatemala.", "200@2016 returns"],
    // With no verb of its own, a count before "to" is a range's end or a change's level.
    ["The number of identified trafficking victims rose from 20 to 41.", "41@2016 trafficking_victims_identified"]
  ])("%s", (text, row) => {
    expect(values(text)).toContain(row);
  });
});

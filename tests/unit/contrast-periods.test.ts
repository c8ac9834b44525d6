import {describe, expect, it} from "vitest";
import {observations} from "./read-paragraph.js";

/** "value@period category" of every observation of a paragraph in a report on 2019 dated mid-2020. */
const read = (text: string) =>
  observations(text, "2019", "2020-06-20").map((o) => `${o.value}@${o.period.label} ${o.category ?? ""}`.trim());

describe("a year a sentence contrasts with, or a superlative reaches back to, is not its period", () => {
  it.each([
    [
      "Unlike in 2018, the government did not identify any confirmed sex trafficking victims.",
      "0@2019 sex trafficking"
    ],
    ["Unlike 2018, authorities identified 12 forced labor victims.", "12@2019 forced labor"],
    ["In contrast to 2017, police identified 40 trafficking victims.", "40@2019"],
    ["As in 2018, the government identified 15 trafficking victims.", "15@2019"],
    ["Similar to 2018, the government identified 22 trafficking victims.", "22@2019"],
    ["Contrary to 2016, officials identified nine trafficking victims.", "9@2019"],
    ["Authorities identified 26 victims, the fewest total victims since 2008.", "26@2019"],
    ["NGOs identified 13 presumed victims, the fewest total victims since at least 2008.", "13@2019 potential"],
    ["Police identified 26 trafficking victims, the lowest number since 2012.", "26@2019"],
    ["The government convicted 31 traffickers, the highest number of convictions since 2010.", "31@2019"],
    ["The government identified 80 trafficking victims, the most since 2015.", "80@2019"],
    ["Police identified one Maltese girl, the first government-identified child trafficking victim to date.", "1@2019"],
    ["Police identified 12 trafficking victims, the largest group to date.", "12@2019"]
  ])("%s", (text, expected) => {
    expect(read(text)).toContain(expected);
  });

  it.each([
    // A running total since a year runs from it.
    ["Since 2015, the agency has identified 320 trafficking victims.", "320@2015-01-01..2020-06-20"],
    // A contrast's own count keeps its year.
    ["Police identified 40 trafficking victims in 2019, unlike in 2018, when they identified 12.", "12@2018"],
    // "to date" with no superlative is the day the document counts on.
    ["To date, the agency has identified 320 trafficking victims.", "320@2020-06-20"]
  ])("negative: %s", (text, expected) => {
    expect(read(text).some((r) => r.startsWith(expected))).toBe(true);
  });
});

describe("a kind of trafficking names a part over a status", () => {
  it.each([
    ["The government initiated prosecutions of two suspected sex traffickers in 2019.", "2@2019 sex trafficking"],
    ["Police investigated five suspected labor traffickers in 2019.", "5@2019 labor trafficking"],
    ["Authorities identified 12 presumed sex trafficking victims in 2019.", "12@2019 sex trafficking"],
    ["Authorities identified 10 potential forced labor victims in 2019.", "10@2019 forced labor"]
  ])("%s", (text, expected) => {
    expect(read(text)).toContain(expected);
  });

  it("keeps a status alone", () => {
    expect(read("Authorities identified 33 presumed trafficking victims in 2019.")).toContain("33@2019 potential");
  });
});

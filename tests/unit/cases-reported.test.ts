import {describe, expect, it} from "vitest";
import {rows} from "./read-paragraph.js";

const read = (text: string) => rows(text, "2017", "2017-08-01").map((r) => r.replace(/ \[.*\]$/, ""));

describe("cases a body reports are reported cases", () => {
  it.each([
    "The Attorney General's Office reported 11 cases of human trafficking in 2017.",
    "In 2017, the police reported 11 cases of trafficking in persons.",
    "The ministry reported 11 new cases of human trafficking in 2017.",
    "Prosecutors reported some 11 cases of trafficking in 2017.",
    "In 2017, authorities reported at least 11 cases of human trafficking.",
    "The government reported 11 cases of forced labor in 2017.",
    "In 2017, the national committee reported 11 cases of child trafficking.",
    "Police reported more than 11 cases of human trafficking in 2017.",
    "The anti-trafficking unit reported 11 cases of sex trafficking in 2017.",
    "In 2017 the office reported about 11 cases of trafficking."
  ])("%s", (text) => {
    expect(read(text)).toEqual(["11@2017 trafficking_cases_reported"]);
  });

  it.each([
    // "reported" says who gives a count of what was done, or of people.
    ["The government reported investigating 11 cases in 2017.", ["11@2017 criminal_cases_investigated"]],
    ["In 2017, the government reported 11 prosecutions.", ["11@2017 prosecutions_prosecuted"]],
    ["Police reported 11 victims in 2017.", []]
  ])("leaves other counts a body reports to their own words: %s", (text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});

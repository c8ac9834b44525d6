import {describe, expect, it} from "vitest";
import {datesThing} from "../../loaders/general/law-name-year.js";
import {rows} from "./read-paragraph.js";

const read = (text: string) => rows(text, "2021", "2022-06-01");
const at = (text: string, year: string) => datesThing(text, text.indexOf(year), text.indexOf(year) + 4);

describe("a year that dates a law, agreement or case before it", () => {
  it.each([
    ["Only six traffickers received sentences prescribed in the 2005 anti-trafficking law.", "2005"],
    ["Courts sentenced 12 traffickers under the 2010 law.", "2010"],
    ["Under the 2015 immigration act, 30 victims received permits.", "2015"],
    ["The 2012 readmission agreement allowed 40 returns.", "2012"],
    ["The resolution of a 2004 case of a former police officer was delayed.", "2004"],
    ["Its 2018 amendments raised penalties for 14 offences.", "2018"],
    ["The 2019 memorandum covered 300 workers.", "2019"],
    ["Their 2016 labour code protected 20 workers.", "2016"],
    ["A 2011 decree granted 500 permits.", "2011"],
    ["The 2017 constitutional reform gave 80 seats.", "2017"],
    ["Under the 2003 bilateral treaty, 45 persons were returned.", "2003"]
  ])("%s", (text, year) => {
    expect(at(text, year)).toBe(true);
  });

  it.each([
    ["Of the 2019 cases, 12 were closed.", "2019"],
    ["In 2019 the police identified 45 victims.", "2019"],
    ["The 2020 figures show 45 victims.", "2020"],
    ["The 2018 total was 300 permits.", "2018"],
    ["In the 2019 trafficking cases, 14 victims were identified.", "2019"]
  ])("a year of counts is still a period: %s", (text, year) => {
    expect(at(text, year)).toBe(false);
  });

  it("dates the statistic by the report, not the law's year", () => {
    const out = read("Only six traffickers received sentences in compliance with the 2005 anti-trafficking law.");
    expect(out.some((r) => r.startsWith("6@2021 "))).toBe(true);
    expect(out.some((r) => r.includes("@2005"))).toBe(false);
  });

  it("keeps a year the sentence counts in", () => {
    expect(read("In 2019 the police identified 45 victims.").some((r) => r.startsWith("45@2019 "))).toBe(true);
  });
});

// "against three suspects in a 2018 labor trafficking case": a year before a case's kind dates that one case.
describe("a year that dates one case of a named kind", () => {
  it.each([
    "compared with one prosecution against three suspects in a 2018 labor trafficking case.",
    "The government continued to investigate a 2019 case involving 160 women.",
    "Courts convicted two defendants in a 2017 sex trafficking case.",
    "Police arrested four suspects in a 2016 child trafficking case.",
    "The court acquitted the defendant in a 2020 domestic servitude case.",
    "Prosecutors charged five suspects in a 2015 forced labor case.",
    "Judges sentenced three traffickers in a 2014 high-profile case.",
    "The police re-opened a 2013 smuggling case against 12 suspects.",
    "Officials reviewed a 2018 cross-border trafficking case with 9 victims.",
    "The court heard a 2012 organ-removal case involving 6 victims.",
    "The government appealed a 2011 labor case against 2 employers."
  ])("%s", (text) => {
    const year = /\b(?:19|20)\d\d\b/.exec(text)![0];
    expect(at(text, year)).toBe(true);
  });

  it.each([
    ["The 2019 sex trafficking cases involved 14 victims.", "2019"],
    ["In 2018 labor trafficking cases rose to 40.", "2018"],
    ["Police opened a case in 2017 against 12 suspects.", "2017"]
  ])("%s is no case's own year", (text, year) => {
    expect(at(text, year)).toBe(false);
  });
});

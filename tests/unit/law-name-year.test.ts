import {describe, expect, it} from "vitest";
import {frameSentence} from "../../loaders/general/resolve-period.js";
import {rows} from "./read-paragraph.js";

/** The year labels a sentence names. */
const labels = (sentence: string) => frameSentence(sentence, "2021-07-01").periods.map((p) => p.period.label);

describe("a year that closes a law's name", () => {
  it.each([
    "The government prosecuted four defendants under the Children’s Act of 1998, compared with five in 2019.",
    "Police charged 12 recruiters under the Emigration Act of 1983, compared with five in 2019.",
    "Courts convicted nine employers under the Labour Code of 2012, compared with five in 2019.",
    "Six suspects were tried under the Immigration Law of 2005, compared with five in 2019.",
    "Authorities applied the Presidential Decree of 2016 to 30 cases, compared with five in 2019.",
    "The Anti-Trafficking in Persons Act of 2003 was used in 14 prosecutions, compared with five in 2019.",
    "Under the Child Rights Act (Amendment) of 2003, 11 suspects were charged, compared with five in 2019.",
    "Seven cases were filed under the Domestic Workers Regulations of 2008, compared with five in 2019.",
    "The Foreign Nationals Ordinance of 1946 was invoked against 22 persons, compared with five in 2019.",
    "Prosecutors cited the Penal Code of 1960 in 8 cases, compared with five in 2019.",
    "The Constitution of 1992 guarantees rights; 20 victims were assisted, compared with five in 2019.",
    "Police charged 12 recruiters under Law No. 28 of 2010, compared with five in 2019.",
    "Courts applied Decree No. 5/2012 of 2012 in 8 cases, compared with five in 2019.",
    "Under Federal Law No. 51 of 2006, 9 suspects were charged, compared with five in 2019.",
    "Under Ordinance no. 3 of 1998, 9 suspects were charged, compared with five in 2019."
  ])("keeps only the statistics' year in %s", (sentence) => {
    expect(labels(sentence)).toEqual(["2019"]);
  });

  it.each([
    ["The law of 2007 was applied in 2012 to 12 cases.", "2007"],
    ["In 1998, 40 victims were identified.", "1998"],
    ["Of 2019, nothing is known; 40 victims were identified.", "2019"],
    ["The courts convicted 9 traffickers in the course of 2014.", "2014"],
    ["A review of 2016 found 12 cases.", "2016"],
    ["Police reported 40 arrests in respect of 2015.", "2015"],
    ["Statistics of 2017 show 40 victims.", "2017"],
    ["The Act entered into force in 2010 and 12 cases followed.", "2010"],
    ["By the end of 2018, 40 victims had been identified.", "2018"],
    ["Figures for the whole of 2013 show 12 cases.", "2013"]
  ])("still reads the year in %s", (sentence, year) => {
    expect(labels(sentence).join(" ")).toContain(year);
  });

  it("dates a count under a law's name by the reporting period", () => {
    const read = rows(
      "Additionally, the government prosecuted four defendants for exploitative child labor using the Children’s Act of 1998, compared with five in 2019.",
      "2020",
      "2021-07-01"
    );
    expect(read.some((r) => r.startsWith("4@2020"))).toBe(true);
    expect(read.some((r) => r.includes("@1998"))).toBe(false);
  });
});

describe("a year that opens a law's name", () => {
  it.each([
    "Only six traffickers received sentences prescribed in the 2005 anti-trafficking law, compared with five in 2019.",
    "Courts applied its 2014 Criminal Code in 12 cases, compared with five in 2019.",
    "Police charged 30 suspects under a 2015 law on migrant smuggling, compared with five in 2019.",
    "The 2009 anti-trafficking act was used in nine prosecutions, compared with five in 2019.",
    "Prosecutors invoked the country's 2012 Labour Code against 7 employers, compared with five in 2019.",
    "Under the 2018 Trafficking in Persons Act, 11 suspects were charged, compared with five in 2019.",
    "Judges relied on the 2016 immigration decree in 4 cases, compared with five in 2019.",
    "Eight employers were fined under the 2011 domestic workers regulations, compared with five in 2019.",
    "Their 2003 Penal Code was cited in 15 convictions, compared with five in 2019.",
    "Under the 2017 amendments, 22 victims received residence permits, compared with five in 2019."
  ])("keeps only the statistics' year in %s", (sentence) => {
    expect(labels(sentence)).toEqual(["2019"]);
  });

  it.each([
    ["In 2019 law enforcement officials identified 40 victims.", "2019"],
    ["The 2018 law enforcement statistics show 12 cases.", "2018"],
    ["In 2016 the new law entered into force and 12 cases followed.", "2016"],
    ["The 2015 figures show 40 victims identified under the law.", "2015"],
    ["During 2020, 14 cases were tried under the Act.", "2020"]
  ])("still reads the year in %s", (sentence, year) => {
    expect(labels(sentence).join(" ")).toContain(year);
  });
});

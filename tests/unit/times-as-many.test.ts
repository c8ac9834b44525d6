import {describe, expect, it} from "vitest";
import {rows} from "./read-paragraph.js";

/** "value@period" of the observations of one sentence of a 2015 release published in 2016. */
const read = (text: string) => rows(text, "2015", "2016").map((r) => r.split(" ")[0]);

describe("a count set against another 'twice as many as' or 'N times as many as' keeps its own period", () => {
  it.each([
    "Last year 43,100 asylum seekers registered, twice as many as the 21,800 registered in 2014.",
    "Last year, 43,100 asylum seekers registered, twice as many as the 21,800 registered in 2014.",
    "Last year 43.1 thousand asylum seekers registered in the Netherlands, twice as many as the 21.8 thousand registered in 2014.",
    "Last year 43,100 migrants were deported, twice as many as the 21,800 deported in 2014.",
    "Last year 43,100 migrants were deported, three times as many as the 21,800 deported in 2014.",
    "Last year 43,100 migrants were deported, half as many as the 21,800 deported in 2014.",
    "Last year 43,100 work permits were issued, twice as many as the 21,800 issued in 2014.",
    "Last year 43,100 victims were identified, four times as many as the 21,800 identified in 2014.",
    "Last year the service registered 43,100 asylum seekers, twice as many as the 21,800 of 2014.",
    "Last year 43,100 refugees were resettled, twice as many as the 21,800 resettled in 2014."
  ])("%s", (text) => {
    const out = read(text);
    expect(out[0]).toMatch(/^43100@2015$/);
    expect(out).toContain("21800@2014");
  });

  it("leaves a bare 'as many as' a hedge on its own count", () => {
    expect(read("Last year as many as 300 migrants were deported.")).toEqual(["300@2015"]);
  });
});

import {describe, expect, it} from "vitest";
import {countryRows} from "./read-paragraph.js";

const read = (text: string) => countryRows(text, "Poland", "2016", "2016-12-31");

describe("a count of the places a list then names is no statistic; the list counts the subject", () => {
  it.each([
    [
      "Most applications were filed by citizens of three countries: Russia (2,600), Tajikistan (475) and Ukraine (455).",
      ["2600 -/Russian Federation", "475 -/Tajikistan", "455 -/Ukraine"]
    ],
    [
      "Most asylum applications in 2016 came from nationals of four countries: Syria (1,300), Iraq (540), Eritrea (210) and Somalia (95).",
      ["1300 -/Syria", "540 -/Iraq", "210 -/Eritrea", "95 -/Somalia"]
    ],
    [
      "Residence permits were granted in 2016 to citizens of two countries: Ukraine (8,100) and Belarus (1,200).",
      ["8100 -/Ukraine", "1200 -/Belarus"]
    ],
    [
      "Most victims identified in 2016 were citizens of three countries – Nigeria (41), Romania (18) and Bulgaria (12).",
      ["41 -/Nigeria", "18 -/Romania", "12 -/Bulgaria"]
    ],
    [
      "Applications for international protection were filed by citizens of five countries, namely Russia (2,600), Tajikistan (475), Ukraine (455), Armenia (112) and Georgia (41).",
      ["2600 -/Russian Federation", "112 -/Armenia", "41 -/Georgia"]
    ]
  ])("%j", (text, expected) => {
    const got = read(text);
    for (const e of expected) expect(got).toContain(e);
    // "three countries" is how many places are listed, not a figure of its own.
    expect(got.some((r) => /^[2-5] /.test(r))).toBe(false);
  });
});

describe("a semicolon inside an item's bracket ends no list of origins", () => {
  it.each([
    [
      "Most applications were filed by citizens of Russia (2,600; mostly Chechens), Tajikistan (475) and Ukraine (455).",
      ["475 -/Tajikistan", "455 -/Ukraine"]
    ],
    [
      "Most applications were filed by citizens of three countries: Russia (2,600; mostly Chechens), Tajikistan (475) and Ukraine (455).",
      ["2600 -/Russian Federation", "475 -/Tajikistan", "455 -/Ukraine"]
    ],
    [
      "Work permits were issued in 2016 mostly to citizens of Ukraine (8,100; mainly seasonal), Belarus (1,200) and Moldova (600).",
      ["1200 -/Belarus", "600 -/Moldova"]
    ],
    [
      "Refugee status was granted in 2016 to citizens of Syria (210; see annex), Egypt (30) and China (25).",
      ["30 -/Egypt", "25 -/China"]
    ],
    [
      "Asylum applications were filed by citizens of Syria (1,300; including 400 children), Iraq (540) and Eritrea (210).",
      ["540 -/Iraq", "210 -/Eritrea"]
    ]
  ])("%j", (text, expected) => {
    const got = read(text);
    for (const e of expected) expect(got).toContain(e);
    expect(got.some((r) => / (?:Tajikistan|Ukraine|Belarus|Moldova|Egypt|China|Iraq|Eritrea)\//.test(r))).toBe(false);
  });
});

describe("counts of places that open no list stay counts", () => {
  it.each([
    ["In 2016 victims came from 12 countries.", "12 "],
    ["Migrants from 45 countries applied for asylum in 2016.", "45 "]
  ])("%s", (text, expected) => {
    expect(read(text).some((r) => r.startsWith(expected))).toBe(true);
  });
});

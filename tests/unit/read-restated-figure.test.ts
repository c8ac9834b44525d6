import {describe, expect, it} from "vitest";
import {observations} from "./read-paragraph.js";
import {namesFigure, restatesFigure} from "../../loaders/general/read-restated-figure.js";

/** "value@period" of the observations of a paragraph. */
const read = (text: string) => observations(text, "2020", "2021-06-25").map((o) => `${o.value}@${o.period.label}`);

const FIRST = "In 2020, the Commission identified 60 potential trafficking victims.";

describe("a figure given again in brackets after a word for a figure", () => {
  it.each([
    [
      `${FIRST} The Commission’s statistic (60) reflected a multi-year decline from 94 in 2019 and 130 in 2018.`,
      ["94@2019", "130@2018"]
    ],
    [`${FIRST} This figure (60) marked a decline from 75 in 2019.`, ["75@2019"]],
    [`${FIRST} The total (60) was lower than 82 in 2019 and 97 in 2018.`, ["82@2019", "97@2018"]],
    [`${FIRST} The number (60) fell from 71 in 2019.`, ["71@2019"]],
    [
      `${FIRST} The Commission’s figure (60) continued a decline from 88 in 2019, 90 in 2018 and 102 in 2017.`,
      ["88@2019", "90@2018", "102@2017"]
    ]
  ])("%s", (text, expected) => {
    expect(read(text)).toEqual(expect.arrayContaining(expected));
  });

  it("a bracketed number of another value restates nothing", () => {
    expect(read(`${FIRST} The statistic (45) fell from 94 in 2019.`)).not.toContain("94@2019");
  });

  it.each([
    ["the Commission’s statistic (", true],
    ["this figure (", true],
    ["the total (", true],
    ["60 potential victims (", false],
    ["in 2020 (", false]
  ])("%j names a figure: %s", (before, names) => {
    expect(namesFigure(before as string)).toBe(names);
  });

  it("tells a sentence restating a figure", () => {
    expect(restatesFigure("The statistic (60) reflected a decline.")).toBe(true);
    expect(restatesFigure("Police identified 60 victims (40 women).")).toBe(false);
  });
});

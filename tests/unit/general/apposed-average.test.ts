import {describe, expect, it} from "vitest";
import {isRate} from "../../../loaders/general/read-rate.js";
import {extractDocument} from "../../../loaders/extract-document.js";
import {meta} from "../../helpers.js";

const rate = (text: string, number: string) => {
  const at = text.indexOf(number);
  return isRate(text, at, at + number.length);
};

describe("a count followed by its average", () => {
  it("keeps the count a count", () => {
    expect(rate("Bahrain expelled 2,406 workers, an average of 46 a week", "2,406")).toBe(false);
    expect(rate("some 930 overstayers left, on average 3 per day", "930")).toBe(false);
    expect(rate("police detained 12,775 migrants, averaging 35 daily", "12,775")).toBe(false);
    expect(rate("the service removed 611 people, a monthly average of 51 per month", "611")).toBe(false);
    expect(rate("4,380 asylum seekers arrived, an average of 365 a month", "4,380")).toBe(false);
  });

  it("still reads the average and a plain rate as rates", () => {
    expect(rate("Bahrain expelled 2,406 workers, an average of 46 a week", "46")).toBe(true);
    expect(rate("police detained 12,775 migrants, averaging 35 daily", "35")).toBe(true);
    expect(rate("about 7,000 people a year cross the river", "7,000")).toBe(true);
    expect(rate("an average of 210 women per month sought help", "210")).toBe(true);
    expect(rate("they detained 640 migrants per month", "640")).toBe(true);
  });
});

describe("a sentence opening with a part of a period", () => {
  const read = (text: string, date: string) =>
    extractDocument(text, meta({date, kind: "press_item", state: "BHR"}), {tables: [], sentences: []}).observations;

  it("counts in the period the opening names", () => {
    for (const [opening, year] of [
      ["Earlier last year", "2018"],
      ["Early in 2016", "2016"],
      ["Later in 2017", "2017"],
      ["Late last year", "2018"]
    ]) {
      const rows = read(`${opening}, nearly 6,320 workers were deported, an average of 17 a day.\n`, "2019-03");
      const row = rows.find((o) => o.value === 6320);
      expect([row?.period_start, row?.period_end]).toEqual([`${year}-01-01`, `${year}-12-31`]);
    }
  });

  it("takes no period from a word that is no time", () => {
    const rows = read("Earlier reports said 6,320 workers were deported.\n", "2019-03");
    const row = rows.find((o) => o.value === 6320);
    expect(row?.period_start ?? null).not.toBe("2018-01-01");
  });
});

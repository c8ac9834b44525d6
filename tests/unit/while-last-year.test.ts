import {describe, expect, it} from "vitest";
import {observations} from "./read-paragraph.js";

/** "value@period" of the rows of a paragraph in a report on 2013, dated December 2013. */
const read = (text: string) =>
  observations(text, "2013", "2013-12-28").map((o) => `${o.value}@${o.period.start}..${o.period.end}`);

const REPORT = "2013-01-01..2013-12-31";
const LAST_YEAR = "2012-01-01..2012-12-31";

describe("a contrast 'while last year …' dates only the counts after it", () => {
  it.each([
    "A total of 24 305 nationals were deported while last year 35 313 were deported.",
    "Some 24 305 nationals were returned whereas last year 35 313 were returned.",
    "A total of 24 305 nationals were deported, while last year the border post recorded 35 313.",
    "Some 24 305 migrants were deported while last year the authorities deported 35 313.",
    "The number of returned nationals stood at 24 305, whereas last year it stood at 35 313.",
    "Officials deported 24 305 migrants while last year officials deported 35 313.",
    "In all 24 305 persons were deported, while last year 35 313 persons were deported.",
    "Immigration officers deported 24 305 nationals whereas last year they deported 35 313 nationals.",
    "The total of deported persons was 24 305, while last year the total was 35 313.",
    "Police deported 24 305 migrants, whereas last year police deported 35 313."
  ])("%s", (text) => {
    expect(read(text)).toEqual([`24305@${REPORT}`, `35313@${LAST_YEAR}`]);
  });

  it("keeps 'while' that names no time as part of its clause", () => {
    expect(read("Police deported 1 200 migrants in 2012 while officers were on patrol.")).toEqual([
      `1200@${LAST_YEAR}`
    ]);
  });
});

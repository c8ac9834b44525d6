import {describe, expect, it} from "vitest";
import {rows} from "./read-paragraph.js";

// "Since end of September, 3,800 people crossed": a span from a part of a month or year up to the item's date.
describe("a span since the end, middle or start of a month or year", () => {
  it.each([
    ["Since end of September, more than 3,800 people crossed the border.", "3800@2016-09-30..2016-12-09"],
    ["Since the end of September, more than 3,800 people crossed the border.", "3800@2016-09-30..2016-12-09"],
    ["More than 3,800 people crossed the border since the end of September.", "3800@2016-09-30..2016-12-09"],
    ["Since mid-September, 3,800 people crossed the border.", "3800@2016-09-15..2016-12-09"],
    ["Since the middle of September, 3,800 people crossed the border.", "3800@2016-09-15..2016-12-09"],
    ["Since the beginning of September, 3,800 people crossed the border.", "3800@2016-09-01..2016-12-09"],
    ["Since the start of November, 120 migrants were rescued at sea.", "120@2016-11-01..2016-12-09"],
    ["Since the end of 2015, 3,800 people crossed the border.", "3800@2015-12-31..2016-12-09"],
    ["Since the middle of 2015, 3,800 people crossed the border.", "3800@2015-07-01..2016-12-09"],
    ["Since the end of October 2016, 240 refugees arrived in the camp.", "240@2016-10-31..2016-12-09"],
    ["Since mid-October 2016, 240 refugees arrived in the camp.", "240@2016-10-15..2016-12-09"]
  ])("%s", (text, expected) => {
    expect(rows(text, "2016", "2016-12-09").map((r) => r.split(" ")[0])).toEqual([expected]);
  });

  it.each([
    // A stock at a month's end is a day, not a span since it.
    ["At the end of September, 3,800 refugees lived in the camp.", "3800@2016-09-30"],
    // "Since September" starts on its first day.
    ["Since September, 3,800 people crossed the border.", "3800@2016-09-01..2016-12-09"],
    // A month's end that is no "since" stays the month.
    ["In mid-September, 3,800 people crossed the border.", "3800@2016-09"]
  ])("%s", (text, expected) => {
    expect(rows(text, "2016", "2016-12-09").map((r) => r.split(" ")[0])).toEqual([expected]);
  });
});

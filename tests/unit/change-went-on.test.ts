import {describe, expect, it} from "vitest";
import {rows} from "./read-paragraph.js";

/** "value@period" of every row of a sentence in a report on 2016. */
const read = (text: string) => rows(text, "2016", "2017-06-01").map((r) => r.split(" ")[0]);

// "continued to increase from 27,700 to 40,200", "nearly halved from 20,200 to 11,000", "from 30,800 to 42,300 over
// the 12 months to April 2011": a change stated with both levels, the earlier one a year before.
describe("a change that went on, by a factor, or over a span, with both levels", () => {
  it.each([
    ["The number of work permits continued to increase from 3,200 to 4,100 in 2016.", ["3200@2015", "4100@2016"]],
    ["The number of asylum applications continued to fall from 12,400 to 9,800 in 2016.", ["12400@2015", "9800@2016"]],
    ["The number of deportations continued to rise from 1,100 to 1,450 in 2016.", ["1100@2015", "1450@2016"]],
    ["The number of victims identified continued to decline from 86 to 64 in 2016.", ["86@2015", "64@2016"]],
    [
      "The number of residence permits issued continues to grow from 5,600 to 6,300 in 2016.",
      ["5600@2015", "6300@2016"]
    ],
    ["The number of asylum applications nearly halved from 20,200 to 11,000 in 2016.", ["20200@2015", "11000@2016"]],
    ["The number of work permits issued doubled from 3,200 to 6,400 in 2016.", ["3200@2015", "6400@2016"]],
    ["The number of deportations tripled from 400 to 1,200 in 2016.", ["400@2015", "1200@2016"]],
    ["The number of residence permits issued rose from 5,600 to 6,300 over the year.", ["5600@2015", "6300@2016"]],
    [
      "The number of asylum applications fell from 12,400 to 9,800 over the twelve months to December 2016.",
      ["12400@2015", "9800@2016"]
    ],
    [
      "The number of immigrants increased from 30,800 to 42,300 over the 12 months to December 2016.",
      ["30800@2015", "42300@2016"]
    ],
    ["The number of work permits continued to drop from 3,200 to 2,900 in 2016.", ["3200@2015", "2900@2016"]]
  ])("%s", (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  // A level that went on with no earlier figure, and a factor that is no change of a count, stay as they were.
  it.each([
    ["The number of work permits continued to increase, reaching 4,100 in 2016.", ["4100@2016"]],
    ["The number of deportations doubled in 2016 to 1,200.", ["1200@2016"]],
    ["Some 1,200 migrants were deported over the border in 2016.", ["1200@2016"]]
  ])("%s", (text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});

import {describe, expect, it} from "vitest";
import {rows} from "./read-paragraph.js";

/** "value@period" of one sentence of a 2015 item dated 27 July 2015. */
const read = (text: string) => rows(text, "2015", "2015-07-27").map((r) => r.split(" ")[0]);

describe("when a report came out dates the report, not the counts it holds", () => {
  it.each([
    "A report on the resident aliens in 2015 issued last week by Immigration shows 47 I-Kiribati registered to live here.",
    "The report issued last week shows that 47 migrants were deported in 2015.",
    "The data published last week show that 47 migrants were deported in 2015.",
    "Figures released last week show 47 migrants were deported in 2015.",
    "The statistics published in July 2015 show that 47 migrants were deported in 2015.",
    "A survey presented last week found that 47 migrants were deported in 2015.",
    "The bulletin released on 20 July 2015 shows 47 migrants were deported in 2015.",
    "A study on deportations in 2015 published last week shows that 47 migrants were deported.",
    "The review made public last week shows that in 2015, 47 migrants were deported.",
    "The ministry's report for 2015, launched last week, shows 47 migrants were deported."
  ])("%s", (text) => {
    expect(read(text)).toEqual(["47@2015"]);
  });

  it("keeps a time of the event itself", () => {
    expect(read("Last week, 47 migrants were deported.")).toEqual(["47@2015-07-20..2015-07-26"]);
  });
});

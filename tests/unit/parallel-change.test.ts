import {describe, expect, it} from "vitest";
import {rows} from "./read-paragraph.js";

const read = (text: string) => rows(text, "2011", "2012-03-01").map((r) => r.split(" ")[0]);

describe("an undated 'from … to …' after a dated one in the sentence runs between the same periods", () => {
  it.each([
    [
      "Deportations rose from 9,453 in 2006 to 11,092 in 2011, while removals of migrants fell from 1,959 to 1,278.",
      "1959@2006"
    ],
    [
      "Asylum applications grew from 4,100 in 2008 to 5,300 in 2011, while deportations fell from 2,200 to 2,950.",
      "2200@2008"
    ],
    [
      "Work permits issued rose from 12,000 in 2007 to 14,500 in 2011; residence permits issued rose from 8,100 to 9,700.",
      "8100@2007"
    ],
    ["Identified victims fell from 140 in 2009 to 95 in 2011; trafficking convictions fell from 31 to 22.", "31@2009"],
    [
      "Border crossings grew from 51,000 in 2005 to 58,300 in 2011, whereas deportations dropped from 3,300 to 2,900.",
      "3300@2005"
    ],
    [
      "Deportations rose from 9,453 in 2010 to 11,092 in 2012, while removals of migrants fell from 1,959 to 1,278.",
      "1278@2012"
    ],
    [
      "Asylum applications grew from 4,100 in 2008 to 5,300 in 2010, while deportations fell from 2,200 to 2,950.",
      "2950@2010"
    ],
    [
      "Work permits issued rose from 12,000 in 2007 to 14,500 in 2009; residence permits issued rose from 8,100 to 9,700.",
      "9700@2009"
    ],
    ["Identified victims fell from 140 in 2004 to 95 in 2008; trafficking convictions fell from 31 to 22.", "22@2008"],
    [
      "Asylum applications rose from 2,100 in 2003 to 4,600 in 2011, while deportations fell from 1,700 to 1,250.",
      "1700@2003"
    ]
  ])("%s", (text, expected) => {
    expect(read(text)).toContainEqual(expected);
  });

  it("keeps the periods a later change names for itself", () => {
    expect(
      read("Deportations rose from 9,453 in 2006 to 11,092 in 2011, and removals from 1,959 in 2008 to 1,278 in 2009.")
    ).toContainEqual("1959@2008");
  });

  it("reads an undated change in a report on one year as from the year before", () => {
    expect(read("Removals of migrants fell from 1,959 to 1,278.")).toContainEqual("1959@2010");
  });
});

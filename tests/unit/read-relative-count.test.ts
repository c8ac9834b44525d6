import {describe, expect, it} from "vitest";
import {countsWhoDid} from "../../loaders/general/read-relative-count.js";
import {observations} from "./read-paragraph.js";

const read = (text: string) => observations(text, "2012", "2013-03-20").map((o) => `${o.value} ${o.indicator}`);

describe("a number whose relative clause says what its people did", () => {
  it("counts persons by the clause's verb, not by the count it is compared with", () => {
    const cases: [string, string][] = [
      [
        "Japan granted refugee status to only 18 asylum-seekers in 2012, a small fraction of the 2,545 who applied.",
        "2545 asylum_applications"
      ],
      ["In 2012, asylum was granted to 40 people, out of the 1,100 who applied.", "1100 asylum_applications"],
      ["In 2012 refugee status went to 12 persons, of the 930 who had applied for asylum.", "930 asylum_applications"],
      [
        "Only 25 asylum seekers were recognised in 2012, against the 3,400 who applied for asylum.",
        "3400 asylum_applications"
      ],
      ["In 2012, 61 refugees were resettled, among the 700 who applied for asylum.", "700 asylum_applications"],
      ["Just 9 asylum seekers were granted protection in 2012, of the 480 who applied.", "480 asylum_applications"],
      [
        "In 2012, 150 victims were assisted, out of the 210 who were identified as trafficking victims.",
        "210 trafficking_victims_identified"
      ],
      [
        "The shelter housed 35 trafficking victims in 2012, among the 90 who were identified.",
        "90 trafficking_victims_identified"
      ],
      [
        "In 2012, the asylum office granted status to 70 people, of the 1,900 who had applied.",
        "1900 asylum_applications"
      ],
      ["In 2012 asylum was refused to 300 people, of the 2,000 who have applied.", "2000 asylum_applications"]
    ];
    for (const [text, row] of cases) expect(read(text)).toContain(row);
  });

  it("reads no relative clause where none follows, or one on things", () => {
    expect(countsWhoDid(" who applied.")).toBe(true);
    expect(countsWhoDid(" who had been returned home")).toBe(true);
    expect(countsWhoDid(" applications were lodged")).toBe(false);
    expect(countsWhoDid(" which were returned")).toBe(false);
    expect(countsWhoDid(" who remain in the centres")).toBe(false);
  });
});

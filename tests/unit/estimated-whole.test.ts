import {describe, expect, it} from "vitest";
import {rows} from "./read-paragraph.js";

/** The values of the observations of one sentence of a 2019 report. */
const values = (text: string) => rows(text, "2019", "2020").map((r) => r.split("@")[0]);

describe("'of an estimated' whole named by a participle of its own is no part of the count before it", () => {
  it.each([
    "In 2019, 213,376 refugees returned home of an estimated 2.3 million displaced in six countries.",
    "In 2019, 213,376 refugees have returned of an estimated 2.3 million displaced.",
    "In 2019, 13,376 migrants were assisted of an estimated 300,000 stranded in Libya.",
    "In 2019, 1,376 victims were identified of an estimated 30,000 trafficked each year.",
    "In 2019, 213 refugees were resettled, of an estimated 2,300 registered.",
    "In 2019, 213 children were repatriated of an estimated 2,300 separated from their families.",
    "In 2019, 213,376 people returned of an estimated 2.3 million displaced by the conflict.",
    "In 2019, 13,376 migrants returned home, of an estimated 400,000 stranded abroad.",
    "In 2019, 13,376 refugees were repatriated of an estimated 40,000 registered in camps.",
    "In 2019, 376 migrants were rescued of an estimated 4,000 trafficked."
  ])("%s", (text) => {
    const read = values(text);
    expect(read.length).toBe(1);
    expect(read[0]).not.toMatch(/^(?:2300000|300000|30000|2300|400000|40000|4000)$/);
  });

  it("still reads a whole with a noun of its own, and parts 'of' a count", () => {
    expect(values("In 2019, 213 refugees returned of an estimated 2,300 refugees in camps.")).toContain("213");
    expect(values("In 2019, 300 victims were identified, of whom 120 were children.")).toEqual(["300", "120"]);
  });
});

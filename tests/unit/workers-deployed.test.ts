import {describe, expect, it} from "vitest";
import {indicatorsOf} from "./read-paragraph.js";

const read = (text: string) => indicatorsOf(text, "2019", "2020-01-20");

describe("workers a sending country deployed abroad", () => {
  it.each([
    ["In 2019, 2.1 million Filipino workers were deployed abroad.", "2100000 workers_departed_abroad"],
    ["The number of Filipino workers deployed abroad rose to 2.1 million in 2019.", "2100000 workers_departed_abroad"],
    ["In 2019, 276,000 Indonesian migrant workers were deployed overseas.", "276000 workers_departed_abroad"],
    ["Some 700,000 Bangladeshi workers were deployed overseas in 2019.", "700000 workers_departed_abroad"],
    ["In 2019, 236,000 Nepali workers were deployed abroad for foreign employment.", "236000 workers_departed_abroad"],
    ["In 2019, 45,000 nationals were deployed to work in the Gulf.", "45000 workers_departed_abroad"],
    ["Overseas deployment reached 2.2 million workers in 2019.", "2200000 workers_departed_abroad"],
    ["In 2019, 1,200 seasonal workers were deployed abroad.", "1200 workers_departed_abroad"],
    ["In 2019, 88,000 migrant workers were deployed overseas, up from 80,000.", "88000 workers_departed_abroad"],
    ["In 2019, 5,400 Nepalis were deployed abroad.", "5400 workers_departed_abroad"]
  ])("%s", (text, row) => {
    expect(read(text)).toContain(row);
  });

  it("leaves people deployed at home, such as officers sent to a border, to other indicators", () => {
    expect(read("In 2019, 200 police officers were deployed to the border.")).not.toContain(
      "200 workers_departed_abroad"
    );
  });
});

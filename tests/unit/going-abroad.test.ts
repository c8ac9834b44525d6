import {describe, expect, it} from "vitest";
import {indicatorsOf} from "./read-paragraph.js";

const read = (text: string) => indicatorsOf(text, "2015", "2016-01-15");

describe("workers who go abroad or overseas left for work abroad", () => {
  it.each([
    "Some 100,000 workers go abroad for jobs through India.",
    "In 2015, about 4,500 migrants go abroad for work.",
    "In 2015, 12,000 migrant workers went overseas for employment.",
    "In 2015, around 30,000 workers went overseas for jobs.",
    "In 2015, 2,300 workers were going overseas to work.",
    "In 2015, nearly 9,000 citizens go abroad for employment.",
    "In 2015, 640 domestic workers went overseas for jobs.",
    "In 2015, 15,000 workers were going overseas for employment in the Gulf.",
    "In 2015, 7,400 nationals go abroad for work in Malaysia.",
    "In 2015, some 3,100 migrant workers go overseas for jobs in Qatar."
  ])("%s", (text) => expect(read(text).some((r) => /_left$|departed_abroad$/.test(r))).toBe(true));

  it.each([
    // People who came back from abroad did not leave.
    "In 2015, 2,000 returnees came back from abroad.",
    // Money sent from abroad, not people leaving.
    "In 2015, remittances from overseas reached $400 million."
  ])("no departure in %s", (text) => expect(read(text).some((r) => /_left$|departed_abroad$/.test(r))).toBe(false));
});

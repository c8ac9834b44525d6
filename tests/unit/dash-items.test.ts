import {describe, expect, it} from "vitest";
import {splitSentences} from "../../loaders/general/split-sentences.js";
import {rows} from "./read-paragraph.js";

const sentences = (text: string) => splitSentences(text).map(([s, e]) => text.slice(s, e).trim());

describe("a stop, then a dash marking the next item of a list, ends a sentence", () => {
  it.each([
    ["Remittances rose in October 2020. - During Jul-Oct 2020, they reached $9.4 billion.", 2],
    ["Remittances rose in October 2020. – During 2019 they fell.", 2],
    ["Remittances rose in October 2020. — In 2019 they fell.", 2],
    ["Asylum applications fell. - 340 victims were identified.", 2],
    ["Asylum applications fell. - The office decided 120 cases. - Appeals rose.", 3],
    ["Deportations rose in 2019. - Returns fell in 2018.", 2],
    ['Work permits rose. - "Temporary" permits fell.', 2],
    ["Work permits rose. - (See table 2.) Residence permits fell.", 3],
    ["Arrivals rose in May. - 2,300 migrants arrived in June.", 2],
    ["Arrivals rose in May. -  Departures fell in June.", 2]
  ])("%s", (text, count) => {
    expect(sentences(text)).toHaveLength(count);
  });

  it("keeps a dash inside a sentence, and a stop before a lower-case word after a dash, in one sentence", () => {
    expect(sentences("Remittances rose - by 5% - in October 2020.")).toHaveLength(1);
    expect(sentences("Remittances rose in Oct. - and fell in Nov.")).toHaveLength(1);
  });

  it("dates each item by its own period", () => {
    expect(
      rows(
        "Workers' remittances remained above $2.0 billion in October 2020. - During July-October 2020, workers' remittances increased to $9.4 billion.",
        "2020-10",
        "2020-11-12"
      )
    ).toEqual(["2000000000@2020-10 remittances []", "9400000000@2020-07-01..2020-10-31 remittances []"]);
  });
});

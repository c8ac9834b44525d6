import {describe, expect, it} from "vitest";
import {extractStatements} from "../../loaders/general/extract-statements.js";
import {parsePeriodLabel} from "../../loaders/periods/parse-period.js";

/** The values charted and the candidates' reasons for one sentence of a release of 10 December 2019. */
function read(text: string): {charted: number[]; held: string[]} {
  const r = extractStatements(text, [{number: "", start: 0, end: text.length}], {
    reportingPeriod: parsePeriodLabel("2019"),
    documentDate: "2019-12-10",
    claimed: []
  });
  return {charted: r.observations.map((o) => o.value), held: r.candidates.map((c) => `${c.value} ${c.reason}`)};
}

describe("a count per unit of time is a rate, even where its sentence names a longer period", () => {
  it.each([
    "Since 2011, 1,200 defectors have arrived in the South annually.",
    "Since 2011, about 1,200 defectors have arrived in the South per year.",
    "Since 2015, about 1,200 migrants have been deported a month.",
    "Since January, 1,200 migrants have crossed the border per day.",
    "In 2018 and 2019, 1,200 asylum seekers arrived monthly.",
    "Since March, 1,200 people have fled daily.",
    "Since 2016, authorities have deported 1,200 foreigners a year.",
    "Over the past five years, 1,200 victims were identified annually.",
    "Since 2018, 1,200 nationals have returned home annually.",
    "Since 2014, 1,200 work permits have been issued per month."
  ])("%s", (text) => {
    const {charted, held} = read(text);
    expect(charted).toEqual([]);
    expect(held).toEqual(["1200 a rate, not a count of its period"]);
  });

  it("holds both ends of a range per year", () => {
    expect(read("Since 2011, between 1,100 and 1,500 defectors have arrived in the South annually.").held).toEqual([
      "1100 a rate, not a count of its period",
      "1500 a rate, not a count of its period"
    ]);
  });

  it.each([
    // The rate is a number of its own; the count before it is of the period.
    "In 2019, 12,000 migrants arrived, at a rate of 1,000 per month.",
    "In 2019, 12,000 migrants arrived in the country, compared with an average of 800 a month in 2018.",
    "In 2019, 12,000 migrants arrived in the country."
  ])("charts the count of the period: %s", (text) => {
    expect(read(text).charted[0]).toBe(12000);
  });
});

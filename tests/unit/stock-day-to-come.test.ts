import {describe, expect, it} from "vitest";
import {extractStatements} from "../../loaders/general/extract-statements.js";
import {parsePeriodLabel} from "../../loaders/periods/parse-period.js";

/** "value@period" of a text of paragraphs set apart by blank lines, read as an item of `date` on `reporting`. */
function read(text: string, date: string, reporting: string): string[] {
  const paragraphs: {number: string; start: number; end: number}[] = [];
  for (const m of text.matchAll(/[^\n]+(?:\n(?!\n)[^\n]*)*/g))
    paragraphs.push({number: "", start: m.index, end: m.index + m[0].length});
  return extractStatements(text, paragraphs, {
    reportingPeriod: parsePeriodLabel(reporting),
    documentDate: date,
    claimed: []
  }).observations.map((o) => `${o.value}@${o.period.label}`);
}

describe("a stock dated to a day yet to come dates no later stock", () => {
  it.each([
    [
      "221,675 refugees registered in Egypt as of 2018\n\nAs of January 2018, 221,675 refugees were registered in Egypt.\n\nSouth Sudanese refugees in Egypt totalled 10,518.",
      "2018-02-26",
      "10518@2018-01-31"
    ],
    [
      "Over 90,000 refugees in Chad as of 2019\n\nAs of February 2019, 91,200 refugees lived in camps.\n\nSudanese refugees in Chad totalled 60,400.",
      "2019-03-15",
      "60400@2019-02-28"
    ],
    [
      "Refugee numbers as of 2021\n\nAs of March 2021, 30,100 refugees were hosted.\n\nThe camp hosted 12,000 refugees.",
      "2021-04-10",
      "12000@2021-03-31"
    ],
    [
      "Migrants in Libya as of 2020\n\nAs of January 2020, 654,000 migrants were present.\n\nNigerien migrants in Libya totalled 120,000.",
      "2020-02-20",
      "120000@2020-01-31"
    ],
    [
      "Asylum seekers as of 2017\n\nAs of 31 May 2017, 40,200 refugees lived in the country.\n\nEritrean refugees totalled 9,100.",
      "2017-06-12",
      "9100@2017-05-31"
    ],
    [
      "Displaced persons as of 2022\n\nAs of April 2022, 1.2 million people were displaced.\n\nThe province hosted 300,000 displaced persons.",
      "2022-05-03",
      "300000@2022-04-30"
    ],
    [
      "Refugees as of 2016\n\nAs of June 2016, 52,000 refugees were hosted.\n\nSomali refugees totalled 14,000.",
      "2016-07-20",
      "14000@2016-06-30"
    ],
    [
      "Refugees in Uganda as of 2023\n\nAs of 28 February 2023, 1,500,000 refugees lived in Uganda.\n\nCongolese refugees totalled 480,000.",
      "2023-03-09",
      "480000@2023-02-28"
    ],
    [
      "Stateless persons as of 2015\n\nAs of January 2015, 10,800 stateless persons were registered.\n\nThe capital hosted 4,100 refugees.",
      "2015-02-14",
      "4100@2015-01-31"
    ],
    [
      "Refugees in Kenya as of 2019\n\nAs of July 2019, 475,000 refugees lived in Kenya.\n\nThe camps hosted 212,936 refugees.",
      "2019-08-20",
      "212936@2019-07-31"
    ]
  ])("%s", (text, date, expected) => {
    const reporting = `${date.slice(0, 4)}-01-01..${date}`;
    expect(read(text, date, reporting)).toContain(expected);
  });

  it("a year already over still dates the stocks after it", () => {
    const text = "Refugees as of 2017\n\nThe camp hosted 12,000 refugees.";
    expect(read(text, "2018-02-10", "2017")).toContain("12000@2017-12-31");
  });
});

import {describe, expect, it} from "vitest";
import {closesPlanName} from "../../loaders/general/law-name-year.js";
import {frameSentence} from "../../loaders/general/resolve-period.js";
import {documentStock} from "../../loaders/general/read-stock-estimate.js";

const closes = (text: string, year: string) => closesPlanName(text, text.indexOf(year));
const periodsOf = (text: string) => frameSentence(text, "2017-09").periods.map((p) => p.period.label);

describe("the years that close a plan's name", () => {
  it.each([
    ["It was incorporated in the National Action Plan for Human Rights 2015-2019.", "2015"],
    ["Under the National Strategy 2021–2025 the office grew.", "2021"],
    ["The Migration Programme 2018 funded shelters.", "2018"],
    ["The Roadmap 2030 sets targets.", "2030"],
    ["under its Action Plan on Trafficking in Persons 2019-2021", "2019"],
    ["the Development Agenda for 2030", "2030"],
    ["The Border Management Framework, 2020-2024, was adopted.", "2020"],
    ["the Saudi Vision 2030", "2030"],
    ["the National Action Plan against Trafficking 2017–2020", "2017"],
    ["the Regional Initiative 2016", "2016"]
  ])("%s", (text, year) => {
    expect(closes(text, year)).toBe(true);
  });

  it.each([
    ["a plan in lower case", "the plan adopted in 2019 counted 400 victims", "2019"],
    ["a year after a verb", "In 2019, 400 victims were identified.", "2019"],
    ["a law, read elsewhere", "the Immigration Act 2016", "2016"],
    ["a year after a plan's name and a verb", "The Action Plan was adopted in 2018.", "2018"]
  ])("not %s", (_name, text, year) => {
    expect(closes(text, year)).toBe(false);
  });

  it("leaves the sentence no period of the plan's years", () => {
    expect(
      periodsOf(
        "With 6.5 million Indonesians working abroad, it was put in the National Action Plan for Human Rights 2015-2019."
      )
    ).toEqual([]);
    expect(periodsOf("In 2016, 420 permits were issued under the Action Plan 2015-2019.")).toEqual(["2016"]);
  });
});

describe("documentStock", () => {
  it("stands a stock on the document's day, else its month", () => {
    expect(documentStock("2021-03-04")).toMatchObject({start: "2021-03-04", end: "2021-03-04", stock: true});
    expect(documentStock("2017-09")).toMatchObject({start: "2017-09-01", end: "2017-09-30", stock: true});
    expect(documentStock("2017")).toBeNull();
    expect(documentStock(undefined)).toBeNull();
  });
});

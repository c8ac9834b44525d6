import {describe, expect, it} from "vitest";
import {rows} from "./read-paragraph.js";

/** "value@period indicator [category]" of one paragraph of a chapter on 2016. */
const read = (text: string) => rows(text, "2016", "2017");

describe("cases of trafficking with no stage of their own", () => {
  it.each([
    [
      "Human trafficking rose. There were 85 cases of forced marriage in 2016.",
      "85@2016 trafficking_cases [forced marriage]"
    ],
    ["The statistics on trafficking showed 32 cases of forced labor.", "32@2016 trafficking_cases [forced labor]"],
    [
      "Human trafficking: there were 12 cases of sexual exploitation last year.",
      "12@2016 trafficking_cases [sex trafficking]"
    ],
    ["In Rangoon, 27 human trafficking cases happened last year.", "27@2016 trafficking_cases"],
    ["The office counted 14 trafficking cases in 2016.", "14@2016 trafficking_cases"],
    ["Of the trafficking cases, 40 cases involved domestic servitude.", "40@2016 trafficking_cases"],
    ["Trafficking took many forms: 19 cases of debt bondage were among them.", "19@2016 trafficking_cases"],
    ["The hotline flagged 61 cases of suspected trafficking.", "61@2016 trafficking_cases"],
    ["There were nine cases of slavery and 12 cases of forced labour.", "9@2016 trafficking_cases"],
    ["Police handled 230 cases of trafficking in persons during the year.", "230@2016 trafficking_cases"],
    [
      "Of trafficking, there were 17 cases of forced prostitution in 2016.",
      "17@2016 trafficking_cases [sex trafficking]"
    ]
  ])("%s", (text, expected) => {
    expect(
      read(text).some((r) => r.startsWith(expected)),
      read(text).join("; ")
    ).toBe(true);
  });

  it.each([
    [
      "a stage named keeps its indicator",
      "The police investigated 87 cases of trafficking.",
      "87@2016 trafficking_investigations []"
    ],
    [
      "a prosecution stays one",
      "The government prosecuted eight trafficking cases.",
      "8@2016 trafficking_prosecutions []"
    ],
    [
      "cases of a kind of their own do not take the kind before",
      "Trafficking: there were 32 cases of forced labor and 12 cases of prostitution.",
      "12@2016 trafficking_cases []"
    ]
  ])("%s", (_name, text, expected) => {
    expect(read(text), read(text).join("; ")).toContain(expected);
  });

  it.each([
    ["cases that name no trafficking", "Trafficking remained a concern. Courts heard 140 cases of theft in 2016."],
    ["cases of illness", "The clinic treated 40 cases of malaria in 2016."],
    ["a count of cases out of any trafficking paragraph", "There were 85 cases of fraud in 2016."]
  ])("%s", (_name, text) => {
    expect(read(text).filter((r) => r.includes("trafficking_cases"))).toEqual([]);
  });
});

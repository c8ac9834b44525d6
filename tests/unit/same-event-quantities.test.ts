import {describe, expect, it} from "vitest";
import {indicatorsOf} from "./read-paragraph.js";

const read = (text: string) => indicatorsOf(text, "2016", "2017-06-27");

describe("a second quantity of one event, joined by 'in' or 'with', is counted by the same verb", () => {
  it.each([
    [
      "In 2016, authorities prosecuted 77 trafficking defendants in nine cases.",
      ["77 trafficking_prosecutions", "9 trafficking_prosecutions"]
    ],
    [
      "The government investigated 14 potential cases of trafficking with 24 defendants.",
      ["14 trafficking_investigations", "24 trafficking_investigations"]
    ],
    [
      "Authorities convicted 12 traffickers in seven cases.",
      ["12 trafficking_convictions", "7 trafficking_convictions"]
    ],
    [
      "In 2016, courts convicted eight traffickers in five cases.",
      ["8 trafficking_convictions", "5 trafficking_convictions"]
    ],
    [
      "Police investigated 30 trafficking cases with 52 suspects.",
      ["30 trafficking_investigations", "52 trafficking_investigations"]
    ],
    [
      "In 2016, prosecutors charged 41 trafficking suspects in 11 cases.",
      ["41 trafficking_prosecutions", "11 trafficking_prosecutions"]
    ],
    [
      "The government prosecuted 20 trafficking defendants in six cases.",
      ["20 trafficking_prosecutions", "6 trafficking_prosecutions"]
    ],
    [
      "In 2016, authorities investigated nine cases of child trafficking with 15 suspects.",
      ["9 trafficking_investigations", "15 trafficking_investigations"]
    ],
    [
      "Courts convicted 33 traffickers in 21 trafficking cases.",
      ["33 trafficking_convictions", "21 trafficking_convictions"]
    ],
    [
      "In 2016, the police investigated 18 trafficking cases with 27 suspected traffickers.",
      ["18 trafficking_investigations", "27 trafficking_investigations"]
    ]
  ])("%s", (text, rows) => {
    expect(read(text)).toEqual(rows);
  });

  it("does not count victims by the verb done to the offenders", () => {
    expect(read("Authorities prosecuted 12 traffickers in cases with 30 victims.")).not.toContain(
      "30 trafficking_prosecutions"
    );
    expect(read("In 2016, authorities investigated 45 trafficking cases with 151 victims.")).not.toContain(
      "151 trafficking_investigations"
    );
  });
});

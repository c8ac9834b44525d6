import {describe, expect, it} from "vitest";
import * as chrono from "chrono-node";
import * as score from "../../bench/libraries/score.js";
import {chronoPeriod, plainValue, referenceDay} from "../../bench/libraries/tools.js";

const span = (text: string, part: string, from = 0) => {
  const start = text.indexOf(part, from);
  if (start < 0) throw new Error(`${part} not in ${text}`);
  return {start, end: start + part.length};
};

describe("scoring of the field libraries", () => {
  it("counts a quote as inside one sentence only when one span holds all of it", () => {
    const text = "Police found 12 victims. Of those, 5 were children.";
    const quote = span(text, "12 victims. Of those");
    const first = span(text, "Police found 12 victims."),
      second = span(text, "Of those, 5 were children.");
    expect(score.inOneSentence(quote, [first, second])).toBe(false);
    expect(score.inOneSentence(quote, [{start: 0, end: text.length}])).toBe(true);
    expect(score.inOneSentence(span(text, "5 were children"), [first, second])).toBe(true);
  });

  it("reads a gold number right only from one entity with its value", () => {
    const text = "a total of 1 079 629 migrants";
    const gold = {...span(text, "1 079 629"), value: 1079629};
    expect(score.readNumber(gold, [{...gold, value: 1079629}])).toBe("right");
    expect(score.readNumber(gold, [{...span(text, "1 079 629"), value: 1079.629}])).toBe("wrong value");
    expect(score.readNumber(gold, [{...span(text, "1 079 629"), value: null}])).toBe("wrong value");
    // Three entities "1", "079", "629": found, but in pieces, whatever their values.
    expect(
      score.readNumber(gold, [
        {...span(text, "1 "), value: 1079629},
        {...span(text, "079"), value: 79},
        {...span(text, "629"), value: 629}
      ])
    ).toBe("in pieces");
    expect(score.readNumber(gold, [{...span(text, "total"), value: 1079629}])).toBe("missed");
  });

  it("finds a period only when an expression touching the scope has the same first and last day", () => {
    const text = "In the year ending September 2019, 24,441 people entered detention.";
    const scope = span(text, "24,441 people entered detention");
    const sentence = {start: 0, end: text.length};
    const expression = span(text, "the year ending September 2019");
    const right = {...expression, from: "2018-10-01", to: "2019-09-30"};
    const month = {...expression, from: "2019-09-01", to: "2019-09-30"};
    expect(score.findsPeriod(scope, [right], "2018-10-01", "2019-09-30")).toBe(false);
    expect(score.findsPeriod(sentence, [right], "2018-10-01", "2019-09-30")).toBe(true);
    expect(score.findsPeriod(sentence, [month], "2018-10-01", "2019-09-30")).toBe(false);
  });

  it("tells the forms of printed numbers apart", () => {
    expect(score.numberForm("12")).toBe("plain digits");
    expect(score.numberForm("1 079 629")).toBe("grouped digits");
    expect(score.numberForm("107.172")).toBe("grouped digits");
    expect(score.numberForm("0.45 million")).toBe("scale word");
    expect(score.numberForm("Thirty-four")).toBe("words");
    expect(score.numberForm("none")).toBe("no number printed");
    expect(score.numberForm("did not identify any")).toBe("no number printed");
    expect(score.numberForm("nine")).toBe("words");
  });

  it("finds boundary cases and scores splits at them", () => {
    const text = "Law No. 5 was passed in the U.S. last year. It found 1,431. Thirty-four victims left.";
    const cases = score.boundaryCases(text);
    const kinds = cases.map((c) => `${c.kind}@${text.slice(c.at - 6, c.at)}`);
    expect(kinds).toEqual([
      "abbreviation@aw No.",
      "abbreviation@e U.S.",
      "word stop@ year.",
      "inside number@und 1,",
      "number stop@1,431."
    ]);
    const right = [
      span(text, "Law No. 5 was passed in the U.S. last year."),
      span(text, "It found 1,431."),
      span(text, "Thirty-four victims left.")
    ];
    expect(cases.filter((c) => score.boundaryError(c, text, right))).toEqual([]);
    // Split after "No." and not after "1,431.": two errors, at the abbreviation and at the number stop.
    const wrong = [
      span(text, "Law No."),
      span(text, "5 was passed in the U.S. last year."),
      span(text, "It found 1,431. Thirty-four victims left.")
    ];
    expect(cases.filter((c) => score.boundaryError(c, text, wrong)).map((c) => c.kind)).toEqual([
      "abbreviation",
      "number stop"
    ]);
  });

  it("does not take a list number opening a line for a number closing a sentence", () => {
    const text = "1. Key facts\nEnforced returns fell.";
    expect(score.boundaryCases(text).filter((c) => c.kind === "number stop")).toEqual([]);
  });

  it("classes numbers that are not statistics", () => {
    const text =
      "In 2017, under Article 127 of the Code, victims aged 17 were found on 15 February and 12,193 returned.";
    expect(score.classifyNumber(text, span(text, "2017"))).toBe("year");
    expect(score.classifyNumber(text, span(text, "127"))).toBe("law or article number");
    expect(score.classifyNumber(text, span(text, "17 "))).toBe("age");
    expect(score.classifyNumber(text, span(text, "15"))).toBe("date part");
    expect(score.classifyNumber(text, span(text, "12,193"))).toBe("other");
  });

  it("reads wink's digits plainly and gives its words no value", () => {
    expect(plainValue("12,193")).toBe(12193);
    expect(plainValue("80 per cent")).toBe(80);
    expect(plainValue("$5 million")).toBe(5000000);
    expect(plainValue("0.45 million")).toBe(450000);
    expect(plainValue("Thirty-four")).toBeNull();
  });

  it("widens chrono's instant to the period its known components name", () => {
    const [june] = chrono.parse("in June 2019", new Date("2020-01-01T12:00:00Z"));
    expect(chronoPeriod(june.start, june.end ?? null)).toEqual(["2019-06-01", "2019-06-30"]);
    const [range] = chrono.parse("from 1 January to 30 June 2018", new Date("2020-01-01T12:00:00Z"));
    expect(chronoPeriod(range.start, range.end ?? null)).toEqual(["2018-01-01", "2018-06-30"]);
    expect(referenceDay("2017")).toBe("2017-07-01");
    expect(referenceDay("2022-09")).toBe("2022-09-15");
    expect(referenceDay("2019-11-28")).toBe("2019-11-28");
  });
});

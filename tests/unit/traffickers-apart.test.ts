import {describe, expect, it} from "vitest";
import {observations} from "./read-paragraph.js";

const read = (text: string) => observations(text, "2022", "2023-06").map((o) => `${o.value} ${o.indicator}`);

describe("traffickers are never counted as the victims beside them", () => {
  it.each([
    ["A sex trafficking case involving one victim and five alleged traffickers remained ongoing.", "5"],
    ["A case involving one victim and five traffickers remained pending at the end of the year.", "5"],
    ["The case involved two victims and three suspected traffickers.", "3"],
    ["One labor trafficking case with four victims and two alleged traffickers remained open.", "2"],
    ["In 2022, a case involving 12 victims and seven traffickers was pending.", "7"],
    ["Police identified one victim and arrested five alleged traffickers in 2022.", "5"],
    ["The investigation covered 30 victims and nine traffickers.", "9"],
    ["A forced labor case involving 14 victims and two traffickers remained ongoing.", "2"],
    ["It reported one victim and six alleged traffickers in a single case.", "6"],
    ["A sex trafficking case with three victims and four alleged perpetrators of trafficking continued.", "4"]
  ])("%s", (text, traffickers) => {
    expect(read(text)).not.toContainEqual(expect.stringMatching(new RegExp(`^${traffickers} trafficking_victims`)));
  });

  it("still reads the victims", () => {
    expect(
      read("A sex trafficking case involving one victim and five alleged traffickers remained ongoing.")
    ).toContain("1 trafficking_victims");
  });

  it("still reads traffickers the verb names", () => {
    expect(read("In 2022, police identified 12 victims and arrested four traffickers.")).toEqual([
      "12 trafficking_victims_identified",
      "4 trafficking_arrests"
    ]);
  });

  it("still reads parts of traffickers by sex and citizenship", () => {
    const rows = observations(
      "In 2022, courts sentenced three traffickers (two Surinamese men for sex trafficking and one man for labor trafficking).",
      "2022",
      "2023-06"
    );
    expect(rows.filter((o) => o.value === 2).map((o) => o.indicator)).toEqual([
      rows.find((o) => o.value === 3)?.indicator
    ]);
  });

  it("reads immigration offenders outside a trafficking context as migrants", () => {
    expect(read("In 2022, 29 immigration offenders were arrested.").join(" ")).not.toMatch(/traffick/);
  });
});

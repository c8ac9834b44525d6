import {describe, expect, it} from "vitest";
import {comparisonAsides} from "../../loaders/general/comparison-aside.js";
import {frameSentence, sentencePeriods} from "../../loaders/general/resolve-period.js";

const asides = (text: string) => {
  const f = frameSentence(text);
  return comparisonAsides(text, f.comparisons, []).map(([o, c]) => text.slice(o + 1, c).trim());
};
// The period label the count `value` is read in.
const periodOf = (text: string, value: string, date = "2023-05") => {
  const f = frameSentence(text, date);
  return sentencePeriods(f, text.indexOf(value), date).map((p) => p.label);
};

describe("comparisons set off by commas", () => {
  it("are asides when the sentence goes on with a with- or while-clause", () => {
    expect(asides("95 decisions were taken in April 2023, down from 133 the previous month, with 27 granted")).toEqual([
      "down from 133 the previous month"
    ]);
    expect(asides("Arrivals reached 3,400 in 2021, up from 2,100 in 2020, with most coming by sea")).toEqual([
      "up from 2,100 in 2020"
    ]);
    expect(
      asides("Some 640 permits were issued in May 2019, compared with 512 in May 2018, while 80 were refused")
    ).toEqual(["compared with 512 in May 2018"]);
    expect(asides("The office heard 71 cases in 2017, as against 64 in 2016, whereas 12 were withdrawn")).toEqual([
      "as against 64 in 2016"
    ]);
  });

  it("are not asides when nothing follows, no figure is in them or the sentence lists on", () => {
    expect(asides("95 decisions were taken in April 2023, down from 133 the previous month.")).toEqual([]);
    expect(asides("Arrivals reached 3,400 in 2021, up from 2,100 in 2020, and 400 left")).toEqual([]);
    expect(asides("Arrivals reached 3,400 in 2021, compared to last year, with most coming by sea")).toEqual([]);
    expect(asides("It assisted 26 victims, compared with 24 victims, including shelter for 16, in 2020")).toEqual([]);
  });

  it("date the count after the aside by the main clause", () => {
    expect(
      periodOf(
        "95 decisions were taken in April 2023, down from 133 the previous month, with 27 applicants granted",
        "27"
      )
    ).toEqual(["2023-04"]);
    expect(
      periodOf(
        "95 decisions were taken in April 2023, down from 133 the previous month, with 27 applicants granted",
        "133"
      )
    ).toEqual(["2023-03"]);
    expect(periodOf("Some 310 were returned in 2019, up from 250 in 2018, with 40 of them minors", "40")).toEqual([
      "2019"
    ]);
    expect(periodOf("Some 310 were returned in 2019, up from 250 in 2018, with 40 of them minors", "250")).toEqual([
      "2018"
    ]);
    expect(
      periodOf("Police freed 58 victims in 2022, compared with 47 in 2021, while 19 were referred to shelters", "19")
    ).toEqual(["2022"]);
  });
});

describe("comparisons in brackets", () => {
  it("end with their bracket", () => {
    const s =
      "A total of 48 decisions were taken in April 2023 (down from 163 in March and 510 in February), with 42 applicants granted";
    expect(periodOf(s, "42")).toEqual(["2023-04"]);
    expect(periodOf(s, "510")).toEqual(["2023-02"]);
    const t = "Some 205 claims were lodged in 2020 (up from 180 in 2019), and 97 claimants were recognised";
    expect(periodOf(t, "97")).toEqual(["2020"]);
    expect(periodOf(t, "180")).toEqual(["2019"]);
  });
});

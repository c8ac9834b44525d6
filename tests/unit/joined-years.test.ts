import {describe, expect, it} from "vitest";
import {rows} from "./read-paragraph.js";

// "a decrease from one million TTD ($149,477) in 2015 and 2014", "no convictions in 2021 or 2020": two years joined
// after a figure each have it.
describe("a figure stated for two joined years", () => {
  it.each([
    ["The government identified one foreign victim in 2017 and 2018.", "1", ["2017", "2018"]],
    ["The government identified one foreign victim in 2018 and 2017.", "1", ["2018", "2017"]],
    [
      "The government convicted three traffickers, compared with no convictions in 2021 or 2020.",
      "0",
      ["2021", "2020"]
    ],
    [
      "The government convicted three traffickers, compared with no convictions in 2021 and 2020.",
      "0",
      ["2021", "2020"]
    ],
    ["The government identified five victims, compared with two victims in 2016 and 2015.", "2", ["2016", "2015"]],
    ["Authorities prosecuted 12 suspects, compared with four suspects in 2017 and 2016.", "4", ["2017", "2016"]],
    ["Authorities prosecuted 12 suspects, up from four in 2017 and 2016.", "4", ["2017", "2016"]],
    ["Police referred 30 victims to shelters, as against 22 victims in 2018 and 2017.", "22", ["2018", "2017"]],
    ["The government convicted 11 traffickers, the same as the 11 convicted in 2019 and 2018.", "11", ["2019", "2018"]],
    [
      "The government spent 900,000 TTD on victim care, a decrease from one million TTD in 2015 and 2014.",
      "1000000",
      ["2015", "2014"]
    ],
    ["The ministry issued 400 permits, compared with 350 permits in 2012 and 2011.", "350", ["2012", "2011"]]
  ])("%s", (sentence, value, years) => {
    const periods = rows(sentence, "2022", "2023-06-25")
      .filter((r) => r.startsWith(`${value}@`))
      .map((r) => r.split(" ")[0].split("@")[1]);
    expect([...new Set(periods.filter((p) => years.includes(p)))].sort()).toEqual([...years].sort());
  });

  it.each([
    // Two figures, each with its own year.
    ["The government identified 45 victims in 2019 and 49 in 2018.", ["45@2019", "49@2018"]],
    // Years that open the sentence span it: no figure is stated for each.
    ["In 2019 and 2020, the government identified 45 victims.", 1]
  ])("%s", (sentence, expected) => {
    const read = rows(sentence, "2022", "2023-06-25").map((r) => r.split(" ")[0]);
    if (typeof expected === "number") expect(read).toHaveLength(expected);
    else expect(read).toEqual(expected);
  });
});

import {describe, expect, it} from "vitest";
import {observations} from "./read-paragraph.js";

/** "value country@period" of each observation of a release on the first quarter of 2021. */
const read = (text: string) =>
  observations(text, "2021Q1", "2021-03-20").map((o) => `${o.value} ${o.country ?? "-"}@${o.period.label}`);

describe("counts that add up to a count of the sentence before are its parts", () => {
  it.each([
    [
      "On 14 March 2021, 162 migrants returned from Libya on a charter flight. 101 persons returned voluntarily and 61 were deported.",
      ["101 Libya@2021-03-14", "61 Libya@2021-03-14"]
    ],
    [
      "Between 1-7 March 2021, 410 Afghans returned from Iran. 210 persons returned voluntarily and 200 were deported.",
      ["210 Iran@2021-03-01..2021-03-07", "200 Iran@2021-03-01..2021-03-07"]
    ],
    [
      "A total of 5,000 Afghans returned from Pakistan between 12-18 March 2021. 3,000 persons returned voluntarily and 2,000 were deported.",
      ["3000 Pakistan@2021-03-12..2021-03-18", "2000 Pakistan@2021-03-12..2021-03-18"]
    ],
    [
      "From 1 to 15 February 2021, 900 migrants returned from Turkey. 600 persons returned voluntarily and 300 were deported.",
      ["600 Turkey@2021-02-01..2021-02-15", "300 Turkey@2021-02-01..2021-02-15"]
    ],
    [
      "Over 8-14 March 2021, 1,240 Afghans returned from Iran. 1,000 persons returned voluntarily and 240 were deported.",
      ["1000 Iran@2021-03-08..2021-03-14", "240 Iran@2021-03-08..2021-03-14"]
    ],
    [
      "On 2 March 2021, 75 migrants were returned from Algeria. 50 persons returned voluntarily and 25 were deported.",
      ["50 Algeria@2021-03-02", "25 Algeria@2021-03-02"]
    ],
    [
      "Between 12-18 March 2021, 348 Afghans returned from Pakistan. 300 persons returned spontaneously and 48 were deported.",
      ["300 Pakistan@2021-03-12..2021-03-18", "48 Pakistan@2021-03-12..2021-03-18"]
    ],
    [
      "Between 5-11 March 2021, 2,100 Afghans returned from Iran. 1,600 persons returned voluntarily and 500 were deported.",
      ["1600 Iran@2021-03-05..2021-03-11", "500 Iran@2021-03-05..2021-03-11"]
    ],
    [
      "A total of 860 Afghans returned from Iran between 1-7 February 2021. 430 persons returned voluntarily and 430 were deported.",
      ["430 Iran@2021-02-01..2021-02-07", "430 Iran@2021-02-01..2021-02-07"]
    ],
    [
      "On 9 March 2021, 96 Malians returned from Niger. 90 persons returned voluntarily and 6 were deported.",
      ["90 Niger@2021-03-09", "6 Niger@2021-03-09"]
    ]
  ])("%s", (text, rows) => {
    expect(read(text)).toEqual(expect.arrayContaining(rows));
  });

  it("keeps its own period where the counts do not add up, or where the sentence states one", () => {
    const short = read(
      "Between 12-18 March 2021, 500 Afghans returned from Iran. 300 persons returned voluntarily and 100 were deported."
    );
    expect(short).toEqual(expect.arrayContaining(["300 -@2021Q1", "100 -@2021Q1"]));
    const dated = read(
      "A total of 500 migrants returned from Libya between 12-18 March 2021. In 2021, 300 returned voluntarily and 200 were deported."
    );
    expect(dated.some((r) => r.startsWith("300") && r.endsWith("@2021-03-12..2021-03-18"))).toBe(false);
  });
});

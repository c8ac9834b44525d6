import {describe, expect, it} from "vitest";
import {rows} from "../read-paragraph.js";

// A press item of 4 September 2017 on the months since May.
const read = (text: string) => rows(text, "2017-05-01/2017-09-04", "2017-09-04").map((r) => r.split(" ")[0]);

describe("a count said to stand 'now' is a stock on the day the item is dated", () => {
  it.each([
    ["The application backlog at immigration now stands at 718.", "718"],
    ["In 2016, 300 Poles arrived. The immigrant population now totals 4,600 people.", "4600"],
    ["In total, the country has now accepted 189 refugees and asylum-seekers.", "189"],
    ["The number of asylum seekers has now reached 3,000.", "3000"],
    ["Some 2,300 migrants are now held in the two detention centres.", "2300"],
    ["Until now, 45 victims of trafficking have been identified.", "45"],
    ["Up to now, 212 work permits have been issued.", "212"],
    ["A total of 3,400 Syrians have now registered with the agency.", "3400"],
    ["The programme has now returned 870 migrants to their home countries.", "870"],
    ["Some 400 asylum seekers are now detained at the centre.", "400"],
    ["By now 6,500 refugees have been relocated to the camp.", "6500"],
    ["In Benin, there are now 17,000 refugees.", "17000"]
  ])("%s", (text, value) => {
    expect(read(text)).toContain(`${value}@2017-09-04`);
  });

  it.each([
    // A count of the months the item reports on, with no "now".
    ["The immigration department granted 24 permanent residence applications.", "24"],
    // "From now on" speaks of what will be, not of a day's count.
    ["120 work permits were revoked, and from now on inspectors will check them.", "120"],
    // "Now that" gives a reason, not a time.
    ["Now that the border is open, 300 migrants crossed it.", "300"],
    // A "now" far after the count, on what the people are now, dates no count of the past.
    ["Of the 12 victims identified, 2 were prepared for university entrance exams and are now students there.", "2"]
  ])("keeps the item's period otherwise: %s", (text, value) => {
    const got = read(text);
    expect(got).toContain(`${value}@2017-05-01..2017-09-04`);
    expect(got.filter((r) => r.endsWith("@2017-09-04"))).toEqual([]);
  });
});

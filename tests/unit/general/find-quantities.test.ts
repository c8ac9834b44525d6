import {describe, expect, it} from "vitest";
import {findQuantities} from "../../../loaders/general/find-quantities.js";

const excluded = (text: string, number: string) => findQuantities(text).find((q) => q.text === number)?.excluded;

// A change told with an article before its amount ("fell by a 1000") is a difference, not a count.
describe("a change with an article before its amount", () => {
  it.each([
    ["Assisted returns, which fell by a 1000 in 2021, reached their lowest level.", "1000"],
    ["Work visas rose by a 500 on the year.", "500"],
    ["Detentions decreased by an 800 compared with 2020.", "800"],
    ["Arrivals grew by a 2,400 over the summer.", "2,400"],
    ["Removals dropped by a 150 after the courts intervened.", "150"],
    ["Applications declined by a 3,600 in the second half.", "3,600"],
    ["Refusals were up by a 90 in the quarter.", "90"],
    ["Permits were down by a 70 against 2020.", "70"],
    ["Claims increased by an 11,000 year on year.", "11,000"],
    ["Crossings fell by a 4,200 in May.", "4,200"]
  ])("%j", (text, number) => {
    expect(excluded(text, number)).toBeTruthy();
  });

  it.each([
    ["Returns fell in 2021, with a 1000 migrants flown home in March.", "1000"],
    ["In 2021, 1,000 migrants were returned by air.", "1,000"],
    ["Arrivals rose to 2,400 over the summer.", "2,400"]
  ])("still a count: %j", (text, number) => {
    expect(excluded(text, number)).toBeNull();
  });
});

// "Deported 21,000 Guatemalans in ‘07": a year cut to two digits after an apostrophe is no count.
describe("a year cut to two digits after an apostrophe", () => {
  it.each([
    ["U.S. Deported 21,000 Guatemalans in ‘07", "07"],
    ["They deported 21,000 Guatemalans in '07 and 15,000 in ’06.", "07"],
    ["They deported 21,000 Guatemalans in '07 and 15,000 in ’06.", "06"],
    ["Arrivals peaked in ’15, when 1 million came.", "15"],
    ["Remittances since '09 have doubled to $4 billion.", "09"],
    ["The figures for '06-'07 show 300 arrivals.", "06"],
    ["The figures for '06-'07 show 300 arrivals.", "07"],
    ["Deportations in ’19: 4,200 people", "19"],
    ["In the summer of '18 some 2,000 crossed.", "18"],
    ["Returns rose (from ’16 to ’17) to 3,100.", "16"]
  ])("%j", (text, number) => expect(excluded(text, number)).toBe("year"));

  it.each([
    ["In 2007, ‘45 migrants’ were returned.", "45"],
    ["The report counted '12 victims' in total.", "12"]
  ])("keeps %j", (text, number) => expect(excluded(text, number)).not.toBe("year"));
});

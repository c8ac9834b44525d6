import {describe, expect, it} from "vitest";
import {indicatorsOf} from "./read-paragraph.js";

const read = (text: string) => indicatorsOf(text, "2019", "2020-02-01");

describe("the level a count reached, named between its verb and its number, keeps the subject's count", () => {
  it.each([
    ["The number of asylum applications reached a record high of 31,678 in 2019.", "31678 asylum_applications"],
    ["The number of work permits issued stood at a peak of 4,210 in 2019.", "4210 work_permits_issued"],
    ["In 2019, the number of deportations fell to a low of 1,200.", "1200 deportations"],
    ["The number of foreign workers reached its highest level of 412,000 in 2019.", "412000 foreign_workers_present"],
    [
      "The number of trafficking victims identified reached an all-time high of 310 in 2019.",
      "310 trafficking_victims_identified"
    ],
    ["The number of residence permits granted hit a new high of 52,300 in 2019.", "52300 residence_permits_issued"],
    ["The number of refugees registered reached a peak of 640,000 in 2019.", "640000 residence_registrations"],
    [
      "In 2019, the number of irregular border crossings fell to a new low of 1,950.",
      "1950 irregular_border_crossings"
    ],
    [
      "The number of migrant workers reached its highest point on record at 188,480 in 2019.",
      "188480 foreign_workers_present"
    ],
    ["The number of deportations stood at its lowest level of 950 in 2019.", "950 deportations"],
    ["The number of asylum applications reached a record level of 8,800 in 2019.", "8800 asylum_applications"]
  ])("%s", (text, row) => {
    expect(read(text)).toContain(row);
  });
});

describe("people named only as people after a level restate the subject's people", () => {
  it.each([
    ["In December, the number of non-resident workers reached 188,480 people.", "188480 foreign_workers_present"],
    ["In 2019, the number of foreign workers stood at 412,000 people.", "412000 foreign_workers_present"],
    ["In 2019, the number of expatriate workers rose to 1,728,201 persons.", "1728201 foreign_workers_present"],
    [
      "In December, the number of non-resident workers reached its highest point on record at 188,480 people.",
      "188480 foreign_workers_present"
    ],
    ["In 2019, the number of guest workers reached a record high of 9,400 people.", "9400 foreign_workers_present"],
    ["In 2019, the number of deportees amounted to 3,210 persons.", "3210 deportations"],
    ["In 2019, the number of asylum seekers reached 12,400 people.", "12400 asylum_applications"],
    ["In 2019, the number of overseas workers totalled 54,000 individuals.", "54000 foreign_workers_present"],
    ["In 2019, the number of foreign domestic workers grew to 21,000 people.", "21000 foreign_workers_present"],
    ["In 2019, the number of migrant workers stood at a peak of 640,000 people.", "640000 foreign_workers_present"],
    ["In 2019, the number of non-resident workers amounted to 196,000 people.", "196000 foreign_workers_present"],
    ["In 2019, the number of imported workers reached 8,300 people.", "8300 foreign_workers_present"]
  ])("%s", (text, row) => {
    expect(read(text)).toContain(row);
  });
});

describe("a level with no number of its own, or people named with their own words, is read as before", () => {
  it.each([
    ["The unemployment rate reached a record high of 12 in 2019.", []],
    ["The number of asylum applications reached a record high in 2019.", []]
  ])("%s", (text, rows) => {
    expect(read(text)).toEqual(rows);
  });

  it("people with words of their own are counted as named", () => {
    expect(read("In 2019, the number of foreign workers reached 412,000, and 5,000 women were deported.")).toContain(
      "5000 deportations"
    );
  });
});

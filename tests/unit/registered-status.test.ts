import {describe, expect, it} from "vitest";
import {rows} from "./read-paragraph.js";

const read = (text: string) => rows(text, "2010", "2011-03-01");

describe("'registered' before the people it qualifies is a status they hold on a day, not a registration", () => {
  it.each([
    [
      "At the end of 2009, the number of registered foreign residents in Japan was 2,186,121.",
      ["2186121@2009-12-31 foreigners_resident []"]
    ],
    [
      "At the end of 2009, there were 2,186,121 registered foreign residents in Japan.",
      ["2186121@2009-12-31 foreigners_resident []"]
    ],
    [
      "There are more than 5 million registered Syrian refugees hosted in the region.",
      ["5000000@2011-03-01 refugees_hosted []"]
    ],
    ["There are 42,458 registered refugees in Libya.", ["42458@2011-03-01 refugees_hosted []"]],
    ["Lebanon counted 1,011,366 registered refugees.", ["1011366@2011-03-01 refugees_hosted []"]],
    ["The country has 12,400 registered foreigners.", ["12400@2011-03-01 foreigners_resident []"]],
    ["Ethiopia has 735,204 registered refugees and asylum-seekers.", ["735204@2011-03-01 refugees_hosted []"]],
    ["At the end of 2009, the country had 8,100 registered migrants.", ["8100@2009-12-31 foreigners_resident []"]],
    [
      "At the end of 2009, the number of registered foreign nationals was 45,210.",
      ["45210@2009-12-31 foreigners_resident []"]
    ],
    ["There were 3,120 registered Afghan refugees in the province.", ["3120@2011-03-01 refugees_hosted []"]]
  ])("%s", (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it("reads no status in a register's place ('registered at the Refugee Desk')", () => {
    expect(read("1,637 # of new asylum seekers registered at the Refugee Desk in Kampala")).not.toContainEqual(
      "1637@2011-03-01 refugees_hosted []"
    );
  });

  it("keeps a registration where people were entered on the register in the period", () => {
    expect(read("In 2010, UNHCR registered 79 individuals from Sudan.")).toEqual([
      "79@2010 residence_registrations []"
    ]);
    expect(read("In 2010, 1,200 foreigners were registered at their place of stay.")).toEqual([
      "1200@2010 residence_registrations []"
    ]);
    expect(read("In 2010, 1,200 newly registered asylum seekers arrived.")).not.toContainEqual(
      "1200@2011-03-01 refugees_hosted []"
    );
  });
});

import {describe, expect, it} from "vitest";
import {rows} from "./read-paragraph.js";

const read = (text: string) => rows(text, "2019", "2020-03-01");

describe("a group of three digits split in two by a space is joined back into its number", () => {
  it.each([
    ["In 2019, some 39,33 9 arrivals by sea were recorded in Greece.", "39339@2019 border_crossings []"],
    ["In 2019, 1,20 4 migrants were deported.", "1204@2019 deportations []"],
    ["In 2019, 12,0 56 migrants were deported.", "12056@2019 deportations []"],
    ["In 2019, 4,51 2 victims were identified.", "4512@2019 victims_identified []"],
    ["In 2019, 7,1 00 work permits were issued.", "7100@2019 work_permits_issued []"],
    ["In 2019, 250,00 0 foreigners entered the country.", "250000@2019 border_crossings []"],
    ["In 2019, 3,09 8 asylum applications were lodged.", "3098@2019 asylum_applications []"],
    ["In 2019, 64,3 21 migrants arrived.", "64321@2019 border_crossings []"],
    ["In 2019, 8,88 9 migrants arrived in Italy.", "8889@2019 border_crossings []"],
    ["In 2019, 2,15 4 migrants arrived in Malta.", "2154@2019 border_crossings []"]
  ])("%s", (text, expected) => {
    expect(read(text)).toContainEqual(expected);
  });

  it("joins no decimal share, nor groups whose digits do not make three", () => {
    expect(read("In 2019, the share was 39,33 9 percent of arrivals.")).not.toContainEqual(
      "39339@2019 border_crossings []"
    );
    expect(read("In 2019, 39,33 95 migrants arrived.")).not.toContainEqual("393395@2019 border_crossings []");
    expect(read("In 2019, 39,339 migrants arrived.")).toContainEqual("39339@2019 border_crossings []");
  });
});

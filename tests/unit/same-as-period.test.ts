import {describe, expect, it} from "vitest";
import {rows} from "./read-paragraph.js";

const read = (text: string) => rows(text, "2017", "2018-06-01");

describe("a count said to be the same as another period's is that period's figure too", () => {
  it.each([
    ["The government identified 15 victims in 2017 (the same number as in 2016).", "15@2016 victims_identified []"],
    ["In 2017, the government identified 57 victims, the same as in 2016.", "57@2016 victims_identified []"],
    ["In 2017, authorities deported 320 migrants, the same number as in 2015.", "320@2015 deportations []"],
    ["In 2017, 44 work permits were issued (the same figure as in 2016).", "44@2016 work_permits_issued []"],
    ["In 2017, courts convicted nine traffickers, the same as in 2016.", "9@2016 trafficking_convictions []"],
    ["In 2017, 1,200 asylum applications were lodged, the same level as in 2014.", "1200@2014 asylum_applications []"],
    [
      "The government identified 15 victims in 2017 and 12 in 2016 (the same as in 2015).",
      "12@2015 victims_identified []"
    ],
    ["In 2017, 61 victims were repatriated, the same total as in 2016.", "61@2016 victims_repatriated []"],
    ["In 2017, the police identified 20 victims (the same number as for 2016).", "20@2016 victims_identified []"],
    ["In 2017, 300 migrants were detained, the same as during 2016.", "300@2016 detained_migrants []"]
  ])("%s", (text, expected) => {
    expect(read(text)).toContainEqual(expected);
  });

  it("keeps the count's own period and claims none set against another figure", () => {
    expect(read("In 2017, the government identified 57 victims, the same as in 2016.")).toContainEqual(
      "57@2017 victims_identified []"
    );
    expect(read("The government identified 15 victims in 2017, while 12 were identified in 2016.")).not.toContainEqual(
      "15@2016 victims_identified []"
    );
    expect(read("In 2017, 15 victims were identified, compared with the same period in 2016.")).not.toContainEqual(
      "15@2016 victims_identified []"
    );
  });
});

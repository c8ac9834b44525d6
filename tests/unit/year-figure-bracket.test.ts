import {describe, expect, it} from "vitest";
import {rows} from "./read-paragraph.js";

const read = (text: string) => rows(text, "2018", "2019-06-20").filter((r) => !r.includes("_share"));

describe("a year's figure in brackets between a count and its noun leaves the count its noun", () => {
  it.each([
    [
      "In 2018, authorities identified 57 (63 in 2017) victims of trafficking.",
      ["57@2018 trafficking_victims_identified []", "63@2017 trafficking_victims_identified []"]
    ],
    [
      "In 2018, the government prosecuted 14 (9 in 2017) suspected traffickers.",
      ["14@2018 trafficking_prosecutions [potential]", "9@2017 trafficking_prosecutions [potential]"]
    ],
    [
      "In 2018, courts convicted 11 (seven in 2017) traffickers.",
      ["11@2018 trafficking_convictions []", "7@2017 trafficking_convictions []"]
    ],
    ["In 2018, 1,200 (about 40 per cent) migrants were returned.", ["1200@2018 returns []"]],
    ["In 2018, 1,200 (40 per cent) migrants were returned.", ["1200@2018 returns []"]],
    ["In 2018, 1,200 (some 3,000 in 2017) migrants were returned.", ["1200@2018 returns []", "3000@2017 returns []"]],
    [
      "In 2018, the police deported 310 (280 in 2017) foreigners.",
      ["310@2018 deportations []", "280@2017 deportations []"]
    ],
    [
      "In 2018, the ministry issued 4,100 (3,900 in 2017) work permits.",
      ["4100@2018 work_permits_issued []", "3900@2017 work_permits_issued []"]
    ],
    [
      "In 2018, the office registered 980 (about 1,100 in 2017) asylum applications.",
      ["980@2018 asylum_applications []", "1100@2017 asylum_applications []"]
    ],
    [
      "In 2018, the government identified 96 (102 during 2017) potential victims of trafficking.",
      ["96@2018 trafficking_victims_identified [potential]", "102@2017 trafficking_victims_identified [potential]"]
    ]
  ])("%s", (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it("leaves a count with no noun after its bracket to what its predicate says", () => {
    expect(read("In 2018, 57 (63 in 2017) were identified as victims of trafficking.")).toEqual([
      "57@2018 trafficking_victims_identified []",
      "63@2017 trafficking_victims_identified []"
    ]);
    expect(read("In 2018, 57 victims were identified (63 in 2017).")).toEqual([
      "57@2018 victims_identified []",
      "63@2017 victims_identified []"
    ]);
  });
});

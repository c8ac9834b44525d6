import {describe, expect, it} from "vitest";
import {rows} from "./read-paragraph.js";
import {findQuantities} from "../../loaders/general/find-quantities.js";

const read = (text: string) => rows(text, "2016", "2017-06-23");

describe("figures in brackets confirm the number words before them", () => {
  it.each([
    [
      "In 2016 we issued one thousand one hundred and sixty-four (1,164) work permits.",
      "1164@2016 work_permits_issued"
    ],
    ["In 2016 the ministry issued two hundred and five (205) work permits.", "205@2016 work_permits_issued"],
    ["Thirty-four (34) victims of trafficking were identified in 2016.", "34@2016 "],
    ["In 2016, forty-two (42) migrants were deported.", "42@2016 deportations"],
    ["In 2016, the police deported sixty (60) irregular migrants.", "60@2016 deportations"],
    ["In 2016 the office granted three hundred (300) residence permits.", "300@2016 residence_permits"],
    ["During 2016, twelve (12) traffickers were convicted.", "12@2016 "],
    ["In 2016, nineteen (19) asylum applications were received.", "19@2016 asylum_applications"],
    ["The authorities repatriated eighty-one (81) nationals in 2016.", "81@2016 "],
    ["In 2016 one hundred and twenty (120) foreigners were expelled.", "120@2016 "],
    ["In 2016, seven hundred (700) visas were issued.", "700@2016 visas_issued"]
  ])("%s", (text, expected) => {
    const got = read(text);
    expect(got.some((r) => r.startsWith(expected))).toBe(true);
    // One statement, not the words and the figures twice.
    expect(got.filter((r) => r.startsWith(expected.split("@")[0] + "@"))).toHaveLength(1);
  });

  it("keeps the bracketed figures out of the statistics as a confirmation", () => {
    const qs = findQuantities("we issued two hundred and thirty-six (236) permits");
    expect(qs.map((q) => [q.value, q.excluded])).toEqual([
      [236, null],
      [236, "spelled-out confirmation"]
    ]);
  });
});

describe("bracketed figures that confirm nothing stay figures", () => {
  it("a different value in brackets is no confirmation", () => {
    const qs = findQuantities("Authorities identified five (7) suspects");
    expect(qs.map((q) => q.excluded)).toEqual([null, null]);
  });

  it("figures before number words keep the figures", () => {
    expect(read("In 2016 we issued 1,164 (one thousand one hundred and sixty-four) work permits.")).toEqual([
      "1164@2016 work_permits_issued []"
    ]);
  });

  it("a bracketed year after a number word is no confirmation", () => {
    expect(findQuantities("twelve (2016) cases").map((q) => q.excluded)).not.toContain("spelled-out confirmation");
  });
});

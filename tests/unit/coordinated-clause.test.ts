import {describe, expect, it} from "vitest";
import {indicatorsOf} from "./read-paragraph.js";

const read = (text: string) => indicatorsOf(text, "2020", "2021-03-22");

describe("a coordinated clause with a subject and verb of its own ends the clause of the count before it", () => {
  it.each([
    [
      "In total, 3,024 temporary residence permits were issued for employment last year, and permits were extended on 408 occasions.",
      "3024 temporary_residence_permits_issued"
    ],
    ["In 2020, 3,024 work permits were issued and permits were extended in 408 cases.", "3024 work_permits_issued"],
    [
      "In 2020, 1,850 residence permits were issued for study, and permits were extended on 220 occasions.",
      "1850 residence_permits_issued"
    ],
    [
      "In 2020, 900 asylum applications were lodged, and applications were rejected in 300 cases.",
      "900 asylum_applications"
    ],
    [
      "In 2020, 712 residence permits were issued, and permits were extended for 31 families.",
      "712 residence_permits_issued"
    ],
    ["In 2020, 300 traffickers were arrested, and suspects were prosecuted in 41 cases.", "300 trafficking_arrests"],
    [
      "In 2020, 5,600 temporary residence permits were issued, and permits were extended on 1,104 occasions.",
      "5600 temporary_residence_permits_issued"
    ],
    [
      "In 2020, 820 work permits were issued to women, and permits were extended on 96 occasions.",
      "820 work_permits_issued"
    ],
    [
      "In 2020, 4,100 work permits were issued, and the permits were extended in 530 cases.",
      "4100 work_permits_issued"
    ],
    [
      "In 2020, 2,650 residence permits were granted, and these permits were extended on 390 occasions.",
      "2650 residence_permits_issued"
    ]
  ])("%s", (text, expected) => expect(read(text)).toContain(expected));

  it.each([
    [
      "In 2020, 3,024 temporary residence permits were issued, and permits were extended on 408 occasions.",
      "408 temporary_residence_permit_extensions"
    ],
    ["In 2020, 640 work permits were granted, and permits were refused on 35 occasions.", "35 work_permit_refusals"],
    [
      "In 2020, 1,850 residence permits were issued, and permits were extended on 220 occasions.",
      "220 residence_permit_extensions"
    ]
  ])("occasions of the second clause count its own event on the thing named before: %s", (text, expected) =>
    expect(read(text)).toContain(expected)
  );

  it.each([
    // One subject, two verbs: the count's clause runs on to the second.
    ["In 2020, 233 migrants were detained and were deported.", "233 detained_migrants"],
    // "and" before the count's own verb cuts nothing.
    ["In 2020, 1,204 victims and their children were assisted.", "1204 victims_assisted"]
  ])("keeps the clause whole in %s", (text, expected) => expect(read(text)).toContain(expected));
});

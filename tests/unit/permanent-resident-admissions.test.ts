import {describe, expect, it} from "vitest";
import {rows} from "./read-paragraph.js";

/** "value@period indicator" of one paragraph of a release on 2023. */
const read = (text: string) => rows(text, "2023", "2023-11-07").map((r) => r.replace(/ \[.*$/, ""));

describe("people admitted as permanent residents", () => {
  it.each([
    [
      "Between January and September 2023, approximately 371,000 permanent residents were admitted.",
      "371000@2023-01-01..2023-09-30 permanent_residence_permits_issued"
    ],
    [
      "Between 2020 and September 2023, nearly 1.4 million individuals were admitted as permanent residents.",
      "1400000@2020-01-01..2023-09-30 permanent_residence_permits_issued"
    ],
    ["In 2022, 437,590 people were admitted as permanent residents.", "437590@2022 permanent_residence_permits_issued"],
    ["In 2021, 401,000 new permanent residents were admitted.", "401000@2021 permanent_residence_permits_issued"],
    ["In 2022, 52,000 persons were admitted as permanent residents.", "52000@2022 permanent_residence_permits_issued"],
    ["Admissions of permanent residents reached 64,300 in 2022.", "64300@2022 permanent_residence_permits_issued"],
    [
      "There were 354,300 permanent residents admitted from January to September 2022.",
      "354300@2022-01-01..2022-09-30 permanent_residence_permits_issued"
    ],
    [
      "Some 12,500 foreigners were admitted as permanent residents in 2021.",
      "12500@2021 permanent_residence_permits_issued"
    ],
    [
      "In 2020, 184,575 permanent residents were admitted, the lowest in two decades.",
      "184575@2020 permanent_residence_permits_issued"
    ],
    [
      "A total of 9,870 refugees were admitted as permanent residents in 2022.",
      "9870@2022 permanent_residence_permits_issued"
    ]
  ])("%s", (text, expected) => {
    expect(read(text), read(text).join("; ")).toContain(expected);
  });

  it.each([
    ["admitted to hospital", "In 2022, 1,200 patients were admitted to hospital."],
    ["admitted to the country", "In 2022, 52,000 tourists were admitted at the border."],
    ["permanent residents as a stock", "The island has 4,200 permanent residents."]
  ])("%s", (_name, text) => {
    expect(read(text).filter((r) => r.includes("permanent_residence_permits_issued"))).toEqual([]);
  });
});

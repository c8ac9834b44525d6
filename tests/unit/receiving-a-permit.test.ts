import {describe, expect, it} from "vitest";
import {indicatorsOf} from "./read-paragraph.js";

// "the number of Nepali workers receiving work permits was 119,601": a permit or status being received is granted.
describe("people receiving a permit or a status", () => {
  it.each([
    [
      "In 2017, the number of Nepali workers receiving work permits for Malaysia was 119,601.",
      "119601 work_permits_issued"
    ],
    ["In 2017, 5,200 foreigners receiving residence permits were students.", "5200 residence_permits_issued"],
    ["In 2017, the number of foreigners receiving a residence permit was 7,100.", "7100 residence_permits_issued"],
    ["In 2017, the number of applicants receiving asylum was 1,850.", "1850 refugee_status_granted"],
    ["In 2017, the number of workers receiving visas was 2,400.", "2400 visas_issued"],
    ["In 2017, the number of persons receiving refugee status was 980.", "980 refugee_status_granted"],
    ["In 2017, the number of migrants receiving work permits was 15,300.", "15300 work_permits_issued"],
    ["In 2017, 4,100 Nepalis receiving a work permit left for Qatar.", "4100 work_permits_issued"],
    [
      "In 2017, the number of foreigners receiving permanent residence was 3,300.",
      "3300 permanent_residence_permits_issued"
    ],
    ["In 2017, the number of Syrians receiving a visa was 1,100.", "1100 visas_issued"]
  ])("%s", (text, expected) => {
    expect(indicatorsOf(text, "2017", "2018")).toEqual([expected]);
  });

  it.each([
    // Help received is assistance; what the main verb says of people granted protection stays what counted them.
    ["In 2017, 120 migrants receiving assistance were children.", "120 migrant_workers_assisted"],
    ["In 2017, 870 persons receiving international protection were resettled.", "870 refugees_resettled"],
    ["In 2017, the number of people receiving citizenship was 640.", "640 citizenship_granted"]
  ])("%s", (text, expected) => {
    expect(indicatorsOf(text, "2017", "2018")).toEqual([expected]);
  });
});

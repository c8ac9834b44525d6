import {describe, expect, it} from "vitest";
import {rows} from "./read-paragraph.js";

const read = (text: string) => rows(text, "2023-01..2023-07", "2023-08-06").map((r) => r.replace(/ \[.*$/, ""));

describe("refugees on UNHCR's register are a stock on a day", () => {
  it.each([
    [
      "The number of refugees and asylum seekers registered with the UNHCR - as of June 30 - is 314,301.",
      "314301@2023-06-30 refugees_registered_present"
    ],
    [
      "As of 30 June 2023, 314,301 refugees were on the register: refugees registered with UNHCR number 314,301.",
      "314301@2023-06-30 refugees_registered_present"
    ],
    [
      "As of 30 June 2023, there are 52,000 refugees registered with UNHCR in the country.",
      "52000@2023-06-30 refugees_registered_present"
    ],
    [
      "As of 30 June 2023, the number of Syrian refugees registered with UNHCR stood at 147,999.",
      "147999@2023-06-30 refugees_registered_present"
    ],
    [
      "As of 30 June 2023, the refugees registered with UNHCR numbered 21,400.",
      "21400@2023-06-30 refugees_registered_present"
    ],
    [
      "As of 31 July 2023, the number of refugees registered with UNHCR reached 330,000.",
      "330000@2023-07-31 refugees_registered_present"
    ],
    [
      "As of 30 June 2023, the number of Eritrean refugees registered with the UNHCR is 24,444.",
      "24444@2023-06-30 refugees_registered_present"
    ],
    [
      "As of 30 June 2023, refugees registered by UNHCR totalled 18,200.",
      "18200@2023-06-30 refugees_registered_present"
    ],
    // The agency named before, called "the organization" or "the agency" after.
    [
      "As of 31 July 2023, the number of Syrian refugees registered with the organization reached 127,414.",
      "127414@2023-07-31 refugees_registered_present"
    ],
    [
      "As of 31 July 2023, the number of refugees registered with the agency stood at 40,100.",
      "40100@2023-07-31 refugees_registered_present"
    ],
    [
      "As of 31 July 2023, Sudanese refugees registered with the organisation totalled 36,196.",
      "36196@2023-07-31 refugees_registered_present"
    ],
    [
      "As of 30 June 2023, 6,562 Somali refugees are registered with UNHCR.",
      "6562@2023-06-30 refugees_registered_present"
    ],
    [
      "As of 30 June 2023, 7,319 Yemeni refugees registered with the UNHCR live in Cairo.",
      "7319@2023-06-30 refugees_registered_present"
    ]
  ])("%s", (text, row) => {
    expect(read(text)).toContain(row);
  });
});

describe("registrations made in a period stay registrations", () => {
  it.each([
    "In August 2023, 233 refugees were registered with UNHCR.",
    "In 2023, 35,557 refugees have been registered with UNHCR.",
    "In July 2023, UNHCR recorded 4,100 new registrations of refugees."
  ])("%s", (text) => {
    expect(read(text).filter((r) => r.endsWith("refugees_registered_present"))).toEqual([]);
  });
});

import {describe, expect, it} from "vitest";
import {observations} from "./read-paragraph.js";

/** The indicator of the first count of a sentence in a report on 2020 dated 10 February 2021. */
const first = (text: string) => observations(text, "2020", "2021-02-10")[0]?.indicator;

describe("asylum seekers a place hosts, or who live there, are people there, not applications", () => {
  it.each([
    "As of 30 November, the country hosts 54,011 refugees and asylum-seekers, primarily from Chad.",
    "Uganda hosted 1.4 million refugees and asylum seekers at the end of 2020.",
    "The country is hosting some 12,000 asylum seekers from Eritrea.",
    "7,999 Mozambican asylum seekers living in Zimbabwe were profiled.",
    "As of June, 3,400 asylum seekers were living in reception centres.",
    "Some 2,100 asylum-seekers are living in urban areas.",
    "The camp hosts 8,500 refugees and asylum seekers.",
    "About 900 asylum seekers live in the capital.",
    "An estimated 4,300 asylum-seekers reside in the city.",
    "Malta hosts 5,200 refugees and asylum seekers."
  ])("%s", (text) => expect(first(text)).toBe("refugees_hosted"));

  it("reads those hosted on a register as the register's stock", () => {
    expect(first("Jordan hosts 752,000 refugees and asylum-seekers registered with UNHCR.")).toBe(
      "refugees_registered_present"
    );
  });

  it("keeps asylum seekers who applied, or were registered, as applications", () => {
    expect(first("In 2020, 3,000 asylum seekers applied for protection.")).toBe("asylum_applications");
    expect(first("In 2020, 3,000 asylum seekers were registered.")).toBe("asylum_applications");
    expect(first("In 2020, 1,200 asylum seekers lodged claims in the country.")).toBe("asylum_applications");
  });
});

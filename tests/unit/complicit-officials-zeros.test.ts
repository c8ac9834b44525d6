import {describe, expect, it} from "vitest";
import {rows} from "./read-paragraph.js";

/** "value@period indicator [category]" of each observation, in a report on 2021 dated 2022-06-01. */
const read = (text: string) => rows(text, "2021", "2022-06-01");

const ALL_THREE = [
  "0@2021 trafficking_investigations [complicit officials]",
  "0@2021 trafficking_prosecutions [complicit officials]",
  "0@2021 trafficking_convictions [complicit officials]"
];

describe("zeros of investigations, prosecutions and convictions of complicit officials are of those officials", () => {
  it.each([
    "Authorities did not report any investigations, prosecutions, or convictions of officials complicit in trafficking offenses.",
    "The government did not report any investigations, prosecutions, or convictions of government employees complicit in human trafficking crimes.",
    "The government did not report any investigations, prosecutions, or convictions of government employees for complicity in human trafficking crimes; however, observers reported official corruption.",
    "The government did not report any new investigations, prosecutions, or convictions of government employees complicit in trafficking offenses.",
    "The government did not report any investigations, prosecutions, or convictions of public officials allegedly complicit in trafficking.",
    "The government did not report any investigations, prosecutions, or convictions of law enforcement officers complicit in trafficking crimes.",
    "Officials did not report any investigations, prosecutions, or convictions of complicit officials in trafficking cases.",
    "The government did not report any investigations, prosecutions, or convictions of police officers involved in trafficking.",
    "The government did not report any further investigations, prosecutions, or convictions of officials complicit in sex trafficking.",
    "Authorities did not report any investigations, prosecutions, or convictions against government officials for alleged complicity in trafficking."
  ])("%s", (text) => expect(read(text)).toEqual(ALL_THREE));
});

describe("zeros that are not of complicit officials", () => {
  it("zeros of all traffickers keep no category", () => {
    expect(
      read("The government did not report any investigations, prosecutions, or convictions of traffickers in 2021.")
    ).toEqual([
      "0@2021 trafficking_investigations []",
      "0@2021 trafficking_prosecutions []",
      "0@2021 trafficking_convictions []"
    ]);
  });
  it("a count of complicit officials is no zero", () => {
    expect(read("The government convicted two officials complicit in trafficking in 2021.")).not.toContain(
      "0@2021 trafficking_convictions [complicit officials]"
    );
  });
});

import {describe, expect, it} from "vitest";
import {newlyReached, providerBefore, serviceReceived} from "../../loaders/general/read-service.js";
import {rows} from "./read-paragraph.js";

describe("the service a count of people received", () => {
  it.each([
    ["Two victims received health care", "victims", "health care"],
    ["nine victims received legal assistance", "victims", "legal assistance"],
    ["40 women were provided with psychological counselling", "women", "psychological support"],
    ["12 survivors benefited from vocational training", "survivors", "vocational training"],
    ["five victims received free medical assistance", "victims", "health care"]
  ])("%s", (text, noun, label) => expect(serviceReceived(text, text.indexOf(noun) + noun.length)).toBe(label));

  it.each([
    ["Two victims received a visit", 11],
    ["Two victims received health care", 3],
    ["Two victims were identified as needing health care", 11],
    ["Two victims received health-care-related referrals", 11]
  ])("names none in %s", (text, from) => expect(serviceReceived(text, from)).toBeNull());

  it("reads the provider and its verb before a number, and a newly reached part", () => {
    expect(providerBefore("the NGO-run shelter assisted ")).toEqual({label: "shelter", verb: "assisted"});
    expect(providerBefore("the crisis centres accommodated a total of ")).toBeNull();
    expect(providerBefore("the crisis center accommodated a total of ")).toEqual({
      label: "shelter",
      verb: "accommodated"
    });
    expect(providerBefore("the police assisted ")).toBeNull();
    expect(providerBefore("the shelter opened in ")).toBeNull();
    expect(newlyReached(" newly-identified victims")).toBe("newly identified");
    expect(newlyReached(" identified victims")).toBeNull();
  });
});

describe("sentences of services received", () => {
  it("sets apart people assisted by the service each received, and the year compared in brackets", () => {
    expect(rows("Two victims received health care (one in 2016) and nine victims received legal assistance.")).toEqual([
      "2@2017 victims_assisted [health care]",
      "1@2016 victims_assisted [health care]",
      "9@2017 victims_assisted [legal assistance]"
    ]);
  });

  it("reads a provider's newly reached people and its total as people assisted, not identified", () => {
    expect(
      rows(
        "The government partially funded one specialized NGO-run shelter to provide services to victims; the NGO-run shelter assisted 19 newly-identified victims (19 in 2016), and 36 victims in total."
      )
    ).toEqual([
      "19@2017 victims_assisted [shelter, newly identified]",
      "19@2016 victims_assisted [shelter, newly identified]",
      "36@2017 victims_assisted [shelter]"
    ]);
  });

  it("keeps counts identified, and a funded count compared with a year, as they were", () => {
    expect(rows("Police identified 19 newly-identified victims, and 36 victims in total.")).not.toContainEqual(
      expect.stringContaining("[shelter")
    );
    expect(rows("Authorities identified 12 victims (nine in 2016).")).toEqual([
      "12@2017 victims_identified []",
      "9@2016 victims_identified []"
    ]);
    expect(rows("The government funded one NGO-run shelter in 2017 and two in 2016.").length).toBe(2);
  });

  it("reads a bare 'one in' as a pronoun when no year follows", () => {
    expect(rows("Police identified 12 victims, one in the capital.")).toEqual(["12@2017 victims_identified []"]);
  });
});

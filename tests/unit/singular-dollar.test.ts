import {describe, expect, it} from "vitest";
import {observations} from "./read-paragraph.js";

/** "value unit" of each amount of a sentence read in a report of 2018. */
const amounts = (sentence: string) => observations(sentence, "2018", "2019-06-20").map((o) => `${o.value} ${o.unit}`);

// "60 million Guyanese dollar (GYD)": a named dollar in the singular after a multiplier is that currency still.
describe("a named dollar in the singular", () => {
  it.each([
    ["The government provided 60 million Guyanese dollar (GYD) to NGO-run shelters.", "60000000 GYD"],
    ["The government spent 5,000 Eastern Caribbean dollar on shelters for victims.", "5000 XCD"],
    ["The government allocated 2 million Barbados dollar for victim services.", "2000000 BBD"],
    ["The government allocated 1.5 million Trinidad and Tobago dollar for victim services.", "1500000 TTD"],
    ["The government allocated 300,000 Cayman Islands dollar for victim services.", "300000 KYD"],
    ["The government allocated 80,000 Fiji dollar for victim protection.", "80000 FJD"],
    ["The government allocated 45,000 Belize dollar for victim protection.", "45000 BZD"],
    ["The government allocated 250,000 Jamaican dollar for victim protection.", "250000 JMD"],
    ["The government allocated 1 million Hong Kong dollar for victim protection.", "1000000 HKD"],
    ["The government allocated 900,000 Singapore dollar for victim protection.", "900000 SGD"],
    ["The government allocated 60,000 Namibian dollar for victim protection.", "60000 NAD"]
  ])("%s", (sentence, expected) => {
    expect(amounts(sentence)).toContain(expected);
  });

  it.each([
    // The plural still reads as it did.
    ["The government provided 60 million Guyanese dollars to NGO-run shelters.", "60000000 GYD"],
    // A code alone still names its currency.
    ["The government provided 60 million GYD to NGO-run shelters.", "60000000 GYD"]
  ])("%s", (sentence, expected) => {
    expect(amounts(sentence)).toEqual([expected]);
  });

  it("a dollar with no state's name is no named dollar", () => {
    expect(amounts("The government spent 5,000 dollar on shelters.").some((a) => / (?:GYD|XCD|AUD)$/.test(a))).toBe(
      false
    );
  });
});

import {describe, expect, it} from "vitest";
import {indicatorsOf} from "./read-paragraph.js";

const read = (text: string) => indicatorsOf(text, "2018-09", "2018-09-10");

describe("people a shelter or camp holds now live there", () => {
  it.each([
    ["Over 57,000 refugees are now sheltered in Mbera camp.", "57000"],
    ["Some 12,400 refugees are sheltered in Za'atri camp.", "12400"],
    ["About 3,000 refugees are currently sheltered in the transit centre.", "3000"],
    ["Mbera camp now houses 57,000 refugees.", "57000"],
    ["The settlement currently houses 48,000 refugees.", "48000"],
    ["Around 9,870 refugees are now housed in Mahama camp.", "9870"],
    ["Some 2,100 refugees are now accommodated in the reception centre.", "2100"],
    ["Nakivale settlement now houses over 100,000 refugees.", "100000"],
    ["More than 6,000 refugees are sheltered in Kenani transit centre.", "6000"],
    ["The transit centre currently houses 1,250 refugees.", "1250"],
    ["An estimated 4,200 refugees are now sheltered in schools and churches.", "4200"]
  ])("%s", (text, value) => expect(read(text)).toContain(`${value} refugees_hosted`));

  it.each([
    // Sheltering people in the period is assistance given, not a stock.
    ["In 2018, the shelter sheltered 57 victims of trafficking.", "57 trafficking_victims_assisted"],
    ["In September 2018, NGOs sheltered 40 victims.", "40 victims_assisted"]
  ])("%s", (text, expected) => expect(read(text)).toContain(expected));
});

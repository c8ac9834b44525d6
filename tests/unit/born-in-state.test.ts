import {describe, expect, it} from "vitest";
import {countryRows} from "./read-paragraph.js";

const read = (text: string) => countryRows(text, "WSM", "2013", "2015-06-01");

// "50,700 Samoa-born", "4,500 Polish-born immigrants": people named by the state they were born in come from it.
describe("people named by the state they were born in", () => {
  it.each([
    ["The census recorded just under 50,700 Samoa-born as usually resident in the country.", "50700 -/Samoa"],
    ["The census recorded 50,700 Samoa-born people as usually resident in New Zealand.", "50700 New Zealand/Samoa"],
    ["In 2013, 4,500 Polish-born immigrants arrived.", "4500 -/Poland"],
    ["In 2013, 1,200 Tonga-born migrants arrived in Australia.", "1200 Australia/Tonga"],
    ["In 2013, 3,400 India-born residents were granted citizenship.", "3400 -/India"],
    ["In 2013, 860 Fiji-born workers left for New Zealand.", "860 New Zealand/Fiji"],
    ["In 2013, 2,150 Vietnam-born migrants arrived in the country.", "2150 -/Vietnam"],
    ["In 2013, 12,400 China-born residents were registered.", "12400 -/China"],
    ["In 2013, 5,600 Philippines-born workers arrived.", "5600 -/Philippines"],
    ["In 2013, 940 Kenya-born refugees were resettled in Canada.", "940 Canada/Kenya"],
    ["In 2013, 730 Nepal-born students arrived in Australia.", "730 Australia/Nepal"]
  ])("%s", (text, expected) => {
    expect(read(text)).toContain(expected);
  });

  it("reads no state from a word that names none before -born", () => {
    expect(read("In 2013, 640 newly-born children were registered.")).not.toContainEqual(
      expect.stringMatching(/\/[A-Z]/)
    );
  });
});

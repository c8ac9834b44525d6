import {describe, expect, it} from "vitest";
import {countryRows} from "./read-paragraph.js";

const read = (text: string) => countryRows(text, "Northern Mariana Islands", "2008", "2009-02-03");

// "The number of work permits issued to Nepalese workers was 3,200": a "number of" subject of things given names the
// people they went to, by a demonym, "citizens of" a state or workers "from" it.
describe("the people a counted subject was given to", () => {
  it.each([
    ["The total number of guest permits given to workers from the Philippines was 15,602.", "15602 -/Philippines"],
    ["The number of work permits issued to Nepalese workers was 3,200.", "3200 -/Nepal"],
    ["The number of work permits issued to workers from Nepal reached 3,200.", "3200 -/Nepal"],
    ["The number of residence permits granted to citizens of Ukraine was 1,150.", "1150 -/Ukraine"],
    ["The number of work permits granted to Indian workers stood at 2,480.", "2480 -/India"],
    ["The number of visas issued to Chinese nationals rose to 9,000.", "9000 -/China"],
    ["The total number of permits issued to workers from Bangladesh was 333.", "333 -/Bangladesh"],
    ["The number of work permits given to employees from Thailand was 574.", "574 -/Thailand"],
    ["The number of residence permits issued to migrants from Georgia reached 1,020.", "1020 -/Georgia"],
    ["The number of work permits awarded to labourers from Vietnam was 812.", "812 -/Vietnam"],
    ["The number of work permits issued to Filipino workers was 15,602.", "15602 -/Philippines"]
  ])("%s", (text, row) => {
    expect(read(text)).toContain(row);
  });

  it.each([
    // Given to a body, not to a people.
    ["The number of work permits issued to the Ministry was 40.", "40 -/-"],
    // A place the permits were issued in is no people they went to.
    ["The number of work permits issued in Nepal to workers was 3,200.", "3200 Nepal/-"]
  ])("%s", (text, row) => {
    expect(read(text)).toEqual([row]);
  });
});

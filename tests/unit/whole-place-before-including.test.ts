import {describe, expect, it} from "vitest";
import {countryRows} from "./read-paragraph.js";

// "15,000 Burkinabe were registered in neighboring countries, including in Mali (11,500)": the places after "including"
// are the parts', not the whole's.
describe("a whole's place stops where its parts are listed", () => {
  it.each([
    [
      "In 2019, 15,000 Burkinabe were registered in neighboring countries, including in Mali (11,500) and Niger (1,500).",
      "15000 -/Burkina Faso"
    ],
    [
      "In 2019, 15,000 Burkinabe looked for safety in neighboring countries, including in Mali (11,500) and Ghana (1,911).",
      "15000 -/Burkina Faso"
    ],
    [
      "In 2019, 9,000 Sudanese were registered across the region, including in Chad (6,000) and Egypt (3,000).",
      "9000 -/Sudan"
    ],
    [
      "In 2019, 2,300 Eritreans were resettled in third countries, such as in Canada (1,300) and Sweden (1,000).",
      "2300 -/Eritrea"
    ],
    [
      "In 2019, 6,000 Congolese were registered in neighbouring states, notably in Uganda (4,000) and Rwanda (2,000).",
      "6000 -/Democratic Republic of the Congo"
    ],
    [
      "In 2019, 3,000 Syrians were registered in host countries, mostly in Jordan (2,000) and Lebanon (1,000).",
      "3000 -/Syria"
    ],
    [
      "In 2019, 7,000 Venezuelans were registered in the region, especially in Colombia (5,000) and Peru (2,000).",
      "7000 -/Venezuela"
    ],
    [
      "In 2019, 4,500 Malians were registered in neighbouring countries, including in Niger (2,500) and Burkina Faso (2,000).",
      "4500 -/Mali"
    ],
    [
      "In 2019, 8,000 Nigerians were registered in the region, including in Cameroon (5,000) and Chad (3,000).",
      "8000 -/Nigeria"
    ],
    [
      "In 2019, 5,000 South Sudanese were registered in neighbouring countries, including in Uganda (3,000) and Kenya (2,000).",
      "5000 -/South Sudan"
    ]
  ])("%s", (text, whole) => {
    expect(countryRows(text, undefined, "2019", "2020")[0]).toBe(whole);
  });

  it.each([
    // A place named before "including" is the whole's, and its parts keep it.
    [
      "In 2019, 15,000 Burkinabe were registered in Ghana, including 3,000 in Accra.",
      ["15000 Ghana/Burkina Faso", "3000 Ghana/Burkina Faso"]
    ],
    // Each part listed after "including" keeps its own place.
    [
      "In 2019, 9,000 Sudanese were registered across the region, including in Chad (6,000) and Egypt (3,000).",
      ["9000 -/Sudan", "6000 Chad/Sudan", "3000 Egypt/Sudan"]
    ]
  ])("%s", (text, expected) => {
    expect(countryRows(text, undefined, "2019", "2020")).toEqual(expected);
  });
});

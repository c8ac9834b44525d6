import {describe, expect, it} from "vitest";
import {countryRows} from "./read-paragraph.js";

/** "value country/citizenship" of one sentence of a 2019 report on Afghanistan. */
const read = (text: string) => countryRows(text, "Afghanistan", "2019", "2020");

describe("people named by their return came back from the place after 'from'", () => {
  it.each([
    ["In 2019, 1,871 returnees from Pakistan were registered.", "1871 Pakistan/-"],
    ["In 2019 UNHCR counted 97,269 deportees from Iran.", "97269 Iran/-"],
    ["In 2019, IOM assisted 4,500 returnees from Libya.", "4500 Libya/-"],
    ["In 2019, the centre received 800 returnees from Yemen.", "800 Yemen/-"],
    ["In 2019, 2,000 undocumented returnees from Iran were screened.", "2000 Iran/-"],
    ["In 2019, 312 spontaneous returnees from Pakistan were interviewed.", "312 Pakistan/-"],
    ["In 2019, 3,200 Ethiopian returnees from Saudi Arabia were registered.", "3200 Saudi Arabia/Ethiopia"],
    ["In 2019, 950 deportees from Turkey were registered.", "950 Turkey/-"],
    ["In 2019, a total of 1,200 returnees from Iran were registered.", "1200 Iran/-"],
    ["In 2019, 640 returnees from Iraq were assisted.", "640 Iraq/-"]
  ])("%s", (text, row) => {
    expect(read(text)).toEqual([row]);
  });

  it("keeps 'from' after other people their origin", () => {
    expect(read("In 2019, 45 victims from Mali were assisted.")).toEqual(["45 -/Mali"]);
    expect(read("In 2019, 45 migrants from Mali were assisted.")).toEqual(["45 -/Mali"]);
  });
});

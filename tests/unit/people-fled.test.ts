import {describe, expect, it} from "vitest";
import {indicatorsOf} from "./read-paragraph.js";

// "15,000 Burkinabe have looked for safety in neighboring countries": people who fled abroad, by where they went.
describe("people who fled or sought refuge", () => {
  it.each([
    ["In 2019, almost 15,000 Congolese have fled to neighboring countries.", "15000"],
    ["In 2019, 2,600 refugees fled across the river into Chad.", "2600"],
    ["In 2019, some 8,000 Malians sought refuge in Mauritania.", "8000"],
    ["In 2019, 4,200 Cameroonians sought safety in Nigeria.", "4200"],
    ["In 2019, about 15,000 Sudanese looked for safety in neighbouring countries.", "15000"],
    ["In 2019, 12,000 South Sudanese fled into Uganda.", "12000"],
    ["In 2019, more than 30,000 Nigerians have fled to Niger.", "30000"],
    ["In 2019, 3,800 Malians had fled to Burkina Faso.", "3800"],
    ["In 2019, 950 Eritreans fled to Ethiopia.", "950"],
    ["In 2019, 2,100 children fled to Kenya with their families.", "2100"]
  ])("%s", (text, value) => {
    expect(indicatorsOf(text, "2019", "2020")).toEqual([`${value} people_fled`]);
  });

  it.each([
    // A participle says who people are, not what befell the count.
    ["In 2019, 300 migrants fleeing violence were rescued.", "300 migrants_rescued"],
    ["In 2019, 1,200 Afghans fleeing the Taliban applied for asylum.", "1200 asylum_applications"],
    // People who took refuge somewhere live there now.
    ["In 2019, 12,000 people took refuge in Uganda.", "12000 foreigners_resident"]
  ])("%s", (text, expected) => {
    expect(indicatorsOf(text, "2019", "2020")).toEqual([expected]);
  });
});

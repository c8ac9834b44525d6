import {describe, expect, it} from "vitest";
import {indicatorsOf} from "./read-paragraph.js";

// "420 women were trafficked to the U.A.E.": people a statement says were trafficked are trafficking victims.
describe("people trafficked", () => {
  it.each([
    ["In 2005, at least 420 women were trafficked to the U.A.E. for sexual exploitation.", "420"],
    ["IOM confirmed that 2,000 men were trafficked to Russia to work in construction.", "2000"],
    ["In 2005, 35 children were trafficked into domestic servitude.", "35"],
    ["An estimated 1,200 girls had been trafficked abroad in 2005.", "1200"],
    ["In 2005, some 80 Nepali women were trafficked to India.", "80"],
    ["NGOs reported that 150 persons were trafficked from the region in 2005.", "150"],
    ["In 2005, 64 boys were trafficked within the country for forced begging.", "64"],
    ["In 2005, 19 Uzbek citizens were trafficked to Kazakhstan for forced labor.", "19"],
    ["In 2005, 300 people were trafficked across the border.", "300"],
    ["In 2005, nine women were trafficked to Turkey.", "9"]
  ])("%s", (text, value) => {
    expect(indicatorsOf(text, "2005", "2006")).toEqual([`${value} trafficking_victims`]);
  });

  it.each([
    // Those who traffic, and victims counted by what was done for them or to their traffickers, keep their own event.
    ["In 2005, police arrested 12 traffickers.", "12 trafficking_arrests"],
    ["In 2005, 30 trafficked persons were assisted by NGOs.", "30 trafficking_victims_assisted"],
    ["In 2005, 14 people were convicted of trafficking.", "14 trafficking_convictions"],
    ["Police found that 27 workers had been trafficked to the farm in 2005.", "27 trafficking_victims_identified"]
  ])("%s", (text, expected) => {
    expect(indicatorsOf(text, "2005", "2006")).toEqual([expected]);
  });
});

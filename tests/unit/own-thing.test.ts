import {describe, expect, it} from "vitest";
import {indicatorsOf} from "./read-paragraph.js";

const read = (text: string) => indicatorsOf(text, "2019", "2020");

describe("a number followed by a thing of its own shares no noun with the count before it", () => {
  it.each([
    ["In 2019, 3,002 people arrived in 181 boats.", ["3002 border_crossings"]],
    [
      "In 2019, 1,200 refugees arrived, 300 of whom stayed in six camps.",
      ["1200 border_crossings", "300 border_crossings"]
    ],
    ["In 2019, 1,200 refugees were hosted in six camps.", ["1200 refugees_hosted"]],
    ["In 2019, 450 migrants were rescued from 12 vessels.", ["450 migrants_rescued"]],
    ["In 2019, 45 victims were found in three brothels.", ["45 victims_identified"]],
    ["In 2019, 900 migrants were deported on 14 charters.", ["900 deportations"]],
    ["In 2019, 700 refugees returned on 23 buses.", ["700 returns"]],
    [
      "There are 1,460,000 IDPs in South Sudan, 12% of which are staying inside six UNMISS Protection of Civilians sites.",
      ["1460000 idps_present"]
    ],
    ["In 2019, 320 migrants were deported, and six UNHCR offices were closed.", ["320 deportations"]],
    ["In 2019, 500 migrants were returned in 11 convoys.", ["500 returns"]]
  ])("%s", (text, rows) => {
    expect(read(text).filter((r) => !r.includes("_share"))).toEqual(rows);
  });

  it("still reads a bare count or a kind no list knows as a part of the count before", () => {
    expect(read("In 2019, 300,000 refugees arrived, and six were deported.")).toEqual([
      "300000 border_crossings",
      "6 deportations"
    ]);
    expect(read("In 2019, 57 victims were identified: 40 women, 10 men and three transgender.")).toContain(
      "3 women_identified"
    );
    expect(read("In 2019, 120 refugees were resettled and 60 others were relocated.")).toContain(
      "60 refugees_resettled"
    );
  });
});

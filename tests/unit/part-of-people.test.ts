import {describe, expect, it} from "vitest";
import {indicatorsOf} from "./read-paragraph.js";

describe("a part 'of' a group of people written without its article", () => {
  it.each([
    [
      "In 2019, 2,718 of illegal migrants expressed the intention to ask for international protection.",
      "2718 asylum_applications"
    ],
    ["In 2019, 2,718 of illegal migrants were deported.", "2718 deportations"],
    ["In 2019, 300 of foreign workers were expelled.", "300 deportations"],
    ["In 2019, 300 of detained migrants were released.", "300 detained_migrants"],
    ["In 2019, 300 of foreign nationals were repatriated.", "300 repatriations"],
    ["In 2019, 300 of the foreign nationals were repatriated.", "300 repatriations"],
    ["In 2019, 300 of asylum seekers were granted refugee status.", "300 refugee_status_granted"],
    ["In 2019, 1,200 of irregular migrants were returned.", "1200 returns"],
    ["In 2019, 45 of stranded migrants were deported.", "45 deportations"],
    ["In 2019, 45 of foreigners were deported.", "45 deportations"]
  ])("%s", (text, row) => {
    expect(indicatorsOf(text, "2019", "2020")).toEqual([row]);
  });

  it("leaves a kind of a list written with 'of' a kind", () => {
    const rows = indicatorsOf(
      "In 2019, 134 were victims of sex trafficking, four of forced begging and one of child soldiering.",
      "2019",
      "2020"
    );
    expect(rows).toEqual(["134 trafficking_victims", "4 trafficking_victims", "1 trafficking_victims"]);
  });
});

import {describe, expect, it} from "vitest";
import {rows} from "./read-paragraph.js";
import {remainderPeriod} from "../../loaders/general/read-remainder.js";
import {parsePeriodLabel} from "../../loaders/periods/parse-period.js";

const FRAMED = "Between January and November 2022, 76,676 asylum applications were lodged.";

describe("the rest of a whole counted before is of the whole's period", () => {
  it.each([
    [
      "A total of 328,443 Nicaraguans left the country in 2022.",
      "The other 70,201 Nicaraguans left for other destinations."
    ],
    ["A total of 328,443 Nicaraguans emigrated in 2022.", "The other 70,201 Nicaraguans emigrated to Spain."],
    ["In 2022, 90,000 migrants were deported.", "The remaining 70,201 migrants were deported by air."],
    ["In 2022, 90,000 migrants were deported.", "The other 70,201 migrants were deported by land."],
    ["In 2022, 90,000 migrants were returned.", "The remaining 70,201 migrants were returned by bus."],
    ["In 2022, police identified 90,000 victims.", "The other 70,201 victims were identified by NGOs."],
    ["In 2022, 90,000 refugees were resettled.", "The remaining 70,201 refugees were resettled in Canada."],
    ["In 2022, 90,000 work permits were issued.", "The other 70,201 work permits were issued to men."],
    ["In 2022, 90,000 migrants were deported.", "The remaining 70,201 irregular migrants were deported by sea."],
    ["In 2022, 90,000 foreigners were expelled.", "The other 70,201 foreigners were expelled by court order."]
  ])("%s … %s", (whole, rest) => {
    const read = rows(`${whole} ${FRAMED} ${rest}`, "2022", "2023-01-10");
    expect(read.find((r) => r.startsWith("70201@"))).toMatch(/^70201@2022 /);
  });

  it("leaves a count with no remainder word to the period the text named last", () => {
    const read = rows(
      `In 2022, 90,000 migrants were deported. ${FRAMED} 70,201 migrants were deported by air.`,
      "2022",
      "2023-01-10"
    );
    expect(read.find((r) => r.startsWith("70201@"))).toMatch(/^70201@2022-01-01\.\.2022-11-30 /);
  });

  it("keeps a remainder's own stated period", () => {
    const read = rows("In 2020, 90,000 migrants were deported. The remaining 200 migrants were deported in 2021.");
    expect(read.find((r) => r.startsWith("200@"))).toMatch(/^200@2021 /);
  });

  it("needs a larger whole of the same indicator", () => {
    const earlier = [{indicator: "deportations", value: 50, period: parsePeriodLabel("2020")!}];
    expect(remainderPeriod("The remaining ", "deportations", 70, earlier)).toBeNull();
    expect(remainderPeriod("The remaining ", "victims_identified", 20, earlier)).toBeNull();
    expect(remainderPeriod("The remaining ", "deportations", 20, earlier)?.label).toBe("2020");
    expect(remainderPeriod("Another ", "deportations", 20, earlier)).toBeNull();
    expect(remainderPeriod("The otherwise ", "deportations", 20, earlier)).toBeNull();
  });
});

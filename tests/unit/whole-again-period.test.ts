import {describe, expect, it} from "vitest";
import {rows} from "./read-paragraph.js";
import {wholeAgainPeriod} from "../../loaders/general/whole-again-period.js";
import {parsePeriodLabel} from "../../loaders/periods/parse-period.js";

// A sentence naming another year between the whole and the sentence that opens on it again.
const COMPARED = "The figure is 77% bigger than 2015, when 797 people were expelled.";

describe("a sentence opening on a whole counted before speaks of that whole's period", () => {
  it.each([
    ["As many as 1410 migrants were expelled in 2016.", "Of the 1410 migrants, 413 were forcefully returned."],
    ["In 2016, 1410 migrants were expelled.", "Of the 1410 expelled migrants, 413 were returned by force."],
    ["In 2016, police identified 1410 victims.", "Of the 1410 victims, 413 were women."],
    ["In 2016, 1410 foreigners were deported.", "Out of the 1410 foreigners, 413 were deported by air."],
    ["In 2016, 1410 migrants were returned.", "Among the 1410 migrants, 413 were children."],
    ["In 2016, 1410 victims were identified.", "Of these 1410 victims, 413 were men."],
    ["In 2016, 1410 work permits were issued.", "Of those 1410 permits, 413 were issued to women."],
    ["In 2016, 1,410 asylum applications were lodged.", "Of the 1,410 applications, 413 were rejected."],
    ["In 2016, 1410 refugees were resettled.", "Of the total of 1410 refugees, 413 were resettled in Canada."],
    ["In 2016, 1410 irregular migrants were detained.", "Of the 1410 detained migrants, 413 were released."]
  ])("%s … %s", (whole, parts) => {
    const read = rows(`${whole} ${COMPARED} ${parts}`, "2016", "2017-01-10");
    expect(read.find((r) => r.startsWith("413@"))).toMatch(/^413@2016 /);
  });

  it("leaves a sentence that names no earlier whole to the period the text named last", () => {
    const read = rows(`In 2016, 1410 migrants were expelled. ${COMPARED} Of the 1200 migrants, 413 were returned.`);
    expect(read.find((r) => r.startsWith("413@"))).toMatch(/^413@2015 /);
  });

  it("keeps the parts' own stated period", () => {
    const read = rows(`In 2016, 1410 migrants were expelled. Of the 1410 migrants, 413 were returned in 2017.`);
    expect(read.find((r) => r.startsWith("413@"))).toMatch(/^413@2017 /);
  });

  it("needs the whole to open the sentence, after of, out of or among", () => {
    const earlier = [{value: 1410, period: parsePeriodLabel("2016")!}];
    expect(wholeAgainPeriod("Of the ", 1410, earlier)?.label).toBe("2016");
    expect(wholeAgainPeriod("Of the ", 1400, earlier)).toBeNull();
    expect(wholeAgainPeriod("Police returned ", 1410, earlier)).toBeNull();
    expect(wholeAgainPeriod("The cost of the ", 1410, earlier)).toBeNull();
    expect(wholeAgainPeriod("Of the ", 1410, [])).toBeNull();
  });
});

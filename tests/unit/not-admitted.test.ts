import {describe, expect, it} from "vitest";
import {eventsIn} from "../../loaders/general/resolve-indicator.js";

describe("foreigners not admitted were refused", () => {
  it.each([
    "foreigners who were not admitted into ghana went up",
    "206 foreigners were not admitted",
    "travellers not admitted at the border",
    "the number of persons not admitted fell",
    "those not admitted into the country",
    "nationals who were not admitted at the airport",
    "passengers not admitted on arrival",
    "206 were not admitted in 2015",
    "migrants were not admitted to the territory",
    "visitors not admitted at entry points"
  ])("%s", (clause) => expect(eventsIn(clause)).toContain("refuse"));
  it.each(["206 foreigners were admitted", "persons admitted to hospital"])("not: %s", (clause) =>
    expect(eventsIn(clause)).not.toContain("refuse")
  );
});

import {describe, expect, it} from "vitest";
import {eventsIn} from "../../../loaders/general/resolve-indicator.js";
import {rows} from "../read-paragraph.js";

// Each sentence is read as a 2021 report dated early 2022; a row is "value@period indicator [category]".
const read = (text: string) => rows(text, "2021", "2022-02-01").map((r) => r.replace(/ \[.*\]$/, ""));

describe("crossings and departures stopped before they happened", () => {
  it.each([
    ["Coast guards foiled 4,310 illegal migration attempts in 2021.", "4310@2021"],
    ["In 2021, the gendarmerie thwarted 918 attempts to cross the border illegally.", "918@2021"],
    ["Police averted 2,204 irregular crossing attempts during 2021.", "2204@2021"],
    ["In 2021, 6,075 migrants were stopped from entering the country illegally.", "6075@2021"],
    ["Border units halted 1,377 clandestine migration attempts in 2021.", "1377@2021"],
    ["In 2021, 318 undocumented workers were blocked from leaving the country.", "318@2021"],
    ["In 2021, officers aborted 52 attempts to leave the country without documents.", "52@2021"],
    ["The navy frustrated 47 attempts at irregular migration by sea in 2021.", "47@2021"],
    ["In 2021, guards pushed back 2,950 irregular migrants at the frontier.", "2950@2021"],
    ["Security forces thwarted 12,606 illegal emigration attempts in 2021.", "12606@2021"]
  ])("%s", (text, value) => {
    expect(read(text)).toEqual([`${value} irregular_migration_attempts_prevented`]);
  });

  it("stops nothing that is no crossing, and leaves trafficking to its own indicators", () => {
    expect(read("In 2021, the project prevented 40 school drop-outs.")).toEqual([]);
    expect(read("In 2021, police prevented 31 potential trafficking victims from leaving the country.")).not.toContain(
      "31@2021 irregular_migration_attempts_prevented"
    );
    expect(eventsIn("the prevention programme ran")).not.toContain("prevent");
  });
});

describe("arrests named by their noun or by capture", () => {
  it.each([
    ["The report recorded the arrest of 9,412 undocumented migrants in 2021.", "9412@2021 irregular_migrants_detected"],
    ["In 2021, 611 irregular migrants were captured near the coast.", "611@2021 irregular_migrants_detected"],
    ["Police captured 86 people smugglers in 2021.", "86@2021 migrant_smugglers_arrested"],
    ["In 2021, 143 smugglers of migrants were arrested.", "143@2021 migrant_smugglers_arrested"],
    ["Officers detained 37 facilitators of irregular migration in 2021.", "37@2021 migrant_smugglers_arrested"],
    ["In 2021, 58 coyotes were taken into custody.", "58@2021 migrant_smugglers_arrested"],
    ["The gendarmerie arrested 212 organisers of illegal migration in 2021.", "212@2021 migrant_smugglers_arrested"],
    ["In 2021, 19 middlemen of clandestine migration were apprehended.", "19@2021 migrant_smugglers_arrested"],
    [
      "The ministry reported the arrest of 3,005 expats who overstayed their visas in 2021.",
      "3005@2021 irregular_migrants_detected"
    ],
    ["In 2021, inspectors busted 74 illegal workers on building sites.", "74@2021 irregular_migrants_detected"]
  ])("%s", (text, row) => {
    expect(read(text).some((r) => r.startsWith(row))).toBe(true);
  });

  it("takes no capture of goods or of territory for an arrest of people", () => {
    expect(read("In 2021, customs captured 14 tonnes of cocaine.")).toEqual([]);
    expect(eventsIn("a rest of 40 minutes")).not.toContain("arrest");
  });
});

describe("operations against irregular migration and trafficking", () => {
  it.each([
    [
      "In 2021, police carried out 27 operations against irregular migration.",
      "27@2021 immigration_enforcement_operations"
    ],
    [
      "Immigration officers conducted 164 raids on illegal workers in 2021.",
      "164@2021 immigration_enforcement_operations"
    ],
    ["In 2021, the police ran 8 anti-trafficking operations.", "8@2021 trafficking_operations"],
    ["The unit mounted 31 raids on brothels suspected of sex trafficking in 2021.", "31@2021 trafficking_operations"]
  ])("%s", (text, row) => {
    expect(read(text)).toContain(row);
  });

  it("counts no inspection of workplaces as an operation against trafficking", () => {
    expect(read("Labour inspectors conducted 4,120 inspections in 2021, finding trafficking in none.")).not.toContain(
      "4120@2021 trafficking_operations"
    );
  });
});

import {describe, expect, it} from "vitest";
import {indicatorsOf} from "./read-paragraph.js";

const read = (text: string) => indicatorsOf(text, "2020", "2021-03-01");

describe("counts coordinated under one verb", () => {
  it.each([
    [
      "In 2020, the ministry issued 300 work permits and 120 residence permits.",
      ["300 work_permits_issued", "120 residence_permits_issued"]
    ],
    [
      "In 2020, the ministry issued 300 temporary residence permits and 120 permanent residence permits.",
      ["300 temporary_residence_permits_issued", "120 permanent_residence_permits_issued"]
    ],
    [
      "In 2020, the service granted 300 work permits as well as 120 residence permits.",
      ["300 work_permits_issued", "120 residence_permits_issued"]
    ],
    [
      "Police arrested 17 people smugglers and 230 irregular migrants during the operation in 2020.",
      ["17 migrant_smugglers_arrested", "230 irregular_migrants_detected"]
    ],
    [
      "In 2020, police arrested 230 irregular migrants and 17 smugglers.",
      ["230 irregular_migrants_detected", "17 migrant_smugglers_arrested"]
    ]
  ])("%s", (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it("never counts the people smuggled as their smugglers", () => {
    const found = read("In 2020, border guards detained 45 smugglers and 900 irregular migrants.");
    expect(found[0]).toBe("45 migrant_smugglers_arrested");
    expect(found[1]).toMatch(/^900 /);
    expect(found[1]).not.toMatch(/smuggl/);
  });

  it("keeps parts of a whole under the whole's indicator", () => {
    expect(read("In 2020, 300 work permits were issued, including 120 seasonal work permits.")).toEqual([
      "300 work_permits_issued",
      "120 work_permits_issued"
    ]);
    expect(
      read("The government repatriated 38 trafficking victims in 2020: 27 women and 11 men.").map(
        (r) => r.split(" ")[1]
      )
    ).toEqual([
      "trafficking_victims_repatriated",
      "trafficking_victims_repatriated",
      "trafficking_victims_repatriated"
    ]);
  });
});

describe("entries and border violations", () => {
  it("read 'entered' as a crossing, never as an entry in a register", () => {
    expect(read("In 2020, 60,000 Venezuelans entered Colombia through official border crossings.")).toEqual([
      "60000 border_crossings"
    ]);
    expect(read("In 2020, 1,500 violations of the state border were detected.")).toEqual(["1500 border_violations"]);
    expect(read("In 2020, border guards detained 1,500 persons for illegal crossing of the border.")).toEqual([
      "1500 irregular_migrants_detected"
    ]);
  });
});

describe("traffickers identified", () => {
  it.each([
    ["In 2020, the government identified 57 victims and 12 traffickers.", "12 trafficking_suspects_identified"],
    ["Police identified 12 suspected traffickers in 2020.", "12 trafficking_suspects_identified"],
    ["In 2020, investigators identified 12 alleged traffickers.", "12 trafficking_suspects_identified"]
  ])("are suspects identified: %s", (text, row) => {
    expect(read(text)).toContain(row);
  });

  it("are not the victims identified beside them", () => {
    expect(read("In 2020, the government identified 57 victims and 12 traffickers.")).toContain(
      "57 trafficking_victims_identified"
    );
  });
});

describe("an elided count after a verb of its own", () => {
  it.each([
    [
      "Authorities prosecuted 45 alleged traffickers in 2020, compared with 32 in 2019, and convicted 12.",
      "12 trafficking_convictions"
    ],
    ["In 2020, police investigated 30 trafficking cases and prosecuted 12.", "12 trafficking_prosecutions"],
    ["In 2020, 500 migrants were detained and deported 120.", "120 deportations"],
    ["In 2020, the police arrested 40 traffickers and later convicted 18.", "18 trafficking_convictions"],
    ["In 2020, courts prosecuted 45 traffickers but convicted only 9.", "9 trafficking_convictions"]
  ])("takes that verb's event: %s", (text, row) => {
    expect(read(text)).toContain(row);
  });

  it("keeps the whole's event when the verb before is the same one", () => {
    expect(read("In 2020, police identified 57 trafficking victims and identified 12 more.").join()).not.toMatch(
      /12 (?!trafficking_victims_identified)/
    );
  });
});

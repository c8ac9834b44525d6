import {describe, expect, it} from "vitest";
import {observations} from "./read-paragraph.js";

const indicators = (text: string) => observations(text, "2019", "2020-01-27").map((o) => `${o.value} ${o.indicator}`);

describe("foreigners penalised for immigration offences", () => {
  it.each([
    ["In 2019, 1,200 foreigners were fined for illegal stay.", 1200],
    ["In 2019, 310 migrants were punished for immigration violations.", 310],
    ["In 2019, 64 foreigners were fined for overstaying their visas.", 64],
    ["Authorities fined 512 foreigners for illegal entry in 2019.", 512],
    ["In 2019, 93 irregular migrants were penalised.", 93],
    ["In 2019, 2,480 foreigners were punished for illegal entry and stay.", 2480],
    ["In 2019, 17 foreign nationals were penalized for violating immigration rules.", 17],
    ["Police fined 230 foreigners for immigration offences in 2019.", 230],
    ["In 2019, 41 foreigners were punished for illegal residence.", 41],
    ["In 2019, 808 migrants were fined for irregular stay.", 808]
  ])("%s", (text, value) => {
    expect(indicators(text)).toEqual([`${value} immigration_offenders_penalised`]);
  });

  it("leaves penalties for illegal work and fines with no offence of migration to others", () => {
    expect(indicators("In 2019, 75 foreigners were fined for working illegally.")).toEqual([
      "75 illegal_employment_penalties"
    ]);
    expect(indicators("In 2019, 12 drivers were fined for speeding.")).not.toContainEqual(
      expect.stringContaining("immigration_offenders_penalised")
    );
  });
});

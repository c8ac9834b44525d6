import {describe, expect, it} from "vitest";
import {observations} from "./read-paragraph.js";

/** "value indicator sex/age" of one sentence of a 2019 report. */
const read = (text: string) =>
  observations(text, "2019", "2019-12-31").map(
    (o) => `${o.value} ${o.indicator} ${o.sex ?? "-"}/${o.age_group ?? "-"}`
  );

describe("parts by sex or age set off by commas or dashes between a count and its verb", () => {
  it.each([
    ["In 2019, 38 victims, 18 girls and 20 boys, were identified by the police.", "victims_identified"],
    ["In 2019, 38 victims, 18 minors and 20 adults, were identified.", "victims_identified"],
    ["In 2019, 38 victims, 18 women and 20 men, received assistance.", "victims_assisted"],
    ["In 2019, 38 migrants, 18 women and 20 men, were deported.", "deportations"],
    ["In 2019, 38 migrants from Niger, 18 women and 20 men, were deported.", "deportations"],
    ["In 2019, 38 migrants – 18 women and 20 men – were deported.", "deportations"],
    ["In 2019, 38 refugees, 18 children and 20 adults, were resettled.", "refugees_resettled"],
    ["In 2019, 38 asylum seekers, 18 women and 20 men, applied for protection.", "asylum_applications"],
    ["In 2019, 38 victims of trafficking, 18 girls and 20 boys, were identified.", "trafficking_victims_identified"],
    ["In 2019, 38 victims, 18 females and 20 males, were identified.", "victims_identified"],
    ["In 2019, IOM assisted 38 stranded migrants – 18 women and 20 men – to return home.", "repatriations"]
  ])("%s", (text, indicator) => {
    const rows = read(text);
    expect(rows.map((r) => r.split(" ")[1])).toEqual([indicator, indicator, indicator]);
    expect(rows[0]).toMatch(/^38 /);
    expect(rows.slice(1).map((r) => r.split(" ")[0])).toEqual(["18", "20"]);
  });

  it("keeps each part's sex and age", () => {
    expect(read("In 2019, 38 victims, 18 girls and 20 boys, were identified.")).toEqual([
      "38 victims_identified -/-",
      "18 victims_identified female/child",
      "20 victims_identified male/child"
    ]);
  });

  it("finds no whole in a list of people by sex and age alone", () => {
    const rows = read("In 2019, a total of 46 men, 41 women, 26 boys and 30 girls were deported.");
    expect(rows.map((r) => r.split(" ")[0])).toEqual(["46", "41", "26", "30"]);
    expect(new Set(rows.map((r) => r.split(" ")[2]))).toEqual(
      new Set(["male/adult", "female/adult", "male/child", "female/child"])
    );
  });

  it("leaves counts of another kind after a comma their own", () => {
    const rows = read("In 2019, the police identified 38 victims, 12 traffickers and 20 smugglers.");
    expect(rows.filter((r) => /victims/.test(r)).map((r) => r.split(" ")[0])).toEqual(["38"]);
  });

  it("needs a verb after the parts to read the whole's verb there", () => {
    const rows = read("In 2019, there were 38 victims, 18 girls and 20 boys, according to the ministry.");
    expect(rows.some((r) => /deport|resettl/.test(r))).toBe(false);
  });
});

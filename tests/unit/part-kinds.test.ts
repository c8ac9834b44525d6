import {describe, expect, it} from "vitest";
import {observations} from "./read-paragraph.js";

/** "value category" of every observation of a paragraph in a report on 2019. */
const read = (text: string) => observations(text, "2019", "2020").map((o) => `${o.value} ${o.category ?? "-"}`);

describe("an elided part of a form the report leaves unspecified", () => {
  it.each([
    [
      "The government identified 61 trafficking victims (15 were victims of sex trafficking, 36 of forced labor, and 10 of an unspecified form of trafficking).",
      "10 unspecified trafficking"
    ],
    [
      "Police identified 40 trafficking victims: 20 of sex trafficking, 12 of forced labor, and eight of unspecified forms of exploitation.",
      "8 unspecified trafficking"
    ],
    ["In 2019, 76 individuals were victims of unspecified trafficking.", "76 unspecified trafficking"],
    [
      "The agency assisted 30 trafficking victims in 2019, 22 of forced labor and 8 of an unspecified form of exploitation.",
      "8 unspecified trafficking"
    ],
    [
      "Of the 50 trafficking victims identified in 2019, 12 were subjected to an unspecified form of trafficking.",
      "12 unspecified trafficking"
    ],
    [
      "The government identified 200 trafficking victims in 2019, and 96 were subjected to transnational trafficking.",
      "96 transnational"
    ],
    [
      "Authorities identified 80 trafficking victims in 2019; 30 were subjected to cross-border trafficking.",
      "30 transnational"
    ]
  ])("%s", (text, expected) => {
    expect(read(text)).toContain(expected);
  });

  it("keeps the neighbour's form when the part names its own", () => {
    expect(
      read("The government identified 61 trafficking victims in 2019 (15 of sex trafficking and 36 of forced labor).")
    ).toContain("36 forced labor");
  });
});

describe("a predicate's kind over a status the part was counted with", () => {
  it.each([
    ["In 2019, at least 10 of the presumed victims were sex trafficking victims.", "10 sex trafficking"],
    ["In 2019, 12 of the potential victims were forced labor victims.", "12 forced labor"],
    ["In 2019, 4 of the confirmed trafficking victims were forced begging victims.", "4 forced begging"]
  ])("%s", (text, expected) => {
    expect(read(text)).toContain(expected);
  });

  it("keeps a kind the part already has", () => {
    expect(read("In 2019, 12 of the forced labor victims were potential victims.")).toContain("12 forced labor");
  });
});

describe("those an attribute is unknown for", () => {
  it.each([
    "In 2019, 116 trafficking victims were female, 28 were male, two were transgender, and no information on four victims.",
    "In 2019, 30 trafficking victims were adults, 12 were children, and there was no data on 4 victims.",
    "In 2019, 20 trafficking victims were Greek, 14 were foreign, and there were no details about 4 victims."
  ])("%s", (text) => {
    expect(read(text).filter((r) => r.startsWith("4 "))).toEqual([]);
  });

  it("keeps a count of information given", () => {
    expect(read("In 2019, the police shared information on 14 trafficking victims with Europol.")).toContain("14 -");
  });
});

describe("a bracket read respectively names the quoted terms listed before it", () => {
  it.each([
    [
      "In 2021, 76 persons were victims of trafficking of other forms, which in prior years included “illegal marriage” and “illegal adoption,” (64 and three, respectively, in 2020).",
      ["64 illegal marriage", "3 illegal adoption"]
    ],
    [
      'In 2019, 40 trafficking victims were recorded under "forced labour" and "sexual exploitation" (31 and nine, respectively).',
      ["31 forced labour", "9 sexual exploitation"]
    ],
    [
      "The 2019 figures for trafficking victims grouped “begging”, “forced marriage” and “other” forms (12, 5 and 3, respectively).",
      ["12 begging", "5 forced marriage", "3 other"]
    ]
  ])("%s", (text, expected) => {
    const got = read(text);
    for (const e of expected) expect(got.some((g) => g.startsWith(e.split(" ")[0] + " "))).toBe(true);
    for (const e of expected) expect(got).toContain(e);
  });

  it("leaves a bracket when the counts outnumber the terms", () => {
    const got = read("In 2019, trafficking victims included “forced begging” (12, 5 and 3, respectively).");
    expect(got.some((g) => g.endsWith("forced begging") && g.startsWith("5 "))).toBe(false);
  });
});

describe("foreigners among trafficking victims are a citizenship part", () => {
  const citizenships = (text: string) =>
    observations(text, "2019", "2020").map((o) => `${o.value}@${o.period.label} ${o.citizenship ?? "-"}`);
  it.each([
    [
      "The government identified 38 trafficking victims in 2019; four were Greek and 34 were foreign citizens (11 Greeks and 35 foreign citizens in 2018).",
      "35@2018 foreign"
    ],
    ["Police identified 20 trafficking victims in 2019, including 12 foreign nationals.", "12@2019 foreign"],
    ["In 2019, the government identified 50 trafficking victims (30 foreigners and 20 nationals).", "30@2019 foreign"]
  ])("%s", (text, expected) => {
    expect(citizenships(text)).toContain(expected);
  });

  it("leaves foreigners counted outside trafficking alone", () => {
    expect(citizenships("In 2019, 1,200 foreigners were granted residence permits.")).not.toContain(
      "1200@2019 foreign"
    );
  });
});

describe("the size of a standing set of bodies", () => {
  const values = (text: string) => observations(text, "2019", "2020").map((o) => o.value);
  it.each([
    "In 2019, police referred victims to one of five regional multidisciplinary NGO teams.",
    "In 2019, each victim was placed with one of the 12 NGOs the state funds.",
    "In 2019, victims could turn to any of seven organisations for assistance.",
    "In 2019, the ministry referred the victims to one of four regional NGOs for shelter."
  ])("%s", (text) => {
    expect(values(text).filter((v) => v > 1)).toEqual([]);
  });

  it("keeps a count of operations of the period", () => {
    expect(
      values(
        "In 2019, police identified most trafficking victims during one of four anti-trafficking special police operations."
      )
    ).toContain(4);
  });
});

import {describe, expect, it} from "vitest";
import {withoutBodyNames, withoutNamedPlaces} from "../../loaders/general/body-names.js";
import {observations} from "./read-paragraph.js";

const indicators = (text: string) => observations(text, "2019", "2020-02").map((o) => `${o.value} ${o.indicator}`);

describe("the names of public bodies are no events of a count", () => {
  it.each([
    ["the Ministry of Enterprise, Training and Employment offers", "Ministry of Enterprise, Training and Employment"],
    ["the Department of Labor and Employment said", "Department of Labor and Employment"],
    ["the Office for Refugees and Stateless Persons reported", "Office for Refugees and Stateless Persons"],
    ["The Ministry of Justice and Public Security registered", "Ministry of Justice and Public Security"],
    [
      "the Bureau of Immigration, Deportation and Repatriation deported",
      "Bureau of Immigration, Deportation and Repatriation"
    ],
    ["the Council of Ministers approved", "Council of Ministers"],
    [
      "the Commission on Human Rights, Training & Protection found",
      "Commission on Human Rights, Training & Protection"
    ],
    ["the Directorate of Training reported", "Directorate of Training"],
    ["the Centre for Return and Reintegration assisted", "Centre for Return and Reintegration"],
    ["the Service for Employment of Foreigners issued", "Service for Employment of Foreigners"]
  ])("blanks the name in %j", (text, name) => {
    const out = withoutBodyNames(text);
    expect(out).toHaveLength(text.length);
    expect(out).not.toContain(name);
    expect(out.replace(/\s+/g, " ")).toBe(text.replace(name, " ").replace(/\s+/g, " "));
  });

  it.each([
    "the ministry of labour issued",
    "Ministry officials trained 40 inspectors",
    "training of officers in 2019",
    "The Office issued 30 permits"
  ])("leaves %j as it is", (text) => {
    expect(withoutBodyNames(text)).toBe(text);
  });

  it("reads what a report of a body counts without the body's name as its event", () => {
    const rows = indicators(
      "In 2019, the Ministry of Enterprise, Training and Employment deported 320 foreign workers without permits."
    );
    expect(rows).toContain("320 deportations");
    expect(rows.join(" ")).not.toMatch(/train/);
  });

  it("still reads a training its verb names", () => {
    expect(indicators("In 2019, the Ministry of Labour trained 45 labour inspectors.").join(" ")).toMatch(
      /45 \w*train/
    );
  });

  it.each([
    ["alleviating pressure on the overcrowded Immigration Detention Centre", "Detention Centre"],
    ["the overcrowding of the detention center at Fairbanks", "detention center"],
    ["moved to two reception facilities", "reception facilities"],
    ["a new return centre opened", "return centre"],
    ["in transit camps near the border", "transit camps"],
    ["at the Deportation Center in Riyadh", "Deportation Center"]
  ])("blanks the facility in %j", (text, name) => {
    expect(withoutNamedPlaces(text)).not.toContain(name);
    expect(withoutNamedPlaces(text)).toHaveLength(text.length);
  });

  it.each([
    "detained in 2019",
    "the detention of 40 migrants",
    "returned to the centre",
    "reception of asylum seekers"
  ])("leaves the event in %j", (text) => {
    expect(withoutNamedPlaces(text)).toBe(text);
  });

  it("reads people sent home from a detention centre as repatriated, not detained", () => {
    const rows = indicators(
      "In 2019, a group of 28 migrants were sent back home to Cuba, alleviating pressure on the overcrowded Immigration Detention Centre."
    );
    expect(rows).toEqual(["28 repatriations"]);
  });

  it("reads detainees at detention centres on a day as a stock in detention", () => {
    expect(
      observations(
        "As of May 15, there were 11,068 detainees at immigration detention centres nationwide.",
        "2023",
        "2023-06-01"
      ).map((o) => `${o.value} ${o.indicator}`)
    ).toContain("11068 persons_in_detention");
  });
});

// "deported through the Milak border crossing": the crossing point people passed names where, not what was counted.
describe("a border crossing people passed is no event of their count", () => {
  it.each([
    ["In 2019, 9,936 Afghans were deported from Iran through the Milak border crossing.", "9936 deportations"],
    ["In 2019, 4,200 migrants were returned via the Torkham border crossing point.", "4200 returns"],
    ["In 2019, 4,200 Somalis were assisted to return via the Dhobley border crossing.", "4200 returns"],
    ["In 2019, 2,515 Afghans were deported through the Islam Qala border crossing.", "2515 deportations"],
    ["In 2019, 1,300 Haitians were returned through the Belladère border crossing.", "1300 returns"],
    ["In 2019, 830 Ethiopians were returned via the Galafi border crossing point.", "830 returns"],
    ["In 2019, 6,204 Afghans returned through the Torkham border crossing.", "6204 returns"],
    ["In 2019, 512 Burundians were returned at the Kobero border crossing.", "512 returns"],
    ["In 2019, 97 Nigeriens were deported through the Assamaka border crossing.", "97 deportations"],
    ["In 2019, 4,244 persons were deported via the Milak border crossing.", "4244 deportations"],
    ["In 2019, 370 Pakistanis returned through the Chaman border crossing.", "370 returns"],
    ["In 2019, 2,100 refugees returned via the Gasenyi border crossing point.", "2100 returns"]
  ])("%s", (text, expected) => {
    expect(indicators(text)).toEqual([expected]);
  });

  it.each([
    // Crossings counted, or people who crossed, are crossings still.
    ["In 2019, 12,400 border crossings were recorded.", "12400 border_crossings"],
    ["In 2019, 12,400 persons crossed the border at official crossing points.", "12400 border_crossings"]
  ])("%s", (text, expected) => {
    expect(indicators(text)).toEqual([expected]);
  });

  it("blanks the crossing's name and keeps offsets", () => {
    const clause = "were deported through the Milak (Nimroz) border crossing in June";
    const out = withoutNamedPlaces(clause);
    expect(out).toHaveLength(clause.length);
    expect(out).not.toMatch(/crossing/);
    expect(out).toMatch(/deported/);
  });
});

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

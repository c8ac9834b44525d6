import {describe, expect, it} from "vitest";
import {withoutBodyNames} from "../../loaders/general/body-names.js";
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
});

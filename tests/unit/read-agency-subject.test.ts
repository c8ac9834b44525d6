import {describe, expect, it} from "vitest";
import {observations} from "./read-paragraph.js";
import {agencySubject} from "../../loaders/general/read-agency-subject.js";

describe("a body of the state opening the sentence as the count's subject", () => {
  it.each([
    ["DCI’s Transnational Organized Crime Unit (TOCU) proactively identified ", "Transnational Organized Crime Unit"],
    ["In 2018, the Internal Security Forces (ISF) investigated ", "Internal Security Forces"],
    ["The Ministry of Interior identified ", "Ministry of Interior"],
    ["In 2020, the Anti-Trafficking Police Unit reported ", "Anti-Trafficking Police Unit"],
    ["The National Gendarmerie identified ", "National Gendarmerie"],
    ["The Labor Inspectorate also identified ", "Labor Inspectorate"],
    ["In 2021, the Border Guard Service detained ", "Border Guard Service"],
    ["The Prosecutor General’s Office opened ", null],
    ["The Directorate of Migration deported at least ", "Directorate of Migration"],
    ["During 2019, the Child Protection Division rescued ", "Child Protection Division"],
    ["The Federal Police arrested ", "Federal Police"],
    ["The Office of the Special Prosecutor investigated ", "Office of the Special Prosecutor"]
  ])("reads %j", (lead, name) => {
    expect(agencySubject(lead)).toBe(name);
  });

  it.each([
    "The government identified ",
    "Authorities identified ",
    "NGOs assisted ",
    "Courts convicted ",
    "The Ministry of Interior, which identified ",
    "In 2020, the ministry identified ",
    "Italy identified ",
    "Police identified ",
    "The Ministry of Interior is expected to identify "
  ])("names no body in %j", (lead) => {
    expect(agencySubject(lead)).toBeNull();
  });

  it("the count the body opens the sentence with is its part", () => {
    const text =
      "The government identified 853 victims. DCI’s Transnational Organized Crime Unit (TOCU) proactively identified 144 trafficking victims during raids.";
    expect(observations(text, "2019", "2020-06-25").find((o) => o.value === 144)?.category).toBe(
      "Transnational Organized Crime Unit"
    );
  });

  it("the parts counted after it are not the body's", () => {
    const text = "The Ministry of Interior identified 100 trafficking victims, of whom nine were men.";
    expect(observations(text, "2019", "2020-06-25").find((o) => o.value === 9)?.category ?? null).toBeNull();
  });
});

import {describe, expect, it} from "vitest";
import {observe, partsOf} from "./observe.js";

/** Each observation of one paragraph as "value citizenship sex age category". */
function read(text: string): string[] {
  return observe(text, "2021", "2022", partsOf);
}

describe("people counted in cases of a kind", () => {
  it.each<[string, string[]]>([
    [
      "In 2021, the government initiated prosecutions of 37 suspects in 14 cases for forced labor.",
      ["37 - - - forced labor"]
    ],
    ["Authorities prosecuted 23 defendants in nine cases of forced labor.", ["23 - - - forced labor"]],
    ["Courts convicted 14 traffickers in six cases of sex trafficking in 2021.", ["14 - - - sex trafficking"]],
    [
      "Prosecutors charged 52 alleged traffickers in 19 cases of sexual exploitation in 2021.",
      ["52 - - - sex trafficking"]
    ],
    ["In 2021, police arrested 8 suspects in three cases of forced begging.", ["8 - - - forced begging"]],
    [
      "The government reported prosecuting 61 defendants across 27 cases for labor trafficking in 2021.",
      ["61 - - - labor trafficking"]
    ],
    ["In 2021, courts convicted 5 offenders in two cases of domestic servitude.", ["5 - - - domestic servitude"]],
    ["In 2021, police identified 44 victims in 12 cases of forced labour.", ["44 - - - forced labor"]],
    ["In 2021, investigators arrested 30 suspects in 11 cases for sex trafficking.", ["30 - - - sex trafficking"]],
    ["In 2021, officials indicted 17 traffickers in seven cases of debt bondage.", ["17 - - - debt bondage"]]
  ])("%s", (text, expected) => {
    const rows = read(text);
    for (const row of expected) expect(rows).toContain(row);
  });

  it.each<[string, string]>([
    // How sure the cases are ("suspected") is no kind of the people in them.
    ["In 2021, police investigated 26 suspects in 10 cases of suspected trafficking.", "26 - - - -"],
    // People with a kind of their own keep it.
    [
      "In 2021, courts convicted 9 sex traffickers in four cases of forced labor and trafficking.",
      "9 - - - sex trafficking"
    ],
    // The cases are not where the people were counted.
    ["In 2021, police arrested 31 suspects and opened 12 cases of forced labor.", "31 - - - -"]
  ])("%s leaves %s", (text, row) => {
    expect(read(text)).toContain(row);
  });
});

import {describe, expect, it} from "vitest";
import {observations} from "./read-paragraph.js";

const read = (text: string) =>
  observations(text, "2019", "2020-01-10").map((o) => `${o.value}@${o.period.label} ${o.citizenship ?? "-"}`);

describe("a state named after a saint, abbreviated, names the people counted", () => {
  it.each([
    ["ICE deported 11 St. Kitts and Nevis nationals in 2019.", "Saint Kitts and Nevis"],
    ["In 2019, 11 St Kitts and Nevis citizens were deported.", "Saint Kitts and Nevis"],
    ["The US removed 11 St. Vincent and the Grenadines nationals in 2019.", "Saint Vincent and the Grenadines"],
    ["In 2019, the government repatriated 11 St. Kitts and Nevis nationals.", "Saint Kitts and Nevis"],
    ["A total of 11 St. Kitts and Nevis nationals were deported in 2019.", "Saint Kitts and Nevis"],
    ["In 2019, 11 St. Kitts and Nevis nationals applied for asylum.", "Saint Kitts and Nevis"],
    ["In 2019, 11 St. Lucia nationals were deported.", "Saint Lucia"],
    ["In 2019, 11 St. Lucia citizens were returned home.", "Saint Lucia"],
    ["In 2019, police arrested 11 St. Lucia nationals.", "Saint Lucia"],
    ["Canada deported 11 St Lucia nationals in 2019.", "Saint Lucia"]
  ])("%s", (text, citizenship) => {
    expect(read(text)).toEqual([`11@2019 ${citizenship}`]);
  });

  it.each([
    // An ordinal's suffix stays one.
    ["In 2019, 11 St. Lucia nationals were deported on the 21 st of May.", ["11@2019 Saint Lucia"]],
    // A saint's city is no state.
    ["In 2019, 11 St. Petersburg residents were deported.", []]
  ])("reads no more: %s", (text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});

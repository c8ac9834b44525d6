import {describe, expect, it} from "vitest";
import {observations} from "./read-paragraph.js";

/** "value citizenship/category" of one paragraph of a report on 2018. */
const people = (text: string) =>
  observations(text, "2018", "2019-06-20").map((o) => `${o.value} ${o.citizenship ?? "-"}/${o.category ?? "-"}`);

describe("people of any state but one ('non-Nigerien migrants') are a category, never that state's citizens", () => {
  it.each([
    ["In 2018, 300 non-Nigerien migrants were returned.", ["300 -/non-Nigerien"]],
    ["In 2018, 300 non-Syrian refugees arrived.", ["300 -/non-Syrian"]],
    ["In 2018, 300 non-Syrian asylum seekers applied for asylum.", ["300 -/non-Syrian"]],
    ["In 2018, the police deported 300 non-Libyan migrants.", ["300 -/non-Libyan"]],
    ["In 2018, 300 non-Ukrainian refugees were granted temporary protection.", ["300 -/non-Ukrainian"]],
    ["In 2018, 45 non-Thai victims of trafficking were identified.", ["45 -/non-Thai"]],
    ["In 2018, the authorities detained 300 non-Malaysian workers.", ["300 -/non-Malaysian"]],
    ["In 2018, 300 non-Afghan returnees crossed the border.", ["300 -/non-Afghan"]],
    ["In 2018, 1,200 non-Mexican migrants were deported.", ["1200 -/non-Mexican"]],
    ["In 2018, 300 non-Turkish asylum seekers were registered.", ["300 -/non-Turkish"]]
  ])("%s", (text, expected) => {
    expect(people(text)).toEqual(expected);
  });

  it("still reads a demonym with no 'non-' before it as citizenship", () => {
    expect(people("In 2018, 300 Nigerien migrants were returned.")).toEqual(["300 Niger/-"]);
    expect(people("In 2018, 300 Syrian refugees arrived.")).toEqual(["300 Syria/-"]);
  });
});

import {describe, expect, it} from "vitest";
import {findQuantities} from "../../loaders/general/find-quantities.js";

const kept = (text: string) =>
  findQuantities(text)
    .filter((q) => !q.excluded)
    .map((q) => q.value);

describe("a number word in a bracket", () => {
  it.each([
    ["came from Syria (89), followed by Eritrea (nine) and Yemen (nine)", [89, 9, 9]],
    ["led by Afghans (412), Iraqis (seven) and Somalis (five)", [412, 7, 5]],
    ["the regions of Tigray (three) and Afar (two)", [3, 2]],
    ["from Morocco (eleven) and Algeria (four)", [11, 4]],
    ["applications by Georgians (six) rose", [6]],
    ["returned to Albania (eight), Kosovo (three)", [8, 3]],
    ["Women (twelve) and men (ten) were identified", [12, 10]],
    ["convicted in Lagos (four) and Kano (two)", [4, 2]],
    ["were Vietnamese (nine)", [9]],
    ["victims from Nepal (seven), India (six)", [7, 6]]
  ])("%j is a figure of its own", (text, values) => expect(kept(text)).toEqual(values));

  it.each([
    ["within 1 (one) business day", []],
    ["a total of 3 (three) victims", [3]],
    ["10 (ten) cases were opened", [10]]
  ])("%j only confirms the figure before it", (text, values) => expect(kept(text)).toEqual(values));
});

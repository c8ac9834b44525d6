import {describe, expect, it} from "vitest";
import {indicatorsOf} from "./read-paragraph.js";

const read = (text: string) => indicatorsOf(text, "2019", "2020-06-01");

describe("people intercepted at sea or at the border", () => {
  it.each([
    ["In 2019, the coast guard intercepted 640 migrants off the coast.", "640 migrants_intercepted"],
    ["In 2019, 2,318 children were intercepted through checks on buses.", "2318 migrants_intercepted"],
    ["In 2019, the navy interdicted 53 Haitian nationals at sea.", "53 migrants_intercepted"],
    ["The interception of 312 migrants by the coast guard was reported in 2019.", "312 migrants_intercepted"],
    ["In 2019, border guards intercepted 95 foreigners trying to cross.", "95 migrants_intercepted"],
    ["In 2019, 1,845 Tunisians were intercepted at sea.", "1845 migrants_intercepted"],
    ["In 2019, the national guard intercepted 300 children at the border.", "300 migrants_intercepted"],
    ["Some 77 women were intercepted at the airport in 2019.", "77 migrants_intercepted"],
    ["In 2019 the coast guard interdicted 1,200 people in the Mona Passage.", "1200 migrants_intercepted"],
    ["A total of 41 refugees were intercepted at the border in 2019.", "41 migrants_intercepted"],
    ["In 2019, the navy carried out 2,115 interceptions at sea.", "2115 migrants_intercepted"],
    ["Crews made 14 interdictions off the coast in 2019.", "14 migrants_intercepted"],
    ["In 2019 there were 230 interdictions at sea.", "230 migrants_intercepted"]
  ])("%s", (text, row) => {
    expect(read(text)).toContain(row);
  });

  it("counts no interception where none is told, and keeps victims as victims", () => {
    expect(read("In 2019, police made 2,115 arrests.")).not.toContain("2115 migrants_intercepted");
    expect(read("In 2019, the coast guard rescued 640 migrants off the coast.")).not.toContain(
      "640 migrants_intercepted"
    );
    expect(read("In 2019, police intercepted 12 potential trafficking victims at the border.")).not.toContain(
      "12 migrants_intercepted"
    );
  });

  it("keeps a part named as its whole's under the whole's indicator, whatever its participle says", () => {
    expect(
      read(
        "In 2019, the GIS identified 280 potential trafficking victims; 244 were potential victims of labor trafficking, nearly all of whom (240) were Ghanaian women intercepted at the border."
      )
    ).toContain("240 trafficking_victims_identified");
  });
});

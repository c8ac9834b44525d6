import {describe, expect, it} from "vitest";
import {observations} from "./read-paragraph.js";

/** "value category" of one paragraph of a report on 2019. */
const forms = (text: string) => observations(text, "2019", "2020-06-20").map((o) => `${o.value} ${o.category ?? "-"}`);

describe("a count 'identified as', 'recognized as' or 'confirmed as' victims of a form of trafficking is of that form", () => {
  it.each([
    ["In 2019, 33 women were identified as victims of sex trafficking.", ["33 sex trafficking"]],
    ["In 2019, 12 men were identified as victims of forced labor.", ["12 forced labor"]],
    ["In 2019, 33 Venezuelan females were identified as victims of sex trafficking.", ["33 sex trafficking"]],
    ["In 2019, 9 persons were recognized as victims of labor trafficking.", ["9 labor trafficking"]],
    ["In 2019, 9 persons were recognised as victims of sexual exploitation.", ["9 sex trafficking"]],
    ["In 2019, 9 persons were confirmed as victims of forced labour.", ["9 forced labor"]],
    ["In 2019, 9 persons were officially identified as victims of forced begging.", ["9 forced begging"]],
    ["In 2019, 9 children were identified as victims of forced begging.", ["9 forced begging"]],
    ["In 2019, 9 women were identified as victims of domestic servitude.", ["9 domestic servitude"]],
    ["In 2019, 9 persons were considered victims of forced labor.", ["9 forced labor"]]
  ])("%s", (text, expected) => {
    expect(forms(text)).toEqual(expected);
  });

  it("names no form when the predicate names none", () => {
    expect(forms("In 2019, 33 women were identified as victims of trafficking.")).toEqual(["33 -"]);
  });
});

import {describe, expect, it} from "vitest";
import {observations} from "./read-paragraph.js";

/** The breakdown the figure `value` of `text` is read with, as "sex/age/category". */
function breakdownOf(text: string, value: number): string | undefined {
  const o = observations(text, "2020", "2021-06-24").find((x) => x.value === value);
  return o ? `${o.sex ?? "-"}/${o.age_group ?? "-"}/${o.citizenship ?? "-"}` : undefined;
}

describe("a figure set against the count after its listed parts is the whole's, not the last part's", () => {
  it.each([
    ["Authorities reported 61 trafficking victims, including 34 children, an increase from 45 in 2019.", 45],
    ["Police identified 57 trafficking victims, including 41 women and 7 men, compared with 63 in 2019.", 63],
    ["The government identified 112 trafficking victims, of whom 80 were women, a decrease from 130 in 2019.", 130],
    ["The government identified 98 trafficking victims, including 60 girls, up from 75 in 2019.", 75],
    ["Authorities identified 44 trafficking victims, including 30 women and 14 men, down from 52 in 2019.", 52],
    ["Police identified 150 trafficking victims, including 90 children, compared to 120 in 2019.", 120],
    ["The government identified 75 trafficking victims, among them 40 Nigerian women, as against 66 in 2019.", 66],
    ["Officials identified 23 trafficking victims, including 13 boys, a slight increase from 21 in 2019.", 21],
    [
      "Authorities identified 310 trafficking victims, including 200 women, 80 girls and 30 men, compared with 280 in 2019.",
      280
    ],
    ["The police identified 64 trafficking victims, of whom 50 were women, an increase from 38 in 2019.", 38],
    ["Authorities identified 19 trafficking victims, including 11 children, a decrease from 27 in 2019.", 27]
  ])("%s", (text, value) => expect(breakdownOf(text, value)).toBe("-/-/-"));

  it.each([
    // With no parts listed, the figure is the count's own comparison, as before.
    ["Police identified 57 trafficking victims in 2020, compared with 63 in 2019.", 63, "-/-/-"],
    // A part compared on its own keeps the part's breakdown.
    ["Police identified 57 trafficking victims, including 41 women (33 in 2019).", 33, "female/adult/-"]
  ])("%s", (text, value, expected) => expect(breakdownOf(text, value)).toBe(expected));
});

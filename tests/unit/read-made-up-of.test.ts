import {describe, expect, it} from "vitest";
import {listsPartsOfGroup} from "../../loaders/general/read-made-up-of.js";
import {observations} from "./read-paragraph.js";

describe("a sentence listing what the counted group is made of", () => {
  it.each([
    "The illegal workers comprised seven men and three women, aged 19 to 40.",
    "The overstayers comprised three men and a woman.",
    "They consisted of 29 adults, 3 children and 3 infants.",
    "These included 14 girls and 6 boys.",
    "The victims were made up of 40 women and 12 men.",
    "Those comprise 8 Syrians and 5 Iraqis.",
    "The rescued migrants were composed of 61 adults and 17 minors.",
    "The detainees included 9 women.",
    "The returnees consist of 210 men and 95 women.",
    "The foreign nationals broke down into 30 men and 11 women."
  ])("%s", (text) => expect(listsPartsOfGroup(text)).toBe(true));

  it.each([
    "The operation comprised three phases.",
    "Ten workers comprised the team.",
    "The ministry included 14 girls in the programme next year and more.",
    "Police arrested seven men and three women.",
    "The report, which comprised 12 chapters, was published."
  ])("not: %s", (text) => expect(listsPartsOfGroup(text)).toBe(false));

  it("reads the parts with the whole's indicator and period", () => {
    const rows = observations(
      "In 2018, ten illegal workers were arrested. The illegal workers comprised seven men and three women.",
      "2018",
      "2019-01-10"
    ).map((o) => `${o.value} ${o.indicator} ${o.period.label} ${o.sex ?? ""}`);
    const whole = rows.find((r) => r.startsWith("10 "))!.split(" ")[1];
    expect(rows).toContain(`7 ${whole} 2018 male`);
    expect(rows).toContain(`3 ${whole} 2018 female`);
  });
});

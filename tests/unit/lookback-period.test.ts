import {describe, expect, it} from "vitest";
import {observations} from "./read-paragraph.js";

/** "value@period" of every observation of a paragraph in a report on 2019. */
const read = (text: string) => observations(text, "2019", "2020").map((o) => `${o.value}@${o.period.label}`);

describe("a sentence that looks back on a year before the report's own", () => {
  it.each([
    "In 2018, the government identified 12 victims. The government identified three victims.",
    "In 2018, authorities prosecuted 12 defendants. Courts convicted three traffickers.",
    "In 2018, police investigated 12 cases. Police investigated three cases.",
    "In 2018, 12 victims were identified. NGOs assisted three victims.",
    "In 2018, the government reported 12 investigations. It reported three prosecutions.",
    "In 2018, officials identified 12 victims. Police referred three victims to shelters.",
    "In 2018, the state convicted 12 traffickers. It convicted three traffickers.",
    "In 2018, 12 were victims of sex trafficking. The government funded three shelters.",
    "In 2018, the government identified 12 victims. Authorities initiated three investigations.",
    "During 2018, the courts convicted 12 traffickers. Prosecutors indicted three defendants."
  ])("frames only itself: %j", (text) => {
    const got = read(text);
    expect(got[0]).toBe("12@2018");
    expect(got.slice(1)).toEqual(["3@2019"]);
  });

  it("frames the sentences that continue it", () => {
    expect(read("Overall in 2018, 8078 people were deported. 2268 of these were sanctioned.")).toEqual([
      "8078@2018",
      "2268@2018"
    ]);
  });

  it("a year further back, as a release recalls it, still frames the sentences after it", () => {
    expect(read("In 2017, police identified 12 victims. NGOs assisted three victims.")).toEqual(["12@2017", "3@2017"]);
  });

  it("a year of the report's own period still frames the sentences after it", () => {
    expect(
      observations("In 2019, police identified 12 victims. NGOs assisted three victims.", "2018-2019", "2020").map(
        (o) => `${o.value}@${o.period.label}`
      )
    ).toEqual(["12@2019", "3@2019"]);
  });
});

import {describe, expect, it} from "vitest";
import {observations} from "./read-paragraph.js";
import {findUniversals} from "../../loaders/general/read-universal.js";
import {extractStatements} from "../../loaders/general/extract-statements.js";
import {parsePeriodLabel} from "../../loaders/periods/parse-period.js";

/** The universal rows of a paragraph, as "value@period key=value…". */
function universal(text: string, reporting = "2019"): string[] {
  return observations(text, reporting, "2020")
    .filter((o) => o.spec_id === "general:universal")
    .map((o) => {
      const keys = (["citizenship", "sex", "age_group", "category"] as const).filter((k) => o[k]);
      return `${o.value}@${o.period.label} ${keys.map((k) => `${k}=${o[k]}`).join(",")}`;
    });
}

describe("a universal statement about counted people", () => {
  it.each([
    [
      "The government identified 303 victims (181 in 2016). All were foreign victims in 2016 and 2017.",
      "2017",
      ["181@2016 citizenship=foreign", "303@2017 citizenship=foreign"]
    ],
    [
      "The government identified six victims (nine victims in 2018); all were female in 2019 and 2018.",
      "2019",
      ["6@2019 sex=female", "9@2018 sex=female"]
    ],
    [
      "Authorities identified 42 victims (30 in 2018). All of them were women in 2019 and 2018.",
      "2019",
      ["42@2019 sex=female", "30@2018 sex=female"]
    ],
    ["Police identified 12 victims in 2019. All were children.", "2019", ["12@2019 age_group=child"]],
    ["Police identified 12 victims. All of them were minors.", "2019", ["12@2019 age_group=child"]],
    [
      "The government identified 39 official victims and 85 potential victims. Of the official victims, all were victims of forced labor.",
      "2019",
      ["39@2019 category=forced labor"]
    ],
    [
      "The government identified 20 official victims and 70 potential victims. Of the potential victims, all were foreign nationals.",
      "2019",
      ["70@2019 citizenship=foreign,category=potential"]
    ],
    [
      "The agency reported identifying 215 female trafficking victims, all but two of whom were victims of domestic servitude.",
      "2018",
      ["213@2018 sex=female,category=domestic servitude"]
    ],
    [
      "Officials identified 57 victims, all of whom were subjected to forced labor.",
      "2019",
      ["57@2019 category=forced labor"]
    ],
    [
      "Officials identified 57 victims, all but 7 of whom were subjected to sexual exploitation.",
      "2019",
      ["50@2019 category=sex trafficking"]
    ],
    [
      "The government identified 14 victims (11 in 2017). All were from Nigeria in 2017 and 2018.",
      "2018",
      ["11@2017 citizenship=Nigeria", "14@2018 citizenship=Nigeria"]
    ],
    ["Authorities identified 25 victims; all were Ukrainian nationals.", "2019", ["25@2019 citizenship=Ukraine"]]
  ])("%j", (text, reporting, expected) => {
    expect(universal(text, reporting).sort()).toEqual([...expected].sort());
  });

  it("reads no event, no mixed attribute, no list of countries and no count of nothing as a universal", () => {
    for (const text of [
      "The government identified 12 victims. All were referred to shelters.",
      "Courts convicted 14 traffickers. All were sentenced to prison.",
      "Police identified 12 victims. All were women and children.",
      "Police identified 12 victims. All were from Albania and Kosovo.",
      "Police identified no victims in 2019. All were female.",
      "All but 15 of the identified victims were from Kazakhstan.",
      "The ministry allocated 20 million lek ($180,000). All were female."
    ])
      expect(universal(text), text).toEqual([]);
  });

  it("takes no earlier sentence's count as the whole of a sentence that states its own", () => {
    const claimed = "98 of identified trafficking victims, all are citizens of the Republic";
    const text = `Courts sentenced 23 traffickers in 2018. ${claimed} of Azerbaijan.`;
    const start = text.indexOf(claimed);
    const read = (claimed: [number, number][]) =>
      extractStatements(text, [{number: "", start: 0, end: text.length}], {
        reportingPeriod: parsePeriodLabel("2018"),
        documentDate: "2019",
        claimed
      }).observations.filter((o) => o.spec_id === "general:universal");
    // Read by a spec, the sentence's own count is not among the reader's rows: the earlier 23 must not stand in.
    expect(read([[start, start + 2]])).toEqual([]);
    expect(
      universal("Courts sentenced 23 traffickers in 2018. Police identified 98 victims, all were women.", "2018")
    ).toEqual(["98@2018 sex=female"]);
  });

  it("finds the statement, its exceptions and its years", () => {
    const [u] = findUniversals("…, all but two of whom were victims of domestic servitude, but");
    expect(u).toMatchObject({but: 2, whose: true, of: null, attribute: {category: "domestic servitude"}, years: []});
    const [v] = findUniversals("All were foreign victims in 2016 and 2017.");
    expect(v).toMatchObject({start: 0, end: 3, but: 0, whose: false, years: ["2016", "2017"]});
    expect(findUniversals("In all, 15 were female.")).toEqual([]);
  });
});

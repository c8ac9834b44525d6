import {describe, expect, it} from "vitest";
import {countsByPlace} from "../../../loaders/general/read-place-counts.js";
import {observations} from "../read-paragraph.js";

describe("a sentence of bare counts by place", () => {
  it.each([
    "There are 41 in Dodoma, 19 in Iringa and one in Ruvuma.",
    "There were 112 in Mombasa, 57 in Kisumu, 9 in Garissa and 3 in Nakuru.",
    "Of them, 220 in Gauteng and 87 in Limpopo.",
    "Of these 16 in Kandy, 11 in Galle and two in Jaffna.",
    "There are 5 in Arusha and 14 in Shinyanga.",
    "1,204 in Lagos, 655 in Kano; 310 in Edo.",
    "There were about 300 in Tigray, some 120 in Afar and nearly 90 in Amhara.",
    "There are 8 at the Rosso crossing and 3 at Diama.",
    "There are 27 in Upper Nile, 13 in Western Equatoria and four in Lakes.",
    "There were 71 in Sindh, 45 in Punjab while 12 in Balochistan.",
    "There are 33 in Kasai Oriental, 21 in Haut Katanga and one in Ituri."
  ])("%j", (text) => expect(countsByPlace(text)).toBe(true));

  it.each([
    // One place is no list.
    "There are 41 in Dodoma.",
    // A count with a noun of its own reads itself.
    "There are 41 detainees in Dodoma and 19 in Iringa.",
    // Years are no places.
    "There were 41 in 2019 and 19 in 2020.",
    // "one in five" is a ratio.
    "One in five were minors and one in ten were women.",
    // Words outside the items say more than where.
    "There are 41 in Dodoma, 19 in Iringa and one in Ruvuma awaiting trial since March."
  ])("%j is not", (text) => expect(countsByPlace(text)).toBe(false));

  it("breaks the count of the sentence before down by place, with its citizenship and period", () => {
    const rows = observations(
      "In March 2016, a total of 180 Somalis were held in prisons across the country. There are 96 in Arusha, 71 in Dodoma, 12 in Singida and one in Tabora.",
      "2016",
      "2016-04-02"
    ).map((o) => `${o.value}@${o.period.label} ${o.citizenship ?? ""} [${o.category ?? ""}]`);
    expect(rows).toContain("180@2016-03 Somalia []");
    expect(rows).toContain("96@2016-03 Somalia [Arusha]");
    expect(rows).toContain("12@2016-03 Somalia [Singida]");
    expect(rows).toContain("1@2016-03 Somalia [Tabora]");
  });
});

import {describe, expect, it} from "vitest";
import {documentDay, isIrregularStock} from "../../loaders/general/read-stock-estimate.js";
import {findQuantities} from "../../loaders/general/find-quantities.js";
import {observations} from "./read-paragraph.js";

const first = (text: string) => findQuantities(text).find((q) => !q.excluded)!;
const irregular = (text: string) => {
  const q = first(text);
  return isIrregularStock(text, q.start, q.end);
};

describe("an estimate of people staying irregularly somewhere", () => {
  it.each([
    "With approximately 5.6 million irregular Mexican migrants in the United States, the Government had to adjust.",
    "There are about 400,000 undocumented migrants in the country.",
    "An estimated 2 million illegal immigrants live in Malaysia; an estimated 2 million illegal immigrants in Malaysia.",
    "Some 60,000 irregular Guatemalan workers in Mexico lack papers.",
    "Around 1.2 million undocumented Salvadoran migrants living in the United States send remittances.",
    "Over 300,000 unauthorized immigrants residing in Texas were counted.",
    "Roughly 11 million unauthorised migrants in the United States face deportation.",
    "Nearly 50,000 irregular migrants present in Libya await return.",
    "More than 20,000 undocumented foreigners staying in Thailand were estimated.",
    "Up to 700,000 unregistered migrants in Russia work informally."
  ])("reads %s", (text) => {
    expect(irregular(text)).toBe(true);
  });

  it.each([
    "Approximately 90,601 irregular migrants were detained in Chiapas.",
    "About 400,000 migrants in the country hold permits.",
    "5.6 million irregular Mexican migrants in the United States were counted in 2016.",
    "Police detected about 3,000 irregular migrants at the border.",
    "Approximately 5.6 million Mexican migrants in the United States.",
    "About 400 irregular crossings in the Aegean were recorded.",
    "Approximately 200 undocumented migrants were deported from Texas.",
    "Some 12 irregular migrants who were rescued in Libya returned.",
    "About 5,000 irregular workers' complaints in Qatar were filed.",
    "Nearly 60 per cent of irregular migrants in Mexico come through Chiapas."
  ])("leaves %s", (text) => {
    expect(irregular(text)).toBe(false);
  });

  it("dates an undated estimate by the day of the document", () => {
    const text =
      "In the period between 2012 and 2016, Mexico had seen an increase of 84.5 per cent in the migration flow. With approximately 5.6 million irregular Mexican migrants in the United States, the Government had to adjust.";
    const row = observations(text, "2017", "2017-09-07").find((o) => o.value === 5600000);
    expect(row?.period.label).toBe("2017-09-07");
    expect(row?.indicator).toBe("illegal_migrants_estimated");
    expect(row?.citizenship).toBe("Mexico");
    expect(documentDay("2017-09")).toBeNull();
  });
});

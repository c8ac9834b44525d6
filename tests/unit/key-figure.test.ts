import {describe, expect, it} from "vitest";
import {headingBreaks} from "../../loaders/general/split-sentences.js";
import {flatten} from "../../loaders/text/flatten.js";
import {opensKeyFigure} from "../../loaders/general/key-figure.js";
import {observations} from "./read-paragraph.js";

/** "value indicator" of one line of a factsheet on June 2019. */
const read = (text: string) => observations(text, "2019-06", "2019-07-15").map((o) => `${o.value} ${o.indicator}`);

describe("a factsheet's key figure: a number, a label and what it counts", () => {
  it.each([
    ["11,853 # of asylum applications adjudicated by the REC", "11853 asylum_cases_decided"],
    ["11,357 # of asylum applications granted", "11357 refugee_status_granted"],
    ["1,637 # of new asylum seekers registered at the Refugee Desk in Kampala", "1637 asylum_applications"],
    ["390 # of new asylum seekers from Burundi registered in Nakivale settlement", "390 asylum_applications"],
    ["8,838 # of new arrivals from DRC registered in settlements", "8838 border_crossings"],
    ["1,200 Number of migrants deported", "1200 deportations"],
    ["1,200 No. of migrants deported", "1200 deportations"],
    ["1,200 Total number of migrants deported", "1200 deportations"],
    ["299,162 Number of refugees in South Sudan", "299162 refugees_hosted"],
    ["213,376 Number of refugees who have returned", "213376 returns"],
    ["45 # of victims of trafficking identified", "45 trafficking_victims_identified"]
  ])("%s", (text, row) => {
    expect(read(text)).toEqual([row]);
  });

  it("knows a key figure's line by its opening", () => {
    expect(opensKeyFigure("11,853 # of asylum applications")).toBe(true);
    expect(opensKeyFigure("1.46 million Number of internally displaced persons")).toBe(true);
    expect(opensKeyFigure("299,162 Number of refugees")).toBe(true);
    expect(opensKeyFigure("In 2019, 11,853 # of applications")).toBe(false);
    expect(opensKeyFigure("11,853 applications were adjudicated")).toBe(false);
    expect(opensKeyFigure("95% % of recognition rate")).toBe(false);
  });

  it("gives each key figure's line a sentence of its own", () => {
    const raw =
      "Key Figures of the month\n\n1,637 # of new asylum seekers registered\n\n8,838 # of new arrivals registered in settlements\n\nKey Achievement of 2019\n\n11,853 # of asylum applications adjudicated";
    const flat = flatten(raw);
    const starts = headingBreaks(raw, flat.offsets, flat.text).map((k) => flat.text.slice(k, k + 10));
    expect(starts).toEqual(["1,637 # of", "8,838 # of", "Key Achiev", "11,853 # o"]);
    const single = "POPULATIONS OF CONCERN\n299,162 Number of refugees in South Sudan.";
    const f = flatten(single);
    expect(headingBreaks(single, f.offsets, f.text).map((k) => f.text.slice(k, k + 7))).toEqual(["299,162"]);
  });

  it("leaves a sentence wrapped before a number whole", () => {
    const raw = "Departures increased by 4.7% from\n\n282,764 to 296,083.";
    const flat = flatten(raw);
    expect(headingBreaks(raw, flat.offsets, flat.text)).toEqual([]);
  });
});

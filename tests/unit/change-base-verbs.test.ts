import {describe, expect, it} from "vitest";
import {findQuantities} from "../../loaders/general/find-quantities.js";

const reason = (text: string, figure: string) =>
  findQuantities(text).find((q) => q.text === figure)?.excluded ?? "counted";

describe("a change stated with a verb's base form, or as a multiple, is no count", () => {
  it.each([
    ["2004 saw the number of applications fall by almost 2,000, from the 2003 figure, to 10,838.", "2,000"],
    ["Arrivals are expected to rise by 4,500 next year.", "4,500"],
    ["The number of permits may grow by 1,200 in 2020.", "1,200"],
    ["Deportations could drop by 300 this year.", "300"],
    ["Applications will decline by about 850.", "850"],
    ["The quota is set to climb by 2,400 places.", "2,400"],
    ["Arrivals could jump by 700 in a single month.", "700"],
    ["Arrivals have increased by a multiple of 9, from 109 in May 2020 to 900 in May 2021.", "9"],
    ["Asylum claims grew by a factor of three over the decade.", "three"],
    ["The number of returns was multiplied by four in a year.", "four"],
    ["The caseload may shrink by 150 applications.", "150"]
  ])("%s", (text, figure) => expect(reason(text, figure)).toBe("change"));

  it.each([
    // The level the change reaches, and the level it starts from, are counts.
    ["2004 saw the number of applications fall by almost 2,000, from the 2003 figure, to 10,838.", "10,838"],
    ["Arrivals have increased by a multiple of 9, from 109 in May 2020 to 900 in May 2021.", "900"],
    // "fall" as a season or a noun names no change by a number.
    ["In the fall 1,200 migrants arrived.", "1,200"]
  ])("keeps %s", (text, figure) => expect(reason(text, figure)).toBe("counted"));
});

import {describe, expect, it} from "vitest";
import {flowToDate} from "../../loaders/general/resolve-flow-to-date.js";

const day = {label: "2019-06-30", start: "2019-06-30", end: "2019-06-30", partial: true, stock: true};
/** The label of the period a count opening after "By the end of June" is of, or null when it stays on the day. */
const periodOf = (text: string) => flowToDate(text, text.search(/\d/), day)?.label ?? null;

describe("a count whose own verb, after it, is an event in the simple past is a flow up to the day", () => {
  it.each([
    "By the end of June, 2,718 migrants were deported.",
    "By the end of June, 2,718 illegal migrants expressed the intention to ask for international protection.",
    "By the end of June, 2,718 foreigners were expelled from the country.",
    "By the end of June, 2,718 victims were identified.",
    "By the end of June, 2,718 asylum seekers applied for protection.",
    "By the end of June, 2,718 work permits were issued.",
    "By the end of June, 2,718 persons were returned.",
    "By the end of June, 2,718 migrants were arrested at the border.",
    "As of the end of June, 2,718 migrants were deported.",
    "By the end of June, 2,718 refugees were resettled."
  ])("%s", (text) => {
    expect(periodOf(text)).toBe("2019H1");
  });

  it.each([
    "By the end of June, 2,718 migrants had been deported.",
    "By the end of June, 2,718 migrants were registered in the country.",
    "By the end of June, 2,718 refugees lived in camps.",
    "By the end of June, 2,718 migrants were detained.",
    "As of 30 June, 2,718 migrants were deported."
  ])("stays on the day: %s", (text) => {
    expect(periodOf(text)).toBeNull();
  });
});

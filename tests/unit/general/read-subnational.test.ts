import {describe, expect, it} from "vitest";
import {subnationalPlace} from "../../../loaders/general/read-subnational.js";

/** The place of the count `n` in `text`, read as the reader does: its tail runs from after its noun, if any, to the next count. */
function placeOf(text: string, n: string): string | null {
  const at = text.indexOf(n);
  const after = text.slice(at + n.length);
  const noun = /^\s+(?!in\b)[a-z]+/.exec(after)?.[0].length ?? 0;
  const next = after.search(/\d/);
  const end = next < 0 ? after.length : next;
  return subnationalPlace(text.slice(0, at), after.slice(noun, end), undefined, false, after.slice(end));
}

describe("the last item of a list of counts by place", () => {
  it.each([
    ["This includes 9,120 refugees in Blue Nile and a further 3,412 in North Kordofan.", "3,412", "North Kordofan"],
    ["Of them, 811 migrants in Agadez and another 402 in Tahoua.", "402", "Tahoua"],
    ["Some 640 returnees in Gedo, 215 in Bay and an additional 98 in Bakool.", "98", "Bakool"],
    ["There were 77 detainees in Kassala, 41 in Gedaref and 12 in West Darfur.", "12", "West Darfur"],
    ["It counted 1,030 arrivals in Ituri and a further 220 in South Kivu.", "220", "South Kivu"]
  ])("%j", (text, n, place) => expect(placeOf(text, n)).toBe(place));

  it.each([
    [
      "The first item opens a list joined by and.",
      "This includes 9,120 refugees in Blue Nile and a further 3,412 in North Kordofan.",
      "9,120",
      "Blue Nile"
    ],
    ["An item joined by another.", "Of them, 811 migrants in Agadez and another 402 in Tahoua.", "811", "Agadez"]
  ])("%s", (_, text, n, place) => expect(placeOf(text, n)).toBe(place));

  it.each([
    // A count alone in a place, with no list, is read elsewhere.
    ["Officials recorded 402 in Tahoua.", "402"],
    // A compass word alone is a direction, not a place.
    ["Some 640 returnees in Gedo and a further 98 in the South.", "98"],
    // A region of the world is no place inside the country.
    ["It counted 1,030 arrivals in Ituri and a further 220 in Central Africa.", "220"]
  ])("%j names no place", (text, n) => expect(placeOf(text, n)).toBeNull());
});

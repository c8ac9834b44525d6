import {describe, expect, it} from "vitest";
import {readCounted} from "../../loaders/general/read-counted.js";

/** The noun and category of the count that opens the text. */
const counted = (text: string) => {
  const c = readCounted(text, /^\S+/.exec(text)![0].length);
  return {noun: c.noun?.lemma ?? null, category: c.breakdown.category ?? null};
};

describe("officially recognized and potential victims together", () => {
  it.each([
    "103 officially recognized and potential victims",
    "103 officially identified and potential victims",
    "103 officially recognised and possible victims",
    "103 formally identified and potential victims",
    "103 officially confirmed and presumed victims",
    "103 officially recognized or potential victims",
    "103 formally recognized and suspected victims",
    "103 officially recognized and potential trafficking victims",
    "103 officially identified and potential victims (33 in 2018)",
    "103 officially certified and potential victims of trafficking"
  ])("%j are the whole, of no category", (text) => {
    expect(counted(text)).toEqual({noun: "victim", category: null});
  });

  it("keeps the category of one kind alone, and of a form joined with a status", () => {
    expect(counted("85 potential victims")).toEqual({noun: "victim", category: "potential"});
    expect(counted("20 sex trafficking and potential victims").category).not.toBeNull();
    expect(counted("12 officially recognized victims").noun).toBe("victim");
  });
});

import {describe, expect, it} from "vitest";
import {readCounted} from "../../loaders/general/read-counted.js";
import {rows} from "./read-paragraph.js";

/** The category read after the last number of `text`. */
function categoryAfterLast(text: string): string | undefined {
  const last = [...text.matchAll(/\d[\d,]*/g)].at(-1)!;
  return readCounted(text, last.index + last[0].length).breakdown.category ?? undefined;
}

// "119,601 and 206,958 respectively": a word on how figures are given names no kind of part.
describe("words on how figures are given are no category", () => {
  it.each([
    "the number of permits issued was 183,542 and 100,000 respectively.",
    "deportations stood at 8,000 and 4,000 respectively.",
    "the figures were 120 and 95 respectively, in 2017.",
    "arrivals reached 3,000 and 2,400 respectively;",
    "the totals were 412 and 530, respectively.",
    "they numbered 12 altogether.",
    "returns from Iran and Pakistan were 9,936 and 562 respectively.",
    "the two centres held 310 and 120 roughly.",
    "the count came to 40 overall.",
    "in March the total was 310 alone.",
    "the two camps held 500 apiece.",
    "the two offices issued 60 each.",
    "the groups numbered 2,000 combined.",
    "departures were estimated at 90,000 annually."
  ])("%s", (text) => {
    expect(categoryAfterLast(text)).toBeUndefined();
  });

  it.each([
    ["three were identified, and the rest numbered 12 transgender.", "transgender"],
    ["the shelters assisted 12 elderly.", "elderly"]
  ])("%s keeps its kind", (text, kind) => {
    expect(categoryAfterLast(text)).toBe(kind);
  });

  it("reads both figures of a pair given respectively with no category", () => {
    expect(
      rows("In 2017, the number of work permits issued was 183,542 and 100,000 respectively.", "2017", "2018")
    ).toEqual(["183542@2017 work_permits_issued []", "100000@2017 work_permits_issued []"]);
  });
});

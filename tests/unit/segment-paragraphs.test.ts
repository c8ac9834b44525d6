import {describe, expect, it} from "vitest";
import {segmentParagraphs} from "../../loaders/text/segment-paragraphs.js";
import {flatten, toRaw} from "../../loaders/text/flatten.js";

describe("segmentParagraphs", () => {
  it("splits numbered paragraphs in sequence and ignores numbers that break it", () => {
    const text = " 1. First.\n\n2. Second mentions\n\n2018 figures.\n\n7. Not next.\n\n3. Third.\n";
    const paragraphs = segmentParagraphs(text);
    expect(paragraphs.map((p) => p.number)).toEqual(["1", "2", "3"]);
    expect(text.slice(paragraphs[1].start, paragraphs[1].end)).toContain("7. Not next.");
  });

  it("reads Arabic-document numbering with a hyphen", () => {
    expect(segmentParagraphs("1-\tأولاً\n2-\tثانياً\n").map((p) => p.number)).toEqual(["1", "2"]);
  });

  it("keeps an unnumbered document whole", () => {
    expect(segmentParagraphs("Summary\nNo numbers here.")).toEqual([{number: "", start: 0, end: 24}]);
  });
});

describe("flatten", () => {
  it("collapses PDF line breaks and maps every character back to the source", () => {
    const raw = "33 persons (6 men, \n\n27 women)";
    const flat = flatten(raw);
    expect(flat.text).toBe("33 persons (6 men, 27 women)");
    const at = flat.text.indexOf("27 women");
    const [s, e] = toRaw(flat, at, at + 8);
    expect(raw.slice(s, e)).toBe("27 women");
  });
});

import {describe, expect, it} from "vitest";
import {observations} from "./read-paragraph.js";
import {bracketWhole, openingBracket} from "../../loaders/general/read-bracket-whole.js";

/** "value@period age/sex/category" of every observation of a paragraph in a report on 2020. */
function read(text: string): string[] {
  return observations(text, "2020", "2021").map((o) =>
    `${o.value}@${o.period.label} ${[o.age_group, o.sex, o.category].filter(Boolean).join(",")}`.trim()
  );
}

/** Every number's span, as the reader's quantities are. */
const counts = (text: string) =>
  [...text.matchAll(/\d+|\bsix\b|\bfour\b/g)].map((m) => ({start: m.index!, end: m.index! + m[0].length}));

describe("the count a bracketed breakdown is of", () => {
  it.each([
    "30 were child victims (24 sex trafficking, six labor trafficking)",
    "30 child victims (24 sex trafficking, six labor trafficking)",
    "of whom 30 were children (24 girls and six boys)",
    "30 minors (24 from Bulgaria, six from Romania)",
    "including 30 children (24 in sex trafficking; six in forced labor)",
    "30 female victims (24 adults, six girls)",
    "identified 30 child victims (24 of sex trafficking and six of labor trafficking)",
    "30 children (24 Bulgarian citizens, six foreigners)",
    "30 were girls (24 sex trafficking and six forced begging)",
    "30 were underage (24 girls, six boys)"
  ])("%j", (text) => {
    const c = counts(text);
    const part = c.find((q) => text.slice(q.start, q.end) === "24")!;
    expect(bracketWhole(text, part.start, c)).toBe(c.findIndex((q) => text.slice(q.start, q.end) === "30"));
  });

  it("finds none for a comparison, a bracket far from a count, or a number in no bracket", () => {
    const cmp = "30 were child victims (24 in 2019)";
    expect(bracketWhole(cmp, cmp.indexOf("24"), counts(cmp))).toBeNull();
    const far = "30 were child victims, and the courts heard many cases (24 sex trafficking)";
    expect(bracketWhole(far, far.indexOf("24"), counts(far))).toBeNull();
    const none = "30 were child victims and 24 adults";
    expect(bracketWhole(none, none.indexOf("24"), counts(none))).toBeNull();
    expect(openingBracket("(a) b", 4)).toBe(-1);
  });

  it("reads the bracketed parts of a child count as children", () => {
    const text =
      "Of the 413 identified victims, 30 were child victims (24 sex trafficking, six labor trafficking), compared with 33 in 2019 and 53 in 2018.";
    expect(read(text)).toEqual([
      "413@2020",
      "30@2020 child",
      "24@2020 child,sex trafficking",
      "6@2020 child,labor trafficking",
      "33@2019 child",
      "53@2018 child"
    ]);
  });
});

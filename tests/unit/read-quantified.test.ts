import {describe, expect, it} from "vitest";
import {openingKind, unbracketQuantified} from "../../loaders/general/read-quantified.js";
import {rows} from "./read-paragraph.js";

const whole = "The agency identified 280 potential trafficking victims; 244 were victims of labor trafficking, ";

describe("a quantifier whose number follows in brackets", () => {
  it.each([
    ["nearly all of whom (240) were Ghanaian women", "240", "Ghana"],
    ["almost all of whom (240) were Ghanaian women", "240", "Ghana"],
    ["most of whom (240) were Ghanaian women", "240", "Ghana"],
    ["the majority of whom (240) were Ghanaian women", "240", "Ghana"],
    ["the vast majority of them (240) were Ghanaian women", "240", "Ghana"],
    ["virtually all of whom (240) were Nigerian women", "240", "Nigeria"],
    ["many of whom (240) were Togolese women", "240", "Togo"],
    ["some of whom (240) were Ghanaian women", "240", "Ghana"],
    ["and nearly all (240) were Ghanaian women", "240", "Ghana"],
    ["and most (240) were Beninese women", "240", "Benin"],
    ["more than half of whom (240) were Ghanaian women", "240", "Ghana"]
  ])("reads %s as a part the predicate names", (part, value, country) => {
    const read = rows(`${whole}${part} intercepted at the border.`, "2019", "2020-06-25");
    const row = read.find((r) => r.startsWith(`${value}@2019`));
    expect(row).toBeDefined();
    expect(row).not.toMatch(/of whom|nearly|most|majority/);
    expect(unbracketQuantified(part)).toHaveLength(part.length);
    expect(unbracketQuantified(part)).toContain(country ? value : "");
  });

  it.each([
    "the shelter (240) housed women",
    "family conflicts (199); legal matters (282) were reported",
    "nearly all victims (240) were women",
    "all (see annex) were women",
    "most (60%) were women",
    "the others (in 2018) were women",
    "nearly all of whom (240 persons",
    "several regions (North, East) were covered",
    "most of whom (2019) were women",
    "all of them (as noted) were women"
  ])("leaves %j as written", (text) => {
    expect(unbracketQuantified(text)).toBe(text);
  });
});

describe("the kind of cases a sentence opens on", () => {
  it.each([
    ["In their sex trafficking cases, police identified 97 victims.", "sex trafficking"],
    ["In its labor trafficking cases, police identified 97 victims.", "labor trafficking"],
    ["In these forced labor investigations, police identified 97 victims.", "forced labor"],
    ["Among the sex trafficking prosecutions, courts heard 97 victims.", "sex trafficking"],
    ["In the forced begging cases, police identified 97 victims.", "forced begging"],
    ["For labor trafficking cases, police identified 97 victims.", "labor trafficking"],
    ["In sex trafficking operations, police identified 97 victims.", "sex trafficking"],
    ["Across all sex trafficking cases, police identified 97 victims.", "sex trafficking"],
    ["In their child sex trafficking cases, police identified 97 victims.", "sex trafficking"],
    ["Of the labor trafficking proceedings, 97 ended in conviction.", "labor trafficking"]
  ])("reads %s", (text, kind) => {
    expect(openingKind(text)).toContain(kind);
  });

  it.each([
    "In 2019, police identified 97 victims.",
    "In their cases, police identified 97 victims.",
    "In several cases, police identified 97 victims.",
    "In most cases, victims were women.",
    "Police identified 97 victims in sex trafficking cases.",
    "In addition, police identified 97 victims.",
    "In the capital, police identified 97 victims.",
    "In court cases, judges heard 97 victims.",
    "For these cases, no data were given.",
    "In their report, police identified 97 victims."
  ])("finds no kind in %s", (text) => {
    expect(openingKind(text)).toBeNull();
  });

  it("names every count of the sentence by the kind", () => {
    const read = rows(
      "In their sex trafficking cases, GPS and GIS identified 97 female potential victims (36 girls); nearly all (92) were foreign nationals.",
      "2019",
      "2020-06-25"
    );
    expect(read).toEqual(expect.arrayContaining([expect.stringMatching(/^97@2019 .*\[sex trafficking\]/)]));
    expect(read).toEqual(expect.arrayContaining([expect.stringMatching(/^92@2019 .*\[sex trafficking\]/)]));
  });
});

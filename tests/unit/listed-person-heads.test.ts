import {describe, expect, it} from "vitest";
import {observations} from "./read-paragraph.js";

const parts = (text: string) =>
  observations(text, "2021", "2021-06-10").map((o) => `${o.value} ${o.sex ?? "-"} ${o.age_group ?? "-"}`);

describe("person nouns listed together imply only what they share", () => {
  it.each([
    ["In 2021, 90,850 migrants were detained, of whom 17,750 were boys and girls.", "17750 - child"],
    ["In 2021, 90,850 migrants were detained. Of these, 17,750 were girls, boys and adolescents.", "17750 - child"],
    ["In 2021, 90,850 migrants were detained, of whom 17,750 were women and girls.", "17750 female -"],
    ["In 2021, 90,850 migrants were detained, of whom 17,750 were men and boys.", "17750 male -"],
    ["In 2021, police rescued 12 boys and girls.", "12 - child"],
    ["In 2021, police rescued 12 girls and boys.", "12 - child"],
    ["In 2021, 340 migrants were deported, of whom 40 were women and men.", "40 - adult"],
    ["In 2021, 340 migrants were deported, of whom 40 were girls or boys.", "40 - child"],
    ["In 2021, police rescued 31 women, girls and boys.", "31 - -"],
    ["In 2021, 90,850 migrants were detained; 17,750 of the total were girls, boys, and adolescents.", "17750 - child"],
    ["In 2021, 90,850 migrants were detained, of whom 73,100 were over 18 years of age.", "73100 - 18+"]
  ])("%s", (text, expected) => {
    expect(parts(text)).toContain(expected);
  });
});

describe("one person noun, or nouns each with its own count, keep what each implies", () => {
  it.each([
    ["In 2021, 90,850 migrants were detained, of whom 17,750 were boys.", "17750 male child"],
    ["In 2021, police rescued 12 boys and 5 girls.", "5 female child"],
    ["In 2021, police rescued 12 boys and 5 girls.", "12 male child"],
    ["In 2021, 90,850 migrants were detained, of whom 60 were over 65 years of age.", "60 - 66+"]
  ])("%s", (text, expected) => {
    expect(parts(text)).toContain(expected);
  });
});

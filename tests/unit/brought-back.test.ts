import {describe, expect, it} from "vitest";
import {indicatorsOf} from "./read-paragraph.js";

const read = (text: string) => indicatorsOf(text, "2021", "2022-01-15");

describe("people brought back were returned, not cases brought", () => {
  it.each([
    "In 2021, flights brought back 600 migrants from Belarus.",
    "In 2021, two flights brought back more than 600 individuals from Minsk.",
    "In 2021, the flights brought 600 migrants back to Iraq.",
    "In 2021, IOM brought back 430 stranded migrants from Libya.",
    "In 2021, the government brought back 1,200 nationals from Lebanon.",
    "In 2021, a charter flight brought 212 Iraqis back from Belarus.",
    "In 2021, 75 migrants were brought back from Yemen.",
    "In 2021, the convoy brought back 9,273 migrants from Algeria.",
    "In 2021, buses brought 340 refugees back to Burundi.",
    "In 2021, the navy brought back 88 migrants to Tunisia."
  ])("%s", (text) => expect(read(text).some((r) => /returns$|repatriations$/.test(r))).toBe(true));

  it.each([
    // Cases brought are cases initiated.
    ["In 2021, prosecutors brought 12 cases against traffickers.", "12 trafficking_criminal_cases"],
    ["In 2021, the police brought 30 charges of smuggling.", "30"]
  ])("no return in %s", (text, first) => {
    const out = read(text);
    expect(out.some((r) => /returns$|repatriations$/.test(r))).toBe(false);
    expect(out[0]?.startsWith(first)).toBe(true);
  });
});

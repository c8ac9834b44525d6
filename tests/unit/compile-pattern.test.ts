import {describe, expect, it} from "vitest";
import {compilePattern} from "../../loaders/sentences/compile-pattern.js";

describe("compilePattern", () => {
  it("turns typed placeholders into named groups and spaces into any whitespace", () => {
    const {regex, slots} = compilePattern("{n} in {p:period} from {c:country}");
    expect([...slots]).toEqual([
      ["n", "number"],
      ["p", "period"],
      ["c", "country"]
    ]);
    const m = regex.exec("about 1,007\n\nin the first half of 2019 from Germany")!;
    expect(m.groups).toMatchObject({n: "1,007", n__approx: "about", p: "the first half of 2019", c: "Germany"});
  });

  it("leaves regular-expression quantifiers alone", () => {
    expect(compilePattern("{n} (?:persons )?in \\d{4}").regex.test("5 in 2019")).toBe(true);
  });

  it("does not read part of a year, an article or a dotted code as a number", () => {
    const {regex} = compilePattern("{n} persons");
    expect("Article 3.0.11 persons".match(regex)).toBeNull();
    expect(regex.exec("CMW/C/AZE/3 persons")).toBeNull();
  });

  it("reads reversed digit groups when asked", () => {
    const {regex} = compilePattern("{n} طالب", "gid", {reversedGroups: true});
    expect(regex.exec("نحو 900 8 طالب")!.groups).toMatchObject({n: "900 8", n__approx: "نحو"});
  });

  it("names the pattern in its errors", () => {
    expect(() => compilePattern("{n:colour} x")).toThrow(/pattern "\{n:colour\} x": unknown slot type "colour"/);
    expect(() => compilePattern("{n} and {n}")).toThrow(/slot "n" used twice/);
    expect(() => compilePattern("{n} (unclosed")).toThrow(/not a valid regular expression/);
  });
});

import {describe, expect, it} from "vitest";
import fc from "fast-check";
import {parseNumber, parseNumberWord, parseReversedGroups} from "../../loaders/numbers/parse-number.js";

describe("parseNumber", () => {
  it.each([
    ["2 242 783", 2242783, "space_thousands"],
    ["107.172", 107172, "dot_thousands"],
    ["61.400", 61400, "dot_thousands"],
    ["88.300.00", 88300, "dot_thousands_decimal"],
    ["602.800.00", 602800, "dot_thousands_decimal"],
    ["29,661", 29661, "comma_thousands"],
    ["1,275", 1275, "comma_thousands"],
    ["5011", 5011, "plain"],
    ["2.5", 2.5, "decimal"],
    ["one", 1, "word"],
    ["Three", 3, "word"],
    ["twenty-one", 21, "word"],
    ["1 (one)", 1, "plain"],
    ["4 (four)", 4, "plain"]
  ])("reads %s as %d", (raw, value, format) => {
    expect(parseNumber(raw)).toEqual({value, format});
  });

  it("reads Arabic-document digit groups written lowest first", () => {
    expect(parseNumber("600 86")?.value).toBe(86600);
    expect(parseNumber("000 17")?.value).toBe(17000);
    expect(parseNumber("442 269 1")?.value).toBe(1269442);
    expect(parseNumber("000 250", {reversedGroups: true})?.value).toBe(250000);
    expect(parseReversedGroups("12 345")).toBeNull();
  });

  it.each([
    ["", "empty"],
    ["abc", "a word"],
    ["1 (two)", "a figure its spelling contradicts"],
    ["12 34", "groups of two"],
    ["1.2.3", "dots without thousands groups"],
    ["3 0734", "a four-digit group"],
    ["twenty-ten", "an impossible word"]
  ])("rejects %j (%s)", (raw) => {
    expect(parseNumber(raw)).toBeNull();
  });

  it("reads number words up to 99 and nothing else", () => {
    expect(parseNumberWord("ninety-nine")).toBe(99);
    expect(parseNumberWord("hundred")).toBeNull();
    expect(parseNumberWord("all")).toBeNull();
    expect(parseNumberWord("__proto__")).toBeNull();
    expect(parseNumberWord("twenty constructor")).toBeNull();
  });

  it("round-trips generated integers through every thousands format", () => {
    const group = (n: number, sep: string) => n.toLocaleString("en-US").replace(/,/g, sep);
    fc.assert(
      fc.property(fc.integer({min: 1000, max: 999_999_999}), (n) => {
        expect(parseNumber(group(n, " "))?.value).toBe(n);
        expect(parseNumber(group(n, ","))?.value).toBe(n);
        expect(parseNumber(group(n, "."))?.value).toBe(n);
        expect(parseNumber(`${group(n, ".")}.00`)?.value).toBe(n);
        expect(parseNumber(group(n, " ").split(" ").reverse().join(" "), {reversedGroups: true})?.value).toBe(n);
      })
    );
  });

  it("never throws on arbitrary text", () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const r = parseNumber(s);
        expect(r === null || Number.isFinite(r.value)).toBe(true);
      })
    );
  });
});

import {describe, expect, it} from "vitest";
import {rows} from "./read-paragraph.js";

/** "value [category]" of one paragraph of a release on 2021. */
const read = (text: string) => rows(text, "2021", "2022-01-20").map((r) => r.replace(/@\S+ \S+/, ""));

describe("a visa named by its kind is of that kind", () => {
  it.each([
    [
      "According to statistics, 2,465 dependent visas and 929 business visas were issued last year.",
      ["2465 [dependent]", "929 [business]"]
    ],
    ["In 2021, 570 special visas and 422 student visas were issued.", ["570 [special]", "422 [student]"]],
    ["In 2021, 3,000 tourist visas were issued.", ["3000 [tourist]"]],
    ["The embassy issued 1,204 transit visas in 2021.", ["1204 [transit]"]],
    ["In 2021, 310 diplomatic visas were granted.", ["310 [diplomatic]"]],
    ["The ministry approved 4,739 employment visas in 2021.", ["4739 [employment]"]],
    ["In 2021, 88 investor visas were issued.", ["88 [investor]"]],
    ["Some 12,500 visitor visas were issued in 2021.", ["12500 [visitor]"]],
    ["In 2021, 640 family visas and 75 humanitarian visas were issued.", ["640 [family]", "75 [humanitarian]"]],
    ["In 2021, 2,100 seasonal work visas were issued.", ["2100 [seasonal work]"]],
    ["A total of 51 medical visas were issued in 2021.", ["51 [medical]"]]
  ])("%s", (text, expected) => {
    const got = read(text);
    for (const e of expected) expect(got, got.join("; ")).toContain(e);
  });

  it.each([
    ["a qualifier that names no kind", "In 2021, 3,000 new visas were issued.", "3000 []"],
    ["visas with no word before them", "In 2021, 3,000 visas were issued.", "3000 []"],
    ["a kind word before another noun", "In 2021, 3,000 business travellers arrived.", "3000 [business]"]
  ])("%s", (_name, text, absent) => {
    if (absent.endsWith("[]")) expect(read(text)).toContain(absent);
    else expect(read(text)).not.toContain(absent);
  });
});

import {describe, expect, it} from "vitest";
import {joinSpacedThousands} from "../../loaders/general/join-spaced-thousands.js";
import {flatten, toRaw} from "../../loaders/text/flatten.js";
import {findQuantities} from "../../loaders/general/find-quantities.js";

const values = (text: string) =>
  findQuantities(joinSpacedThousands(flatten(text)).text)
    .filter((q) => !q.excluded)
    .map((q) => q.value);

describe("a thousands separator followed by a space", () => {
  it.each([
    ["the number of permit holders rose from 4, 321 to 4,640 during the period", [4321, 4640]],
    ["a majority were employees at 4, 017 or 87.5 percent of the total", [4017, 87.5]],
    ["registered workers grew from 41, 551 in 2018 to 57,171 in 2019", [41551, 57171]],
    ["the office recorded 12, 480 arrivals in the quarter", [12480]],
    ["some 305, 112 migrants were registered", [305112]],
    ["there were 7, 005 applications for asylum", [7005]],
    ["returns fell from 9, 870 to 8, 215 over the year", [9870, 8215]],
    ["a total of 2, 640 persons (12.5 percent) were deported", [2640, 12.5]],
    ["holders stood at 1, 999, up from 1,870", [1999, 1870]],
    ["(3, 450 applications, 17.2 %)", [3450, 17.2]],
    ["visas fell to 6, 090 in March", [6090]]
  ])("reads %s as one number", (text, expected) => {
    expect(values(text)).toEqual(expected);
  });

  it("maps the joined number back to the raw text, space included", () => {
    const raw = "rose from 4, 321 to 4,640";
    const flat = joinSpacedThousands(flatten(raw));
    const q = findQuantities(flat.text)[0];
    const [s, e] = toRaw(flat, q.start, q.end);
    expect(raw.slice(s, e)).toBe("4, 321");
  });

  it.each([
    "Up to March 20, 256 deportation orders were signed",
    "And on August 22, 202 Indonesians returned",
    "convictions under articles 600, 601, or 602 of the code",
    "the counts were 4, 321 and 5 in the three regions",
    "in 2019, 321 people were returned",
    "they received 12, 150, and 300 applications respectively",
    "on Sept. 14, 120 migrants arrived",
    "in Dec 3, 410 arrivals were counted",
    "aged 4, 120 of them were children"
  ])("keeps %s apart", (text) => {
    expect(joinSpacedThousands(flatten(text)).text).toBe(text);
  });

  it("returns the same object when nothing is joined", () => {
    const flat = flatten("4,321 persons");
    expect(joinSpacedThousands(flat)).toBe(flat);
  });
});

import {describe, expect, it} from "vitest";
import {rows} from "./read-paragraph.js";

/** "value unit-free indicator" of each row, without period and category. */
const values = (text: string) => rows(text, "2022", "2023").map((r) => r.replace(/@\S+/, "").replace(/ \[.*\]$/, ""));

// "initiating 10 and continuing 13 investigations", "arrested 10 and deported 13 migrants": a bare count, then "and",
// a verb of its own and a count with its noun, counts that noun by its own verb.
describe("a count whose verb is its own and whose noun comes after the next count", () => {
  it.each([
    ["The government reported initiating 10 and continuing 13 investigations.", 10],
    ["The government initiated 10 and continued 13 investigations.", 10],
    ["Police arrested 10 and deported 13 migrants.", 10],
    ["The government reported investigating 10 and prosecuting 13 suspects.", 10],
    ["Authorities investigated 8 and prosecuted 5 trafficking cases.", 8],
    ["The ministry received 400 and approved 310 applications for work permits.", 400],
    ["Officials intercepted 52 or rescued 40 migrants at sea.", 52],
    ["The police identified 30 and referred 22 trafficking victims.", 30],
    ["The agency issued 1,200 and renewed 800 work permits.", 1200],
    ["Border guards detained 75 and returned 60 irregular migrants.", 75],
    ["The government opened at least 12 and continued 9 investigations.", 12],
    ["The office accepted 95 and rejected 40 asylum applications.", 95],
    ["The courts convicted 18 and acquitted 11 defendants.", 18]
  ])("%s", (text, value) => {
    const read = values(text);
    expect(read.find((r) => r.startsWith(`${value} `))).toBeDefined();
  });

  it("reads the first count by its own verb, not the next one's", () => {
    const [arrested, deported] = values("Police arrested 10 and deported 13 migrants.");
    expect(arrested.split(" ")[1]).not.toBe(deported.split(" ")[1]);
  });

  it.each([
    // A count with a noun before it is that noun's ellipsis.
    [
      "The government initiated five prosecutions and continued three, and convicted two traffickers.",
      "3 trafficking_prosecutions"
    ],
    // Years and a count with no verb after "and" are no such counts.
    ["In 2019 and 2020 the police deported 13 migrants.", "13 deportations"]
  ])("%s", (text, row) => {
    expect(values(text)).toContain(row);
  });
});

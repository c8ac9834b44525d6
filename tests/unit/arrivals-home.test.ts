import {describe, expect, it} from "vitest";
import {extractDocument} from "../../loaders/extract-document.js";
import type {DocumentMeta} from "../../loaders/types.js";

/** "value citizenship" of the observations of an item with headline `title`, dated January 2018. */
function read(title: string, text: string): string[] {
  const meta = {
    file: "x.txt",
    doc_id: "x",
    title,
    date: "2018-01-25",
    language: "en",
    kind: "agency_release",
    reporting_period: "2018-01",
    state: "GMB"
  } as DocumentMeta;
  return extractDocument(`${text}\n`, meta, {tables: [], sentences: []}).observations.map(
    (o) => `${o.value} ${o.citizenship ?? "-"}`
  );
}

const HOME = "IOM Assists 144 Gambian Migrants to Return Home from Libya";

describe("in an item on people moved home, people arriving are those people", () => {
  it.each([
    [
      "On 22 January, a flight landed at Banjul airport with six women and one child on board.",
      ["6 Gambia", "1 Gambia"]
    ],
    ["On 22 January, a flight landed at Banjul airport with 120 migrants on board.", ["120 Gambia"]],
    ["On 22 January, 120 migrants arrived at Banjul airport.", ["120 Gambia"]],
    ["On 22 January, 46 men and 30 boys arrived in Banjul.", ["46 Gambia", "30 Gambia"]],
    ["On 22 January, a boat carrying 50 migrants arrived at the port of Banjul.", ["50 Gambia"]]
  ])("%s", (text, rows) => {
    expect(read(HOME, text)).toEqual(rows);
  });

  it("gives no people to arrivals in an item on arrivals, nor to arrivals in another country", () => {
    expect(read("Migrants arrive in Gambia", "On 22 January, 120 migrants arrived at Banjul airport.")).toEqual([
      "120 -"
    ]);
    expect(read(HOME, "On 22 January, 5,000 migrants arrived in Italy.")).toEqual(["5000 -"]);
  });
});

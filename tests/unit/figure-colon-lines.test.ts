import {describe, expect, it} from "vitest";
import {extractDocument} from "../../loaders/extract-document.js";
import type {DocumentMeta} from "../../loaders/types.js";

const meta: DocumentMeta = {
  doc_id: "box",
  file: "box.txt",
  title: "",
  un_symbol: null,
  publisher: "",
  date: "2017-05-15",
  language: "en",
  kind: "press_item",
  reporting_period: "2017-04",
  sha256: "",
  size_bytes: 0
};

/** "value category" of every row a box of figures, under a line naming its period, is read into. */
function rows(box: string): string[] {
  const text = `Here's a look at the numbers so far in 2017.\n${box}\n`;
  return extractDocument(text, meta, {tables: [], sentences: []}).observations.map(
    (o) => `${o.value} ${o.category ?? "-"}`
  );
}

describe("a box of figures, each before a colon and its label, one a line", () => {
  it.each([
    ["1,993: interceptions in Quebec.\n477: interceptions in Manitoba.", ["1993 Quebec", "477 Manitoba"]],
    ["14: interceptions in Saskatchewan\n233: interceptions in Alberta", ["14 Saskatchewan", "233 Alberta"]],
    ["Interceptions by the RCMP\n1,993: interceptions in Quebec.", ["1993 Quebec"]],
    ["310: arrests in Chiapas\n120: arrests in Tabasco", ["310 Chiapas", "120 Tabasco"]],
    ["2,045: interceptions in Ontario\n980: interceptions in Nova Scotia", ["2045 Ontario", "980 Nova Scotia"]],
    ["57: deportations from Lampedusa\n12: deportations from Sicily", ["57 Lampedusa", "12 Sicily"]],
    ["412: arrivals in Crete\n1,306: arrivals in Lesvos", ["412 Crete", "1306 Lesvos"]],
    ["95: interceptions in Manitoba\nAsylum claims:\n6,425: claims processed by border agents", ["95 Manitoba"]],
    ["3,114: interceptions in Quebec", ["3114 Quebec"]],
    ["88: arrests in Tijuana\n45: arrests in Mexicali", ["88 Tijuana", "45 Mexicali"]],
    ["640: arrests in Sonora\n220: arrests in Chihuahua", ["640 Sonora", "220 Chihuahua"]]
  ])("%j", (box, expected) => expect(rows(box)).toEqual(expect.arrayContaining(expected)));

  it.each([
    // A time of day is no figure of a box.
    ["10:30 interceptions in Quebec", /^(?:10|30) Quebec$/],
    // A year before a colon dates the figure after it; it counts nothing in the place.
    ["2016: 23,895 interceptions in Quebec", /^2016 /]
  ])("no box line in %j", (box, absent) => expect(rows(box).some((r) => absent.test(r))).toBe(false));
});

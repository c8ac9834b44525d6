import {describe, expect, it} from "vitest";
import {routeAfter} from "../../loaders/general/read-route.js";
import {rows} from "./read-paragraph.js";

const read = (text: string) => rows(text, "2019", "2020-03-01");

describe("the route a count of crossings took names its category", () => {
  it.each([
    [
      "In 2019, IOM recorded the arrival of 11,043 migrants in Europe through the central Mediterranean route.",
      "11043@2019 border_crossings [central Mediterranean route]"
    ],
    [
      "In 2019, some 14,326 arrivals by sea in Spain through the western Mediterranean route.",
      "14326@2019 border_crossings [western Mediterranean route]"
    ],
    [
      "In 2019, 39,339 migrants arrived in Greece via the eastern Mediterranean route.",
      "39339@2019 border_crossings [eastern Mediterranean route]"
    ],
    ["In 2019, 2,700 migrants arrived along the Atlantic route.", "2700@2019 border_crossings [Atlantic route]"],
    ["In 2019, 5,100 people crossed into Croatia by the Balkan route.", "5100@2019 border_crossings [Balkan route]"],
    [
      "In 2019, 980 migrants entered Panama through the Darien corridor.",
      "980@2019 border_crossings [Darien corridor]"
    ],
    ["In 2019, 12,000 migrants arrived using the eastern route.", "12000@2019 border_crossings [eastern route]"]
  ])("%s", (text, expected) => {
    expect(read(text)).toContainEqual(expected);
  });

  it.each([
    ["arrivals through the central Mediterranean route (8,889", "central Mediterranean route"],
    [" migrants via the Balkan route.", "Balkan route"],
    [" people on the Western Balkans route", "Western Balkans route"]
  ])("reads the route in %s", (tail, route) => {
    expect(routeAfter(tail)).toBe(route);
  });

  it("names no route where none is taken, nor one after another figure", () => {
    expect(routeAfter(" migrants arrived in Italy by sea.")).toBeNull();
    expect(routeAfter(" migrants; 200 took the Balkan route")).toBeNull();
    expect(read("In 2019, 5,100 victims were identified along the route.")).not.toContainEqual(
      "5100@2019 victims_identified [route]"
    );
  });
});

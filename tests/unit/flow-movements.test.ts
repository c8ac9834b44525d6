import {describe, expect, it} from "vitest";
import {indicatorsOf} from "./read-paragraph.js";

const read = (text: string) => indicatorsOf(text, "2021-05", "2021-06-16");

describe("movements a flow monitor observes, and crossings, are border crossings", () => {
  it.each([
    [
      "During the month of May 2021, 14,195 movements were observed at flow monitoring points.",
      "14195 border_crossings"
    ],
    ["In May 2021, 3,119 movements were observed in the Obock region.", "3119 border_crossings"],
    ["They went from 504 movements observed in July 2020 to 6,188 in May 2021.", "6188 border_crossings"],
    ["In May 2021, 8,420 movements were tracked at the flow monitoring points in Yemen.", "8420 border_crossings"],
    ["In May 2021, flow monitors recorded 12,560 movements.", "12560 border_crossings"],
    ["During May 2021, 14,195 crossings were observed at flow monitoring points.", "14195 border_crossings"],
    ["In May 2021, 2,310 crossings were counted at the northern border.", "2310 border_crossings"],
    ["In May 2021, IOM observed 5,402 movements of migrants in Somalia.", "5402 border_crossings"],
    ["Over May 2021, 940 movements were registered at Galafi.", "940 border_crossings"],
    ["In May 2021, 6,750 outgoing movements were observed towards Yemen.", "6750 border_crossings"]
  ])("%s", (text, expected) => {
    expect(read(text)).toContainEqual(expected);
  });

  it("reads no crossing in border crossings named as places", () => {
    const read2 = read(
      "In May 2021, authorities screened 3,009 nationals deported from other countries at the airport and border crossings."
    );
    expect(read2).toContainEqual("3009 deportations");
    expect(read2).not.toContainEqual("3009 border_crossings");
  });
});

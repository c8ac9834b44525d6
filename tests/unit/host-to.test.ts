import {describe, expect, it} from "vitest";
import {indicatorsOf} from "./read-paragraph.js";

describe("people a country is host to live there", () => {
  it.each([
    ["Türkiye is host to 4.6 million foreigners.", "4600000 foreigners_resident"],
    ["Being host to 4.6 million foreigners, Türkiye asked for support.", "4600000 foreigners_resident"],
    ["The country was host to 460,000 foreigners.", "460000 foreigners_resident"],
    ["The country plays host to 460,000 foreigners.", "460000 foreigners_resident"],
    ["The country remains host to 460,000 foreigners.", "460000 foreigners_resident"],
    ["Lebanon is host to 1.5 million refugees.", "1500000 refugees_hosted"],
    ["Uganda, host to 1.4 million refugees, asked for support.", "1400000 refugees_hosted"],
    ["Jordan has been host to 650,000 refugees.", "650000 refugees_hosted"],
    ["The camp was host to 15,231 refugees.", "15231 refugees_hosted"],
    ["Ethiopia is host to 900,000 refugees.", "900000 refugees_hosted"]
  ])("%s", (text, row) => {
    expect(indicatorsOf(text, "2021", "2021-06-30")).toEqual([row]);
  });

  it("does not take a host of a meeting for a host of people", () => {
    expect(indicatorsOf("In 2021 the ministry was host to 12 meetings.", "2021", "2022")).not.toContain(
      "12 foreigners_resident"
    );
  });
});

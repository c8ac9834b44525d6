import {describe, expect, it} from "vitest";
import {indicatorsOf} from "./read-paragraph.js";

const read = (text: string) => indicatorsOf(text, "2017", "2018-10-01");

// "a lower inflow of foreign nationals (67 400)": people coming to live, or leaving, named as a flow of them.
describe("an inflow or outflow of people", () => {
  it.each([
    [
      "Most of the decrease was due to a lower inflow of foreign nationals (67 400, 6.6% fewer than in 2016).",
      "67400 immigrants"
    ],
    ["The inflow of foreign citizens reached 35,200 in 2017.", "35200 immigrants"],
    ["The inflow of foreign citizens fell to 12,400 in 2017.", "12400 immigrants"],
    ["The inflow of migrants totalled 18,900 in 2017.", "18900 immigrants"],
    ["Inflows of foreign nationals stood at 41,000 in 2017.", "41000 immigrants"],
    ["Immigration rose, with a larger inflow of foreign workers (22,750).", "22750 immigrants"],
    ["Emigration rose, with a higher outflow of foreign nationals (43 700, a 10.7% increase).", "43700 emigrants"],
    ["The outflow of nationals reached 16,300 in 2017.", "16300 emigrants"],
    ["The outflow of foreign citizens was 9,850 in 2017.", "9850 emigrants"],
    ["Outflows of people stood at 27,100 in 2017.", "27100 emigrants"],
    ["The outflow of migrants fell to 5,420 in 2017.", "5420 emigrants"]
  ])("%s", (text, expected) => {
    expect(read(text)).toContain(expected);
  });

  it("leaves a flow of money to the money it is", () => {
    expect(read("The inflow of remittances reached USD 1.2 billion in 2017.")).toEqual(["1200000000 remittances"]);
    expect(read("The inflow of remittances reached USD 1.2 billion in 2017.")).not.toContain("1200000000 immigrants");
  });

  it("reads no move in a flow of goods or capital", () => {
    const found = read("The inflow of capital reached 2,300 projects in 2017.");
    expect(found.some((r) => /immigrants|emigrants/.test(r))).toBe(false);
  });
});

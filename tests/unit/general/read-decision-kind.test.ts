import {describe, expect, it} from "vitest";
import {observe} from "./observe.js";
import {decisionKind} from "../../../loaders/general/read-decision-kind.js";

/** Each observation of one paragraph as "value category". */
function read(text: string): string[] {
  return observe(text, "2019-03", "2019-04", (o) => `${o.value} ${o.category ?? "-"}`);
}

describe("the kind of decision a count of decisions names", () => {
  it.each<[string, string[]]>([
    [
      "In March, the asylum office took 2,204 decisions on the merits: 931 decisions granted refugee status and 144 decisions granted subsidiary protection.",
      ["2204 on the merits", "931 refugee status granted", "144 subsidiary protection granted"]
    ],
    [
      "The office issued 388 decisions recognising refugee status and 57 decisions conferring subsidiary protection status.",
      ["388 refugee status granted", "57 subsidiary protection granted"]
    ],
    [
      "In March the office took 1,120 decisions, 402 of which were made in the context of the examination of subsequent applications.",
      ["402 subsequent applications"]
    ],
    [
      "Of these, 73 decisions taking the application into consideration and 240 decisions refusing to take the application into consideration were issued.",
      ["73 taken into consideration", "240 refused consideration"]
    ],
    ["The asylum Commissioner took 219 decisions rejecting refugee status in March.", ["219 refugee status refused"]],
    ["Some 65 decisions awarded humanitarian protection in March.", ["65 humanitarian protection granted"]],
    [
      "Among the 812 other asylum decisions (decisions on the merits) taken in March, 350 decisions granted refugee status.",
      ["812 on the merits", "350 refugee status granted"]
    ],
    [
      "In March, the asylum protection rate was 41.2 % (530 positive decisions out of 1,286 decisions on the substance).",
      ["1286 on the substance"]
    ],
    ["Officials handed down 77 decisions that granted temporary protection.", ["77 temporary protection granted"]],
    ["In March, 96 asylum decisions were taken as part of the processing of repeat claims.", ["96 repeat claims"]],
    [
      "The authority issued 1,640 decisions in March, of which 212 decisions were granting asylum.",
      ["212 asylum granted"]
    ],
    [
      "In March, 5,400 asylum decisions were issued, of which 2,100 granted refugee status, 800 granted subsidiary protection, and 2,500 were rejections.",
      ["2100 refugee status granted", "800 subsidiary protection granted"]
    ],
    [
      "In March, the asylum office issued 4,512 decisions: 1,203 were positive (860 refugee status, 343 subsidiary protection) and 3,309 were negative.",
      ["1203 positive", "860 refugee status", "343 subsidiary protection", "3309 negative"]
    ]
  ])("%s", (text, expected) => {
    const rows = read(text);
    for (const row of expected) expect(rows).toContain(row);
  });

  it.each<[string, string | null]>([
    [" granted refugee status", "refugee status granted"],
    [" which recognized international protection status", "international protection granted"],
    [" were denying subsidiary protection", "subsidiary protection refused"],
    [" not to take the claim into consideration", "refused consideration"],
    [" (decisions on the merits)", "on the merits"],
    // The words after name no outcome, procedure or stage.
    [" were taken in March", null],
    [" granted to families", null],
    [" on the asylum applications lodged", null],
    [" taken into account by the court", null],
    [" were made by the board of appeal", null],
    [" granting refugees a work permit", null],
    // People who were granted a status: the event names it, no decision's kind.
    [" were granted refugee status", null],
    [" had been recognised refugee status", null],
    [" were positive (", "positive"]
  ])("%j names %s", (after, kind) => {
    expect(decisionKind(after)).toBe(kind);
  });

  it("names no kind for a count of people granted a status", () => {
    expect(read("In March, 310 persons were granted refugee status.")).not.toContain("310 refugee status granted");
  });
});

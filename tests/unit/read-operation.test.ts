import {describe, expect, it} from "vitest";
import {operationOpening, sentenceOperation} from "../../loaders/general/read-operation.js";
import {observations} from "./read-paragraph.js";

describe("a sentence opening on a named operation", () => {
  it.each([
    ['During operation "Twilight", officers raided 88 locations.', "operation Twilight"],
    ['Furthermore, during operation "Champion", officers raided 46 locations.', "operation Champion"],
    ["During Operation Safe Harbour, 12 victims were identified.", "operation Safe Harbour"],
    ["In operation “Northern Lights”, police arrested 9 smugglers.", "operation Northern Lights"],
    ["Under the joint operation codenamed Sentinel, 40 migrants were intercepted.", "operation Sentinel"],
    ["As part of operation Trident, 17 employers were fined.", "operation Trident"],
    ["Meanwhile, during the special operation called 'Falcon', 5 boats were seized.", "operation Falcon"],
    ["In addition, through operation Rainbow, 61 inspections were made.", "operation Rainbow"],
    ["During the operation dubbed Harvest, 300 workers were checked.", "operation Harvest"],
    ["Moreover, in Operation Blue Wave, 14 traffickers were arrested.", "operation Blue Wave"]
  ])("%s", (text, name) => expect(operationOpening(text)).toBe(name));

  it.each([
    "The department mounted operations, including an operation codenamed Twilight, from May 2 to 5.",
    "During the operation, 12 victims were identified.",
    "During operations in the north, 12 victims were identified.",
    "Operation Twilight ended last week.",
    "During cooperation with Italy, 12 victims were identified."
  ])("not: %s", (text) => expect(operationOpening(text)).toBeNull());

  it("frames the sentences after it until a blank line", () => {
    const raw = 'During operation "Dawn", 8 were held. Ten workers were arrested.\n\nTwo employers were fined.';
    const first = sentenceOperation('During operation "Dawn", 8 were held.', 0, raw, null);
    const second = sentenceOperation("Ten workers were arrested.", 39, raw, first);
    const third = sentenceOperation("Two employers were fined.", raw.indexOf("Two"), raw, second);
    expect([first?.name, second?.name, third]).toEqual(["operation Dawn", "operation Dawn", null]);
  });

  it("names the operation as the category of what the sentence counts", () => {
    const rows = observations(
      'During operation "Dawn", officers raided 40 locations. Ten illegal workers were arrested.',
      "2018",
      "2018-08-20"
    );
    expect(rows.find((o) => o.value === 10)?.category).toBe("operation Dawn");
  });
});

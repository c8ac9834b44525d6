import {describe, expect, it} from "vitest";
import {countryRows} from "./read-paragraph.js";

describe("people helped to return home from a state left that state", () => {
  it.each([
    ["IOM assisted 2,100 migrants to return home from Niger.", "2100 Niger/-"],
    ["IOM helped 2,100 migrants return home from Niger.", "2100 Niger/-"],
    ["IOM assisted 2,100 stranded migrants to return from Niger to their countries of origin.", "2100 Niger/-"],
    ["In 2021, IOM supported 640 migrants to return home from Libya.", "640 Libya/-"],
    ["The agency helped 1,310 refugees return home from Kenya in 2021.", "1310 Kenya/-"],
    ["IOM assisted 95 women to return home from Lebanon.", "95 Lebanon/-"],
    ["The programme helped 430 workers to return from Malaysia.", "430 Malaysia/-"],
    ["UNHCR assisted 5,200 refugees to return home from Tanzania.", "5200 Tanzania/-"],
    ["IOM helped 218 stranded migrants to return home from Yemen by boat.", "218 Yemen/-"],
    ["The embassy assisted 37 nationals to return home from Iraq.", "37 Iraq/-"],
    ["IOM assisted 1,700 migrants to return home from Algeria.", "1700 Algeria/-"]
  ])("%s", (text, expected) => expect(countryRows(text)).toContain(expected));

  it.each([
    // The parts of a whole set off by dashes share the whole's return and its people.
    [
      "IOM helped 171 stranded Nigerian migrants – 76 men and 95 women – to return home from Libya.",
      "95 Libya/Nigeria"
    ],
    // People who came from a state to return elsewhere left the state they came from, not the one named after "to".
    ["IOM assisted 2,100 migrants to return home from Libya to Nigeria.", "2100 Libya/Nigeria"]
  ])("%s", (text, expected) => expect(countryRows(text)).toContain(expected));

  it("names no place when the return is from no state", () =>
    expect(countryRows("IOM helped 300 migrants return home from the desert.")).toEqual(["300 -/-"]));
});

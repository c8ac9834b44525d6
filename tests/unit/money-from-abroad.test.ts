import {describe, expect, it} from "vitest";
import {rows} from "./read-paragraph.js";

const read = (text: string) => rows(text, "2023-10", "2023-11-15");

describe("money sent from abroad is remittances", () => {
  it.each([
    "Overall, Georgian citizens received $283 million in money sent from abroad in October 2023.",
    "In October 2023, households received $283 million in money sent from abroad.",
    "Money sent from abroad amounted to $283 million in October 2023.",
    "In October 2023, the country received $283 million of money from abroad.",
    "Families received $283 million in money from abroad in October 2023.",
    "In October 2023, money from abroad reached $283 million.",
    "In October 2023, residents received $283 million sent from abroad by relatives.",
    "The country got $283 million in money sent from abroad in October 2023.",
    "In October 2023, $283 million was sent from abroad to families.",
    "Inflows of money from abroad totalled $283 million in October 2023."
  ])("%s", (text) => {
    expect(read(text).some((r) => r.startsWith("283000000@2023-10 remittances"))).toBe(true);
  });
});

describe("other money from abroad is not", () => {
  it("aid from abroad", () => {
    expect(read("The ministry received $12 million in aid from abroad in October 2023.")).not.toContain(
      "12000000@2023-10 remittances []"
    );
  });
});

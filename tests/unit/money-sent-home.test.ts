import {describe, expect, it} from "vitest";
import {indicatorsOf} from "./read-paragraph.js";

const read = (text: string) => indicatorsOf(text, "2022", "2023-01-02");

describe("money migrants send home is remittances, whatever the verb's wording", () => {
  it.each([
    ["Bangladeshi emigrants have sent home nearly $1.7 billion through the banking channel in December."],
    ["In August, Bangladeshi expatriates sent out $2.03 billion."],
    ["In 2022, Nepali workers sent home $8.2 billion."],
    ["Overseas Filipinos sent home $2.75 billion in January."],
    ["The diaspora has sent $1.1 billion in 2022."],
    ["In 2022, migrants sent $450 million to their families."],
    ["In 2022, emigrants sent $3.4 billion through formal channels."],
    ["Workers abroad sent back home $620 million in 2022."],
    ["Expatriates have sent $900 million so far in 2022."],
    ["In 2022, Kenyans in the diaspora sent home $4 billion."]
  ])("%s", (text) => {
    expect(read(text).some((r) => r.endsWith(" remittances"))).toBe(true);
  });

  it("leaves money a government or an agency sends as no remittance", () => {
    expect(read("In 2022, the government sent $2 million in aid to the camps.")).not.toContain("2000000 remittances");
    expect(read("In 2022, the agency sent $500,000 to flood victims.")).not.toContain("500000 remittances");
  });
});

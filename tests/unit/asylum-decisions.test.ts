import {describe, expect, it} from "vitest";
import {rows} from "./read-paragraph.js";

const indicators = (text: string) => rows(text).map((r) => r.split(" ")[0] + " " + r.split(" ")[1]);

describe("refused asylum applications are a decision of their own, not applications lodged", () => {
  it.each([
    "In 2017, Czech authorities rejected 615 asylum applications or halted the proceedings.",
    "In 2017, 615 asylum applications were rejected.",
    "In 2017, 615 applications for asylum were refused.",
    "In 2017, 615 foreigners were refused asylum.",
    "The ministry rejected 615 asylum applications in 2017.",
    "In 2017, 615 applications for refugee status were rejected.",
    "In 2017, asylum was denied in 615 cases.",
    "A total of 615 asylum applications were rejected in 2017.",
    "In 2017, 615 asylum seekers were refused asylum.",
    "615 asylum requests were rejected in 2017."
  ])("%j", (text) => {
    expect(indicators(text)).toContain("615@2017 asylum_applications_rejected");
  });

  it("keeps applications lodged and other refusals apart", () => {
    expect(indicators("In 2017, 615 asylum applications were lodged.")).toContain("615@2017 asylum_applications");
    expect(indicators("In 2017, 615 people applied for asylum.")).toContain("615@2017 asylum_applications");
    expect(indicators("In 2017 the police rejected 615 applications for residence permits.").join()).not.toMatch(
      /asylum/
    );
  });
});

describe("subsidiary, complementary or additional protection is a status of its own", () => {
  it.each([
    "In 2017, 137 persons were granted subsidiary protection.",
    "In 2017, subsidiary protection was granted to 137 persons.",
    "In 2017, 137 people were granted complementary protection.",
    "Complementary protection was granted to 137 foreigners in 2017.",
    "In 2017, 137 persons were granted additional protection.",
    "In 2017 the office granted subsidiary protection to 137 refugees.",
    "A total of 137 persons were granted subsidiary protection in 2017.",
    "In 2017, 137 nationals of Syria were granted subsidiary protection.",
    "137 people were granted subsidiary protection status in 2017.",
    "In 2017, the ministry granted complementary protection to 137 people."
  ])("%j", (text) => {
    expect(indicators(text).some((r) => r.startsWith("137@2017 subsidiary_protection_granted"))).toBe(true);
  });

  it("keeps refugee status apart", () => {
    expect(indicators("In 2017, 137 persons were granted refugee status.").join()).not.toMatch(/subsidiary/);
    expect(indicators("In 2017, 137 persons were granted asylum.").join()).not.toMatch(/subsidiary/);
  });
});

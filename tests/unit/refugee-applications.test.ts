import {describe, expect, it} from "vitest";
import {indicatorsOf} from "./read-paragraph.js";

describe("applications for refugee status named 'refugee applications'", () => {
  it.each([
    "In 2019, 254 refugee applications were received.",
    "In 2019, 254 refugee applications were lodged.",
    "In 2019, 254 refugee applications were filed.",
    "In 2019, 254 refugee applications were submitted.",
    "In 2019, the service received 254 refugee applications.",
    "In 2019, the immigration service registered 254 refugee applications.",
    "The number of refugee applications received in 2019 was 254.",
    "The number of refugee applications in 2019 was 254.",
    "In 2019, 254 refugee applications were made.",
    "Some 254 refugee applications were lodged in 2019.",
    "In 2019, 254 asylum applications were received."
  ])("%s", (text) => {
    expect(indicatorsOf(text, "2019", "2020")).toEqual(["254 asylum_applications"]);
  });

  it("reads refugee applications rejected as asylum applications rejected", () => {
    expect(indicatorsOf("In 2019, 254 refugee applications were rejected.", "2019", "2020")).toEqual([
      "254 asylum_applications_rejected"
    ]);
  });

  it("leaves applications for something else their own reading", () => {
    expect(indicatorsOf("In 2019, 254 work permit applications were received.", "2019", "2020")).not.toContain(
      "254 asylum_applications"
    );
    expect(indicatorsOf("In 2019, 254 refugees were received.", "2019", "2020")).not.toContain(
      "254 asylum_applications"
    );
  });
});

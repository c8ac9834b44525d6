import {describe, expect, it} from "vitest";
import {rows} from "./read-paragraph.js";

const values = (text: string) => rows(text).map((r) => r.split("@")[0]);

describe("a count followed by its noun and 'fewer', 'more' or 'less' is a difference, not a count", () => {
  it.each([
    "However, compared to last year, they submitted 127 applications fewer.",
    "In 2017, they submitted 127 applications fewer than in 2016.",
    "In 2017 the police registered 127 cases more than in 2016.",
    "In 2017, 127 asylum applications more were lodged than a year before.",
    "In 2017 the ministry issued 127 permits less than a year earlier.",
    "In 2017, authorities recorded 127 victims more than in 2016.",
    "In 2017 there were 127 applications fewer, the ministry said.",
    "In 2017, the office received 127 residence permit applications more than the year before.",
    "In 2017, courts heard 127 cases fewer (a fall of 10%).",
    "In 2017, 127 work permits fewer were issued than in 2016."
  ])("%j", (text) => {
    expect(values(text)).not.toContain("127");
  });

  it("still reads a count whose noun is followed by other words", () => {
    expect(values("In 2017, they submitted 127 applications for asylum.")).toContain("127");
    expect(values("In 2017, 127 persons more likely to be victims were identified.")).toContain("127");
    expect(values("In 2017, 127 applications, more than ever, were lodged for asylum.")).toContain("127");
  });
});

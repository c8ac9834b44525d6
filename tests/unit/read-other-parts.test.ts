import {describe, expect, it} from "vitest";
import {otherPlaces, unstatedPart} from "../../loaders/general/read-other-parts.js";
import {rows} from "./read-paragraph.js";

describe("parts that name no kind or place of their own", () => {
  it.each([
    [" unspecified—compared to", "unspecified"],
    [" unspecified, compared to", "unspecified"],
    [" unknown.", "unknown"],
    [" undetermined; and", "undetermined"],
    [" unidentified)", "unidentified"],
    [" not specified, and", "not specified"],
    [" not stated.", "not stated"],
    [" unclassified and 3 others", "unclassified"],
    [" unreported", "unreported"],
    [" not known – 12", "not known"]
  ])("reads %j as %s", (after, kind) => {
    expect(unstatedPart(after)).toBe(kind);
  });

  it.each([" unknown persons were", " unspecified victims", " were unknown", " in unknown places", " unspecifiedly"])(
    "reads no unstated part in %j",
    (after) => {
      expect(unstatedPart(after)).toBeNull();
    }
  );

  it.each([
    [" in other countries, compared", "other countries"],
    [" to other countries.", "other countries"],
    [" in third countries", "third countries"],
    [" from various countries", "various countries"],
    [" in several states", "several states"],
    [" in other destinations", "other destinations"],
    [" to neighbouring countries", "neighbouring countries"],
    [" were exploited in other countries", "other countries"],
    [" in remaining regions", "remaining regions"],
    [" victims in different countries", "different countries"]
  ])("reads %j as %s", (after, places) => {
    expect(otherPlaces(after)).toBe(places);
  });

  it.each([" in the United States", " in other years", " in 2016", " other countries", " to others"])(
    "reads no other places in %j",
    (after) => {
      expect(otherPlaces(after)).toBeNull();
    }
  );

  it("keeps the last parts apart from their neighbours", () => {
    const read = rows(
      "The government reported identifying 706 trafficking victims in 2018—387 for sex trafficking, 153 for forced labor, and 166 unspecified. The ministry identified 860 Mexican trafficking victims abroad, including 843 in the United States and 17 in other countries.",
      "2018",
      "2019-06-20"
    );
    expect(read).toContain("166@2018 trafficking_victims_identified [unspecified]");
    expect(read).toContain("17@2018 trafficking_victims_identified [other countries]");
  });
});

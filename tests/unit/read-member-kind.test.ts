import {describe, expect, it} from "vitest";
import {observations} from "./read-paragraph.js";
import {memberKind} from "../../loaders/general/read-member-kind.js";

describe("a predicate of membership names the group of a part", () => {
  it.each([
    [") were members of ethnic minority communities.", "ethnic minority"],
    [" were members of indigenous communities,", "indigenous"],
    [" were members of an ethnic minority group;", "ethnic minority"],
    [" were from ethnic minority groups.", "ethnic minority"],
    [" were members of the Roma minority.", "Roma minority"],
    [" were members of religious minorities and", "religious minorities"],
    [" were members of hill tribes.", "hill"],
    [" were all members of indigenous groups.", "indigenous"],
    [" was a member of an indigenous community.", "indigenous"],
    [" belonged to ethnic minority communities.", null]
  ])("reads %j", (after, kind) => {
    expect(memberKind(after)).toBe(kind);
  });

  it.each([" were members of a criminal group.", " were members of staff.", " were from Vietnam.", " were adults."])(
    "names no group in %j",
    (after) => {
      expect(memberKind(after)).toBeNull();
    }
  );

  it("a bracketed count of the subject takes the group its predicate names", () => {
    const text =
      "The government identified 120 victims. Slightly more than half of identified victims (64) were members of ethnic minority communities.";
    expect(observations(text, "2021", "2022-06-25").find((o) => o.value === 64)?.category).toBe("ethnic minority");
  });
});

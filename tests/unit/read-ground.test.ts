import {describe, expect, it} from "vitest";
import {groundAfter} from "../../loaders/general/read-ground.js";
import {observations} from "./read-paragraph.js";

describe("the ground of a decision on a count", () => {
  it.each([
    [" migrant workers were denied entry this year due to medical reasons.", "medical reasons"],
    [" foreigners were refused entry because of forged documents.", "forged documents"],
    [" persons were deported on grounds of public order.", "public order"],
    [" nationals were expelled on the grounds of national security, the ministry said.", "national security"],
    [" workers were deported owing to expired permits.", "expired permits"],
    [" travellers were refused entry due to insufficient funds and 12 for other reasons.", "insufficient funds"],
    [" migrants were returned because of overstaying.", "overstaying"],
    [" visitors were denied entry for reasons of health.", "health"],
    [" foreigners were arrested due to illegal stay in 2019.", "illegal stay"],
    [" applicants were refused entry due to a criminal record.", "criminal record"]
  ])("%s", (after, ground) => {
    expect(groundAfter(after)).toBe(ground);
  });

  it("names no ground of a change, of a count with no decision, or past another count", () => {
    expect(groundAfter(" refugees arrived due to the conflict.")).toBeNull();
    expect(groundAfter(" applications, up 12% due to the war.")).toBeNull();
    expect(groundAfter(" persons were deported and 40 due to fraud.")).toBeNull();
  });

  it("sets the part apart in a row", () => {
    const rows = observations("In 2015, 36 migrant workers were denied entry due to medical reasons.", "2015", "2016");
    expect(rows.map((o) => `${o.value} ${o.category}`)).toEqual(["36 medical reasons"]);
  });
});

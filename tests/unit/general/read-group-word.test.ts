import {describe, expect, it} from "vitest";
import {groupBeforeCount, listedGroup} from "../../../loaders/general/read-group-word.js";
import {countryOfPeople} from "../../../loaders/general/read-subject-people.js";
import {observations} from "../read-paragraph.js";

describe("a group of peoples named before its count", () => {
  it.each([
    ["Most were Central Americans, more than ", "Central Americans"],
    ["followed by Asians (", "Asians"],
    ["and the Europeans, with about ", "Europeans"],
    ["then Sub-Saharan Africans: ", "Sub-Saharan Africans"],
    ["while third-country nationals numbering ", "third-country nationals"],
    ["and EU nationals, at ", "EU nationals"],
    ["North Africans – ", "North Africans"],
    ["followed by Caribbeans (", "Caribbeans"],
    ["with Latin Americans, some ", "Latin Americans"],
    ["and the Antilleans, with nearly ", "Antilleans"],
    ["then South Asians (", "South Asians"]
  ])("%j", (lead, group) => expect(groupBeforeCount(lead)).toBe(group));

  it.each([
    // A state's people is its citizenship, read elsewhere.
    "followed by Peruvians (",
    // A group named earlier in the clause is not the item's own.
    "Asians arrived by air in March and ",
    "the Americans, with about "
  ])("%j names no group", (lead) => expect(groupBeforeCount(lead)).toBeNull());

  it("gives a state's people as citizenship in the same list", () => {
    expect(listedGroup("), led by Haitians, about ", countryOfPeople)).toEqual({citizenship: "Haiti"});
    expect(listedGroup(", Asians (", countryOfPeople)).toEqual({category: "Asians"});
    expect(listedGroup(" in the year, ", countryOfPeople)).toBeNull();
  });

  it("reads each item of a list of groups and peoples after a total, in the whole's period", () => {
    const rows = observations(
      "In 2021, a total of 61,300 migrants were apprehended at the border. Most were Central Americans, more than 40,100, led by Hondurans, about 21,450, Guatemalans (11,902) and Salvadorans (5,318), followed by Asians (3,770) and Africans (1,214).",
      "2021",
      "2022-02-01"
    ).map((o) => `${o.value}@${o.period.label} ${o.citizenship ?? ""} [${o.category ?? ""}]`);
    expect(rows).toContain("61300@2021  []");
    expect(rows).toContain("40100@2021  [Central Americans]");
    expect(rows).toContain("21450@2021 Honduras []");
    expect(rows).toContain("11902@2021 Guatemala []");
    expect(rows).toContain("3770@2021  [Asians]");
    expect(rows).toContain("1214@2021  [Africans]");
    expect(rows.some((r) => r.includes("United States"))).toBe(false);
  });
});

import {describe, expect, it} from "vitest";
import {observations} from "./read-paragraph.js";

const read = (text: string) =>
  observations(text, "2019", "2020-03-01").map((o) => `${o.value} ${o.sex ?? "-"}/${o.age_group ?? "-"}`);

describe("people of an age or sex after the singular noun that qualifies them", () => {
  it.each([
    ["In 2019, IOM assisted 1,897 unaccompanied migrant children to return home.", "1897 -/child"],
    ["In 2019, 300 refugee children arrived.", "300 -/child"],
    ["In 2019, 50 migrant women were detained.", "50 female/adult"],
    ["In 2019, 40 migrant boys were returned home.", "40 male/child"],
    ["In 2019, 22 refugee girls were resettled.", "22 female/child"],
    ["In 2019, 90 migrant men were deported.", "90 male/adult"],
    ["In 2019, 35 migrant minors were detained.", "35 -/child"],
    ["In 2019, 120 refugee adults were resettled.", "120 -/adult"],
    ["In 2019, 61 asylum-seeker children applied for asylum.", "61 -/child"],
    ["In 2019, 18 migrant-children were returned home.", "18 -/child"]
  ])("%s", (text, row) => {
    expect(read(text)).toContain(row);
  });

  it("leaves a noun that names no age or sex alone", () => {
    expect(read("In 2019, 40 migrant workers were deported.")).toEqual(["40 -/-"]);
    expect(read("In 2019, 12 refugee families were resettled.")).not.toContain("12 -/child");
  });
});

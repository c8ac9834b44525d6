import {describe, expect, it} from "vitest";
import {rows} from "./read-paragraph.js";

const read = (text: string) => rows(text, "2019", "2020-01-10").map((r) => r.replace(/^\d+@\S+ \S+ /, ""));

describe("removals by administrative or judicial decision are parts of their kind", () => {
  it.each([
    ["In 2019, 1,427 illegal aliens were repatriated by administrative decision and three by judicial decision.", 2],
    ["In 2019, 1,427 foreigners were expelled by administrative decision and 30 by court order.", 2],
    ["In 2019, 1,427 foreigners were deported by an administrative decision and 30 by a judicial decision.", 2],
    ["In 2019, 1,427 migrants were removed by administrative order and 30 by judicial order.", 2],
    ["In 2019, 1,427 foreigners were expelled by administrative decision, and 30 by court decision.", 2],
    ["In 2019, 1,427 irregular migrants were returned by administrative decision and 30 by a court order.", 2],
    ["In 2019, 1,427 foreigners were deported by administrative decision and 30 by decision of the court.", 2],
    ["In 2019, 1,427 foreigners were repatriated by an administrative order and 30 by a judicial order.", 2],
    ["In 2019, 1,427 foreign nationals were expelled by administrative decision and 30 by judicial decision.", 2],
    ["In 2019, 1,427 aliens were deported by administrative decision and 30 by court order.", 2]
  ])("%s", (text, n) => {
    expect(read(text)).toEqual(["[administrative removal]", "[by court decision]"].slice(0, n));
  });

  it("names a part of a whole stated before", () => {
    expect(
      read(
        "In 2019, 500 foreigners were deported. Of these, 300 were deported by administrative decision and 200 by judicial decision."
      )
    ).toEqual(["[]", "[administrative removal]", "[by court decision]"]);
  });

  it.each([
    "In 2019, 1,427 foreigners were deported after an administrative review.",
    "In 2019, 1,427 foreigners were deported, the court said."
  ])("names no kind where no decision is said: %s", (text) => {
    expect(read(text)).toEqual(["[]"]);
  });
});

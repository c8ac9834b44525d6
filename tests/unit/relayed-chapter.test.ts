import {describe, expect, it} from "vitest";
import {observations} from "./read-paragraph.js";

/** "value@period indicator category" of every observation of a paragraph in an item of mid-2021 on 2020. */
const read = (text: string) =>
  observations(text, "2020", "2021-07-01").map((o) =>
    `${o.value}@${o.period.label} ${o.indicator} ${o.category ?? "-"}`.trim()
  );

describe("a bare count whose verb says what a part of the count before concerned", () => {
  it.each([
    [
      "Police launched 16 human trafficking probes in 2020. Eight involved sex trafficking and another eight labour trafficking.",
      ["8@2020 trafficking_investigations sex trafficking", "8@2020 trafficking_investigations labor trafficking"]
    ],
    [
      "Police opened 12 trafficking investigations in 2020. Nine involved forced labor and three involved sex trafficking.",
      ["9@2020 trafficking_investigations forced labor", "3@2020 trafficking_investigations sex trafficking"]
    ],
    [
      "Authorities investigated 20 trafficking cases in 2020. 14 concerned sexual exploitation and six concerned forced labour.",
      ["14@2020 trafficking_investigations sex trafficking", "6@2020 trafficking_investigations forced labor"]
    ],
    [
      "The police investigated 10 trafficking cases in 2020. Seven related to forced begging and three to sex trafficking.",
      ["7@2020 trafficking_investigations forced begging"]
    ]
  ])("%s", (text, expected) => {
    expect(read(text)).toEqual(expect.arrayContaining(expected));
  });

  it("reads no part when the sentence before counted nothing", () => {
    expect(read("Police worked hard in 2020. Eight involved sex trafficking.")).toEqual([]);
  });
});

describe("a count stated for a compared year with 'the same as'", () => {
  it.each([
    ["Three traffickers were convicted for sex trafficking in 2020, the same as in 2019.", ["3@2020", "3@2019"]],
    ["The government convicted five traffickers in 2020, the same number as in 2019.", ["5@2020", "5@2019"]],
    ["Courts convicted seven traffickers in 2020, unchanged from 2019.", ["7@2020", "7@2019"]],
    ["Police identified 12 trafficking victims in 2020, as in 2019.", ["12@2020", "12@2019"]]
  ])("%s", (text, expected) => {
    const got = read(text).map((r) => r.split(" ")[0]);
    expect(got).toEqual(expect.arrayContaining(expected));
  });

  it("does not restate a count a different count is compared with", () => {
    const got = read("The government convicted five traffickers in 2020, compared with nine in 2019.").map(
      (r) => r.split(" ")[0]
    );
    expect(got).not.toContain("5@2019");
  });
});

describe("the kind a participle after a count names", () => {
  it.each([
    ["In 2020, courts convicted three traffickers convicted for sex trafficking.", "sex trafficking"],
    ["In 2020, there were four traffickers convicted of forced labor.", "forced labor"],
    ["In 2020, prosecutors charged six suspects prosecuted under forced begging provisions.", "forced begging"],
    ["In 2020, police arrested two suspects investigated for sexual exploitation.", "sex trafficking"]
  ])("%s", (text, category) => {
    expect(read(text).some((r) => r.endsWith(category))).toBe(true);
  });
});

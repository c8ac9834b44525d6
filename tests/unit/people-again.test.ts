import {describe, expect, it} from "vitest";
import {observations} from "./read-paragraph.js";

// A press item on 2018Q1 whose first count says whom it is about.
const LEAD = "In the first quarter of 2018, a total of 1,371 migrants were caught crossing the border illegally.";
const read = (text: string) =>
  observations(`${LEAD} ${text}`, "2018Q1", "2018-04-20")
    .slice(1)
    .map((o) => `${o.value}@${o.period.label} ${o.indicator} ${o.citizenship ?? "-"}`);

describe("people named by nationality alone are of the people the document is about", () => {
  it.each([
    ["The number of Syrians increased from 27 to 88.", ["27@2017Q1", "88@2018Q1"], "Syria"],
    ["The number of Pakistanis fell from 27 to 88.", ["27@2017Q1", "88@2018Q1"], "Pakistan"],
    ["The number of Afghans reached 88.", ["88@2018Q1"], "Afghanistan"],
    ["Most were Afghans, more than 88.", ["88@2018Q1"], "Afghanistan"],
    ["The largest group were Afghans, with 88.", ["88@2018Q1"], "Afghanistan"],
    ["By nationality, Afghans were first with 88.", ["88@2018Q1"], "Afghanistan"],
    ["The number of Iraqis jumped from 27 to 88.", ["27@2017Q1", "88@2018Q1"], "Iraq"],
    ["The number of Moroccans grew from 27 to 88.", ["27@2017Q1", "88@2018Q1"], "Morocco"],
    ["The number of Turks dropped from 27 to 88.", ["27@2017Q1", "88@2018Q1"], "Turkey"],
    ["The number of Algerians climbed from 27 to 88.", ["27@2017Q1", "88@2018Q1"], "Algeria"]
  ])("%s", (text, values, citizenship) => {
    expect(read(text)).toEqual(values.map((v) => `${v} irregular_migrants_detected ${citizenship}`));
  });

  it("reads each people of a coordination", () => {
    expect(read("The number of Syrians rose from 27 to 88, and of Iranians from 34 to 84.")).toEqual([
      "27@2017Q1 irregular_migrants_detected Syria",
      "88@2018Q1 irregular_migrants_detected Syria",
      "34@2017Q1 irregular_migrants_detected Iran",
      "84@2018Q1 irregular_migrants_detected Iran"
    ]);
  });

  it.each([
    // A verb of its own, known to the reader or not, says what befell them.
    "Some 62,000 Nicaraguans had vanished.",
    "About 400 Afghans defected to the army."
  ])("leaves people with a verb of their own alone: %s", (text) => {
    expect(read(text)).toEqual([]);
  });

  it("names no indicator in a document that has counted no people", () => {
    expect(observations("The number of Syrians increased from 27 to 88.", "2018Q1", "2018-04-20")).toEqual([]);
  });
});

describe("a period a ranking's next figure follows is that figure's", () => {
  it("dates each people of 'in 2018 with …, and … in 2017 with …' by its own year", () => {
    const rows = observations(
      "In 2018, 16,000 people applied for refugee status. Kazakhs led this category in 2018 with 2,496 and Chinese in 2017 with 1,413.",
      "2018",
      "2019-02-01"
    ).map((o) => `${o.value}@${o.period.label} ${o.citizenship ?? "-"}`);
    expect(rows).toEqual(["16000@2018 -", "2496@2018 Kazakhstan", "1413@2017 China"]);
  });
});

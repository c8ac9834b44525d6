import {describe, expect, it} from "vitest";
import {eventWeekdays} from "../../loaders/general/read-weekday.js";
import {observations} from "./read-paragraph.js";

// 2015-04-17 was a Friday.
const days = (text: string, date = "2015-04-17") => eventWeekdays(text, date).map((p) => p.period.label);

describe("an event dated by its weekday", () => {
  it.each([
    ["The migrants were escorted back to Havana by prison officers on Tuesday.", "2015-04-14"],
    ["On Monday, 40 migrants were detained.", "2015-04-13"],
    ["Last Tuesday, the department raided two construction sites.", "2015-04-14"],
    ["Police arrested 12 migrants this Wednesday.", "2015-04-15"],
    ["The boat capsized on Friday, killing 20.", "2015-04-17"],
    ["last Friday 30 victims were freed", "2015-04-10"],
    ["Crews intercepted the vessel on Sunday.", "2015-04-12"],
    ["on Thursday 61 people crossed the border", "2015-04-16"],
    ["The flight landed on Saturday with 150 returnees.", "2015-04-11"],
    ["Officers detained Wednesday 33 migrants.", "2015-04-15"]
  ])("%j", (text, day) => {
    expect(days(text)).toEqual([day]);
  });

  it.each([
    ["the day something was said", "He indicated Sunday in a statement that 1,845 Tunisians had tried to cross."],
    ["the day something was said, after the weekday", "The agency on Sunday said 142 migrants were repatriated."],
    ["a press conference", "the head of the office told a press conference on Friday."],
    ["a weekday a date follows", "On Monday, August 3rd 2020, police arrested 37."],
    ["a stock's day", "As of last Monday, 300 people were in detention."],
    ["an item dated by month", "On Monday, 40 migrants were detained."]
  ])("reads no event day for %s", (why, text) => {
    expect(days(text, why === "an item dated by month" ? "2015-04" : "2015-04-17")).toEqual([]);
  });

  it("dates the parts a sentence counts", () => {
    const rows = observations(
      "The migrants, including 22 men and six women, were escorted back to Havana by prison officers on Tuesday.",
      "2015-01/2015-04",
      "2015-04-17"
    );
    expect(rows.map((o) => `${o.value}@${o.period.label}`)).toEqual(["22@2015-04-14", "6@2015-04-14"]);
  });

  it("lets the day frame the sentence after it when its own sentence counts something", () => {
    const rows = observations(
      "Last Tuesday, the department raided two construction sites. From the operation, eight foreign workers were arrested.",
      "2015",
      "2015-04-17"
    );
    expect(rows.find((o) => o.value === 8)?.period.label).toBe("2015-04-14");
  });
});

describe("a weekday that closes a clause after a lower-case word", () => {
  it.each([
    [
      "Coast Guard crews repatriated 203 Cubans to the island nation Saturday, following 14 interdictions.",
      "2015-04-11"
    ],
    ["Police detained 40 migrants near the border Tuesday.", "2015-04-14"],
    ["Crews rescued 61 people off the coast Sunday after their boat sank.", "2015-04-12"],
    ["The navy intercepted 300 migrants at sea Thursday; 12 were children.", "2015-04-16"],
    ["Authorities deported 70 foreigners by air Wednesday, when a flight left.", "2015-04-15"],
    ["A flight returned 150 migrants to the capital Monday, as planned.", "2015-04-13"]
  ])("%j", (text, day) => {
    expect(days(text)).toEqual([day]);
  });

  it.each([
    ["a holiday's name", "Shops closed for Good Friday, and 40 migrants were detained."],
    ["a weekday inside a name", "The Tuesday Group counted 40 migrants."],
    ["a weekday a noun follows", "Police detained 40 migrants in the Sunday market."]
  ])("reads no event day in %s", (_, text) => {
    expect(days(text)).toEqual([]);
  });
});

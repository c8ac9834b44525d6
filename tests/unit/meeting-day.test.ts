import {describe, expect, it} from "vitest";
import {meetingDay} from "../../loaders/general/read-past-months.js";

describe("the day a summary record's meeting was held", () => {
  it.each([
    ["Held at the Palais Wilson, Geneva, on Monday, 3 June 2024, at 3 p.m.", "2024-06-03"],
    ["Held at the Palais Wilson, Geneva, on Wednesday, 4 December 2024, at 10 a.m.", "2024-12-04"],
    ["Held at the Palais des Nations, Geneva, on Tuesday, 12 April 2016, at 10 a.m.", "2016-04-12"],
    ["Held at Headquarters, New York, on Friday, 1 March 2019, at 3 p.m.", "2019-03-01"],
    ["Held at the Palais Wilson, Geneva, on 3 June 2024, at 3 p.m.", "2024-06-03"],
    ["Held at the Palais Wilson, Geneva, on Thursday, 30 Nov 2023, at 10 a.m.", "2023-11-30"],
    [
      "Summary record\n\nHeld at the Palais Wilson, Geneva, on Monday, 3 June 2024, at 3 p.m.\n\nChair: …",
      "2024-06-03"
    ],
    ["Held at the United Nations Office at Geneva, on Monday, 10 July 2017", "2017-07-10"],
    ["Held at the Palais Wilson, Geneva, on Monday 3 June 2024, at 3 p.m.", "2024-06-03"],
    ["Held at the Palais Wilson, Geneva, on Monday, 3 June, 2024, at 3 p.m.", "2024-06-03"]
  ])("%s", (text, day) => {
    expect(meetingDay(text)).toBe(day);
  });

  it.each([
    "The meeting was held on 3 June 2024 in Geneva.",
    "Held at the Palais Wilson, Geneva, on Monday, 31 June 2024, at 3 p.m.",
    "Distr.: General 19 June 2024"
  ])("names no meeting day in: %s", (text) => {
    expect(meetingDay(text)).toBeNull();
  });
});

import {describe, expect, it} from "vitest";
import {countryRows} from "./read-paragraph.js";

const read = (text: string, state = "Yemen") => countryRows(text, state, "2019", "2020-03-01");

describe("a return's place is the country people came back from, not the one they reached", () => {
  it.each([
    ["In 2019, 5,000 migrants returned to Ethiopia from Saudi Arabia.", "5000 Saudi Arabia/-"],
    ["Nearly 90,000 migrants returned to Ethiopia from the Kingdom of Saudi Arabia in 2019.", "90000 Saudi Arabia/-"],
    ["In 2019, 1,200 migrants were returned to Niger from Algeria.", "1200 Algeria/-"],
    ["A total of 410 Guineans were returned to Guinea from Libya in 2019.", "410 Libya/Guinea"],
    ["In 2019, 2,300 refugees returned to Burundi from Tanzania.", "2300 Tanzania/-"],
    ["In 2019, IOM assisted 165 stranded migrants to return home from Libya to Guinea.", "165 Libya/Guinea"],
    ["In 2019, 640 victims were repatriated to Nepal from Malaysia.", "640 Malaysia/Nepal"],
    ["In 2019, 320 workers returned home to Sri Lanka from Kuwait.", "320 Kuwait/Sri Lanka"],
    ["In 2019, 77 migrants were flown back to Mali from Niger.", "77 Niger/-"],
    ["In 2019, 3,400 Afghans were deported to Afghanistan from Iran.", "3400 Iran/Afghanistan"]
  ])("%s", (text, expected) => {
    expect(read(text)).toContainEqual(expected);
  });

  it("keeps the destination of a return that names no place left", () => {
    expect(read("In 2019, 5,000 migrants returned to Ethiopia.")).toContainEqual("5000 Ethiopia/-");
  });

  it("reads no month after 'from' as a place left", () => {
    expect(read("From January to June 2019, 5,000 migrants returned to Ethiopia from Saudi Arabia.")).toContainEqual(
      "5000 Saudi Arabia/-"
    );
    expect(read("In 2019, 2,100 migrants returned to Ethiopia from January to June.")).toContainEqual(
      "2100 Ethiopia/-"
    );
  });

  it("leaves the place of a count that is no return", () => {
    expect(read("In 2019, 900 workers travelled to Qatar from Nepal.")).not.toContainEqual("900 Nepal/-");
  });
});

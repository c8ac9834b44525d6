import {describe, expect, it} from "vitest";
import {indicatorsOf} from "./read-paragraph.js";

const read = (text: string) => indicatorsOf(text, "2019", "2020");

describe("an age after 'aged' and a hedge is no count", () => {
  it.each([
    ["Citizens living abroad may apply if they are aged over 18 and pay a fee.", []],
    ["In 2019, 45 victims aged over 18 were identified.", ["45 victims_identified"]],
    ["In 2019, 45 victims aged under 18 were identified.", ["45 victims_identified"]],
    ["In 2019, 12 victims aged above 60 were identified.", ["12 victims_identified"]],
    ["In 2019, 30 victims aged below 14 were identified.", ["30 victims_identified"]],
    ["In 2019, 16 victims aged at least 16 were identified.", ["16 victims_identified"]],
    ["In 2019, 9 victims aged more than 50 were identified.", ["9 victims_identified"]],
    ["In 2019, 21 victims aged less than 12 were identified.", ["21 victims_identified"]],
    ["In 2019, 40 victims aged up to 17 were identified.", ["40 victims_identified"]],
    ["Nationals living abroad who are aged under 25 may register.", []]
  ])("%s", (text, rows) => {
    expect(read(text)).toEqual(rows);
  });
});

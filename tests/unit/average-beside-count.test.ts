import {describe, expect, it} from "vitest";
import {rows} from "./read-paragraph.js";

const values = (text: string) => rows(text, "2021-05", "2021-06-16").map((r) => Number(r.split("@")[0]));

describe("a number named a daily, weekly or monthly average is no count, whatever period it is of", () => {
  it.each([
    ["In May 2021, 14,195 movements were observed, representing a daily average of 458 movements.", 458, 14195],
    ["In April 2021, 16,440 movements were observed, against the 548 average daily movements of March.", 548, 16440],
    ["In May 2021, 2,170 migrants arrived, a weekly average of 496 migrants.", 496, 2170],
    ["In May 2021, 9,300 refugees crossed the border, with a daily average of 300 arrivals.", 300, 9300],
    ["In 2020, 6,012 migrants were deported, a monthly average of 501 deportations.", 501, 6012],
    [
      "In May 2021, 1,240 asylum applications were lodged, the 40 average daily applications of April 2021 notwithstanding.",
      40,
      1240
    ],
    ["In May 2021, 8,760 migrants were rescued, a daily average of 283 migrants.", 283, 8760],
    ["In May 2021, 3,100 work permits were issued, a daily average of 100 work permits.", 100, 3100],
    ["In May 2021, 1,550 foreigners were deported, a weekly average of 350 foreigners.", 350, 1550],
    ["In May 2021, 4,400 entries were recorded, a daily average of 142 entries.", 142, 4400],
    ["In 2020, 6,040 migrants were returned, a quarterly average of 1,510 returns.", 1510, 6040],
    ["In May 2021, 2,300 people arrived, a daily median of 70 arrivals.", 70, 2300],
    ["In May 2021, 5,120 migrants were registered, against the 150 mean daily registrations of April.", 150, 5120]
  ])("%s", (text, average, count) => {
    const read = values(text);
    expect(read).toContain(count);
    expect(read).not.toContain(average);
  });
});

import {describe, expect, it} from "vitest";
import {observations} from "./read-paragraph.js";

const values = (text: string) => observations(text, "2019", "2020-02-01").map((o) => o.value);

describe("people who reached a place arrived there", () => {
  it.each([
    ["From 1 January to 31 July 2019 256,319 migrants reached Europe via sea.", 256319],
    ["Between April and July 2019, 75,000 migrants reached the Italian shores.", 75000],
    ["In 2019, 316 Somali migrants have reached Somalia, transported by IOM.", 316],
    ["In 2019, 1,204 refugees reached Greece by boat.", 1204],
    ["In 2019, some 4,500 asylum seekers reached the Canary Islands.", 4500],
    ["In 2019, 2,310 Ethiopians reached Yemen across the Gulf of Aden.", 2310],
    ["In 2019, 860 people reached Lampedusa in small boats.", 860],
    ["In 2019, 12,000 Venezuelans reached Peru through Ecuador.", 12000],
    ["In 2019, 95 unaccompanied children reached Spain by sea.", 95],
    ["In 2019, 640 Rohingya refugees reached the Malaysian coast.", 640],
    ["In 2019, 418 migrants reached Cyprus in small boats.", 418]
  ])("%s", (text, value) => {
    expect(values(text)).toContain(value);
  });
});

describe("a level, an age or an agreement reached is no arrival", () => {
  it.each([
    ["In 2019, 40 young migrants reached the age of 18.", 40],
    ["In 2019, 12 migrants reached an agreement with their employer.", 12],
    ["In 2019, 30 refugee children reached adulthood.", 30]
  ])("%s", (text, value) => {
    expect(values(text)).not.toContain(value);
  });
});

import {describe, expect, it} from "vitest";
import {rows} from "./read-paragraph.js";

const indicators = (text: string) => rows(text, "2022-05", "2022-06-08").map((r) => r.split(" ")[1]);

describe("people recorded entering or crossing were counted by their movement, not registered", () => {
  it.each([
    "IOM recorded 3,228 migrants entering Yemen.",
    "IOM registered 3,228 migrants entering Yemen in May.",
    "The DTM recorded 1,210 migrants entering Shabwah governorate.",
    "In May, the flow monitors recorded some 2,100 migrants entering the country.",
    "Border officials recorded over 950 refugees entering Chad.",
    "IOM recorded nearly 4,000 migrants entering Djibouti from Ethiopia.",
    "UNHCR registered more than 1,500 refugees entering Uganda.",
    "The monitoring points recorded 731 migrants entering Lahj.",
    "Teams recorded 12,000 people entering the country through the northern border.",
    "IOM recorded about 640 Ethiopian migrants entering Yemen.",
    "Police recorded 310 migrants crossing the border.",
    "UNHCR recorded 4,120 refugees entering Uganda in May.",
    "IOM recorded 980 Somali migrants entering Yemen by sea.",
    "Officials registered 2,300 migrants entering the country on foot."
  ])("%s", (text) => {
    const found = indicators(text);
    expect(found.length).toBeGreaterThan(0);
    expect(found.some((i) => /regist/.test(i))).toBe(false);
  });

  it.each([
    // Registering the people themselves stays a registration.
    "IOM registered 3,228 migrants in May.",
    "UNHCR registered 1,500 refugees at the transit centre.",
    // People kept from entering were not counted entering.
    "The authorities registered 310 migrants barred from entering the country."
  ])("stays a registration: %s", (text) => expect(indicators(text).some((i) => /regist/.test(i))).toBe(true));
});

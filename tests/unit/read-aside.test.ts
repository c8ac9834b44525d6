import {describe, expect, it} from "vitest";
import {asideAfter} from "../../loaders/general/read-aside.js";
import {observations} from "./read-paragraph.js";

/** "value@period indicator age" of every observation of a paragraph in a report on 2018. */
const read = (text: string) =>
  observations(text, "2018", "2019").map((o) =>
    `${o.value}@${o.period.label} ${o.indicator} ${o.age_group ?? ""}`.trim()
  );

describe("a part set off by commas between a count and its verb", () => {
  it.each([
    "In 2018 29 people, 7 of which children, have received support at specialized facilities for victims of trafficking.",
    "In 2018 29 victims, 7 of whom children, received support in shelters for trafficking victims.",
    "In 2018 29 trafficking victims, including 7 children, were placed in shelters.",
    "In 2018 29 trafficking victims, among them 7 children, were accommodated in shelters.",
    "In 2018 29 persons, 7 of them children, were assisted as victims of trafficking.",
    "In 2018 29 trafficking victims, of whom 7 children, received assistance.",
    "In 2018 29 people, seven of which were children, were referred to services for trafficking victims.",
    "In 2018 29 trafficking victims, 7 of whom children, were sheltered.",
    "In 2018 29 victims of trafficking, including 7 minors, received rehabilitation services.",
    "In 2018 29 people, 7 of which children, have been supported as victims of trafficking."
  ])("%j", (text) => {
    expect(read(text)).toEqual(["29@2018 trafficking_victims_assisted", "7@2018 trafficking_victims_assisted child"]);
  });

  it("finds no aside without a verb after it, or with no part in it", () => {
    expect(asideAfter("29 people, 7 of which children, in Sofia", 9)).toBeNull();
    expect(asideAfter("29 people, Sofia and Varna, received", 9)).toBeNull();
    expect(asideAfter("29 people, 7 of which children, have received", 9)).toBe(31);
  });
});

describe("an aside whose parts are written with thousands commas", () => {
  // From the end of the counted noun to just past the comma closing the aside, before the verb.
  it.each([
    ["29,140 people, including 27,002 men and 2,138 women, obtained work permits.", "people", "obtained"],
    ["1,204 victims, including 1,003 women, were placed in shelters.", "victims", "were"],
    ["12,500 migrants, among them 2,300 children, were registered.", "migrants", "were"],
    ["8,000 applicants, of whom 1,250 minors and 300 infants, received permits.", "applicants", "received"],
    ["3,412 workers, including 3,000 men, were deployed.", "workers", "were"]
  ])("%j", (text, noun, verb) => {
    const at = text.indexOf(noun) + noun.length;
    expect(asideAfter(text, at)).toBe(text.lastIndexOf(",", text.indexOf(verb)) + 1);
  });

  it("ends no aside at a comma that closes it before a verbless rest", () => {
    expect(asideAfter("29,140 people, including 27,002 men, in the capital", 13)).toBeNull();
  });
});

describe("a part set off by a pair of dashes between a count and its verb", () => {
  it.each([
    "In 2018 29 trafficking victims – including 7 children – were placed in shelters.",
    "In 2018 29 trafficking victims — including 7 children — were placed in shelters.",
    "In 2018 29 victims – of whom 7 children – received support in shelters for trafficking victims.",
    "In 2018 29 trafficking victims — among them 7 children — were accommodated in shelters.",
    "In 2018 29 victims of trafficking – including 7 minors – received rehabilitation services.",
    "In 2018 29 trafficking victims —including 7 children— were sheltered.",
    "In 2018 29 people – including 7 children – have received support at shelters for trafficking victims.",
    "In 2018 29 trafficking victims – of which 7 children – were placed in shelters.",
    "In 2018 29 trafficking victims — including seven children — received assistance.",
    "In 2018 29 trafficking victims – including 7 children – were referred to shelters."
  ])("%j", (text) => {
    expect(read(text)).toEqual(["29@2018 trafficking_victims_assisted", "7@2018 trafficking_victims_assisted child"]);
  });

  it("finds no dash aside with unmatched dashes or no verb after it", () => {
    expect(asideAfter("29 people – including 7 children, received", 9)).toBeNull();
    expect(asideAfter("29 people – including 7 children – in Sofia", 9)).toBeNull();
    expect(asideAfter("29 people — including 7 children – received", 9)).toBeNull();
  });
});

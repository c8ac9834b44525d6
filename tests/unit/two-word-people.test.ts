import {describe, expect, it} from "vitest";
import {findQuantities} from "../../loaders/general/find-quantities.js";

/** Why the first number of a text is not a count, or null when it is one. */
const exclusion = (text: string) => findQuantities(text)[0]?.excluded ?? null;

describe("a people of two words after a number is no name", () => {
  it.each([
    "Over 28,000 South Sudanese refugees arrived in Sudan.",
    "Police arrested 14 South African nationals.",
    "Some 3,200 Sri Lankan workers left the country.",
    "A total of 45 East Timor nationals reached the border.",
    "About 900 Hong Kong students enrolled.",
    "Authorities returned 61 Sierra Leonean migrants.",
    "The agency registered 1,240 Dominican Republic nationals.",
    "In May, 310 El Salvador nationals were deported.",
    "It counted 77 South Korea residents abroad.",
    "Nearly 12,500 United Kingdom citizens applied."
  ])("%s", (text) => expect(exclusion(text)).toBeNull());

  it.each([
    "Victims can call the 919 Call Center at any time.",
    "Reports reach the 101 Hotline Service each day.",
    "The office moved to 10 Downing Street last year.",
    "The shelter at 42 Green Lane opened in May."
  ])("a number naming something stays a name: %s", (text) => expect(exclusion(text)).toBe("name"));
});

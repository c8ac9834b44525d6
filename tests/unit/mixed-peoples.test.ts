import {describe, expect, it} from "vitest";
import {observations} from "./read-paragraph.js";
import {mixedPeoples, readCounted} from "../../loaders/general/read-counted.js";

/** The citizenship read for the number `n` of a paragraph, or undefined when none is read. */
const row = (text: string, n: number) => observations(text, "2016", "2017-06-25").find((x) => x.value === n);

describe("two peoples joined before one head count persons of neither alone", () => {
  it.each([
    "An international organization helped the government identify and assist 336 Indonesian and foreign trafficking victims in 2016.",
    "The government identified 120 Thai and foreign victims in 2016.",
    "Police identified 45 Nepali and Indian victims in 2016.",
    "In 2016, shelters assisted 78 Cambodian and Vietnamese victims.",
    "The ministry identified 64 Filipino and foreign trafficking victims in 2016.",
    "Authorities identified 31 Kyrgyz and Uzbek victims in 2016.",
    "In 2016 the government identified 90 foreign and Malaysian victims.",
    "NGOs assisted 55 Ethiopian and Eritrean trafficking victims in 2016.",
    "Police identified 27 Nigerian or Ghanaian victims in 2016.",
    "The government identified 150 Burmese and Thai victims in 2016."
  ])("%s", (text) => {
    const n = Number(/\b(\d+)\s+[A-Za-z]+\s+(?:and|or)\b/.exec(text)![1]);
    expect(row(text, n)).toMatchObject({citizenship: null});
  });

  it("one people before the head is the count's citizenship", () => {
    expect(row("The government identified 120 Thai victims in 2016.", 120)).toMatchObject({citizenship: "Thailand"});
  });

  it("reads the head past the joined peoples", () => {
    const text = "assisted 336 Indonesian and foreign trafficking victims";
    expect(readCounted(text, text.indexOf("336") + 3).noun?.lemma).toBe("victim");
  });

  it.each([
    ["Indonesian and foreign", true],
    ["Thai or Burmese", true],
    ["Indonesian", false],
    ["confirmed and potential", false],
    ["adult and child", false]
  ])("%s joins peoples: %s", (words, joined) => {
    expect(mixedPeoples(words as string)).toBe(joined);
  });
});

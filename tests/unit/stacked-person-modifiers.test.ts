import {describe, expect, it} from "vitest";
import {observations} from "./read-paragraph.js";

/** "value sex/age/citizenship" of each count of a sentence read in a report of 2019. */
const people = (sentence: string) =>
  observations(sentence, "2019", "2020-06-25").map(
    (o) => `${o.value} ${o.sex ?? "-"}/${o.age_group ?? "-"}/${o.citizenship ?? "-"}`
  );

// "one adult female Malagasy victim of sex trafficking": an age word, a sex word and a demonym before a person noun
// all qualify that noun; the age word is no head of its own.
describe("an age, a sex and a demonym before a person noun", () => {
  it.each([
    ["The government identified one adult female Malagasy victim.", "1 female/adult/Madagascar"],
    ["The government identified one adult male Bangladeshi victim.", "1 male/adult/Bangladesh"],
    ["The government identified one minor female Mauritian victim.", "1 female/child/Mauritius"],
    ["The government identified two adult Nigerian women.", "2 female/adult/Nigeria"],
    ["Police rescued 14 adult Cambodian men.", "14 male/adult/Cambodia"],
    ["Authorities identified five adult female Ukrainian victims.", "5 female/adult/Ukraine"],
    ["The government identified three minor male Nepali victims.", "3 male/child/Nepal"],
    ["Police identified 12 adult Indonesian victims.", "12 -/adult/Indonesia"],
    ["The government repatriated four adult male Vietnamese victims.", "4 male/adult/Vietnam"],
    ["NGOs assisted seven adult Filipino victims.", "7 -/adult/Philippines"],
    ["The government identified one minor Venezuelan girl.", "1 female/child/Venezuela"]
  ])("%s", (sentence, expected) => {
    expect(people(sentence)).toContain(expected);
  });

  it.each([
    // An age word before a noun that is no person stays the head ("two adults, Nigerian nationals").
    ["The government identified two adults and three children.", ["2 -/adult/-", "3 -/child/-"]],
    // A word that is neither a sex, an age nor a demonym ends the modifiers.
    ["The government identified one adult female victim.", ["1 female/adult/-"]]
  ])("%s", (sentence, expected) => {
    expect(people(sentence)).toEqual(expected);
  });
});

import {describe, expect, it} from "vitest";
import {countryRows, rows} from "./read-paragraph.js";

/** "value [category]" of each row of a sentence, read in a report of 2019. */
const parts = (sentence: string) => rows(sentence, "2019", "2020-01-28").map((r) => r.replace(/@\S+ \S+ /, " "));

// "Arrivals by boat in the Canary islands rose from 196 in 2010 to 340", "refugees registered in Greater Cairo stands at
// 37,969": a place named in the subject of a level, or of the levels a change ran between, is where each was counted.
describe("a place in the subject of a level or a change", () => {
  it.each([
    [
      "Arrivals by boat in the Canary islands rose from 196 in 2010 to 340 in 2011.",
      ["196 [Canary islands]", "340 [Canary islands]"]
    ],
    ["The number of refugees in Mbera camp stands at 57,144.", ["57144 [Mbera camp]"]],
    ["Migrants held at the Moria Reception Centre increased to 3,000 in May.", ["3000 [Moria Reception Centre]"]],
    ["Refugees hosted in Farchana camp fell from 9,200 to 7,400.", ["9200 [Farchana camp]", "7400 [Farchana camp]"]],
    [
      "The total number of Syrian refugees registered in Greater Cairo stands at 37,969 individuals.",
      ["37969 [Greater Cairo]"]
    ],
    [
      "From Sindh the number of registered workers grew from 41,551 in 2018 to 57,171 in 2019.",
      ["41551 [Sindh]", "57171 [Sindh]"]
    ],
    ["In Punjab the number of registered workers rose to 12,000 in 2019.", ["12000 [Punjab]"]],
    [
      "Victims identified in Chiang Mai province rose from 30 in 2018 to 45 in 2019.",
      ["30 [Chiang Mai]", "45 [Chiang Mai]"]
    ],
    ["The number of asylum seekers registered in Kakuma has reached 4,120.", ["4120 [Kakuma]"]]
  ])("%s", (sentence, expected) => {
    expect(parts(sentence)).toEqual(expected);
  });
});

// "16,088 individuals are awaiting registration in Greater Cairo, 1,454 in Alexandria": the first item of a list of
// counts by place is of the place its own clause ends on.
describe("the place the first item of a list by place ends on", () => {
  it.each([
    [
      "16,088 individuals are awaiting registration in Greater Cairo, 1,454 in Alexandria and 2,366 in Damietta.",
      ["16088 [Greater Cairo]", "1454 [Alexandria]", "2366 [Damietta]"]
    ],
    [
      "45 victims were identified by police in Bangkok, 30 in Chiang Mai and 12 in Phuket.",
      ["45 [Bangkok]", "30 [Chiang Mai]", "12 [Phuket]"]
    ],
    [
      "Some 3,100 refugees are now sheltered by the authorities in Gambella, and 2,000 in Assosa.",
      ["3100 [Gambella]", "2000 [Assosa]"]
    ]
  ])("%s", (sentence, expected) => {
    expect(parts(sentence)).toEqual(expected);
  });
});

// "The number of Syrian refugees stands at 37,969 individuals": people named only as people restate the subject.
describe("a level the subject stands at", () => {
  it.each([
    ["The number of Syrian refugees stands at 37,969 individuals.", ["37969 -/Syria"]],
    ["The number of Syrian refugees registered stands at 37,969 individuals.", ["37969 -/Syria"]]
  ])("%s", (sentence, expected) => {
    expect(countryRows(sentence, undefined, "2019", "2020-01-28")).toEqual(expected);
  });
});

describe("no place inside a country", () => {
  it.each([
    // A state is a country, never a part of one.
    ["The number of asylum applications in Germany rose to 45,000.", ["45000 []"]],
    ["45 victims were identified in Germany, 30 in France.", ["45 []", "30 []"]],
    // A month or a lower-case word names no place.
    ["Arrivals in March rose to 4,000.", ["4000 []"]],
    ["Arrivals by boat in the mainland rose from 3,436 in 2010 to 5,103 in 2011.", ["3436 []", "5103 []"]],
    // A union of states is no place inside one.
    ["Asylum applications lodged in the European Union rose to 12,000.", ["12000 []"]],
    // The place of a clause that opens no list by place stays the count's own business.
    ["In total 45 victims were identified by police in Bangkok.", ["45 []"]]
  ])("%s", (sentence, expected) => {
    expect(parts(sentence)).toEqual(expected);
  });
});

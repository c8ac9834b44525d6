import {describe, expect, it} from "vitest";
import {indicatorsOf} from "./read-paragraph.js";

const read = (sentence: string) => indicatorsOf(sentence, "2016", "2017-12-27");

// "The number of Syrian refugees in Lebanon was 1,011,366": a copula after "the number of" gives the level refugees
// stood at, as "stood at" does.
describe("the level of refugees after 'the number of' and a copula", () => {
  it.each([
    ["In December 2016, the number of Syrian refugees in Lebanon was 1,011,366.", "1011366 refugees_hosted"],
    ["The number of refugees was about 5,000.", "5000 refugees_hosted"],
    ["The number of refugees in the country is 84,000.", "84000 refugees_hosted"],
    ["The number of Syrian refugees in Jordan was over 650,000.", "650000 refugees_hosted"],
    ["At the end of the year the number of refugees in Chad was 420,000.", "420000 refugees_hosted"],
    ["The total number of Congolese refugees in Uganda is 350,000.", "350000 refugees_hosted"],
    ["The number of refugees in Kakuma camp was 147,000.", "147000 refugees_hosted"],
    ["The number of internally displaced persons in the country was 2.1 million.", "2100000 idps_present"],
    ["The number of Rohingya refugees in Bangladesh is nearly 900,000.", "900000 refugees_hosted"],
    ["The number of Afghan refugees in Pakistan was some 1.4 million.", "1400000 refugees_hosted"]
  ])("%s", (sentence, expected) => {
    expect(read(sentence)).toContain(expected);
  });

  it.each([
    // What befell them says what the number counts.
    ["The number of refugees who returned home was 5,000.", "5000 refugees_hosted"],
    ["The number of refugees resettled to Canada was 5,000.", "5000 refugees_hosted"],
    // People who are no refugees are not counted as refugees hosted.
    ["The number of tourists in the country was 5,000.", "5000 refugees_hosted"]
  ])("%s", (sentence, forbidden) => {
    expect(read(sentence)).not.toContain(forbidden);
  });
});

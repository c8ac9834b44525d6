import {describe, expect, it} from "vitest";
import {isForecast} from "../../loaders/general/read-forecast.js";

/** Whether the number written `n` in the sentence is read as a forecast. */
const forecast = (sentence: string, n: string) => isForecast(sentence, sentence.indexOf(n));
const at = (text: string) => isForecast(text, text.search(/\d/));

describe("isForecast", () => {
  it.each([
    ["It is forecast that by the end of 2004, the number of applications may exceed 19,000.", "19,000"],
    ["The number of applications is expected to reach 20,000 next year.", "20,000"],
    ["Applications are projected to rise to 15,500 by 2025.", "15,500"],
    ["The number of migrants could reach 2 million by 2030.", "2 million"],
    ["It is anticipated that 1,200 persons will apply.", "1,200"],
    ["Returns are likely to exceed 3,000.", "3,000"],
    ["The programme calls for the creation of 987,500 jobs.", "987,500"],
    ["The quota is set to rise to 40,000 permits.", "40,000"],
    ["Arrivals will reach 75,000 this year, the ministry said.", "75,000"],
    ["By 2030 the population may fall to 1.8 million.", "1.8 million"],
    ["The target is 500 shelters by 2026.", "500"]
  ])("reads a forecast in %s", (sentence, n) => {
    expect(forecast(sentence, n)).toBe(true);
  });

  it.each([
    ["From 1 November 2003 to 31 August 2004, 11,491 persons acquired citizenship.", "11,491"],
    ["In 2019, 8,900 work permits were issued.", "8,900"],
    ["The number of applications exceeded 19,000 in 2004.", "19,000"],
    ["It was expected that the number would fall; in fact 1,200 persons applied.", "1,200"],
    ["(most were linked with plans to take up employment) and 9 percent concerned permanent permits", "9"],
    ["Returns, which are expected to grow, stood at 3,100 (up from 2,900).", "2,900"],
    ["The number of applications is expected to reach 20,000, while 18,000 were received last year.", "18,000"],
    ["Arrivals reached 75,000 this year.", "75,000"],
    ["Applications may exceed 19,000 (up from 15,000 in 2003).", "15,000"],
    ["The ministry expects more applications; 4,500 were received in May.", "4,500"],
    ["1,500 persons were granted asylum; more may follow.", "1,500"]
  ])("reads a count in %s", (sentence, n) => {
    expect(forecast(sentence, n)).toBe(false);
  });
});

describe("isForecast of an aim or a plan", () => {
  it.each([
    "The government continues its work to enable the return of 1 million Syrians in total.",
    "The ministry plans to issue 20,000 work permits next year.",
    "The programme aims to resettle 5,000 refugees.",
    "The government intends to grant 3,000 residence permits.",
    "The service expects to receive 12,000 applications.",
    "The number is expected to reach 15,000 by December.",
    "The target of 3,000 returns was set for 2022.",
    "The goal is to return 4,500 migrants.",
    "The country will accept 2,000 refugees.",
    "The agency hopes to process 8,000 claims.",
    "Efforts to enable the return of 900 migrants continue.",
    "The state pledged to admit 1,500 asylum seekers."
  ])("%s", (text) => expect(at(text)).toBe(true));

  it.each([
    "583,618 Syrians have voluntarily returned to their homeland thus far.",
    "The ministry issued 20,000 work permits.",
    "In 2022, 3,000 persons were returned under the plan.",
    "The plan, adopted in 2019, led to 4,500 returns.",
    "Under the target set last year, 3,000 migrants returned.",
    "A total of 12,000 applications were received as expected.",
    "Of those who planned to stay, 900 were granted permits.",
    "The service received 8,000 claims; it will publish more data soon."
  ])("not %s", (text) => expect(at(text)).toBe(false));

  it.each([
    ["700 left of their own free will and 200 under escort.", "200"],
    ["500 returned of their own will and 300 by court order.", "300"],
    ["Of these, 90 by good will and 40 otherwise.", "40"]
  ])("not the count after the noun 'will': %s", (text, n) => {
    expect(isForecast(text, text.indexOf(n))).toBe(false);
  });
});

import {describe, expect, it} from "vitest";
import {isRate} from "../../loaders/general/read-rate.js";

const rate = (sentence: string, n: string) => {
  const at = sentence.indexOf(n);
  return isRate(sentence, at, at + n.length);
};

describe("isRate", () => {
  it.each([
    ["the average number of victims a year was around 100", "100"],
    ["the number of non-citizens decreases by approximately 10,000 persons a year", "10,000"],
    ["On average, 14 people were sent out of the country.", "14"],
    ["Some 250 persons are returned per month.", "250"],
    ["About 3,000 migrants arrive annually.", "3,000"],
    ["The centre receives an average of 40 calls a week.", "40"],
    ["Per year 1,200 children are registered as stateless.", "1,200"],
    ["Around 60 applications per day are received.", "60"],
    ["The mean stay was 45 days.", "45"],
    ["Nearly 500 victims are identified per annum.", "500"],
    ["Roughly 90 people cross the border daily.", "90"],
    ["Between 10,000 and 12,000 foreigners enter the country each day.", "10,000"],
    ["About 70 migrants begin their residency paperwork each day.", "70"],
    ["Some 5,000 workers leave the country every year.", "5,000"],
    ["Nearly 300 boats are intercepted each month.", "300"],
    ["Around 40 victims call the hotline every week.", "40"]
  ])("reads a rate in %s", (sentence, n) => {
    expect(rate(sentence, n)).toBe(true);
  });

  it.each([
    ["On average, 14 people were sent out every day, which led to a total of 429 people.", "429"],
    ["Tajiks residing in the country number nearly 7,000, up from 5,700 in half a year.", "5,700"],
    ["In 2019, 8,900 work permits were issued.", "8,900"],
    ["A total of 642 persons were convicted of human trafficking.", "642"],
    ["739 victims were identified from 2000 to 2013.", "739"],
    ["The permits are valid for a year; 1,200 were issued.", "1,200"],
    ["Within a month, 300 persons had applied.", "300"],
    ["2,455 foreigners became permanent residents, compared with 1,770 a year earlier.", "2,455"],
    ["92 cases were reported in 2013.", "92"],
    ["Some 250 persons (about 10 a month) were returned in 2019.", "250"],
    ["The shelter assisted 19 victims, and each year it reports to the ministry.", "19"],
    ["Three each year in Almaty and Astana were exploited.", "Three"]
  ])("reads a count in %s", (sentence, n) => {
    expect(rate(sentence, n)).toBe(false);
  });
});

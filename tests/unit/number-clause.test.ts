import {describe, expect, it} from "vitest";
import {numberClause} from "../../loaders/general/number-clause.js";

/** The clause of the number written `n` in the sentence, its words before and after the number. */
const clause = (sentence: string, n: string) => {
  const at = sentence.indexOf(n);
  return numberClause(sentence, at, at + n.length);
};

describe("numberClause", () => {
  it("cuts the clause of a number out of a sentence of two", () => {
    expect(
      clause("The number of applications is expected to reach 20,000, while 18,000 were received last year.", "18,000")
    ).toEqual({before: "", after: " were received last year."});
    expect(
      clause("The number of applications is expected to reach 20,000, while 18,000 were received last year.", "20,000")
    ).toEqual({before: "The number of applications is expected to reach ", after: ""});
  });

  it.each([
    ["Returns rose; 4,500 were received in May.", "4,500", " ", " were received in May."],
    ["The ministry expects more. In May 4,500 were received.", "4,500", "In May ", " were received."],
    ["Arrivals fell, but 300 persons applied in June.", "300", "", " persons applied in June."],
    ["Arrivals fell, whereas 300 persons applied in June.", "300", "", " persons applied in June."],
    ["Arrivals fell, and 300 persons applied in June.", "300", "", " persons applied in June."],
    ["14 people were sent out every day, which led to a total of 429 people.", "429", "led to a total of ", " people."],
    ["Some 120 were returned, bringing the total to 900.", "120", "Some ", " were returned"],
    ["Some 120 were returned, giving 900 in all.", "900", "", " in all."],
    [
      "Most were linked with plans (to take up work) and 9 percent concerned permits.",
      "9",
      " and ",
      " percent concerned permits."
    ],
    ["Applications may exceed 19,000 (up from 15,000 in 2003).", "15,000", "up from ", " in 2003"],
    ["Some 250 persons (about 10 a month) were returned.", "250", "Some ", " persons "],
    ["Returns were planned - 700 persons left in May.", "700", "", " persons left in May."],
    ["Returns were planned – 700 persons left in May.", "700", "", " persons left in May."],
    ["It was said that 50 would come, that 60 came.", "50", "It was said that ", " would come"]
  ])("ends the clause in %s", (sentence, n, before, after) => {
    expect(clause(sentence, n)).toEqual({before, after});
  });

  it.each([
    // A relative clause closed before the number is not its clause.
    ["Returns, which are expected to grow, stood at 3,100 in May.", "3,100", "Returns, stood at "],
    ["Victims, who were identified by police, numbered 42 in 2019.", "42", "Victims, numbered "],
    // A comma before an ordinary word, a full stop before a small letter and a decimal point go on.
    ["In 2019, the ministry issued 8,900 permits.", "8,900", "In 2019, the ministry issued "],
    ["The U.S. government funded 12 shelters.", "12", "The U.S. government funded "],
    ["Growth of 2.5 per cent gave 1,200 more permits.", "1,200", "Growth of 2.5 per cent gave "],
    ["The number of migrants could reach 2 million by 2030.", "2 million", "The number of migrants could reach "]
  ])("does not end the clause in %s", (sentence, n, before) => {
    expect(clause(sentence, n).before).toBe(before);
  });

  it("reads to the end of the text when no clause ends after the number", () => {
    expect(clause("Police identified 42 victims", "42")).toEqual({before: "Police identified ", after: " victims"});
  });
});

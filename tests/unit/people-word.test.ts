import {describe, expect, it} from "vitest";
import {peopleAt} from "../../loaders/general/people-word.js";
import {readCounted} from "../../loaders/general/read-counted.js";
import {findQuantities} from "../../loaders/general/find-quantities.js";

const citizenshipAfter = (text: string) => {
  const at = /\d[\d,]*/.exec(text)!;
  const counted = readCounted(text, at.index + at[0].length);
  return counted.noun ? (counted.breakdown.citizenship ?? null) : null;
};

describe("a people counted by its demonym", () => {
  it.each([
    ["378 East Timorese currently hold bridging visas.", "Timor-Leste"],
    ["Some 1,200 Vietnamese were deported.", "Vietnam"],
    ["About 640 Chinese who overstayed were fined.", "China"],
    ["A total of 9,000 South Sudanese arrived.", "South Sudan"],
    ["Police found 52 Sudanese in the truck.", "Sudan"],
    ["In all 310 Lebanese, mostly women, left.", "Lebanon"],
    ["Authorities returned 75 Senegalese to Dakar.", "Senegal"],
    ["Of the 44 Japanese living there, none applied.", "Japan"],
    ["The ship carried 212 Congolese and 30 Togolese.", "Democratic Republic of the Congo"],
    ["At least 230,000 Ukrainians were registered.", "Ukraine"],
    ["Over 4,000 South Africans were returned.", "South Africa"],
    ["Police detained 19 Sri Lankans on the boat.", "Sri Lanka"]
  ])("%s", (text, citizenship) => {
    expect(citizenshipAfter(text)).toBe(citizenship);
  });

  it("leaves a demonym that qualifies a noun or a sex to the words after it", () => {
    expect(peopleAt("Philippines")).toBeNull();
    expect(peopleAt("South Africa")).toBeNull();
    expect(peopleAt("Call Center")).toBeNull();
    const male = "one was a Maltese male";
    expect(readCounted("1 Maltese male", 1).breakdown.sex).toBe("male");
    void male;
    const workers = readCounted("1,200 Vietnamese workers were deported", 5);
    expect(workers.noun?.lemma).toBe("migrant");
  });

  it("does not take a people for a name", () => {
    const q = findQuantities("almost 500 East Timorese who have lodged a claim");
    expect(q.find((x) => x.value === 500)?.excluded).toBeNull();
    expect(findQuantities("the 919 Call Center received calls").find((x) => x.value === 919)?.excluded).toBe("name");
  });
});

import {describe, expect, it} from "vitest";
import {permitGrounds} from "../../loaders/general/read-grounds.js";
import {rows} from "./read-paragraph.js";

/** "value@period [category]" of every row of a sentence in a report on 2015. */
const read = (text: string) => rows(text, "2015", "2016-01-22").map((r) => r.replace(/ [a-z_]+ \[/, " ["));

// "granted permits on the basis of family ties", "visas issued for the purpose of study": the grounds a permit or visa
// was given on are a category of its count, labelled as the vocabulary labels them.
describe("the grounds of permits and visas", () => {
  it.each([
    [
      "A total of 6,036 individuals were granted permits on the basis of family ties (6,774 in 2014).",
      ["6036@2015 [family]", "6774@2014 [family]"]
    ],
    ["5,869 applicants were granted permits for studies (5,611 in 2014).", ["5869@2015 [study]", "5611@2014 [study]"]],
    [
      "A total of 5,436 individuals were granted residence permits on the basis of work (5,062 in 2014).",
      ["5436@2015 [work]", "5062@2014 [work]"]
    ],
    ["In 2015, there were 206,814 visas issued for the purpose of study.", ["206814@2015 [study]"]],
    [
      "In 2015, 3,200 residence permits were issued for family reunification and 1,800 for work.",
      ["3200@2015 [family]", "1800@2015 [work]"]
    ],
    ["In 2015, 2,400 residence permits were granted on humanitarian grounds.", ["2400@2015 [humanitarian]"]],
    ["The ministry issued 1,150 visas for employment in 2015.", ["1150@2015 [work]"]],
    ["In 2015, 940 foreigners received residence permits on grounds of family reunion.", ["940@2015 [family]"]],
    ["In 2015, 3,020 residence permits were issued to students.", ["3020@2015 [study]"]],
    ["In 2015, 610 residence permits were granted for the purposes of education.", ["610@2015 [study]"]],
    ["In 2015, 450 visas were issued for business.", ["450@2015 [work]"]],
    // A move into the country for a reason has that reason as its grounds.
    ["In 2015, 190,000 migrants arrived to study.", ["190000@2015 [study]"]],
    ["In 2015, 4,000 migrants came to the country for work.", ["4000@2015 [work]"]],
    ["In 2015, 3,000 people immigrated for family reasons.", ["3000@2015 [family]"]]
  ])("%s", (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it.each([
    // No permit, visa or move into the country in the clause: work is no grounds of anything.
    ["In 2015, the ministry trained 4,000 officers for work at the border.", "officers for work at the border."],
    // The word names the permit itself, not the grounds it was given on.
    ["The ministry issued 4,000 permits to work permit holders.", "to work permit holders"],
    // A permit named by its grounds needs no category for them.
    [
      "More than 64,000 Nepalis obtained work permit to go abroad for employment.",
      "obtained work permit to go abroad for employment."
    ],
    // A word of the list inside another phrase is no grounds.
    ["The ministry issued 4,000 residence permits for the construction sector.", "for the construction sector"]
  ])("%s names no grounds", (text, after) => {
    expect(permitGrounds(text, after)).toBeNull();
  });
});

import {describe, expect, it} from "vitest";
import {rows} from "./read-paragraph.js";

// "initiated prosecution of 39 sex trafficking cases involving 31 suspects and convicted 12 traffickers": the people a
// count of cases involves are of the cases' verb and kind, not of the verb coordinated after them.
describe("people involved in cases, before a coordinated verb", () => {
  it.each([
    [
      "initiated prosecution of 39 sex trafficking cases involving 31 suspects and convicted 12 traffickers",
      "prosecutions"
    ],
    [
      "initiated prosecutions of 39 sex trafficking cases involving 31 suspects and convicted 12 traffickers",
      "prosecutions"
    ],
    ["prosecuted 39 sex trafficking cases involving 31 suspects and convicted 12 traffickers", "prosecutions"],
    ["prosecuted 39 sex trafficking cases involving 31 defendants and convicted 12 traffickers", "prosecutions"],
    ["prosecuted 39 sex trafficking cases involving 31 suspects, and convicted 12 traffickers", "prosecutions"],
    ["prosecuted 39 sex trafficking cases involving 31 suspects and sentenced 12 traffickers", "prosecutions"],
    ["prosecuted 39 sex trafficking cases implicating 31 suspects and convicted 12 traffickers", "prosecutions"],
    ["investigated 39 sex trafficking cases involving 31 suspects and convicted 12 traffickers", "investigations"],
    ["investigated 39 sex trafficking cases involving 31 suspects and arrested 12 traffickers", "investigations"],
    [
      "investigated 39 sex trafficking cases involving 31 alleged traffickers and convicted 12 traffickers",
      "investigations"
    ],
    [
      "opened investigations into 39 sex trafficking cases involving 31 suspects and convicted 12 traffickers",
      "investigations"
    ]
  ])("authorities %s", (clause, event) => {
    const read = rows(`In 2020, authorities ${clause}.`, "2020", "2021-06-25");
    const people = read.find((r) => r.startsWith("31@"))!;
    expect(people).toMatch(new RegExp(`^31@2020 \\w*${event} \\[sex trafficking\\]$`));
    expect(read.find((r) => r.startsWith("12@"))).not.toMatch(new RegExp(event));
  });

  it.each([
    // The people's own verb, after them, counts them.
    ["In 2020, authorities investigated 39 cases, and 31 suspects were convicted.", /^31@2020 \w*convict\w* \[\]$/],
    // People in no case phrase keep the verb after them.
    ["In 2020, authorities identified 39 victims and convicted 31 traffickers.", /^31@2020 \w*convictions \[\]$/]
  ])("%s", (sentence, expected) => {
    expect(rows(sentence, "2020", "2021-06-25").find((r) => r.startsWith("31@"))).toMatch(expected);
  });
});

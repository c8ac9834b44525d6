import {describe, expect, it} from "vitest";
import {runningTotals} from "../../loaders/general/running-total.js";
import {frameSentence} from "../../loaders/general/resolve-period.js";
import {findPeriods} from "../../loaders/periods/parse-period.js";

const days = (text: string) =>
  runningTotals(text, findPeriods(text)).map((p) => `${text.slice(p.start, p.end)}=${p.period.label}`);
const dayOf = (text: string) => days(text)[0]?.split("=")[1];

describe("a total a clause's flow brings a count to", () => {
  it.each([
    [
      "56,276 people received protection in 2022, bringing the total number of recognised refugees to 547,102.",
      "2022-12-31"
    ],
    ["Some 4,100 were naturalised in 2019, raising the total to 61,300.", "2019-12-31"],
    ["The ministry issued 1,204 permits in March 2021, taking the total to 9,870.", "2021-03-31"],
    [
      "A further 312 victims were identified in the first half of 2018, pushing the overall tally to 2,045.",
      "2018-06-30"
    ],
    [
      "Italy relocated 840 asylum seekers during 2016, bringing its cumulative total of relocations to about 2,600.",
      "2016-12-31"
    ],
    ["In 2020, 77 more Syrians were resettled, lifting the total to more than 1,000 since 2015.", "2020-12-31"],
    ["Another 95 migrants returned in January-March 2017, bringing the grand total to nearly 4,000.", "2017-03-31"],
    [
      "The agency resettled 3,100 refugees in 2014, which brings the total to some 19,000 since the programme began.",
      "2014-12-31"
    ],
    ["In 2012, 610 were registered, raising the total number of registered stateless persons to 2,900.", "2012-12-31"],
    ["France granted asylum to some 56,000 people in 2022, bringing the total to over half a million.", "2022-12-31"]
  ])("%j stands on %s", (text, day) => expect(dayOf(text)).toBe(day));

  it.each([
    // No period before the total.
    "A further 312 victims were identified, bringing the total to 2,045.",
    // No number after "to".
    "The arrests in 2019 brought the total to a new high.",
    // The total of another kind of phrase.
    "In 2019 the total rose to 4,000.",
    "Taking into account 2019, the total reached 4,000."
  ])("%j names no standing total", (text) => expect(days(text)).toEqual([]));

  it("dates the total, not the flow before it", () => {
    const text = "Ofpra said 56,276 people received protection in 2022, bringing the total to 547,102.";
    expect(frameSentence(text, "2023-07-03").periods.map((p) => p.period.label)).toEqual(["2022", "2022-12-31"]);
  });
});

import {describe, expect, it} from "vitest";
import {observations} from "./read-paragraph.js";

/** "value@period indicator who" of each observation, "who" the part's nationality, sex, age or kind. */
function read(text: string): string[] {
  return observations(text, "2023", "2024").map((o) =>
    `${o.value}@${o.period.label} ${o.indicator} ${[o.citizenship, o.sex, o.age_group, o.category].filter(Boolean).join("/")}`.trim()
  );
}

/** The rows `read` gives the count `part` when it is read in the indicator and period of the count `whole`. */
function asPartOf(text: string, whole: number, part: number): string[] {
  const o = observations(text, "2023", "2024").find((x) => x.value === whole);
  expect(o).toBeDefined();
  return read(text).filter(
    (r) =>
      r.startsWith(`${part}@${o!.period.label} ${o!.indicator} `) || r === `${part}@${o!.period.label} ${o!.indicator}`
  );
}

// "The government identified 21 victims in 2018. Seven victims were Namibian": people a sentence of the paragraph
// counted by an event, named again with a copula and only who they were, are a part of that count, in its period.
describe("a part named again after its whole", () => {
  it.each([
    ["Police identified 40 victims in 2020. Twelve victims were children.", 40, 12, "child"],
    ["The ministry registered 300 migrants in 2021. 120 migrants were Afghan.", 300, 120, "Afghanistan"],
    [
      "Border police intercepted 450 migrants during 2020. 200 migrants were Syrian nationals and 150 were Iraqi.",
      450,
      200,
      "Syria"
    ],
    [
      "Border police intercepted 450 migrants during 2020. 200 migrants were Syrian nationals and 150 were Iraqi.",
      450,
      150,
      "Iraq"
    ],
    ["In 2019 the government identified 63 victims. 41 victims were female, 20 were male.", 63, 41, "female"],
    ["In 2019 the government identified 63 victims. 41 victims were female, 20 were male.", 63, 20, "male"],
    ["Officials repatriated 120 migrants in 2018. 80 migrants were Ethiopian.", 120, 80, "Ethiopia"],
    ["The government identified 17 victims in 2021. Nine victims were boys and four were girls.", 17, 9, "male/child"],
    [
      "The government identified 17 victims in 2021. Nine victims were boys and four were girls.",
      17,
      4,
      "female/child"
    ],
    ["NGOs identified 25 victims in 2016. Eleven victims were foreign nationals.", 25, 11, "foreign"],
    ["The government identified 21 victims in 2018. Seven of the victims were children.", 21, 7, "child"],
    [
      "The government identified 21 victims in 2018. Seven victims were Namibian and 14 were foreign nationals.",
      21,
      14,
      "foreign"
    ],
    ["The shelter assisted 35 victims in 2017. Ten victims were men.", 35, 10, "male/adult/shelter"]
  ])("%s (%i, part %i)", (text, whole, part, who) => {
    expect(asPartOf(text, whole, part).map((r) => r.split(" ").slice(2).join(" "))).toContain(who);
  });

  it.each([
    // Another kind of people is no part of the victims.
    ["The government identified 21 victims in 2018. Seven traffickers were Namibian.", 21, 7],
    // More than the whole is no part of it.
    ["The government identified 5 victims in 2018. Seven victims were women.", 5, 7],
    // After counts of two periods, the part is of neither.
    ["Authorities identified 37 victims in 2020 and 124 victims in 2019. Three victims were from Colombia.", 37, 3],
    ["Authorities identified 37 victims in 2020 and 124 victims in 2019. Three victims were from Colombia.", 124, 3],
    // A count after another in its own sentence is that one's part, not the sentence before's.
    [
      "The government identified 21 victims in 2018. In 2019 it identified 30 victims, and 12 victims were children.",
      21,
      12
    ]
  ])("%s (not a part of %i)", (text, whole, part) => {
    expect(asPartOf(text, whole, part)).toEqual([]);
  });

  // A part the registry names already keeps its indicator, and is counted in the whole's period, not the report's.
  it.each([
    [
      "Authorities identified 55 trafficking victims in 2019. Thirty victims were women.",
      "30@2019 trafficking_victims female/adult"
    ],
    [
      "The government identified 21 trafficking victims in 2018. Seven victims were children.",
      "7@2018 trafficking_victims child"
    ],
    [
      "The government identified 21 trafficking victims in 2018. Seven victims were Namibian and 14 were foreign nationals.",
      "14@2018 trafficking_victims foreign"
    ]
  ])("%s", (text, row) => {
    expect(read(text)).toContain(row);
  });
});

import {describe, expect, it} from "vitest";
import {indicatorsOf} from "./read-paragraph.js";

const read = (text: string) => indicatorsOf(text, "2011", "2012-05-01");

describe("points of a series the sentence before named count what it named", () => {
  it.each([
    [
      "The number of irregular arrivals by boat went through several stages. Starting at 18,517 in 2001, it rose.",
      "18517 border_crossings"
    ],
    [
      "The graph shows a sizeable decrease in arrivals by boat between 2001 and 2011. Starting at 18,517 in 2001, it fell.",
      "18517 border_crossings"
    ],
    [
      "The number of asylum applications changed a lot over the decade. With a peak of 19,176 in 2003, it then fell.",
      "19176 asylum_applications"
    ],
    [
      "The number of deportations varied over the decade. Starting from 4,100 in 2002, it fell to a low of 2,900 in 2006.",
      "4100 deportations"
    ],
    [
      "The number of deportations varied over the decade. Starting from 4,100 in 2002, it fell to a low of 2,900 in 2006.",
      "2900 deportations"
    ],
    [
      "The number of work permits issued grew steadily over the decade. Beginning at 1,250 in 2001, it doubled.",
      "1250 work_permits_issued"
    ],
    [
      "The number of trafficking victims identified fluctuated. Peaking at 310 in 2008, it has since declined.",
      "310 trafficking_victims_identified"
    ],
    [
      "The chart tracks asylum applications since 2001. Starting at 9,000 in 2001, with a peak of 12,400 in 2006, it fell.",
      "12400 asylum_applications"
    ],
    [
      "The number of residence permits granted changed over time. With a record high of 52,300 in 2010, it then fell.",
      "52300 residence_permits_issued"
    ],
    [
      "The number of irregular arrivals by boat went through several stages. Starting at 18,517 in 2001, with a peak of 19,176 in 2003 and a low point of 15,675 in 2004, it fell.",
      "15675 border_crossings"
    ],
    [
      "The number of returns of irregular migrants changed over the decade. Starting at 3,300 in 2001, it rose.",
      "3300 returns"
    ]
  ])("%s", (text, row) => {
    expect(read(text)).toContain(row);
  });
});

describe("a series point with nothing named before it, or a count with words of its own, borrows nothing", () => {
  it.each([
    ["Starting at 18,517 in 2001, it rose steadily until 2004.", "18517"],
    ["The weather was mild. Starting at 18 in 2001, the temperature rose.", "18"],
    [
      "The number of asylum applications changed a lot. In 2003, 19,176 tourists visited the island.",
      "19176 asylum_applications"
    ]
  ])("%s", (text, row) => {
    expect(read(text).filter((r) => r === row || r.startsWith(`${row} `))).toEqual([]);
  });
});

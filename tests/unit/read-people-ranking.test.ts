import {describe, expect, it} from "vitest";
import {continuesPeopleRanking, rankedPeople} from "../../loaders/general/read-people-ranking.js";
import {observations} from "./read-paragraph.js";

const read = (text: string) =>
  observations(text, "2012", "2013-03-20").map((o) => `${o.value}:${o.citizenship ?? "-"}@${o.period.label}`);

describe("a ranking of peoples", () => {
  it("names the people of each count, and goes on in the next sentence", () => {
    const cases: [string, string[]][] = [
      [
        "In 2010, 1,202 asylum seekers applied. Turks topped the 2012 list, with 423 asylum applications. Burmese followed, at 368, and Nepalese, with 320.",
        ["423:Turkey@2012", "368:Burma@2012", "320:Nepal@2012"]
      ],
      [
        "Afghans topped the list in 2012, with 1,040 asylum applications. Syrians followed, with 870.",
        ["1040:Afghanistan@2012", "870:Syria@2012"]
      ],
      [
        "By nationality, Iraqis led the 2012 ranking, with 610 asylum applications. Iranians followed, at 402, and Somalis, with 233.",
        ["610:Iraq@2012", "402:Iran@2012", "233:Somalia@2012"]
      ],
      [
        "Georgians headed the list with 95 asylum applications in 2012. Russians came next, with 61.",
        ["95:Georgia@2012", "61:Russian Federation@2012"]
      ],
      [
        "In 2012, Eritreans topped the list, with 2,300 asylum seekers. Sudanese followed, at 1,150.",
        ["2300:Eritrea@2012", "1150:Sudan@2012"]
      ],
      [
        "Pakistanis topped the 2012 statistics, with 510 asylum applications. Bangladeshis followed, at 330, and Indians, with 120.",
        ["510:Pakistan@2012", "330:Bangladesh@2012", "120:India@2012"]
      ],
      [
        "Among applicants, Ukrainians topped the 2012 list, with 254 asylum applications. Belarusians followed, with 48.",
        ["254:Ukraine@2012", "48:Belarus@2012"]
      ],
      [
        "Vietnamese topped the 2012 list, with 88 asylum applications. Chinese followed, at 71, and Mongolians, with 30.",
        ["88:Vietnam@2012", "71:China@2012", "30:Mongolia@2012"]
      ],
      [
        "Albanians led the 2012 list, with 700 asylum applications. Kosovars followed, at 420.",
        ["700:Albania@2012", "420:Kosovo@2012"]
      ],
      [
        "Nigerians topped the 2012 list, with 1,900 asylum applications. Ghanaians followed, at 640, and Malians, with 505.",
        ["1900:Nigeria@2012", "640:Ghana@2012", "505:Mali@2012"]
      ]
    ];
    for (const [text, expected] of cases) expect(read(text)).toEqual(expect.arrayContaining(expected));
  });

  it("names no people where no ranking is stated or no people is named", () => {
    expect(rankedPeople("and Nepalese, with ", "Burmese asked, and Nepalese, with 320.")).toBeNull();
    expect(rankedPeople("Applications followed, at ", "Applications followed, at 368.")).toBeNull();
    expect(rankedPeople("Nepal followed, at ", "Nepal followed, at 368.")).toBeNull();
    expect(continuesPeopleRanking("Burmese followed, at 368.")).toBe(true);
    expect(continuesPeopleRanking("Applications followed, at 368.")).toBe(false);
    expect(continuesPeopleRanking("In 2011, Burmese applied 368 times.")).toBe(false);
  });
});

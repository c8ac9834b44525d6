import {describe, expect, it} from "vitest";
import {listedFor, nextInList} from "../../loaders/general/read-listed-for.js";
import {readSentence} from "../../loaders/general/extract-statements.js";

const categories = (text: string) =>
  readSentence(text, text)
    .filter((r) => !r.q.excluded && r.q.kind === "count")
    .map((r) => `${r.q.value}:${r.breakdown.category ?? "-"}`);

describe("the last part of a list by purpose, its noun restated", () => {
  it("is named by what it is for", () => {
    const cases: [string, string][] = [
      [
        "The department received 99,458 applications, including 15,969 for new recruitment, 66,898 for general work permits, and 2,804 applications for special work permits.",
        "2804:special work permits"
      ],
      [
        "The office received 5,200 requests, including 3,100 for family visits, 1,400 for business trips, and 700 requests for transit visas.",
        "700:transit visas"
      ],
      [
        "In 2023 the ministry processed 12,000 applications, including 8,000 for renewal, 3,000 for transfer, and 1,000 applications for cancellation.",
        "1000:cancellation"
      ],
      [
        "The centre issued 640 permits, including 400 for seasonal work, 200 for study, and 40 permits for research.",
        "40:research"
      ],
      [
        "The unit handled 2,310 requests, including 1,900 for assistance, 300 for shelter, and 110 requests for legal aid.",
        "110:legal aid"
      ],
      [
        "Authorities received 870 applications, including 500 for work permits, 250 for residence cards, and 120 applications for family reunification.",
        "120:family reunification"
      ],
      [
        "The agency approved 3,400 permits, including 2,000 for skilled workers, 1,000 for trainees, and 400 permits for investors.",
        "400:investors"
      ],
      [
        "The bureau received 15,000 requests, including 9,000 for extensions, 4,000 for changes of employer, and 2,000 requests for exit permits.",
        "2000:exit permits"
      ],
      [
        "The office received 980 applications, including 600 for naturalisation, 300 for registration, and 80 applications for renunciation.",
        "80:renunciation"
      ],
      [
        "The department issued 7,700 permits, including 5,000 for domestic work, 2,000 for construction, and 700 permits for agriculture.",
        "700:agriculture"
      ]
    ];
    for (const [text, part] of cases) expect(categories(text)).toContain(part);
  });

  it("leaves a count outside such a list alone", () => {
    expect(listedFor(" for special work permits, and")).toBe("special work permits");
    expect(listedFor(" were lodged")).toBeNull();
    expect(nextInList(" for general work permits (personal number extension), and ")).toBe(true);
    expect(nextInList(". In 2023, ")).toBe(false);
    expect(categories("The office received 120 applications for asylum.")).toEqual(["120:-"]);
  });
});

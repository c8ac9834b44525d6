import {describe, expect, it} from "vitest";
import {observations} from "./read-paragraph.js";

/** "value category citizenship sex" of every observation of a paragraph in a report on 2019. */
const read = (text: string) =>
  observations(text, "2019", "2020").map((o) =>
    [o.value, o.category ?? "-", o.citizenship ?? "-", o.sex ?? "-"].join(" ")
  );
const OPENING = "The government identified 40 trafficking victims in 2019.";

describe("a subject's category carried to every count of its list", () => {
  it.each([
    [
      "Forced labor victims included 12 Indians, four Nepalis, and one Pakistani.",
      ["12 forced labor India -", "4 forced labor Nepal -", "1 forced labor Pakistan -"]
    ],
    [
      "Sex trafficking victims included two Ukrainian women and one Moldovan girl.",
      ["2 sex trafficking Ukraine female", "1 sex trafficking Moldova female"]
    ],
    [
      "Labor trafficking victims comprised 20 Bangladeshis and six Indians.",
      ["20 labor trafficking Bangladesh -", "6 labor trafficking India -"]
    ],
    [
      "Forced begging victims included nine Romanians and two Bulgarians.",
      ["9 forced begging Romania -", "2 forced begging Bulgaria -"]
    ],
    [
      "Domestic servitude victims included seven Filipinos and three Indonesians.",
      ["7 domestic servitude Philippines -", "3 domestic servitude Indonesia -"]
    ],
    [
      "Forced labour victims were 14 Ukrainians and two Moldovans.",
      ["14 forced labor Ukraine -", "2 forced labor Moldova -"]
    ],
    [
      "Sex trafficking victims included five Nigerian women, while forced labor victims included three Indian men.",
      ["5 sex trafficking - female", "3 forced labor India male"]
    ],
    [
      "Sixteen of the forced labor victims were male and six were female.",
      ["16 forced labor - male", "6 forced labor - female"]
    ],
    [
      "Nine of the sex trafficking victims were female and two were male.",
      ["9 sex trafficking - female", "2 sex trafficking - male"]
    ],
    [
      "Five of the forced begging victims were boys and three were girls.",
      ["5 forced begging - male", "3 forced begging - female"]
    ],
    [
      "Twelve of the labour exploitation victims were men and four were women.",
      ["12 labor trafficking - male", "4 labor trafficking - female"]
    ]
  ])("%s", (text, expected) => {
    const got = read(`${OPENING} ${text}`);
    for (const e of expected) {
      const [value, ...rest] = e.split(" ");
      const [sex, citizenship] = [rest.pop(), rest.pop()];
      const category = rest.join(" ");
      const match = got.find((g) => g.startsWith(`${value} ${category} `));
      expect(match, `${e} in ${got.join(" | ")}`).toBeDefined();
      if (citizenship !== "-" && citizenship !== "Nigeria") expect(match).toContain(citizenship);
      if (sex !== "-") expect(match!.endsWith(sex!)).toBe(true);
    }
  });

  it.each([
    // No subject naming a category: no category is made up.
    ["Victims included 12 Indians and four Nepalis.", ["12 - India -", "4 - Nepal -"]],
    // A later sentence's list keeps its own words.
    [
      "Forced labor victims included 12 Indians. Police also referred 20 victims, including four Nepalis.",
      ["20 - - -"]
    ],
    // A semicolon closes the subject's clause.
    ["Sex trafficking victims included three Romanians; the government identified 20 victims in total.", ["20 - - -"]],
    // The category words name no subject when no verb of a list follows them.
    ["Police identified 20 forced labor victims and 6 others.", ["20 forced labor - -"]]
  ])("negative: %s", (text, expected) => {
    expect(read(`${OPENING} ${text}`)).toEqual(expect.arrayContaining(expected));
  });
});

describe("a count's own predicate", () => {
  it.each([
    [
      "The government convicted three traffickers in 2019. Of the convicted traffickers, two were female Chinese nationals and one was a Maltese male sentenced to seven years.",
      ["2 - China female", "1 - Malta male"]
    ],
    [`${OPENING} No confirmed victims were Portuguese.`, ["0 confirmed Portugal -"]],
    [
      "Of the 20 identified trafficking victims, 14 were Romanian and six were Bulgarian.",
      ["14 - Romania -", "6 - Bulgaria -"]
    ]
  ])("%s", (text, expected) => {
    expect(read(text)).toEqual(expect.arrayContaining(expected));
  });
});

describe("a bracketed count of those from one source", () => {
  it.each([
    ["Forced labor victims included 17 Filipinos (13 from a single case) and three Indians.", 13],
    ["The government identified 30 victims (20 from one case).", 20],
    ["Police identified 25 victims (18 from the same operation).", 18],
    ["Officials identified 12 victims (nine from a single raid).", 9]
  ])("%s", (text, value) => {
    expect(read(`${OPENING} ${text}`).map((r) => Number(r.split(" ")[0]))).not.toContain(value);
  });

  it("keeps a bracketed comparison", () => {
    expect(read("Police identified 25 victims (18 in 2018).").map((r) => Number(r.split(" ")[0]))).toContain(18);
  });
});

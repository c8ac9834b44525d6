import {describe, expect, it} from "vitest";
import {readSentence} from "../../loaders/general/extract-statements.js";

/** The indicator read for the number `at` in the sentence. */
const indicatorOf = (text: string, at: string) =>
  readSentence(text, text).find((r) => r.q.text === at)?.indicator ?? null;

describe("citizens living or working abroad, a stock", () => {
  it.each([
    ["On 1 January 2021, 210,879 Latvian citizens lived abroad.", "210,879"],
    [
      "With more than 6.5 million Indonesians working abroad, the Government made their protection a priority.",
      "6.5 million"
    ],
    ["Some 2.3 million Filipinos work abroad.", "2.3 million"],
    ["An estimated 480,000 Moldovan nationals are living abroad.", "480,000"],
    ["About 1.2 million Kyrgyz citizens reside abroad, most of them in Russia.", "1.2 million"],
    ["The ministry counts 95,000 persons residing abroad.", "95,000"],
    ["Nearly 600,000 Tajik migrants are working abroad.", "600,000"],
    ["There are 3 million Nepali workers employed abroad.", "3 million"],
    ["More than 300 workers from Kiribati have been employed overseas.", "300"],
    ["At the end of 2019, 41,200 Estonian citizens lived abroad.", "41,200"],
    ["Around 8 million Egyptians are living abroad.", "8 million"]
  ])("%s", (text, at) => {
    expect(indicatorOf(text, at)).toBe("nationals_abroad");
  });

  it.each([
    ["a departure for work abroad", "In 2019, 625,203 workers left for employment abroad.", "625,203"],
    ["citizens abroad wishing to return", "16,324 workers living abroad have registered to return home.", "16,324"],
    ["foreigners living in the country", "On 1 January 2021, 686,253 people lived in Riga.", "686,253"]
  ])("does not read %s", (_name, text, at) => {
    expect(indicatorOf(text, at)).not.toBe("nationals_abroad");
  });
});

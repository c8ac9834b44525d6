import {describe, expect, it} from "vitest";
import {rows} from "./read-paragraph.js";

const read = (text: string) => rows(text, "2018", "2018-11-09");

// "has now reached three million": a number written in words with a scale is read as its figure in digits would be,
// as the level a count reached, never as a pronoun, a rank or a place reached.
describe("a number in words with a scale, as a level reached", () => {
  it.each([
    ["The number of refugees has now reached three million.", "3 million"],
    ["The number of refugees has now reached two thousand.", "2 thousand"],
    ["The number of refugees and migrants has reached one million.", "1 million"],
    ["The number of asylum seekers rose to two hundred thousand.", "200 thousand"],
    ["The refugee population has reached four million.", "4 million"],
    ["The total number of migrants in the country reached five million.", "5 million"],
    ["The number of returnees has now reached six hundred thousand.", "600 thousand"],
    ["The number of asylum applications has reached three thousand.", "3 thousand"],
    ["The number of deportations has now reached eight thousand.", "8 thousand"],
    ["The number of refugees hosted in the region reached nine hundred thousand.", "900 thousand"],
    ["The number of foreign workers has reached two million.", "2 million"]
  ])("%s", (words, digits) => {
    const spelled = read(words);
    expect(spelled).not.toEqual([]);
    expect(spelled).toEqual(read(words.replace(/(?:reached|to) [a-z ]+(?=\.)/, (m) => `${m.split(" ")[0]} ${digits}`)));
  });

  it.each([
    // A bare number word after a copula or "reached" stays an age or a rank.
    ["The number of victims rose to three.", 3],
    ["The youngest of them had reached fifteen.", 15]
  ])("%s", (text, value) => {
    expect(read(text).filter((r) => r.startsWith(`${value}@`))).toEqual([]);
  });

  it("keeps a place reached as a place", () => {
    expect(read("Some 300 migrants reached Italy.")).toHaveLength(1);
  });
});

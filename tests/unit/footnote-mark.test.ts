import {describe, expect, it} from "vitest";
import {splitSentences} from "../../loaders/general/split-sentences.js";
import {rows} from "./read-paragraph.js";

const sentences = (text: string) => splitSentences(text).map(([a, b]) => text.slice(a, b));

describe("a footnote's mark glued to a stop ends the sentence and counts nothing", () => {
  it.each([
    ["It was 2,186,121 (1.7 per cent).1 The number rose.", ["It was 2,186,121 (1.7 per cent).", "The number rose."]],
    ["Peruvians (57,464).12 The number of migrants is low.", ["Peruvians (57,464).", "The number of migrants is low."]],
    [
      "They were expelled to the Niger.29 These agreements stand.",
      ["They were expelled to the Niger.", "These agreements stand."]
    ],
    [
      "It is 7.4 per cent in Italy.2 4. In Japan, migrants are few.",
      ["It is 7.4 per cent in Italy.", "4.", "In Japan, migrants are few."]
    ],
    [
      "Some 120 detainees were released.101 The Government said so.",
      ["Some 120 detainees were released.", "The Government said so."]
    ],
    ["Removals fell (see annex).8 “Detention” rose.", ["Removals fell (see annex).", "“Detention” rose."]]
  ])("%s", (text, expected) => {
    expect(sentences(text)).toEqual(expected);
  });

  it.each([
    [
      "In 2010, 45 victims were identified in Italy.2 4. In Japan, 300 migrants were deported.",
      ["45@2010 victims_identified []", "300@2010 deportations []"]
    ],
    [
      "In 2010, 300 migrants were deported (from Italy).7 Some 45 victims were identified.",
      ["300@2010 deportations []", "45@2010 victims_identified []"]
    ],
    [
      "In 2010, 300 migrants were deported.3 12. The Government identified 45 victims.",
      ["300@2010 deportations []", "45@2010 victims_identified []"]
    ],
    [
      "In 2010, 300 migrants were deported.15 The Government identified 45 victims.",
      ["300@2010 deportations []", "45@2010 victims_identified []"]
    ]
  ])("counts no mark nor paragraph number: %s", (text, expected) => {
    expect(rows(text, "2010", "2011-03-01")).toEqual(expected);
  });

  it("keeps decimals, abbreviations and counts after a sentence's end", () => {
    expect(sentences("The rate was 7.4 per cent. In 2010, 12 were deported.")).toEqual([
      "The rate was 7.4 per cent.",
      "In 2010, 12 were deported."
    ]);
    expect(sentences("The U.S. 12 Project ran.")).toEqual(["The U.S. 12 Project ran."]);
    expect(rows("In 2010, 45 victims were identified. 300 migrants were deported.", "2010", "2011-03-01")).toEqual([
      "45@2010 victims_identified []",
      "300@2010 deportations []"
    ]);
  });
});

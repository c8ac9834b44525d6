import {describe, expect, it} from "vitest";
import {headingBreaks, splitSentences} from "../../loaders/general/split-sentences.js";
import {flatten} from "../../loaders/text/flatten.js";

const sentences = (text: string, breaks: number[] = []) =>
  splitSentences(text, breaks).map(([a, b]) => text.slice(a, b));

describe("sentence ends", () => {
  it("ends a sentence at a stop with no space after it between two words", () => {
    expect(sentences("That is 180 fewer than in January last year.On average, 14 people left.")).toEqual([
      "That is 180 fewer than in January last year.",
      "On average, 14 people left."
    ]);
  });

  it("keeps initials, decimals, abbreviations and lower-case domains inside a sentence", () => {
    for (const text of [
      "The U.S.Government paid 2.5 million.",
      "Read it at gov.uk today.",
      "See Art.5 and etc.The end"
    ])
      expect(sentences(text)).toHaveLength(1);
  });
});

describe("headings", () => {
  const read = (raw: string) => {
    const flat = flatten(raw);
    return sentences(flat.text, headingBreaks(raw, flat.offsets, flat.text));
  };

  it("sets a short heading line above a blank line apart from the sentence below it", () => {
    expect(
      read("Service Issued an Expulsion Measure for 46 Foreign Nationals\n\nAs a result, 46 were expelled.")
    ).toEqual(["Service Issued an Expulsion Measure for 46 Foreign Nationals", "As a result, 46 were expelled."]);
  });

  it("does not break a sentence at a blank line after a long line, a comma or a single line break", () => {
    const long =
      "The government identified 57 victims in the year under review and referred all of them to shelters run by";
    expect(read(`${long}\n\nNGOs in the capital.`)).toHaveLength(1);
    expect(read("In 2019, the police identified,\n\nAccording to officials, 12 victims.")).toHaveLength(1);
    expect(read("Service for Foreigners\nAs a result, 46 were expelled.")).toHaveLength(1);
  });
});

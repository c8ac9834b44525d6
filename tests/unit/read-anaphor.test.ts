import {describe, expect, it} from "vitest";
import {anaphoricSubject, previousSentence} from "../../loaders/general/read-anaphor.js";
import {lastNumberOf} from "../../loaders/general/read-number-of.js";
import {rows} from "./read-paragraph.js";

const HO = ["2019-04/2020-03", "2020-05-21"] as const;

describe("what 'numbers' stands for", () => {
  it("takes the noun after 'number of' in the sentence before", () => {
    const previous = "The number of EU nationals entering detention gradually increased between 2009 and 2017.";
    expect(anaphoricSubject("However, numbers have since fallen to ", previous)).toMatchObject({
      counted: {noun: {lemma: "national"}, breakdown: {category: "EU nationals"}}
    });
    // No anaphor in the lead, or no "number of" before: nothing.
    expect(anaphoricSubject("However, it has since fallen to ", previous)).toBeNull();
    expect(anaphoricSubject("However, numbers have since fallen to ", "Detention rose sharply.")).toBeNull();
    expect(anaphoricSubject("the number of visas fell to ", previous)).toBeNull();
  });

  it("finds the sentence before in its paragraph", () => {
    expect(previousSentence("B fell.", "A rose. B fell.")).toBe("A rose.");
    expect(previousSentence("A rose.", "A rose. B fell.")).toBe("");
  });
});

describe("the last 'number of' in a text", () => {
  it.each([
    ["The number of EU nationals entering detention increased.", "The number of "],
    ["The total number of victims identified was high.", "The total number of "],
    ["The overall number of permits fell.", "The overall number of "],
    ["Numbers of asylum seekers rose sharply.", "Numbers of "],
    ["the numbers of returns and removals fell", "the numbers of "],
    ["The number of visas rose while the number of refusals fell.", "the number of "],
    ["Both the total numbers of arrivals and the number of departures grew.", "the number of "]
  ])("finds it in %s", (text, found) => {
    const m = lastNumberOf(text);
    expect(m?.[0]).toBe(found);
    expect(m?.index).toBe(text.lastIndexOf(found));
  });

  it.each([
    "The numbers have since fallen.",
    "Phone numbers for victims were published.",
    "Its number one aim was clear.",
    "The renumber of files"
  ])("finds none in %s", (text) => expect(lastNumberOf(text)).toBeNull());
});

describe("sentences that name their count by 'the number of'", () => {
  it("reads 'the number of … was N' however far the noun is, and not a change after a participle", () => {
    expect(
      rows(
        "The number of people entering detention in the year ending March 2020 was 23,075, 5% less than the previous year.",
        ...HO
      )
    ).toEqual(["23075@2019-04-01..2020-03-31 detention_placements []"]);
    // A predicate number with nothing counted stays out.
    expect(rows("Until the child was 14, the family lived in the year ending March 2020 in London.", ...HO)).toEqual(
      []
    );
  });

  it("reads 'numbers have since fallen to N' as the latest count of the sentence before's subject", () => {
    expect(
      rows(
        "The number of EU nationals entering detention gradually increased between 2009 and 2017. However, numbers have since fallen to 3,745, falling 21% between 2017 and 2018.",
        ...HO
      )
    ).toEqual(["3745@2019-04-01..2020-03-31 detention_placements [EU nationals]"]);
    expect(
      rows("Detention gradually increased between 2009 and 2017. However, numbers have since fallen to 3,745.", ...HO)
    ).toEqual([]);
  });

  it("reads 'the majority (N%) of those … were X' as a share of the count before, set apart by X", () => {
    const text =
      "The number of people entering detention in the year ending March 2020 was 23,075. The majority (84%) of those entering detention were non-EU nationals.";
    expect(rows(text, ...HO)).toContain("84@2019-04-01..2020-03-31 detention_placements_share [non-EU nationals]");
    // Words that end on no counted noun name no part: the share stays for review.
    expect(rows(`${text} About 40% of them were in the capital.`, ...HO)).not.toContainEqual(
      expect.stringMatching(/^40@/)
    );
    // With no count before it, the share stays for review.
    expect(rows("The majority (84%) of those entering detention were non-EU nationals.", ...HO)).toEqual([]);
  });
});

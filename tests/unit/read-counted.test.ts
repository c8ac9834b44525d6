import {describe, expect, it} from "vitest";
import {predicateCategory, readCounted} from "../../loaders/general/read-counted.js";

/** The category named after the number that opens the text. */
const after = (text: string) => predicateCategory(text, /^\S+/.exec(text)![0].length);

describe("the category a count's predicate names", () => {
  it.each([
    ["five were subjected to forced labor", "forced labor"],
    ["three to sex trafficking", "sex trafficking"],
    ["221 persons - sexual exploitation", "sex trafficking"],
    ["57 persons were forced into beggary", "forced begging"],
    ["9 persons suffered from mixed exploitation", "mixed exploitation"],
    ["10 - from organ removal", "organ removal"],
    ["one in forced labor", "forced labor"],
    ["one to both sex trafficking and forced labor in 2018", "sex trafficking and forced labor"]
  ])("%j names %j", (text, category) => {
    expect(after(text)).toBe(category);
  });

  it.each([
    // A bare word that names a category only before a noun says too little after a count.
    "23,000 applications for labour migration",
    "12 were referred to the shelter, and forced labor cases rose",
    "five were children",
    "two victims from Uzbekistan",
    // The clause ends at a comma: a category in the next one belongs to another number.
    "36 were Kazakhstani, 29 were victims of sex trafficking"
  ])("%j names none", (text) => {
    expect(after(text)).toBeNull();
  });
});

describe("what a count counts", () => {
  it("prefers a named country to the bare 'foreign' before the noun", () => {
    expect(readCounted("four foreign victims from India", 4).breakdown.citizenship).toBe("India");
    expect(readCounted("four foreign victims in 2018", 4).breakdown.citizenship).toBe("foreign");
  });

  it("reads a participle phrase after the noun as the part's category, and no other verb", () => {
    expect(readCounted("four Ukrainians incarcerated abroad.", 4).breakdown).toMatchObject({
      citizenship: "Ukraine",
      category: "incarcerated abroad"
    });
    expect(readCounted("159 foreigners convicted of crime who were deported", 3).breakdown.category).toBe(
      "convicted of crime"
    );
    expect(readCounted("four Ukrainians incarcerated abroad for actions committed", 4).breakdown.category).toBe(
      "incarcerated abroad"
    );
    expect(readCounted("159 foreigners deported in January", 3).breakdown.category).toBeUndefined();
    expect(readCounted("12 victims exploited in 2017", 2).breakdown.category).toBeUndefined();
  });

  it("reads the noun of 'N of the <group>' and keeps 'N of the M <noun>' a part of a number", () => {
    expect(readCounted("Six of the Kazakhstani victims were victims of sex trafficking", 3)).toMatchObject({
      noun: {lemma: "victim"},
      breakdown: {citizenship: "Kazakhstan"}
    });
    expect(readCounted("30 of the 50 victims were female", 2)).toMatchObject({noun: null, stop: "of"});
    expect(readCounted("12 of the country's regions", 2).noun?.lemma).not.toBe("victim");
  });

  it("reads a noun joined to a participle as a modifier of the head after it", () => {
    expect(readCounted("one specialized NGO-run shelter to provide services", 3).noun?.lemma).toBe("shelter");
    expect(readCounted("two state-funded NGO-operated centres", 3).noun?.lemma).toBe("shelter");
    // A hyphen to anything else keeps the noun the head.
    expect(readCounted("five NGO-NGO networks", 4).noun?.lemma).toBe("organisation");
    expect(readCounted("three NGOs in Yerevan", 5).noun?.lemma).toBe("organisation");
  });

  it("reads lower-case words joined by a slash as one modifier, and a slash between names not", () => {
    expect(readCounted("29,800 employment/posting approvals issued", 6).noun?.lemma).toBe("permit");
    expect(readCounted("53,331 EU/EEA/CH nationals", 6).noun?.lemma).not.toBe("permit");
    expect(readCounted("12 and/or more", 2).noun).toBeNull();
  });
});

describe("a singular person noun before another head", () => {
  it.each([
    ["10,753 individual work permits", "permit"],
    ["12 individual applications", "application"],
    ["40 migrant smuggling cases", "case"],
    ["3 person trafficking cases", "case"]
  ])("%s counts %s", (text, lemma) => expect(readCounted(text, text.indexOf(" "))?.noun?.lemma).toBe(lemma));
  it.each([
    ["12 individuals were identified", "person"],
    ["29 women with crimes", "woman"],
    ["5 migrant workers", "migrant"]
  ])("%s counts %s", (text, lemma) => expect(readCounted(text, text.indexOf(" "))?.noun?.lemma).toBe(lemma));
});

describe("a predicate 'subject to' a kind of exploitation", () => {
  it.each([
    ["92 people were subject to sexual exploitation including prostitution", "sex trafficking"],
    ["14 were subject to forced labour", "forced labour"],
    ["seven persons were subject to sexual exploitation", "sex trafficking"],
    ["31 victims were subject to forced labor on farms", "forced labour"],
    ["nine were subject to sexual exploitation in bars", "sex trafficking"]
  ])("%j names %s", (text, label) => expect(after(text)?.replace("labor", "labour")).toBe(label));

  it("names nothing when what they were subject to is no kind", () => {
    expect(after("40 people were subject to checks")).toBeNull();
    expect(after("12 were subject to deportation orders")).toBeNull();
  });
});

describe("people counted by what befell them", () => {
  it.each([
    ["1,047 North Korean defectors arrived in the South", "refugee", "North Korea"],
    ["62 stowaways were arrested aboard ships", "person", undefined],
    ["300 evacuees were flown home", "person", undefined],
    ["12 defectors were granted protection", "refugee", undefined]
  ])("%j", (text, lemma, citizenship) => {
    const counted = readCounted(text, /^\S+/.exec(text)![0].length);
    expect(counted.noun?.lemma).toBe(lemma);
    expect(counted.breakdown.citizenship).toBe(citizenship);
  });
});

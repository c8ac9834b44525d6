import {describe, expect, it} from "vitest";
import {
  baseValue,
  breakdownsAgree,
  categoriesAgree,
  categoryWords,
  matchDocument,
  namesForeigners,
  normaliseAgeGroup,
  normaliseCountry,
  normaliseSex,
  resolveGoldDocs,
  rowMatchesGold
} from "../../loaders/eval/match-gold.js";
import type {GoldRecord} from "../../loaders/eval/read-gold.js";
import {goldRecord, observation as obs} from "../helpers.js";
import {canonicalCountry, countryOfName} from "../../loaders/specs/countries.js";

const gold = goldRecord;

describe("the matching rule", () => {
  it("matches on value and period whatever the indicator, family or unit", () => {
    expect(rowMatchesGold(obs({indicator: "something_else", family: "other", unit: "cases"}), gold())).toBe(true);
  });

  it("needs equal values", () => {
    expect(rowMatchesGold(obs({value: 101}), gold())).toBe(false);
    expect(rowMatchesGold(obs({value: 0.1 + 0.2}), gold({value: 0.3}))).toBe(true);
  });

  it("compares values as quantities when a unit names a scale", () => {
    expect(rowMatchesGold(obs({value: 253_000_000, unit: "USD"}), gold({value: 253, unit: "million USD"}))).toBe(true);
    expect(rowMatchesGold(obs({value: 1_200, unit: "persons"}), gold({value: 1.2, unit: "thousand persons"}))).toBe(
      true
    );
    expect(rowMatchesGold(obs({value: 3.5, unit: "bn EUR"}), gold({value: 3_500_000_000, unit: "EUR"}))).toBe(true);
    expect(rowMatchesGold(obs({value: 28.2, unit: "million TOP"}), gold({value: 28.2, unit: "millions of TOP"}))).toBe(
      true
    );
    // Without a scale word the numbers themselves must agree.
    expect(rowMatchesGold(obs({value: 253, unit: "USD"}), gold({value: 253, unit: "million USD"}))).toBe(false);
    expect(rowMatchesGold(obs({value: 253_000_000, unit: "USD"}), gold({value: 253, unit: "USD"}))).toBe(false);
    expect(rowMatchesGold(obs({value: 5, unit: "millionaires"}), gold({value: 5, unit: "millionaires"}))).toBe(true);
    expect(baseValue({value: 5, unit: "millionaires"})).toBe(5);
    expect(baseValue({value: 2, unit: "thousands of persons"})).toBe(2000);
  });

  it("does not match an equal value of another period", () => {
    expect(rowMatchesGold(obs({period_start: "2017-01-01", period_end: "2017-12-31"}), gold())).toBe(false);
    // Same start, different end: the first half of 2018 is not the year.
    expect(rowMatchesGold(obs({period_end: "2018-06-30"}), gold())).toBe(false);
    expect(rowMatchesGold(obs(), gold({period_start: null, period_end: null}))).toBe(false);
  });

  it("does not match when a breakdown the gold sets disagrees", () => {
    expect(rowMatchesGold(obs({country: "Turkey"}), gold({breakdown: {country: "Russia"}}))).toBe(false);
    expect(rowMatchesGold(obs({sex: "male"}), gold({breakdown: {sex: "women"}}))).toBe(false);
    expect(rowMatchesGold(obs({age_group: "15-29"}), gold({breakdown: {age_group: "30-59"}}))).toBe(false);
  });

  it("never lets a row total stand for a gold part", () => {
    expect(rowMatchesGold(obs(), gold({breakdown: {sex: "female"}}))).toBe(false);
    expect(rowMatchesGold(obs({sex: "female"}), gold({breakdown: {sex: "female", age_group: "child"}}))).toBe(false);
    // Country and citizenship are different keys.
    expect(rowMatchesGold(obs({citizenship: "Pakistan"}), gold({breakdown: {country: "Pakistan"}}))).toBe(false);
    expect(
      rowMatchesGold(obs({sex: "female", age_group: "adult"}), gold({breakdown: {sex: "women", age_group: "adults"}}))
    ).toBe(true);
  });

  it("by default ignores keys only the row sets, as the gold format words it", () => {
    expect(rowMatchesGold(obs({sex: "female", age_group: "adult"}), gold({breakdown: {sex: "women"}}))).toBe(true);
    expect(rowMatchesGold(obs({sex: "female"}), gold())).toBe(true);
    expect(rowMatchesGold(obs({sex: "male", age_group: "adult"}), gold({breakdown: {sex: "female"}}))).toBe(false);
  });

  it("under the strict rule, keeps a row split further apart from the gold too", () => {
    // A row split by sex whose value equals the gold total may be a coincidence, not the total.
    expect(rowMatchesGold(obs({sex: "female"}), gold(), "strict")).toBe(false);
    expect(rowMatchesGold(obs({sex: "female", age_group: "adult"}), gold({breakdown: {sex: "women"}}), "strict")).toBe(
      false
    );
    expect(rowMatchesGold(obs(), gold({breakdown: {sex: "female"}}), "strict")).toBe(false);
    expect(
      rowMatchesGold(
        obs({sex: "female", age_group: "adult"}),
        gold({breakdown: {sex: "women", age_group: "adult"}}),
        "strict"
      )
    ).toBe(true);
  });

  it("treats null, missing and empty breakdown values alike", () => {
    expect(breakdownsAgree({country: null, sex: ""}, obs())).toBe(true);
  });
});

describe("normalisation", () => {
  it("compares countries through their aliases", () => {
    expect(rowMatchesGold(obs({country: "Russian Federation"}), gold({breakdown: {country: "Russia"}}))).toBe(true);
    expect(rowMatchesGold(obs({citizenship: "United States"}), gold({breakdown: {citizenship: "USA"}}))).toBe(true);
    expect(normaliseCountry("the United Kingdom")).toBe(normaliseCountry("U.K."));
    expect(normaliseCountry("Türkiye")).toBe("Turkey");
    // The United Nations' formal names are the short names' too.
    expect(normaliseCountry("Lao People's Democratic Republic")).toBe(normaliseCountry("Laos"));
    expect(normaliseCountry("United Republic of Tanzania")).toBe(normaliseCountry("Tanzania"));
    expect(normaliseCountry("Bolivia (Plurinational State of)")).toBe(normaliseCountry("Bolivia"));
    expect(normaliseCountry("Venezuela (Bolivarian Republic of)")).toBe(normaliseCountry("Venezuela"));
    expect(normaliseCountry("State of Palestine")).toBe(normaliseCountry("Palestine"));
    // The extractor's own list supplies demonyms.
    expect(normaliseCountry("Pakistani")).toBe("Pakistan");
    expect(normaliseCountry("Russia")).not.toBe(normaliseCountry("Belarus"));
    expect(normaliseCountry("  The Atlantis ")).toBe("atlantis");
  });

  it("reads sex words as female or male", () => {
    for (const w of ["women", "Woman", "girls", "female"]) expect(normaliseSex(w)).toBe("female");
    for (const w of ["men", "man", "Boys", "male"]) expect(normaliseSex(w)).toBe("male");
    expect(normaliseSex("children")).toBeNull();
    expect(rowMatchesGold(obs({sex: "female"}), gold({breakdown: {sex: "Women"}}))).toBe(true);
    expect(rowMatchesGold(obs({sex: "male"}), gold({breakdown: {sex: "boys"}}))).toBe(true);
  });

  it("reads age groups regardless of dashes and words", () => {
    expect(normaliseAgeGroup("15–29 years")).toBe("15-29");
    expect(normaliseAgeGroup("65 and over")).toBe("65+");
    expect(normaliseAgeGroup("children")).toBe(normaliseAgeGroup("child"));
    expect(normaliseAgeGroup("15-29")).not.toBe(normaliseAgeGroup("15-19"));
  });

  it("lets one category be a run of whole words of the other", () => {
    expect(categoriesAgree("Judges", "judges (migration law)")).toBe(true);
    expect(categoriesAgree("human-trafficking", "Human trafficking")).toBe(true);
    expect(categoriesAgree("forced labor", "Forced labour")).toBe(true);
    expect(categoriesAgree("voluntary", "involuntary")).toBe(false);
    expect(categoriesAgree("sexual exploitation", "labour exploitation")).toBe(false);
    expect(categoriesAgree("()", "anything")).toBe(false);
    // The grounds of a permit agree in any of the vocabulary's wordings.
    expect(categoriesAgree("studies", "study")).toBe(true);
    expect(categoriesAgree("family reunification", "family")).toBe(true);
    expect(categoriesAgree("humanitarian reasons", "humanitarian")).toBe(true);
    expect(categoriesAgree("studies", "work")).toBe(false);
    expect(
      rowMatchesGold(obs({category: "labour exploitation"}), gold({breakdown: {category: "Labour exploitation."}}))
    ).toBe(true);
  });
});

describe("documents", () => {
  const ids = ["003_c140a606e429b773", "004_6cf377918dd049db", "10_a", "10_ab"];

  it("assigns a gold record to the document its doc names exactly or by prefix", () => {
    const {byDoc, unknown, ambiguous} = resolveGoldDocs(
      [gold({doc: "003_c140"}), gold({doc: "004_6cf377918dd049db"}), gold({doc: "10_a"})],
      ids
    );
    expect([...byDoc.keys()]).toEqual(["003_c140a606e429b773", "004_6cf377918dd049db", "10_a"]);
    expect(unknown).toEqual([]);
    expect(ambiguous).toEqual([]);
  });

  it("leaves out a doc that names no document, or several", () => {
    const {byDoc, unknown, ambiguous} = resolveGoldDocs(
      [gold({doc: "005"}), gold({doc: "c140"}), gold({doc: "0"})],
      ids
    );
    expect(byDoc.size).toBe(0);
    expect(unknown.map((g) => g.doc)).toEqual(["005", "c140"]);
    expect(ambiguous[0].candidates).toEqual(["003_c140a606e429b773", "004_6cf377918dd049db"]);
  });
});

describe("matching a document", () => {
  it("relates rows and gold records many-to-many and marks the rest unexplained", () => {
    const rows = [obs({value: 5}), obs({value: 5, indicator: "other_name"}), obs({value: 7})];
    const records = [
      gold({id: "a", value: 5}),
      gold({id: "b", value: 5, indicator: "again"}),
      gold({id: "c", value: 9})
    ];
    const m = matchDocument(rows, records);
    expect(m.rowGold).toEqual([[0, 1], [0, 1], []]);
    expect(m.goldRows).toEqual([[0, 1], [0, 1], []]);
    expect(m.rowStatus).toEqual(["matched", "matched", "unexplained"]);
  });
});

describe("country names from the one country list", () => {
  it("reads formal names and abbreviations of a whole value as the country reports name", () => {
    expect(normaliseCountry("Republic of Moldova")).toBe(normaliseCountry("Moldovan"));
    expect(normaliseCountry("US")).toBe(normaliseCountry("the United States"));
    expect(normaliseCountry("People’s Republic of China")).toBe(normaliseCountry("PRC"));
    expect(normaliseCountry("Viet Nam")).toBe(normaliseCountry("Vietnam"));
    expect(normaliseCountry("Holland")).not.toBe(normaliseCountry("Belgium"));
  });

  it("keeps whole-value names out of running text", () => {
    expect(canonicalCountry("US")).toBeNull();
    expect(canonicalCountry("America")).toBeNull();
    expect(countryOfName("America")).toBe("United States");
    expect(countryOfName("Americas")).toBeNull();
  });
});

describe("category words in the singular and the plural", () => {
  it("agree on one word's number, and not on other words", () => {
    expect(categoriesAgree("seasonal worker", "seasonal workers")).toBe(true);
    expect(categoriesAgree("ICT workers", "workers")).toBe(true);
    expect(categoriesAgree("seasonal workers", "posted workers")).toBe(false);
    // "process", "status" and "bus" keep their last letter.
    expect(categoryWords("status process bus")).toEqual(["status", "process", "bus"]);
  });
});

describe("a gold category that says only that the people are foreign", () => {
  it.each(["foreign victims", "foreign nationals", "Foreigners", "foreign citizens", "foreign workers", "foreign"])(
    "%s is the citizenship 'foreign'",
    (category) => {
      expect(namesForeigners(category)).toBe(true);
      expect(rowMatchesGold(obs({citizenship: "foreign"}), gold({breakdown: {category}}))).toBe(true);
    }
  );

  it.each([
    "foreign exchange dealers",
    "referred by foreign embassies",
    "other foreign countries",
    "born in Norway of foreign parents",
    "potential victims, all foreign nationals",
    "victims",
    "nationals"
  ])("%s says more, or other, than that", (category) => {
    expect(namesForeigners(category)).toBe(false);
  });

  it("needs the row's citizenship to be foreign, and every other gold key to agree", () => {
    expect(rowMatchesGold(obs({citizenship: "Nigeria"}), gold({breakdown: {category: "foreign victims"}}))).toBe(false);
    expect(rowMatchesGold(obs(), gold({breakdown: {category: "foreign victims"}}))).toBe(false);
    expect(
      rowMatchesGold(obs({citizenship: "foreign"}), gold({breakdown: {category: "foreign victims", sex: "female"}}))
    ).toBe(false);
    expect(
      rowMatchesGold(
        obs({citizenship: "foreign", sex: "female"}),
        gold({breakdown: {category: "foreign victims", sex: "women"}})
      )
    ).toBe(true);
    // A gold citizenship of its own is compared as written.
    expect(
      rowMatchesGold(
        obs({citizenship: "foreign"}),
        gold({breakdown: {category: "foreign victims", citizenship: "Mali"}})
      )
    ).toBe(false);
  });

  it("still matches a row that writes the category itself", () => {
    expect(
      rowMatchesGold(obs({category: "foreign nationals"}), gold({breakdown: {category: "foreign nationals"}}))
    ).toBe(true);
  });
});

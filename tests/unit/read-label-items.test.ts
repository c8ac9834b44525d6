import {describe, expect, it} from "vitest";
import {
  itemLabel,
  kindOfSubject,
  reasonAfter,
  relatedKind,
  sectorAfter
} from "../../loaders/general/read-label-items.js";
import {qualifiersIn} from "../../loaders/general/read-counted.js";
import {observations} from "./read-paragraph.js";

/** The breakdown the label before the number (marked by #) gives it. */
function labelAt(text: string) {
  const at = text.indexOf("#");
  return itemLabel(text.replace("#", ""), at);
}

describe("itemLabel", () => {
  it.each([
    ["were rescued: male children, #233 (8.5%)", {sex: "male", age_group: "child"}],
    ["were rescued: male children, 233; female children, #688", {sex: "female", age_group: "child"}],
    ["were rescued: male children, 233; and female adults, #1,459", {sex: "female", age_group: "adult"}],
    ["victims identified: women, #120; men, 80", {sex: "female"}],
    ["victims identified: women, 120; men, #80", {sex: "male"}],
    ["the following: girls, #15; boys, 9", {sex: "female"}],
    ["by sector: construction, #2,273; fisheries, 100", {category: "construction"}],
    ["by sector: construction, 2,273; fisheries, #100", {category: "fisheries"}],
    ["by exploitation: forced labour, #40; sexual exploitation, 12", {category: "forced labor"}],
    ["the breakdown: minors, #30, adults, 70", {age_group: "child"}]
  ])("%s", (text, breakdown) => expect(labelAt(text)).toMatchObject(breakdown));
  it.each([
    "victims were rescued, #233 of them children",
    "in total: in 2019, #45 victims",
    "the following: of these, #12 were women",
    "said: however, #30 were returned",
    "was as follows: #233 victims"
  ])("not: %s", (text) => expect(labelAt(text)).toBeNull());
});

describe("kindOfSubject", () => {
  it.each([
    ["Victims of inward trafficking were ", "inward trafficking"],
    ["; returned victims from abroad were ", "returned from abroad"],
    ["; and intercepted victims were ", "intercepted"],
    ["Child victims were ", "child"],
    ["Foreign victims were ", "foreign"],
    ["Victims of labour exploitation were ", "labor trafficking"],
    ["; female victims were ", "female"],
    ["Identified victims numbered ", "identified"],
    ["Repatriated migrants were ", "repatriated"],
    ["Victims of forced marriage totalled ", "forced marriage"]
  ])("%s", (before, category) => expect(kindOfSubject(before)?.category).toBe(category));
  it.each(["The victims were ", "Most victims were ", "until the child was ", "The rate was ", "Her age was "])(
    "not: %s",
    (before) => expect(kindOfSubject(before)).toBeNull()
  );
});

describe("in a paragraph", () => {
  it("labelled parts of a rescued count after a colon", () => {
    const rows = observations(
      "In 2022, 2,743 victims were rescued: male children, 233 (8.5%); female children, 688 (25.1%); male adults, 363 (13.2%); and female adults, 1,459 (53.2%).",
      "2022",
      "2023"
    ).map((o) => `${o.value} ${o.sex}/${o.age_group}`);
    expect(rows).toEqual(
      expect.arrayContaining(["233 male/child", "688 female/child", "363 male/adult", "1459 female/adult"])
    );
  });
  it("kinds of victims named as subjects of 'were'", () => {
    const rows = observations(
      "In 2022, victims of inward trafficking were 45; returned victims from abroad were 251; and intercepted victims were 1,484.",
      "2022",
      "2023"
    ).map((o) => `${o.value} ${o.category}`);
    expect(rows).toEqual(["45 inward trafficking", "251 returned from abroad", "1484 intercepted"]);
  });
  it("an age after 'was' is still no count", () => {
    expect(observations("In 2022, the youngest victim was 14.", "2022", "2023")).toEqual([]);
  });
});

describe("reasonAfter", () => {
  it.each([
    [" returning on their own choice, 1,444", "returning on their own choice"],
    [" returning due to the factories shutting down, 1,164", "returning due to the factories shutting down"],
    [" discharged from employment, 504", "discharged from employment"],
    [" returning because they did not receive payment, 1,756", "returning because they did not receive payment"],
    [" whose visas expired, 472", "whose visas expired"],
    [" returning without documents, 202", "returning without documents"],
    [" who are illegal migrant workers, and", "who are illegal migrant workers"],
    [" due to other reasons.", "due to other reasons"],
    [" because of family reasons;", "because of family reasons"],
    [" laid off from factories, 20", "laid off from factories"],
    [" owing to illness, 3", "owing to illness"]
  ])("%s", (after, reason) => expect(reasonAfter(after)).toBe(reason));
  it.each([" returning migrants were", " victims were returned", " workers whom", " in 2019"])("not: %s", (after) =>
    expect(reasonAfter(after)).toBeNull()
  );
});

describe("sectorAfter", () => {
  it.each([
    [" working in construction, 100", "construction"],
    [" from agriculture and livestock industry, 2,273", "agriculture and livestock industry"],
    [" in other jobs.", "other jobs"],
    [" working in the factories and workplaces, 220", "factories and workplaces"],
    [" employed in fishing, 30", "fishing"],
    [" in the garment sector;", "garment sector"],
    [" in domestic work, 12", "domestic work"],
    [" working in fisheries, and", "fisheries"],
    [" from the mining industry, 4", "mining industry"],
    [" in manufacturing.", "manufacturing"]
  ])("%s", (after, sector) => expect(sectorAfter(after)).toBe(sector));
  it.each([" from Nigeria, 20", " in 2019, 40", " in the country", " from the ministry"])("not: %s", (after) =>
    expect(sectorAfter(after)).toBeNull()
  );
});

describe("a list of parts by reason", () => {
  it("counts parts of the count before it, whatever nouns the reasons hold", () => {
    const rows = observations(
      "In 2020, 9,000 migrant workers returned from Thailand. Most came back on their own, with 5,000 returning on their own choice, 1,000 whose visas expired, 500 returning without documents, and 2,500 due to other reasons.",
      "2020",
      "2021"
    ).map((o) => `${o.value} ${o.indicator} [${o.category ?? ""}]`);
    expect(rows).toEqual(
      expect.arrayContaining([
        "1000 returns [whose visas expired]",
        "500 returns [returning without documents]",
        "2500 returns [due to other reasons]"
      ])
    );
  });
});

describe("relatedKind", () => {
  it.each([
    [" were asylum-related, with", "asylum"],
    [" was trafficking-related", "trafficking"],
    [" are work-related", "work"],
    [" were family-related.", "family"],
    [" were labour-related", "labour"],
    [" were Dublin-related", "dublin"],
    [" were health-related", "health"],
    [" is security-related", "security"],
    [" were employment-related", "employment"],
    [" were protection-related", "protection"]
  ])("%s", (after, kind) => expect(relatedKind(after)).toBe(kind));
  it.each([" were related to asylum", " asylum-related decisions", " were negative"])("not: %s", (after) =>
    expect(relatedKind(after)).toBeNull()
  );
});

describe("asylum decisions", () => {
  const decisions = (text: string) =>
    observations(text, "2019Q1", "2019-04").map((o) => `${o.value} ${o.indicator} [${o.category ?? ""}]`);
  it.each([
    "In the first quarter of 2019, 12,000 final rulings were passed on asylum.",
    "In the first quarter of 2019, the asylum office took 12,000 decisions.",
    "In the first quarter of 2019, 12,000 asylum decisions were issued.",
    "In the first quarter of 2019, 12,000 decisions were taken on asylum applications.",
    "In the first quarter of 2019, asylum authorities issued 12,000 rulings.",
    "In the first quarter of 2019, 12,000 final decisions on asylum were made.",
    "In the first quarter of 2019, 12,000 first-instance asylum decisions were taken.",
    "In the first quarter of 2019, the courts passed 12,000 rulings in asylum cases.",
    "In the first quarter of 2019, 12,000 asylum rulings were handed down.",
    "In the first quarter of 2019, the asylum office handed down 12,000 decisions."
  ])("%s", (text) => expect(decisions(text)).toContain("12000 asylum_decisions []"));
  it("parts of the decisions keep the part they name", () => {
    expect(
      decisions(
        "In the first quarter of 2019, 12,000 final rulings on asylum were passed, and 5,000 were asylum-related. 2,300 decisions concerned subsidiary protection, of which 1,700 were negative and 600 positive."
      )
    ).toEqual(
      expect.arrayContaining([
        "5000 asylum_decisions [asylum]",
        "2300 asylum_decisions [subsidiary protection]",
        "1700 asylum_decisions [negative]",
        "600 asylum_decisions [positive]"
      ])
    );
  });
  it("decisions away from asylum are not asylum decisions", () => {
    expect(
      decisions("In the first quarter of 2019, the courts passed 300 rulings on labour disputes.").join()
    ).not.toMatch(/asylum/);
  });
});

describe("reasons of return as categories", () => {
  const category = (after: string) => {
    const reason = reasonAfter(after);
    return reason ? qualifiersIn(reason).category : undefined;
  };
  it.each([
    [" returning due to the factories shutting down,", "factory closure"],
    [" returning because of factory closures,", "factory closure"],
    [" returning because the factories closed,", "factory closure"],
    [" due to factories closing,", "factory closure"],
    [" returning because they did not receive payment,", "unpaid"],
    [" who were not paid,", "unpaid"],
    [" returning because they did not receive their wages,", "unpaid"],
    [" whose wages were unpaid,", "unpaid"],
    [" returning due to factory closure.", "factory closure"],
    [" due to unpaid wages;", "unpaid"]
  ])("%s", (after, label) => expect(category(after)).toBe(label));
  it.each([" returning on their own choice,", " whose visas expired,"])("not: %s", (after) =>
    expect(category(after) ?? "").not.toMatch(/factory|unpaid/)
  );
});

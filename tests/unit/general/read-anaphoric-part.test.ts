import {describe, expect, it} from "vitest";
import {
  actsAsSubject,
  opensOnBareVerb,
  readAppositive,
  readsPartOfPrevious
} from "../../../loaders/general/read-anaphoric-part.js";
import {countryRows, rows} from "../read-paragraph.js";

// Each paragraph is read as a 2022 report dated early 2023; a row is "value@period indicator".
const read = (text: string) => rows(text, "2022", "2023-02-01").map((r) => r.replace(/ \[.*\]$/, ""));
const rowsOf = (text: string) => rows(text, "2022", "2023-02-01");
const values = (text: string) => read(text).map((r) => r.split("@")[0]);

describe("a count that takes its noun from the sentence before", () => {
  it.each([
    [
      "In 2022, 1,430 asylum applications were registered. A first-instance decision was issued on 1,012 of these applications.",
      "1012@2022 asylum_applications"
    ],
    ["In 2022, border guards apprehended 6,250 migrants. Another 2,310 were rescued at sea.", "2310@2022"],
    ["In 2022, the police detained 520 irregular migrants. Another eighty were fined.", "80@2022"],
    ["In 2022, the police detained 4,770 irregular migrants. The rest, 85, were released on bail.", "85@2022"],
    ["In 2022, the police detained 4,770 irregular migrants. The remaining 615 were deported.", "615@2022"],
    [
      "In 2022, officers arrested 9,140 irregular migrants. Almost a third of them, some 2,900, were minors.",
      "2900@2022 irregular_migrants_detected"
    ],
    [
      "In 2022, 2,080 asylum claims were lodged. 1,190 were refused, while 236 voluntarily withdrew their claims.",
      "236@2022 asylum_applications_withdrawn"
    ],
    ["In 2022, 2,080 asylum claims were lodged. 1,190 were refused, while 236 withdrew their claims.", "1190@2022"],
    [
      "In 2022, 3,360 asylum applications were lodged; 402 applicants withdrew their applications and 97 abandoned their claims.",
      "97@2022 asylum_applications_withdrawn"
    ],
    ["In 2022, the authorities identified 318 trafficking victims. Of these, 77 were later repatriated.", "77@2022"],
    [
      "During 2022 the agency detained 5,205 migrants in its centres. 3,118 were removed, and 840 left for their home countries.",
      "840@2022"
    ],
    [
      "In 2022, 12,600 asylum applications were lodged. A decision was reached in 8,911 of these applications.",
      "8911@2022 asylum_applications"
    ]
  ])("%s", (text, row) => {
    expect(read(text).some((r) => r.startsWith(row))).toBe(true);
  });

  it("recognises the openings and verbs that refer back", () => {
    expect(readsPartOfPrevious("Another 74 were sent home.")).toBe(true);
    expect(readsPartOfPrevious("A further 1,200 have been relocated.")).toBe(true);
    expect(readsPartOfPrevious("The remainder, 31, were children.")).toBe(true);
    expect(readsPartOfPrevious("Most of these, 640, came by sea.")).toBe(true);
    expect(readsPartOfPrevious("In 2022, the court ruled on 58 of those cases.")).toBe(true);
    expect(opensOnBareVerb("4,004 were subsequently deported to Mali.")).toBe(true);
    expect(opensOnBareVerb("4,004 migrants were deported.")).toBe(false);
    expect(actsAsSubject(" voluntarily abandoned their appeals")).toBe(true);
    expect(actsAsSubject(" fled to Chad")).toBe(true);
    expect(actsAsSubject(" handed themselves over")).toBe(true);
  });

  it("takes no noun from before when the count belongs to its own sentence", () => {
    // "10 of them" is a part of the sentence's own count, and a sentence with no count before refers to nothing.
    expect(readsPartOfPrevious("Police raided 31 bars and fined 12 of them.")).toBe(false);
    expect(readsPartOfPrevious("The rapporteur met 14 ministers.")).toBe(false);
    expect(readsPartOfPrevious("Another meeting was held in May.")).toBe(false);
    // A reduced passive ("issued to"), a number before a unit or a verb in the present are no subjects of an act.
    expect(actsAsSubject(" issued to Indian citizens")).toBe(false);
    expect(actsAsSubject(" percent of the total")).toBe(false);
    expect(actsAsSubject(" arrive each day")).toBe(false);
    expect(values("The ministry held 22 meetings in 2022. Another 5 were planned for the spring.")).not.toContain("5");
    expect(values("In 2022, 4 ships arrived. 12 were built in Korea.")).not.toContain("12");
  });
});

describe("an approximate or added bare count that acts goes on from the count before", () => {
  it.each([
    ["In 2022, 9,360 nationals returned home. About 186 returned from Chile.", "186@2022"],
    ["In 2022, 9,360 nationals returned home. Some 186 also returned from Chile.", "186@2022"],
    ["In 2022, 9,360 nationals returned home. Nearly 186 returned from Chile.", "186@2022"],
    ["In 2022, 9,360 nationals returned home. Approximately 186 returned from Chile.", "186@2022"],
    ["In 2022, 9,360 nationals returned home. More than 186 returned from Chile.", "186@2022"],
    ["In 2022, 9,360 nationals returned home. Roughly 186 came from Chile.", "186@2022"],
    ["In 2022, 9,360 nationals returned home. Another 186 returned from Chile.", "186@2022"],
    ["In 2022, 9,360 nationals returned home. A further 186 returned from Chile.", "186@2022"],
    ["In 2022, 9,360 nationals were repatriated. About 186 returned from Chile.", "186@2022"],
    ["In 2022, 4,100 migrants arrived by sea. About 900 left for Libya.", "900@2022"],
    ["In 2022, 4,100 migrants arrived by sea. Another 900 fled to Chad.", "900@2022"]
  ])("%s", (text, row) => {
    expect(read(text).some((r) => r.startsWith(row))).toBe(true);
  });

  it("keeps the place the part came from and the people of the whole", () => {
    expect(
      countryRows("In 2022, 9,360 Venezuelans were repatriated. About 186 returned from Chile.", undefined, "2022")
    ).toContain("186 Chile/Venezuela");
  });

  it("reads no count of nothing stated before, nor one with no act of its own", () => {
    expect(values("About 186 returned from Chile.")).not.toContain("186");
    expect(values("The ministry held 22 meetings in 2022. About 5 were planned for the spring.")).not.toContain("5");
    expect(values("In 2022, 9,360 nationals returned home. About 186 kilometres of road were built.")).not.toContain(
      "186"
    );
    expect(values("In 2022, 9,360 nationals returned home. Another 186 buses were bought.")).not.toContain("186");
  });
});

describe("a share set off by commas with its count", () => {
  const at = (text: string, n: string) => readAppositive(text, text.indexOf(n), text.indexOf(n) + n.length);
  it("reads the predicate after the closing comma as the count's own", () => {
    expect(at("Most of these, 318, were Eritrean.", "318").breakdown).toEqual({citizenship: "Eritrea"});
    expect(at("roughly a third, 77, were female", "77").breakdown).toMatchObject({sex: "female"});
    expect(
      rowsOf("In 2022, the police found 940 foreign victims; about half, 470, were Nepali.").some((r) =>
        r.startsWith("470@2022")
      )
    ).toBe(true);
  });
  it("leaves a count that is no share's, or whose predicate names a noun of its own, as it stands", () => {
    expect(at("In March, 318, were counted.", "318").breakdown).toEqual({});
    expect(at("More than half of them, 9,100, are seasonal workers.", "9,100").noun).toBeNull();
  });
});

describe("'there were' after a sentence about the number of something", () => {
  it.each([
    [
      "The number of foreigners expelled from Norway fell by a fifth. There were about 4,300 in 2022.",
      "4300@2022 deportations"
    ],
    [
      "The number of asylum seekers held in detention rose again. There were 2,615 in 2022, against 1,990 before.",
      "2615@2022"
    ],
    ["The number of trafficking victims identified doubled. In 2022 there were 611 in all.", "611@2022"],
    ["The number of migrants held in pre-removal detention kept rising. In 2022 there were 1,806.", "1806@2022"]
  ])("%s", (text, row) => {
    expect(read(text).some((r) => r.startsWith(row))).toBe(true);
  });
  it("takes nothing from a sentence that names no number of anything", () => {
    expect(read("Inspections were stepped up. There were 38 in 2022.")).toEqual([]);
    // A number a person was, with no "there", stays an age.
    expect(read("The number of victims rose. The youngest victim was 14.")).toEqual([]);
  });
});

describe("what a part's verb befell is what the sentence before counted", () => {
  it.each([
    [
      "In 2022, 4,870 applications for refugee status were lodged. Of these, only 31 were granted.",
      "31@2022 refugee_status_granted"
    ],
    [
      "In 2022, 4,870 asylum applications were lodged. Of these, 610 were approved and 2,220 were rejected.",
      "2220@2022 asylum_applications_rejected"
    ],
    [
      "In 2022, 4,870 asylum applications were lodged. Of them, 1,015 were refused.",
      "1015@2022 asylum_applications_rejected"
    ]
  ])("%s", (text, row) => {
    expect(read(text)).toContain(row);
  });
  it("keeps the whole's indicator when the sentence before names no terms for the verb", () => {
    expect(
      read("In 2022, 640 applications for business licences were filed. Of these, 500 were granted.").join()
    ).not.toMatch(/refugee|asylum/);
  });
});

import {describe, expect, it} from "vitest";
import {
  listsOrigins,
  opensOnBarePassive,
  opensOriginList,
  othersPassive,
  placeBeforeBracket,
  returnedFrom,
  returnPlaceAfter
} from "../../loaders/general/read-place-list.js";
import {observations} from "./read-paragraph.js";

/** Each observation as "value country/citizenship". */
function places(text: string, reporting = "2019", date = "2020"): string[] {
  return observations(text, reporting, date).map((o) => `${o.value} ${o.country ?? "-"}/${o.citizenship ?? "-"}`);
}

describe("returnedFrom", () => {
  it.each([
    "the largest number of workers – 152,126 – returned from the UAE, followed by Saudi Arabia (",
    "Most migrants were repatriated from Libya, then Niger (",
    "Nationals also came back from Germany (",
    "3,000 workers returning from Malaysia, Thailand (",
    "citizens evacuated from Lebanon and Syria (",
    "persons were brought back from Greece, Italy (",
    "Small numbers also returned home from Iraq (",
    "returns from Kuwait (",
    "Labourers returned from Qatar (1,200), Oman (",
    "were deported from the United States, Mexico ("
  ])("%s", (lead) => expect(returnedFrom(lead)).toBe(true));
  it.each([
    "victims came from Nigeria (",
    "applicants from Syria (",
    "returned to Albania, after they arrived from Greece (",
    "the largest groups were from Ukraine ("
  ])("not: %s", (lead) => expect(returnedFrom(lead)).toBe(false));
});

describe("returnPlaceAfter", () => {
  it.each([
    [" – returned from the UAE, followed by", "United Arab Emirates"],
    [" were repatriated from Libya", "Libya"],
    [" have returned from Saudi Arabia", "Saudi Arabia"],
    [" came back from Germany in 2019", "Germany"],
    [" were evacuated from Lebanon", "Lebanon"],
    [" had also returned home from Qatar", "Qatar"],
    [" was returned from the Russian Federation", "Russian Federation"],
    [" – returned from Kuwait", "Kuwait"],
    [" returned from Oman", "Oman"],
    [" were brought back from Malaysia", "Malaysia"]
  ])("%s", (after, place) => expect(returnPlaceAfter(after)).toBe(place));
  it.each([" came from Nigeria", " returned to Albania", " were returned", " returned from abroad"])(
    "not: %s",
    (after) => expect(returnPlaceAfter(after)).toBeNull()
  );
});

describe("placeBeforeBracket", () => {
  it.each([
    ["Oman (21,340), the United Arab Emirates (", "United Arab Emirates"],
    ["and the Russian Federation (", "Russian Federation"],
    ["followed by Saudi Arabia (", "Saudi Arabia"],
    ["Kuwait (", "Kuwait"],
    ["Georgia – ", "Georgia"],
    ["followed by Georgia at ", "Georgia"]
  ])("%s", (before, country) => expect(placeBeforeBracket(before)?.country).toBe(country));
  it.each(["in total (", "the Ministry (", "applications ("])("not: %s", (before) =>
    expect(placeBeforeBracket(before)).toBeNull()
  );
});

describe("origin lists", () => {
  it.each([
    "Top countries of origin are still Syria (631) ahead of Afghanistan (597).",
    "The main countries of origin were Iraq (120) and Iran (80).",
    "Leading nationalities are Afghanistan (300), Syria (200).",
    "The top five source countries were India (50), Nepal (40).",
    "Main nationalities included Eritrea (12) and Somalia (9).",
    "The most common countries of origin remain Nigeria (40) and Ghana (20).",
    "Major origin countries were Georgia (33), Albania (21).",
    "The principal countries of citizenship are Ukraine (90), Moldova (50).",
    "Top nationalities were Syria (10) and Iraq (8).",
    "The largest nationalities were Morocco (7) and Algeria (5).",
    "The top five nationalities of the special provision workers according to the report: Samoa (598), Fiji (270).",
    "The main nationalities among the new arrivals were Syria (631) and Iraq (597).",
    "The top three nationalities of the detainees: Nigeria (40), Ghana (30) and Mali (12).",
    "The leading nationalities of the workers are India (5,000) and Nepal (3,000)."
  ])("%s", (text) => expect(opensOriginList(text)).toBe(true));
  it.each([
    "Syria (631) ahead of Afghanistan (597).",
    "Top destinations were Qatar (500) and Oman (300).",
    "The main countries that received workers were Qatar (5)."
  ])("not: %s", (text) => expect(opensOriginList(text)).toBe(false));
  it("a lead naming nationalities lists citizenships", () => {
    expect(listsOrigins("Top countries of origin are still Syria (631) ahead of ")).toBe(true);
    expect(listsOrigins("returned from the UAE, followed by ")).toBe(false);
  });
});

describe("lists of Place (number) in a paragraph", () => {
  it("a return's places are countries, the subject's people their citizenship", () => {
    const rows = places(
      "In 2019, the largest number of Indians – 152,126 – returned from the UAE, followed by Saudi Arabia (118,064), Kuwait (51,206) and Oman (46,003)."
    );
    expect(rows).toEqual([
      "152126 United Arab Emirates/India",
      "118064 Saudi Arabia/India",
      "51206 Kuwait/India",
      "46003 Oman/India"
    ]);
  });
  it("a list after 'came from' still names citizenship", () => {
    expect(
      places("In 2019, 300 victims were identified, who came from Nigeria (120), Ghana (80) and Benin (100).")
    ).toEqual(expect.arrayContaining(["120 -/Nigeria", "80 -/Ghana"]));
  });
  it("a sentence of origins lists the citizenship of the count before it", () => {
    const rows = places(
      "In the first quarter of 2019, 2,881 applications were submitted. Top countries of origin are Syria (631) ahead of Afghanistan (597) and the Russian Federation (182)."
    );
    expect(rows).toEqual(expect.arrayContaining(["631 -/Syria", "597 -/Afghanistan", "182 -/Russian Federation"]));
  });
  it("a list of destinations with a name of several words", () => {
    const rows = places(
      "In 2019, the largest number of Indians – 51,496 – travelled to Qatar for work, followed by Oman (21,340), the United Arab Emirates (13,567) and Kuwait (10,160)."
    );
    expect(rows).toEqual(
      expect.arrayContaining(["51496 Qatar/India", "13567 United Arab Emirates/India", "21340 Oman/India"])
    );
  });
});

describe("bare passive counts after a count of persons", () => {
  it.each([
    "1,518 were either returned to their original state.",
    "715 were transferred to a Dublin state.",
    "300 were deported in 2019.",
    "45 were also repatriated.",
    "1,200 have been returned since.",
    "12 had been expelled.",
    "80 were forcibly removed.",
    "9 were then released.",
    "1,000 others were transferred.",
    "20 more were deported."
  ])("%s", (text) => expect(opensOnBarePassive(text)).toBe(true));
  it.each(["In 2019, 300 were deported.", "300 persons were deported.", "300 were Afghan nationals."])("not: %s", (t) =>
    expect(opensOnBarePassive(t)).toBe(false)
  );
  it("others with a passive verb of their own", () => {
    expect(othersPassive(" others were transferred to a Dublin state")).toBe(true);
    expect(othersPassive(" more were deported")).toBe(true);
    expect(othersPassive(" others, including")).toBe(false);
  });
  it("count the persons of the sentence before, with their own verb and years", () => {
    const rows = observations(
      "In 2020, 1,051 people left voluntarily (against 1,631 in 2019). 1,518 were returned to their country of origin (compared to 2,985 in 2019); 715 others were transferred to a Dublin state (compared to 1,521 in 2019).",
      "2020",
      "2021"
    ).map((o) => `${o.value}@${o.period.label}`);
    expect(rows).toEqual(expect.arrayContaining(["1518@2020", "2985@2019", "715@2020", "1521@2019"]));
  });
});

describe("origin lists whose items carry decimal shares or 'with'", () => {
  it.each([
    ["The main nationalities were Eritrea (412 claims, 21.4 %), ", "Eritrea"],
    ["In March the principal countries of origin were Sudan (95 requests, 8.3%), Yemen (77 requests, 6.1%), ", "Yemen"],
    ["Top countries of citizenship: Nepal (1,204 permits, 33.0 per cent), ", "Nepal"],
    ["The leading source countries were Haiti (2.5 thousand, 40.2%), Cuba (1.1 thousand, 17.9%), ", "Cuba"]
  ])("a decimal point ends no lead: %s", (lead) => expect(listsOrigins(lead)).toBe(true));
  it.each(["The main nationalities were Eritrea (412). Destinations were ", "countries of origin; then "])(
    "a full stop or semicolon ends it: %s",
    (lead) => expect(listsOrigins(lead)).toBe(false)
  );
  it.each([
    ["Eritrea with ", "Eritrea"],
    ["followed by Sri Lanka with ", "Sri Lanka"],
    ["Pakistan with about ", "Pakistan"]
  ])("in a list of origins: %s", (before, country) => expect(placeBeforeBracket(before, true)?.country).toBe(country));
  it("elsewhere 'with' names no item", () => expect(placeBeforeBracket("were recorded in Malta with ")).toBeNull());
  it("items after the first, past decimal shares, are citizenships", () => {
    const rows = places(
      "In May 2023, 2,410 asylum applications were lodged. The main countries of origin were Eritrea (402 applications, 16.7 %), Sudan (230 applications, 9.5 %) and Venezuela (199 applications, 8.3 %)."
    );
    expect(rows).toEqual(expect.arrayContaining(["402 -/Eritrea", "230 -/Sudan", "199 -/Venezuela"]));
  });
  it("a first item written 'X with N' is a citizenship too", () => {
    const rows = places(
      "In July 2022, 980 persons applied for protection. The main nationalities of applicants were Türkiye with 143 applications, or 14.6% of the total, followed by Colombia (101 applications, or 10.3%)."
    );
    expect(rows).toEqual(expect.arrayContaining(["143 -/Turkey", "101 -/Colombia"]));
  });
  it("a list of where people went stays a list of countries", () => {
    const rows = places("In 2021, 5,300 workers left for Qatar (2,100, 39.6 %) and Oman (1,400, 26.4 %).");
    expect(rows).toEqual(expect.arrayContaining(["1400 Oman/-"]));
  });
});

describe("one country of origin at the top of the count before", () => {
  it.each([
    "The main country of origin was Afghanistan with 17,103.",
    "The main country of origin was Afghanistan, with 17,103 requests.",
    "At the top of the list of countries of origin is Afghanistan, with 17,103 first requests.",
    "The top of the list of countries of origin was Syria, with 4,000.",
    "The leading source country was India, with 50.",
    "The top nationality was Eritrea, with 12.",
    "The most common country of origin remains Nigeria, with 40.",
    "The principal country of citizenship is Ukraine, with 90.",
    "The main origin country was Georgia with 33.",
    "The largest nationality was Morocco, with 7."
  ])("%s", (text) => expect(opensOriginList(text)).toBe(true));

  it("names the count's citizenship, with or without a comma before 'with'", () => {
    expect(placeBeforeBracket("is Afghanistan, with ", true)?.country).toBe("Afghanistan");
    expect(placeBeforeBracket("was Afghanistan with ", true)?.country).toBe("Afghanistan");
    expect(placeBeforeBracket("recorded in Malta, with ", false)).toBeNull();
    expect(
      places(
        "In 2022, 131,000 asylum applications were lodged. The main country of origin was Afghanistan, with 17,103 requests.",
        "2022",
        "2023-07-04"
      )
    ).toEqual(["131000 -/-", "17103 -/Afghanistan"]);
  });

  it("opens on no origin where the sentence names a destination", () => {
    expect(opensOriginList("The main country of destination was Qatar, with 500.")).toBe(false);
  });
});

import {describe, expect, it} from "vitest";
import {extractStatements} from "../../loaders/general/extract-statements.js";
import {findQuantities} from "../../loaders/general/find-quantities.js";
import {parsePeriodLabel} from "../../loaders/periods/parse-period.js";

/** Reads one paragraph as a document of the given reporting period would be read. */
function read(text: string, reporting = "2016", documentDate = "2017") {
  const r = extractStatements(text, [{number: "", start: 0, end: text.length}], {
    reportingPeriod: parsePeriodLabel(reporting),
    documentDate,
    claimed: []
  });
  return r.observations.map((o) => ({
    value: o.value,
    period: o.period.label,
    indicator: o.indicator,
    family: o.family,
    unit: o.unit,
    sex: o.sex,
    age_group: o.age_group,
    citizenship: o.citizenship,
    country: o.country,
    category: o.category,
    rule: o.spec_id
  }));
}
const values = (text: string, reporting?: string) => read(text, reporting).map((o) => `${o.value}@${o.period}`);

describe("numbers that are not statistics", () => {
  it.each([
    ["In 2017 the law was amended.", "year"],
    ["Article 144 of the Criminal Code applies.", "reference, age or rank"],
    ["Children under 18 are protected.", "reference, age or rank"],
    ["He was sentenced to 5 years in prison.", "duration, age, ordinal or change"],
    ["The hotline 152 is free.", "reference, age or rank"],
    ["The country remained on Tier 2.", "reference, age or rank"],
    ["11 (+3) cases", "change"],
    ["a five-member board", "compound modifier"],
    ["the 919 Call Center answers", "name"],
    ["one in five were Romanian", "ratio"],
    ["until the child was 14.", "predicate, not a count"],
    ["on September 1, 2014", "date"]
  ])("%j is excluded (%s)", (text, reason) => {
    const excluded = findQuantities(text)
      .filter((q) => q.excluded !== null)
      .map((q) => q.excluded);
    expect(excluded).toContain(reason);
  });

  it("reads none of them as an observation", () => {
    expect(
      values(
        "Under Article 144, offenders under 18 face up to 5 years; the hotline 152 runs 24 hours a day and the country is on Tier 2."
      )
    ).toEqual([]);
  });
});

describe("counts with what they count", () => {
  it.each([
    ["The government identified 57 victims.", 57],
    ["The government identified fifty-seven victims.", 57],
    ["Authorities identified 1,057 victims.", 1057],
    ["Authorities identified 1 057 victims.", 1057],
    ["In 2016 police identified 57 trafficking victims.", 57],
    ["57 victims were identified by the police.", 57],
    ["Fifty-seven victims were identified.", 57],
    ["The police officially identified 57 potential victims.", 57],
    ["Officials identified a total of 57 victims of trafficking.", 57],
    ["The government reported identifying 57 victims.", 57]
  ])("%j", (text, value) => {
    // The paragraph says what it is about; the number's own sentence need not.
    const [o] = read(`Protection of trafficking victims improved. ${text}`);
    expect(o).toMatchObject({value, period: "2016", indicator: "trafficking_victims_identified", unit: "persons"});
  });

  it("reads a zero from 'did not report providing assistance to any of the 26 …', and not from 'any of them'", () => {
    const rows = read(
      "The government did not report providing assistance to any of the 26 potential trafficking victims.",
      "2021"
    );
    expect(rows[0]).toMatchObject({value: 0, indicator: "trafficking_victims_assisted", period: "2021"});
    expect(read("The government did not report providing assistance to any of them.", "2021")).toEqual([]);
  });

  it("reads a zero from 'did not identify any'", () => {
    expect(read("The government did not identify any trafficking victims.")[0]).toMatchObject({
      value: 0,
      indicator: "trafficking_victims_identified"
    });
  });

  it("names a combination the registry does not know", () => {
    const [o] = read("Mobile groups screened 395 employers for trafficking indicators.");
    expect(o).toMatchObject({value: 395, indicator: "organisations_screened", family: "trafficking"});
  });
});

describe("totals, parts and comparisons", () => {
  it("reads a total, its comparison and its parts with their own periods", () => {
    const rows = read(
      "The government officially identified 57 victims (63 in 2015); 49 were female sex trafficking victims, three were female forced labor victims, and five were male forced labor victims (55 female sex trafficking victims and eight male forced labor victims in 2015)."
    );
    expect(rows.map((r) => `${r.value}@${r.period}:${r.sex ?? ""}:${r.category ?? ""}`)).toEqual([
      "57@2016::",
      "63@2015::",
      "49@2016:female:sex trafficking",
      "3@2016:female:forced labor",
      "5@2016:male:forced labor",
      "55@2015:female:sex trafficking",
      "8@2015:male:forced labor"
    ]);
    expect(new Set(rows.map((r) => r.indicator))).toEqual(new Set(["trafficking_victims_identified"]));
  });

  it("shares the head noun of a coordination", () => {
    const rows = read(
      "Courts convicted 32 traffickers (22 sex trafficking, 10 labor trafficking), compared with 63 in 2015 and 59 in 2014."
    );
    expect(rows.map((r) => `${r.value}@${r.period}:${r.category ?? ""}`)).toEqual([
      "32@2016:",
      "22@2016:sex trafficking",
      "10@2016:labor trafficking",
      "63@2015:",
      "59@2014:"
    ]);
    expect(rows.every((r) => r.indicator === "trafficking_convictions")).toBe(true);
  });

  it("reads parts after 'including'", () => {
    const rows = read("In 2018, 48 people were identified as victims of trafficking, including 41 women and 7 men.");
    expect(rows.map((r) => `${r.value}@${r.period}:${r.sex ?? ""}`)).toEqual([
      "48@2018:",
      "41@2018:female",
      "7@2018:male"
    ]);
  });

  it("reads money with its paired conversion and a comparison", () => {
    const rows = read(
      "The government allocated 120,400 manat ($70,800) for victim protection, compared to 131,000 manat ($77,050) in 2014."
    );
    expect(rows.map((r) => `${r.value} ${r.unit}@${r.period}`)).toEqual([
      "120400 manats@2016",
      "70800 USD@2016",
      "131000 manats@2014",
      "77050 USD@2014"
    ]);
  });

  it("reads one number for both years it is stated for", () => {
    expect(values("The government identified 12 victims in both 2016 and 2017.")).toEqual(["12@2016", "12@2017"]);
  });

  it("keeps an elided noun and its event apart: permits and extensions", () => {
    const rows = read(
      "In 2019, 6120 foreigners were granted work permits, 412 were granted extension of temporary residence permits."
    );
    expect(rows.map((r) => `${r.value}:${r.indicator}`)).toEqual([
      "6120:work_permits_issued",
      "412:temporary_residence_permit_extensions"
    ]);
  });

  it("continues a count from the sentence before with 'Of those'", () => {
    const rows = read(
      "In 2017, the government identified 76 trafficking victims. Of those, 50 were victims of sex trafficking, 20 of forced labor."
    );
    expect(rows.map((r) => `${r.value}@${r.period}:${r.category ?? ""}:${r.indicator}`)).toEqual([
      "76@2017::trafficking_victims_identified",
      "50@2017:sex trafficking:trafficking_victims_identified",
      "20@2017:forced labor:trafficking_victims_identified"
    ]);
  });
});

describe("parts named by their predicate", () => {
  it("reads the category a part's predicate names, and 'one' when words after it say which part it is", () => {
    const rows = read(
      "The government identified eight victims. Of these, five were subjected to forced labor, three to sex trafficking and one of forced begging; two victims were from Tajikistan and one from Iran."
    );
    expect(rows.map((r) => `${r.value}:${r.category ?? ""}:${r.citizenship ?? ""}`)).toEqual([
      "8::",
      "5:forced labor:",
      "3:sex trafficking:",
      "1:forced begging:",
      "2::Tajikistan",
      "1::Iran"
    ]);
  });

  it("leaves 'one' a pronoun when nothing after it names a part, and reads 'one in five' as a share", () => {
    const rows = read("The government identified eight victims; one of them testified, and one in five were children.");
    expect(rows.map((r) => `${r.value}:${r.unit}`)).toEqual(["8:persons", "20:percent"]);
  });

  it("gives a part the citizenship of the whole it continues", () => {
    const rows = read(
      "The ministry granted 867 Ukrainian citizens the status of victims of trafficking. In particular, 454 persons became victims of labor exploitation, 221 persons - sexual exploitation, 10 - from organ removal."
    );
    expect(rows.map((r) => `${r.value}:${r.category ?? ""}:${r.citizenship ?? ""}`)).toEqual([
      "867::Ukraine",
      "454:labor trafficking:Ukraine",
      "221:sex trafficking:Ukraine",
      "10:organ removal:Ukraine"
    ]);
  });
});

describe("parts named by whom they are for", () => {
  it("continues the previous sentence's count that an opening 'Of these work permits' names, inside a quotation too", () => {
    const rows = read(
      'The office registered 15,618 requests for work permits in 2022, with 12,437 work permits being issued. "Of these work permits, a number of 12,199 were issued for permanent workers, 63 for highly skilled workers and one permit for a seasonal worker."',
      "2022"
    );
    expect(rows.slice(2).map((r) => `${r.value}:${r.indicator}:${r.category}`)).toEqual([
      "12199:work_permits_issued:permanent workers",
      "63:work_permits_issued:highly skilled workers",
      "1:work_permits_issued:seasonal worker"
    ]);
  });

  it("does not take a verb phrase or a time for whom a count is", () => {
    const rows = read(
      "In 2022, 198 requests for help were filed and 12 permits for the first time were issued.",
      "2022"
    );
    expect(rows.map((r) => r.category)).toEqual([null, null]);
  });
});

describe("parts named by who did it", () => {
  it("names the agent of every part of a list, the first and a self-referral included", () => {
    const rows = read(
      "In 2018, law enforcement referred 19 victims to NGOs, foreign embassies referred ten, 23 were referred by international organizations, and 24 victims self-referred.",
      "2018"
    );
    expect(rows.map((r) => `${r.value}:${r.category}`)).toEqual([
      "19:referred by law enforcement",
      "10:referred by foreign embassies",
      "23:referred by international organizations",
      "24:self-referred"
    ]);
  });

  it("reads an adverb before the verb and a part that leaves the verb out", () => {
    const rows = read(
      "Law enforcement officially recognized all five victims in 2018 (eight officially recognized by law enforcement and four by the Permanent Group in 2017).",
      "2018"
    );
    expect(rows.map((r) => `${r.value}@${r.period}:${r.category}`)).toEqual([
      "5@2018:recognized by law enforcement",
      "8@2017:recognized by law enforcement",
      "4@2017:recognized by the permanent group"
    ]);
  });

  it("gives a total no agent when no part names one", () => {
    const rows = read("The government identified 83 victims, compared with 76 in 2017.", "2018");
    expect(rows.map((r) => r.category)).toEqual([null, null]);
  });
});

describe("parts of totals and the places of clauses", () => {
  it("reads a parallel part after a comma and its category from the words before its noun", () => {
    const rows = read(
      "In 2019 approval was granted for 11,241 visa applications, of which 8,343 long stay applications filed by Moldovan nationals, and 2,898 short stay applications by people from Lebanon.",
      "2019"
    );
    expect(rows.slice(1).map((r) => `${r.value}:${r.category}`)).toEqual(["8343:long stay", "2898:short stay"]);
  });

  it("reads a part's one-word predicate after its noun, and a sex word as the sex", () => {
    const rows = read(
      "Of the 78 cases not approved in 2017, 34 were refused and 41 applications were incomplete. In 2017 the government identified 57 trafficking victims. Of these, 12 victims were female.",
      "2017"
    );
    expect(rows.slice(1).map((r) => `${r.value}:${r.category}:${r.sex}`)).toEqual([
      "34:refused:null",
      "41:incomplete:null",
      "57:null:null",
      "12:null:female"
    ]);
  });

  it("gives every count coordinated before a passive verb the people it was for, and no category for a thing", () => {
    const rows = read(
      "In 2022, 4,720 registration certificates and 275 permanent residence cards were issued for citizens of the European Union. In 2022, 300 permits were issued for construction.",
      "2022"
    );
    expect(rows.map((r) => `${r.value}:${r.category}`)).toEqual([
      "4720:citizens of the European Union",
      "275:citizens of the European Union",
      "300:null"
    ]);
  });

  it("reads the place a clause happens in and a 'Republic of' citizenship, but not a demonym as a place", () => {
    const rows = read(
      "In 2021, the office in the Russian Federation received 24,000 applications of citizens of the Republic of Tajikistan. In Russian prisons, 12 victims were identified in 2021.",
      "2021"
    );
    expect(rows.map((r) => `${r.value}:${r.country}:${r.citizenship}`)).toEqual([
      "24000:Russian Federation:Tajikistan",
      "12:null:null"
    ]);
  });

  it("reads victims from previous years as a category, and a gapped referral source", () => {
    const rows = read(
      "The government provided assistance to seven trafficking victims from previous years. Among these, police referred 22 while 155 referrals came from international organizations.",
      "2021"
    );
    expect(rows.map((r) => `${r.value}:${r.category}`)).toEqual([
      "7:from previous years",
      "22:referred by police",
      "155:referred by international organizations"
    ]);
  });
});

describe("categories shared and not inherited", () => {
  it("gives a count with words of its own before the noun no category of the part before it", () => {
    const rows = read(
      "In 2021, 14,302 residence permits were issued, including 13,084 for temporary residence and 1,218 for long-term residence, 3,034 registration certificates and 234 permanent residence cards for nationals of the European Union.",
      "2021"
    );
    expect(rows.slice(1).map((r) => `${r.value}:${r.category}`)).toEqual([
      "13084:temporary residence",
      "1218:long-term residence",
      "3034:nationals of the European Union",
      "234:nationals of the European Union"
    ]);
  });

  it("names a part after the service it received", () => {
    const rows = read("In 2020 the government assisted 24 victims, including shelter services for 16.", "2020");
    expect(rows.map((r) => `${r.value}:${r.category}`)).toEqual(["24:null", "16:shelter services"]);
  });
});

describe("shares of a stated count", () => {
  it("reads a share naming its part's citizenship, with the base count's category", () => {
    const rows = read(
      "Of the 159 foreigners convicted of crime who were deported in January 2017, 11% were Polish, and 9% were Lithuanian.",
      "2017"
    );
    expect(rows.slice(1).map((r) => `${r.value} ${r.unit}:${r.indicator}:${r.citizenship}:${r.category}`)).toEqual([
      "11 percent:deportations_share:Poland:convicted of crime",
      "9 percent:deportations_share:Lithuania:convicted of crime"
    ]);
  });

  it("reads a share of the total stated in brackets after it, but no change", () => {
    const rows = read(
      "Albanians were the most common nationality entering detention in 2019, accounting for 14% of the total (3,324) and a 32% increase on the previous year; EU nationals entering detention fell 12% to 3,947 in 2019, 11% fewer than in 2018.",
      "2019"
    );
    expect(rows.map((r) => `${r.value} ${r.unit}:${r.citizenship}`)).toEqual([
      "14 percent:Albania",
      "3324 persons:Albania",
      "3947 persons:null"
    ]);
  });

  it("keeps a share that names no part for review", () => {
    expect(values("In 2019, 300 foreigners were deported; 45% of them left voluntarily.", "2019")).toEqual([
      "300@2019"
    ]);
  });
});

describe("'all' of a stated total", () => {
  it("counts the whole of the nearest total before it, in or out of brackets, with its own breakdown", () => {
    const rows = read(
      "The government identified five trafficking victims (12 victims in 2017); three were victims of sex trafficking (ten victims of sex trafficking in 2017); all victims were female (all female victims in 2017).",
      "2018"
    );
    expect(rows.filter((r) => r.rule === "general:all").map((r) => `${r.value}@${r.period}:${r.sex}`)).toEqual([
      "5@2018:female",
      "12@2017:female"
    ]);
  });

  it("reads nothing from 'all' with no breakdown, with a number of its own, or with no total before it", () => {
    const rows = read(
      "Shelters are accessible to all female victims. The government identified 57 trafficking victims; shelters are open to all trafficking victims, and police recognized all five victims.",
      "2018"
    );
    expect(rows.map((r) => `${r.value}:${r.rule}`)).toEqual(["57:general:count", "5:general:count"]);
  });

  it("takes a total qualified as potential as the whole, but not a total of one sex", () => {
    const all = (text: string) =>
      read(text, "2021")
        .filter((r) => r.rule === "general:all")
        .map((r) => `${r.value}:${r.category}`);
    expect(all("The government identified 26 potential trafficking victims, all sex trafficking victims.")).toEqual([
      "26:sex trafficking"
    ]);
    expect(all("The government identified 26 female trafficking victims, all sex trafficking victims.")).toEqual([]);
  });
});

describe("statistics releases", () => {
  it("finds a number followed directly by a comma, and not a digit group run on after one", () => {
    expect(findQuantities("doubled to 1,431, moving up").map((q) => q.value)).toEqual([1431]);
    expect(findQuantities("the code 1,431,5 applies").filter((q) => q.value === 1431)).toEqual([]);
  });

  it("reads the subject of a bare count across a change in between, with its EU or non-EU category", () => {
    const rows = read(
      "EU nationals entering detention fell by 21% in 2018 and 12% to 3,947 in 2019. Non-EU nationals entering detention remained stable at 20,494 in 2019.",
      "2019"
    );
    expect(rows.map((r) => `${r.value}@${r.period}:${r.category}:${r.indicator}`)).toEqual([
      "3947@2019:EU nationals:detention_placements",
      "20494@2019:non-EU nationals:detention_placements"
    ]);
  });

  it("takes a demonym opening the sentence as the subject of a bare count, and a change is no count", () => {
    const rows = read(
      "Albanians were the most common nationality entering detention in 2019, accounting for 14% of the total (3,324) and a 32% increase on the previous year.",
      "2019"
    );
    expect(rows.map((r) => `${r.value}:${r.citizenship}`)).toEqual(["14:Albania", "3324:Albania"]);
  });
});

describe("periods", () => {
  it.each([
    ["In July 2021, authorities deported 10 foreigners.", "2021-07"],
    ["During the first half of 2019, 300 foreigners were deported.", "2019H1"],
    ["From January to June 2021, 300 foreigners were deported.", "2021H1"],
    ["In the first quarter of 2020, 300 foreigners were deported.", "2020Q1"],
    ["300 foreigners were deported in 2015.", "2015"],
    // A report of 2017 on 2016 counts "since 2014" to the end of the year it reports on.
    ["Since 2014, 300 foreigners were deported.", "2014-2016"]
  ])("%j → %s", (text, label) => {
    expect(read(text)[0]).toMatchObject({value: 300 - (label === "2021-07" ? 290 : 0), period: label});
  });

  it("reads the first weeks of a month named relative to the document's year, and the whole month without them", () => {
    const rows = (text: string) => read(text, "2020", "2020").map((r) => `${r.value}@${r.period}`);
    expect(rows("The service expelled 46 foreigners in the first two weeks of December this year.")).toEqual([
      "46@2020-12-01..2020-12-14"
    ]);
    expect(rows("The service expelled 46 foreigners in December this year.")).toEqual(["46@2020-12"]);
  });

  it("falls back to the reporting period, and a year naming a law is not a period", () => {
    expect(values("The 2015 Prevention of Trafficking Act applies; the government identified 25 victims.")).toEqual([
      "25@2016"
    ]);
  });
});

describe("destinations and citizenship", () => {
  it("reads a country list in brackets", () => {
    const rows = read("Most (54 persons) were deported to Sweden, followed by Italy (42).");
    expect(rows.map((r) => `${r.value}:${r.country}`)).toEqual(["54:Sweden", "42:Italy"]);
  });

  it("reads demonyms as citizens", () => {
    const rows = read("The government identified 4 Uzbek victims and 230 Ukrainians became victims of trafficking.");
    expect(rows.map((r) => `${r.value}:${r.citizenship}`)).toEqual(["4:Uzbekistan", "230:Ukraine"]);
  });
});

describe("'N each in A and B'", () => {
  it("gives every place of the list the same count, and reads one count where no list of places follows", () => {
    const places = (text: string) =>
      read(text, "2017")
        .filter((r) => r.value === 3)
        .map((r) => `${r.value}:${r.country}`);
    expect(
      places(
        "The government identified 20 trafficking victims; five were exploited in Brazil, four in Bahrain, and three each in Turkey and South Korea."
      )
    ).toEqual(["3:Turkey", "3:Korea"]);
    expect(
      places(
        "The government identified 20 trafficking victims; five were exploited in Brazil, and three each year in Almaty and Astana."
      )
    ).toHaveLength(1);
    // A list naming something that is no country gives nothing more.
    expect(
      places(
        "The government identified 20 trafficking victims; five were exploited in Brazil, and three each in Turkey and Hell."
      )
    ).toEqual(["3:Turkey"]);
  });
});

describe("a trailing subordinate clause", () => {
  it("does not name the event of a count before it, and a main clause after a comma still does", () => {
    const indicators = (text: string) => read(text, "2017-01").map((r) => `${r.value}:${r.indicator}`);
    expect(
      indicators(
        "Three deported minors were sent to another European country, following the Dublin Agreement, which states that the application for asylum should be treated there."
      )
    ).toEqual(["3:deportations"]);
    expect(
      indicators("Three minors were sent to another country, which states that they applied for asylum.")
    ).not.toContain("3:asylum_applications");
    expect(indicators("In January, 40 people applied for asylum, following a rise in arrivals.")).toEqual([
      "40:asylum_applications"
    ]);
  });
});

describe("parts a list of agents was responsible for", () => {
  it("names the part after the verb of the part before it, and nothing without one", () => {
    const categories = (text: string) =>
      read(text, "2016")
        .filter((r) => r.value === 112)
        .map((r) => r.category);
    expect(
      categories(
        "NGOs assisted 167 trafficking victims; among these, police referred 55 and embassies and NGOs were responsible for the additional 112."
      )
    ).toEqual(["referred by embassies and ngos"]);
    expect(
      categories(
        "NGOs assisted 167 trafficking victims; among these, 55 and embassies were responsible for the additional 112."
      )
    ).not.toContain("referred by embassies");
  });
});

describe("a part of those just counted", () => {
  it("keeps their age group and names the family it went with", () => {
    const rows = read(
      "Altogether, 17 of those deported were minors, but 14 of those people were deported together with their family.",
      "2017-01"
    );
    expect(rows.map((r) => `${r.value}:${r.age_group}:${r.category}`)).toEqual([
      "17:child:null",
      "14:child:with family"
    ]);
  });

  it("gives a count of its own noun no age group of the count before, and no family to other verbs", () => {
    const rows = read(
      "Altogether, 17 minors were deported, and 14 adults were deported with their parents' consent.",
      "2017-01"
    );
    expect(rows.map((r) => `${r.value}:${r.age_group}:${r.category}`)).toEqual(["17:child:null", "14:adult:null"]);
  });
});

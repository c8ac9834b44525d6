// Sentences of agency releases and press items: stocks on a day, complaints, patents, registered victims.
import {describe, expect, it} from "vitest";
import {extractStatements} from "../../loaders/general/extract-statements.js";
import {stockDates} from "../../loaders/general/resolve-stock-date.js";
import {parsePeriodLabel} from "../../loaders/periods/parse-period.js";
import type {Extracted} from "../../loaders/extracted.js";

/** Paragraphs split on blank lines, unnumbered. */
const paragraphsOf = (text: string) =>
  [...text.matchAll(/[^\n]+(?:\n(?!\n)[^\n]*)*/g)].map((m) => ({
    number: "",
    start: m.index,
    end: m.index + m[0].length
  }));

/** What a row says, in the fields these sentences set. */
const said = (o: Extracted) => ({
  value: o.value,
  period: o.period.label,
  indicator: o.indicator,
  citizenship: o.citizenship,
  country: o.country,
  category: o.category
});

/** Reads a text as a document of the given reporting period and date would be read. */
function read(text: string, reporting: string | null, documentDate: string) {
  const reportingPeriod = reporting ? parsePeriodLabel(reporting) : null;
  return extractStatements(text, paragraphsOf(text), {reportingPeriod, documentDate, claimed: []}).observations.map(
    said
  );
}
const at = (rows: ReturnType<typeof read>) => rows.map((o) => `${o.value}@${o.period}`);

describe("stock dates without a year", () => {
  it.each([
    ["As of 1 March, a total of", "2022-07", "2022-03-01"],
    ["compared with 5,100 on 1 January", "2022-07", "2022-01-01"],
    ["By 1 October, 900 lived", "2022-07", "2021-10-01"],
    ["As of Oct. 3, there are", "2021-11-02", "2021-10-03"],
    ["On the 1st of January 2018 foreigners", "2018-02", "2018-01-01"],
    ["filed as of May 2011.", "2011", "2011-05-31"],
    ["According to the data of 1 April, there were", "2019-06", "2019-04-01"],
    ["according to data updated to 30 July by the agency", "2020-08-10", "2020-07-30"],
    ["figures updated until 15 March show", "2021-04", "2021-03-15"],
    ["statistics updated through September 30, 2019 show", "2019-11", "2019-09-30"]
  ])("%j in a document of %s is the day %s", (text, date, day) => {
    const found = stockDates(text, date);
    expect(found.map((f) => f.period.label)).toEqual([day]);
    expect(found[0].period.stock).toBe(true);
  });

  it("reads 'Up to April 12' as the year so far", () => {
    expect(stockDates("Up to April 12, 300 orders were signed", "2022-05").map((f) => f.period.label)).toEqual([
      "2022-01-01..2022-04-12"
    ]);
  });

  it.each([
    ["arrested on March 5, and charged", "2019-06"],
    ["1 July was the deadline", "2019-06"],
    ["by 31 February the figures", "2019-06"],
    ["in July 2019", "2019-06"],
    ["the law was updated in 2019", "2019-06"]
  ])("finds no stock day in %j", (text, date) => {
    expect(stockDates(text, date)).toEqual([]);
  });
});

describe("people living in a country on a day", () => {
  const release = [
    "In the first half of 2022, 30,000 residence permits were issued.",
    "",
    "As of 1 July, a total of 120,500 foreigners resided in Estonia, compared with 118,200 on 1 January 2022.",
    "",
    "The number of Georgian citizens residing in Estonia stands at 3,400, down from 3,350 recorded on 1 January 2022.",
    "",
    "By 1 July, 8,100 citizens of Moldova lived in Estonia, compared with 7,900 by 1 January."
  ].join("\n");
  const rows = read(release, "2022H1", "2022-07");

  it("dates each stock on its own day, and an undated one on the last day named", () => {
    const stocks = rows.filter((o) => o.indicator === "foreigners_resident");
    expect(at(stocks)).toEqual([
      "120500@2022-07-01",
      "118200@2022-01-01",
      "3400@2022-07-01",
      "3350@2022-01-01",
      "8100@2022-07-01",
      "7900@2022-01-01"
    ]);
    expect(stocks.find((o) => o.value === 3400)?.citizenship).toBe("Georgia");
    expect(stocks.find((o) => o.value === 8100)?.citizenship).toBe("Moldova");
  });

  it("keeps the flow of the half-year a flow", () => {
    expect(at(rows.filter((o) => o.value === 30000))).toEqual(["30000@2022H1"]);
  });

  it("does not let a stock's day frame a flow after it", () => {
    const flows = read(
      "On the 1st of January 2018 foreigners made up 2.1% of residents. From 310 asylum applications, 20 foreigners were granted refugee status.",
      "2017H2",
      "2018-02"
    );
    expect(flows.find((o) => o.value === 310)?.period).toBe(parsePeriodLabel("2017H2")?.label);
  });

  it("reads no stock where nobody lives anywhere", () => {
    expect(
      read("As of 1 July, 40 inspections were carried out.", "2022H1", "2022-07").map((o) => o.indicator)
    ).not.toContain("foreigners_resident");
  });
});

describe("complaints, sanctions and registered victims", () => {
  it("reads complaints of trafficking crimes and the perpetrators sanctioned", () => {
    const rows = read(
      "In 2019, out of 850 complaints related to crimes of human trafficking, only 70 were addressed and legal measures were taken against 101 perpetrators.",
      "2019",
      "2020-02-01"
    );
    expect(rows.map((o) => `${o.value}:${o.indicator}@${o.period}`)).toEqual([
      "850:trafficking_complaints@2019",
      "70:trafficking_complaints@2019",
      "101:trafficking_perpetrators_sanctioned@2019"
    ]);
  });

  it("reads registered victims as trafficking, not as residence registrations", () => {
    const rows = read("He said that 41 victims of trafficking were registered in 2012.", "2012", "2013");
    expect(rows.map((o) => o.indicator)).toEqual(["trafficking_victims_registered"]);
  });

  it("still reads foreigners registered at their place of stay as registrations", () => {
    const rows = read("In 2019, 12,000 foreigners were registered at their place of stay.", "2019", "2020");
    expect(rows.map((o) => o.indicator)).toEqual(["residence_registrations"]);
  });

  it("reads trafficking cases reported, but not a government that reported identifying victims", () => {
    expect(read("In 2012, 35 trafficking cases were reported.", "2012", "2013").map((o) => o.indicator)).toEqual([
      "trafficking_cases_reported"
    ]);
    expect(
      read("The government reported identifying 60 trafficking victims in 2012.", "2012", "2013").map(
        (o) => o.indicator
      )
    ).toEqual(["trafficking_victims_identified"]);
  });

  it("reads victims reintegrated as assisted", () => {
    const rows = read(
      "In 2012, 300 victims of trafficking were served. The remaining 45 victims were reintegrated into their families.",
      "2012",
      "2013"
    );
    expect(rows.find((o) => o.value === 45)?.indicator).toBe("trafficking_victims_assisted");
  });
});

describe("patents and temporary protection", () => {
  it("reads patents received as patents, not as citizenship granted", () => {
    const rows = read(
      "In 2019, 300,000 foreign citizens and persons without citizenship received patents on work.",
      "2019",
      "2020"
    );
    expect(rows.map((o) => o.indicator)).toEqual(["work_patents_issued"]);
  });

  it("reads temporary protection granted as such, not as refugee status", () => {
    const rows = read(
      "In the first half of 2022, temporary protection has been granted to 20,100 citizens of Ukraine.",
      "2022H1",
      "2022-07"
    );
    expect(rows.map((o) => [o.indicator, o.citizenship])).toEqual([["temporary_protection_granted", "Ukraine"]]);
  });

  it("still reads refugee status granted", () => {
    const rows = read("In 2019, 28 foreigners were granted refugee status.", "2019", "2020");
    expect(rows.map((o) => o.indicator)).toEqual(["refugee_status_granted"]);
  });
});

describe("shares stated outright", () => {
  it("reads a share restating the count before it", () => {
    const rows = read(
      "In 2019, out of 600 complaints related to crimes of human trafficking, only 60, that is, 10 percent, were addressed.",
      "2019",
      "2020"
    );
    expect(rows.find((o) => o.value === 10)?.indicator).toBe("trafficking_complaints_share");
  });

  it("reads the share a named country makes up of a count the sentence continues", () => {
    const rows = read(
      "In 2018, 500 persons were deported. Of those deported, Georgia makes up the largest single nationality, with 12.5%.",
      "2018",
      "2019"
    );
    expect(rows.find((o) => o.value === 12.5)).toMatchObject({indicator: "deportations_share", citizenship: "Georgia"});
  });

  it("reads a people's share of a whole population", () => {
    const rows = read("On 1 January 2021 foreigners have constituted 3.1% of all residents.", "2020H2", "2021-02");
    expect(rows.map((o) => `${o.value}:${o.indicator}@${o.period}`)).toEqual(["3.1:foreigner_share@2021-01-01"]);
  });

  it.each([
    "In 2019, out of 600 complaints, 60 were addressed, up 10 percent.",
    "In 2018, 500 persons were deported, a decrease of 12.5% compared to 2017.",
    "The share of foreigners grew by 3.1% of all residents."
  ])("reads no share in %j", (text) => {
    expect(read(text, "2019", "2020").filter((o) => o.indicator.endsWith("_share"))).toEqual([]);
  });
});

describe("who a stock counts, and what it restates", () => {
  it("takes the people a clause opens on as the citizenship of the number after a dash", () => {
    const rows = read(
      "As of 1 July, 90,000 foreigners lived in Latvia.\n\nBelarusians accounted for the majority of foreigners living in Latvia – 30,200.",
      "2022H1",
      "2022-07"
    );
    expect(rows.find((o) => o.value === 30200)).toMatchObject({citizenship: "Belarus", period: "2022-07-01"});
  });

  it("keeps the country where people live out of the breakdown, but not a country they went to", () => {
    const rows = read(
      "As of 1 July, 90,000 foreigners lived in Latvia. In 2021, 400 foreigners were deported to Georgia.",
      "2022H1",
      "2022-07"
    );
    expect(rows.map((o) => [o.value, o.country])).toEqual([
      [90000, null],
      [400, "Georgia"]
    ]);
  });

  it("reads 'such persons' and 'this number' as the count of the sentence before", () => {
    const rows = read(
      "According to the data of 1 July, there were 90 100 foreigners living in Latvia. On 1 January, there were 89 900 such persons in our country.",
      "2022H1",
      "2022-07"
    );
    expect(rows.map((o) => `${o.value}:${o.indicator}@${o.period}`)).toEqual([
      "90100:foreigners_resident@2022-07-01",
      "89900:foreigners_resident@2022-01-01"
    ]);
    const again = read(
      "In 2020, 16,000 foreigners were registered at their place of stay. In 2019, this number amounted to 17,500.",
      "2020",
      "2021"
    );
    expect(again.find((o) => o.value === 17500)?.indicator).toBe("residence_registrations");
  });

  it("does not carry a count into an unrelated sentence that says 'such'", () => {
    const rows = read(
      "In 2020, 16,000 foreigners were registered at their place of stay. Such checks found 12 trafficking victims in 2020.",
      "2020",
      "2021"
    );
    expect(rows.find((o) => o.value === 12)?.indicator).not.toBe("residence_registrations");
  });
});

describe("parts out of a whole, and what each part was for", () => {
  it("reads 'N out of M nouns' as a part and its whole, the predicate naming the part", () => {
    const rows = read(
      "Officials said that 70 out of 75 victims of trafficking registered in 2012 were Moldovan nationals.",
      "2012",
      "2013"
    );
    expect(rows.map((o) => [o.value, o.indicator, o.citizenship])).toEqual([
      [70, "trafficking_victims_registered", "Moldova"],
      [75, "trafficking_victims_registered", null]
    ]);
  });

  it("reads the whole after 'out of' on its own words", () => {
    const rows = read(
      "A total of 90 persons were convicted out of 1,200 human trafficking cases filed as of June 2012.",
      "2012Q1",
      "2012"
    );
    expect(rows.map((o) => `${o.value}:${o.indicator}@${o.period}`)).toEqual([
      "90:trafficking_convictions@2012-06-30",
      "1200:trafficking_criminal_cases@2012-06-30"
    ]);
  });

  it.each(["one in five victims were Romanian.", "3 out of 10 victims were women."])(
    "keeps the ratio in %j out of the counts",
    (text) => {
      expect(read(`In 2012, ${text}`, "2012", "2013")).toEqual([]);
    }
  );

  it("reads a range of years after 'from' as the period, not a comparison", () => {
    const rows = read("An NGO says that 500 trafficking victims were identified from 2001 to 2011.", "2012H1", "2012");
    expect(rows.map((o) => o.period)).toEqual(["2001-2011"]);
  });

  it("reads a spelled-out 'one for …' after a part that says what it was for", () => {
    const rows = read(
      "In 2024, courts convicted 30 traffickers. Of the convictions, 12 were for sex trafficking and one for illegal adoption.",
      "2024",
      "2025"
    );
    expect(rows.find((o) => o.value === 1)?.category).toBe("illegal adoption");
    const none = read(
      "In 2024, courts convicted 30 traffickers. Of the convictions, 12 were for sex trafficking and one for each region.",
      "2024",
      "2025"
    );
    expect(none.find((o) => o.value === 1)).toBeUndefined();
  });
});

describe("destinations after 'for'", () => {
  it("reads the countries permits are for as destinations, and the demonym as citizenship", () => {
    const rows = read(
      "In 2022, 300 Nepalis obtained work permits for Cyprus; 210 for Croatia; 95 people for Malta.",
      "2022",
      "2023"
    );
    expect(rows.map((o) => [o.value, o.indicator, o.country, o.citizenship, o.category])).toEqual([
      [300, "work_permits_issued", "Cyprus", "Nepal", null],
      [210, "work_permits_issued", "Croatia", "Nepal", null],
      [95, "work_permits_issued", "Malta", null, null]
    ]);
  });

  it.each([
    ["In 2022, 40 permits were issued for Azerbaijan citizens.", null],
    ["In 2022, 63 permits were issued for highly skilled workers.", null],
    ["In 2022, 12 residence permits were issued for Ukrainian nationals.", null]
  ])("reads no destination in %j", (text, country) => {
    expect(read(text, "2022", "2023").map((o) => o.country)).toEqual([country]);
  });
});

describe("a nationality with its number in brackets or after 'at'", () => {
  it("reads 'from Albania (97), followed by Georgia at 39' as two parts by citizenship", () => {
    const rows = read(
      "In 2022, 300 deportation orders were signed. Most of those who received a deportation order are from Albania (97), followed by Georgia at 39.",
      "2022",
      "2023"
    );
    expect(rows.map((o) => [o.value, o.indicator, o.citizenship])).toEqual([
      [300, "deportations", null],
      [97, "deportations", "Albania"],
      [39, "deportations", "Georgia"]
    ]);
  });

  it("does not let a bracketed count that names no country anchor what follows", () => {
    const rows = read(
      "In 2022, 300 deportation orders (12 appealed) were signed, and at 39 the rate was stable.",
      "2022",
      "2023"
    );
    expect(rows.map((o) => o.value)).not.toContain(39);
  });
});

describe("whom 'of them' and a community count", () => {
  it("takes the people a numberless sentence is about as whom 'of them' counts", () => {
    const rows = read(
      "By 1 July, 5,100 citizens of Belarus lived in Latvia. Kazakhs were the fifth largest group of foreigners. 1,200 of them lived in Latvia by 1 July, compared with 1,100 on 1 January.",
      "2022H1",
      "2022-07"
    );
    expect(rows.map((o) => [o.value, o.citizenship])).toEqual([
      [5100, "Belarus"],
      [1200, "Kazakhstan"],
      [1100, "Kazakhstan"]
    ]);
  });

  it("keeps the earlier people when the numberless sentence is about no people", () => {
    const rows = read(
      "By 1 July, 5,100 citizens of Belarus lived in Latvia. Most of them arrived to work. 1,200 of them lived in Riga.",
      "2022H1",
      "2022-07"
    );
    expect(rows.find((o) => o.value === 1200)?.citizenship).toBe("Belarus");
  });

  it("reads a people's diaspora as whom the count is of", () => {
    const rows = read(
      "As of 1 July, 90,000 foreigners lived in Latvia. The Belarusian diaspora remains the largest in Latvia, reaching 30 100 people.",
      "2022H1",
      "2022-07"
    );
    expect(rows.find((o) => o.value === 30100)).toMatchObject({citizenship: "Belarus", period: "2022-07-01"});
  });
});

describe("persons without citizenship", () => {
  it("reads migration registrations of persons without citizenship as registrations, not citizenship granted", () => {
    const rows = read(
      "In 2019, migration registrations of foreign citizens and people without citizenship: 7,100,000. In 2018, this number amounted to almost 8 million.",
      "2019",
      "2020"
    );
    expect(rows.map((o) => `${o.value}:${o.indicator}`)).toEqual([
      "7100000:residence_registrations",
      "8000000:residence_registrations"
    ]);
  });

  it("still reads citizenship granted", () => {
    expect(read("In 2019, 1,200 persons were granted citizenship.", "2019", "2020").map((o) => o.indicator)).toEqual([
      "citizenship_granted"
    ]);
  });
});

describe("mid-month to mid-month spans", () => {
  it("reads a bracketed mid-month span with a year as the period of the count before it, and of the later ones", () => {
    const rows = read(
      "About 8,000 workers received licences in one month (mid-March to mid-April, 2021).\n\nOf them, 7,120 men and 880 women received licences in the period.",
      "2021-03/2021-04",
      "2021-04-20"
    );
    expect(at(rows)).toEqual([
      "8000@2021-03-15..2021-04-14",
      "7120@2021-03-15..2021-04-14",
      "880@2021-03-15..2021-04-14"
    ]);
  });

  it("gives a yearless mid-month span the reporting year", () => {
    const rows = read(
      "In the second month of the fiscal year (Baisakh, mid-April to mid-May), 3,100 workers received licences.",
      "2022-04/2022-05",
      "2022-05"
    );
    expect(at(rows)).toEqual(["3100@2022-04-15..2022-05-14"]);
  });

  it("does not take a bracket holding a count as the date of the phrase before it, nor a single mid-month", () => {
    const inBracket = read(
      "About 8,000 workers received licences (900 from mid-March to mid-April, 2021).",
      "2021-03/2021-04",
      "2021-04-20"
    );
    expect(at(inBracket).find((r) => r.startsWith("8000@"))).toBe("8000@2021-03-01..2021-04-30");
    const single = read("From mid-March to April, 3,100 workers received licences.", "2022-03/2022-04", "2022-05");
    expect(at(single)).not.toContain("3100@2022-03-15..2022-04-14");
  });
});

describe("a change from one figure to another", () => {
  it("reads the figure after 'from' as the year before's and the one after 'to' as the period's", () => {
    const rows = read("In 2021, the number of residence permits issued rose from 4,200 to 5,300.", "2021", "2022-02");
    expect(at(rows)).toEqual(["4200@2020", "5300@2021"]);
  });

  it("does not let a sentence restating a count for last year frame the sentences after it", () => {
    const rows = read(
      "In January-September 2021, 9,000 registrations were made. Last year, this number amounted to 11,000. The number of residence permits issued rose from 4,200 to 5,300.",
      "2021-01/2021-09",
      "2021-10-05"
    );
    expect(at(rows).filter((r) => r.startsWith("5300@"))).toEqual(["5300@2021-01-01..2021-09-30"]);
  });
});

describe("status taken up and permits secured", () => {
  it.each([
    ["In 2021, 1,310 foreigners became permanent residents of Estonia.", "1310:permanent_residence_permits_issued"],
    ["In 2022, 4,310 Indian workers secured labour permits.", "4310:work_permits_issued"]
  ])("reads %j as what was granted", (text, row) => {
    expect(read(text, "2021", "2022-02").map((o) => `${o.value}:${o.indicator}`)).toEqual([row]);
  });

  it.each([
    ["In 2021, 310 work permits were granted to permanent residents.", "permanent_residence_permits_issued"],
    ["In 2021, 310 foreigners became residents.", "permanent_residence_permits_issued"],
    ["In 2022, police secured 4,310 metres of the border.", "work_permits_issued"]
  ])("does not read %j as %s", (text, indicator) => {
    expect(read(text, "2021", "2022-02").map((o) => o.indicator)).not.toContain(indicator);
  });
});

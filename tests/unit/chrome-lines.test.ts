import {describe, expect, it} from "vitest";
import {chromeLineStarts, isMenuItem, opensWithDateline} from "../../loaders/general/chrome-lines.js";
import {extractStatements} from "../../loaders/general/extract-statements.js";
import {findQuantities} from "../../loaders/general/find-quantities.js";
import {titleCasePeople} from "../../loaders/general/title-case-people.js";
import {parsePeriodLabel} from "../../loaders/periods/parse-period.js";

/** The values of the rows read from a whole item dated 20 May 2024. */
function values(raw: string): number[] {
  const r = extractStatements(raw, [{number: "", start: 0, end: raw.length}], {
    reportingPeriod: parsePeriodLabel("2024"),
    documentDate: "2024-05-20",
    state: "Niger",
    claimed: []
  });
  return r.observations.map((o) => o.value);
}

/** The numbers of a text that are read as statistics. */
const live = (text: string) =>
  findQuantities(text)
    .filter((q) => !q.excluded)
    .map((q) => q.text);

describe("a page's menu items", () => {
  it.each([
    "- Data and Resources",
    "- Take Action",
    "- 2030 Agenda",
    "– Who We Are",
    "» Press releases",
    "› Contact us"
  ])("%j is a menu item", (line) => expect(isMenuItem(line)).toBe(true));

  it.each([
    "- In order to improve the situation of migrant workers abroad, the ministry opened offices.",
    "Data and Resources",
    "- 1,200 migrants returned,",
    "The ministry opened 12 offices.",
    // A list item wrapped onto the next line after a word that needs more.
    "- annual net migration: loss of",
    "- migrants deported were"
  ])("%j is no menu item", (line) => expect(isMenuItem(line)).toBe(false));
});

describe("a story opened by its dateline", () => {
  it.each([
    "Niamey – Since 2019, the International Organization for Migration has facilitated returns.",
    "MIAMI - US Coast Guard officials said their crews repatriated 203 Cubans.",
    "Bujumbura, Burundi (PANA) - The Burundi government said here Monday it was ready.",
    "Banjul – The UN Migration Agency assisted 144 Gambian migrants.",
    "Port Moresby — Police intercepted 40 foreign nationals.",
    "GENEVA – IOM today released its annual report.",
    "Addis Ababa (ENA) – A total of 3,200 Ethiopians returned from Saudi Arabia.",
    "Tripoli – 2,300 migrants were intercepted at sea in May."
  ])("%j", (line) => expect(opensWithDateline(line)).toBe(true));

  it.each([
    "The ministry – in a statement – said 200 people returned.",
    "the 12 – 14 May operation",
    "Between 2019 and 2023 – the report says – returns doubled."
  ])("not %j", (line) => expect(opensWithDateline(line)).toBe(false));
});

describe("a headline between a menu and the dateline keeps its own number", () => {
  const page = [
    "Cross-cutting (Global)",
    "- Data and Resources",
    "- Take Action",
    "- 2030 Agenda",
    "Mali Main Host Country for Voluntary Return with 12,400 Vulnerable Migrants Returned since 2020",
    "Bamako – Since 2020, IOM in Mali has facilitated the voluntary return of 12,318 migrants to their countries of origin."
  ].join("\n");

  it("breaks after each menu item and after the headline", () => {
    const starts = chromeLineStarts(page).map((s) => page.slice(s, s + 12));
    expect(starts).toContain("Mali Main Ho");
    expect(starts).toContain("Bamako – Sin");
    expect(starts).toContain("- Take Actio");
  });

  it("reads the headline's figure and the story's figure apart", () => {
    const v = values(page);
    expect(v).toContain(12400);
    expect(v).toContain(12318);
  });

  it("does not break a sentence wrapped across lines", () => {
    const wrapped = "The ministry said the number of returns from\nTripoli – the capital – rose to 4,000.";
    expect(chromeLineStarts(wrapped)).toEqual([]);
  });
});

describe("a title-case headline counts people in capitalised words", () => {
  it.each([
    ["IOM Assists 144 Gambian Migrants to Return Home from Libya", "144"],
    ["Niger Hosts 66,700 Vulnerable Migrants Returned since 2019", "66,700"],
    ["Coast Guard Rescues 58 Haitian Refugees off Florida", "58"],
    ["Police Free 220 Trafficking Victims in Joint Operation", "220"],
    ["Ministry Repatriates 375 Stranded Workers from Myanmar", "375"],
    ["Over 1,200 Asylum Seekers Arrive on Lampedusa", "1,200"],
    ["Authorities Deport 96 Undocumented Migrants", "96"],
    ["UNHCR Relocates 4,500 Displaced Persons", "4,500"],
    ["Government Welcomes 300 Returning Nationals", "300"],
    ["Bahamas Repatriates 2,030 Irregular Migrants", "2,030"]
  ])("%j", (headline, number) => expect(live(headline)).toContain(number));

  it("still reads a number that names something as a name", () => {
    expect(live("Call the 919 Call Center for help")).toEqual([]);
    expect(live("The 101 Hotline Service took calls")).toEqual([]);
    expect(titleCasePeople(" Call Center answered")).toBe(false);
    expect(titleCasePeople(" Vulnerable Migrants Returned")).toBe(true);
  });
});

describe("numbers of a page's banner are no counts", () => {
  it.each([
    "Listen Live On Our Live Stream or Tune To Our Frequencies: 88.3 FM | 88.9 FM | 94.7 FM | 98.5 FM",
    "Tune in on 101.5 FM",
    "The station broadcasts on 702 kHz and 98.1 MHz",
    "Posted 3 hours ago | 1,204 shares | 33 likes",
    "| 173 Views",
    "12 comments",
    "By Jane Doe | 4 min read",
    "Follow us: 12,400 followers | 3,100 subscribers",
    "Updated 35 mins ago"
  ])("%j", (banner) => expect(live(banner)).toEqual([]));

  it("keeps the figures of a headline after the banner", () => {
    expect(live("Tune To Our Frequencies: 88.3 FM | 98.5 FM Fifteen persons granted refugee status")).toEqual([
      "Fifteen"
    ]);
  });
});

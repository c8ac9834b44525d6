import {describe, expect, it} from "vitest";
import {extractStatements} from "../../loaders/general/extract-statements.js";
import {opensSinceEvent, sentenceAfter, sinceEventSpan} from "../../loaders/general/read-since-event.js";
import {parsePeriodLabel} from "../../loaders/periods/parse-period.js";

const REPORTING = parsePeriodLabel("2020-01-01/2020-04-15");

/** "value@start..end [category]" of the rows of an item dated 18 April 2020. */
function rows(raw: string): string[] {
  const r = extractStatements(raw, [{number: "", start: 0, end: raw.length}], {
    reportingPeriod: REPORTING,
    documentDate: "2020-04-18",
    state: "Spain",
    claimed: []
  });
  return r.observations.map((o) => `${o.value}@${o.period.start}..${o.period.end} [${o.category ?? ""}]`);
}

describe("a count since an undated event, whose span the next sentence states", () => {
  it.each([
    [
      "Since the state of alarm was declared, the coasts have received 745 immigrants, 551 of them in the Canary Islands.\n\nOfficial statistics show that between March 15th and April 15th, only two more immigrants arrived than in 2019.",
      ["745@2020-03-15..2020-04-15 []", "551@2020-03-15..2020-04-15 [Canary Islands]"]
    ],
    [
      "Since the lockdown began, 312 migrants have arrived by sea. Figures show that between March 16 and April 12, arrivals fell.",
      ["312@2020-03-16..2020-04-12 []"]
    ],
    [
      "Since the borders were closed, police have detained 84 irregular migrants. The figures cover the period from 20 March to 14 April.",
      ["84@2020-03-20..2020-04-14 []"]
    ],
    [
      "Since the start of the emergency, 1,204 asylum applications have been lodged. Between 14 March and 15 April, the offices stayed open.",
      ["1204@2020-03-14..2020-04-15 []"]
    ],
    [
      "Since the decree took effect, 96 migrants have been returned.\n\nThe ministry said that from March 18 to April 10, returns continued.",
      ["96@2020-03-18..2020-04-10 []"]
    ],
    [
      "Since the outbreak of the pandemic, 230 victims of trafficking have been identified. Between 1 March and 31 March, the hotline stayed open.",
      ["230@2020-03-01..2020-03-31 []"]
    ],
    [
      "Since the emergency was declared, 57 migrants have been rescued at sea. Between March 15th and April 15th, boats kept arriving.",
      ["57@2020-03-15..2020-04-15 []"]
    ],
    [
      "Since the new law entered into force, 415 asylum applications have been lodged. From 1 April to 15 April, most were lodged online.",
      ["415@2020-04-01..2020-04-15 []"]
    ],
    [
      "Since the camps were closed, 640 migrants have been returned. Between March 21 and April 17, the relocations went on.",
      ["640@2020-03-21..2020-04-17 []"]
    ],
    [
      "Since the curfew began, 28 traffickers have been convicted. Between 25 March and 16 April, the courts sat daily.",
      ["28@2020-03-25..2020-04-16 []"]
    ]
  ])("%j", (raw, expected) => {
    const read = rows(raw);
    for (const e of expected) expect(read).toContain(e);
  });
});

describe("what takes no span from the next sentence", () => {
  it.each([
    ["a since of the calendar", "Since the beginning of the year, 745 immigrants have arrived."],
    ["a since with a date", "Since 15 March, 745 immigrants have arrived."],
    ["a since within the sentence", "The coasts have received 745 immigrants since the state of alarm was declared."]
  ])("%s", (_, sentence) => {
    expect(
      sinceEventSpan(sentence, "Between March 15th and April 15th, boats kept arriving.", "2020-04-18", REPORTING)
    ).toBeNull();
  });

  it("takes no span that ended long before the item", () => {
    const s = "Since the state of alarm was declared, the coasts have received 745 immigrants.";
    expect(
      sinceEventSpan(s, "Between January 2nd and February 1st, boats kept arriving.", "2020-04-18", REPORTING)
    ).toBeNull();
    expect(opensSinceEvent(s)).toBe(true);
  });

  it("takes no year the next sentence names", () => {
    const s = "Since the state of alarm was declared, the coasts have received 745 immigrants.";
    expect(sinceEventSpan(s, "In 2019, 743 immigrants arrived.", "2020-04-18", REPORTING)).toBeNull();
  });

  it("reads the next sentence on one line", () => {
    expect(sentenceAfter("First one. Second\nline here. Third.", 10)).toBe("Second line here.");
  });
});

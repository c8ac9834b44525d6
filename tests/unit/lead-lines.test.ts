import {describe, expect, it} from "vitest";
import {leadLines} from "../../loaders/general/lead-lines.js";
import {observations} from "./read-paragraph.js";

const linesOf = (raw: string) =>
  leadLines(raw).starts.map((s) =>
    raw.slice(s, raw.indexOf("\n", s) < 0 ? undefined : raw.indexOf("\n", s)).slice(0, 12)
  );

describe("the lines a press item opens with", () => {
  it.each([
    "News / National\nOver 9 000 Malawians deported\n12 Mar 2015 at 10:20hrs | Views\nThe ministry said that 9,214 Malawians were deported in 2014.",
    "Asylum claims fall in Norway\nPublished : 05 Aug 2023, 00:18\nThe number of asylum claims fell to 4,120 in 2022.",
    "Ministry repatriated 43 workers\nSabtu, 31 Desember 2016 23:37 WIB\nJakarta (ANTARA) - The ministry repatriated 43 workers in 2016.",
    "Police rescue 12 victims\nMonday, 3 May 2021\nPolice rescued 12 victims of trafficking in April 2021.",
    "Deportations rise\nBy Staff Writer\nDeportations rose to 3,300 in 2019, the ministry said.",
    "Business / Labour\nForeign workers top 500,000\nForeign workers numbered 512,300 at the end of 2018.",
    "Border arrests up\n14 July 2020\nBorder guards arrested 1,840 migrants in June 2020.",
    "Sofia, January 21, 2019\nPeople in care\nThe shelter assisted 97 victims in 2018.",
    "Returns from Libya\nUpdated 09:00\nSome 2,400 migrants returned from Libya in 2017.",
    "Visa overstayers\nTuesday\nThe department found 640 overstayers in 2016."
  ])("splits %j", (raw) => {
    expect(leadLines(raw).starts.length).toBeGreaterThanOrEqual(1);
    expect(linesOf(raw).at(-1)).not.toBe("");
  });

  it("keeps a sentence wrapped across lines and a text that opens on a sentence", () => {
    expect(
      leadLines("In 2019 the ministry registered 1,234 victims of\ntrafficking, of whom 200 were children.").starts
    ).toEqual([]);
    expect(leadLines("The ministry registered 1,234 victims in 2019.\nOf them 200 were children.").starts).toEqual([]);
    expect(leadLines("In 2019 the ministry registered 1,234\nvictims of trafficking.").starts).toEqual([]);
  });

  it("keeps headline and dateline numbers out of the statistics", () => {
    const rows = observations(
      "News / National\nOver 9 000 Malawians deported\n12 Mar 2015 at 10:20hrs | Views\nThe ministry said that 9,214 Malawians were deported from January to October 2014.",
      "2014",
      "2015-03-12"
    );
    expect(rows.map((o) => `${o.value}@${o.period.label}`)).toEqual(["9214@2014-01-01..2014-10-31"]);
  });
});

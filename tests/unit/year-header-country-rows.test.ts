import {describe, expect, it} from "vitest";
import {readYearHeaderTables} from "../../loaders/general/read-year-header-tables.js";
import {yearHeaderRows} from "../../loaders/general/year-header-rows.js";

/** The first year's observations as "country citizenship category value". */
const first = (text: string) =>
  yearHeaderRows(readYearHeaderTables(text, 0, text.length), text, "1")
    .filter(
      (r) => r.period.label === r.period.label.slice(0, 4) && r.period.label === text.match(/\b(19|20)\d\d\b/)![0]
    )
    .map((r) => `${r.country ?? "-"} ${r.citizenship ?? "-"} ${r.category ?? "-"} ${r.value}`);

describe("rows of a table under years named by a country", () => {
  it.each([
    [
      "asylum applications by country of origin",
      "Asylum applications by country of origin\n2018 2019 2020\nSyria 1,204 1,530 988\nAfghanistan 870 912 1,040\n",
      ["- Syria - 1204", "- Afghanistan - 870"]
    ],
    [
      "peoples as labels",
      "Victims of trafficking identified\n2015 2016\nNigerian 120 133\nRomanian 85 91\n",
      ["- Nigeria - 120", "- Romania - 85"]
    ],
    [
      "residence permits with a total row",
      "Residence permits issued\n2019 2020\nIndia 4,100 3,220\nChina 2,950 2,010\nTotal 7,050 5,230\n",
      ["- India - 4100", "- China - 2950", "- - - 7050"]
    ],
    [
      "workers deployed by destination",
      "Overseas workers deployed by destination\n2017 2018\nSaudi Arabia 12,400 11,030\nQatar 8,120 9,004\n",
      ["Saudi Arabia - - 12400", "Qatar - - 8120"]
    ],
    [
      "emigrants by country of destination",
      "Emigration by country of destination\n2012 2013\nGermany 3,300 3,950\nUnited Kingdom 2,100 2,440\n",
      ["Germany - - 3300", "United Kingdom - - 2100"]
    ],
    [
      "departures by country of disembarkation",
      "Departures of residents by country of disembarkation\n2017 2018\nFrance 28,100 28,925\nIndia 25,300 26,607\n",
      ["France - - 28100", "India - - 25300"]
    ],
    [
      "returns by nationality with a footnoted label",
      "Forced returns by nationality\n2021 2022\nAlbania* 640 702\nGeorgia 410 388\n",
      ["- Albania - 640", "- Georgia - 410"]
    ],
    [
      "detentions with multi-word countries",
      "Persons detained for irregular stay\n2014 2015\nSouth Sudan 210 260\nDominican Republic 95 120\n",
      ["- South Sudan - 210", "- Dominican Republic - 95"]
    ],
    [
      "deportations of peoples",
      "Deportations carried out\n2010 2011\nHondurans 3,010 3,440\nGuatemalans 2,900 3,120\n",
      ["- Honduras - 3010", "- Guatemala - 2900"]
    ],
    [
      "labels that are no countries stay categories",
      "Residence permits issued\n2019 2020\nFamily reunification 4,100 3,220\nStudy 2,950 2,010\n",
      ["- - family reunification 4100", "- - study 2950"]
    ]
  ])("reads %s", (_, text, expected) => {
    expect(first(text)).toEqual(expected);
  });
});

import {describe, expect, it} from "vitest";
import {nationalityRows, nationalityTables} from "../../loaders/general/read-nationality-rows.js";

/** "citizenship value period" of the rows of the tables in a text. */
const rows = (text: string) =>
  nationalityTables(text, 0, text.length).flatMap((t) =>
    nationalityRows(t, text, "2020-05-01", "1").map((r) => `${r.citizenship ?? "total"} ${r.value} ${r.period.label}`)
  );

describe("rows by nationality with a separator between the cells, under a heading ending in a colon", () => {
  it.each([
    [
      "double dashes",
      "Migrants returned by nationality, 2019:\nHonduras -- 1,204\nGuatemala -- 988\nEl Salvador -- 455\n",
      ["Honduras 1204 2019", "Guatemala 988 2019", "El Salvador 455 2019"]
    ],
    [
      "colons",
      "Asylum applications lodged in 2018:\nSyria: 3,410\nAfghanistan: 2,022\nIraq: 1,118\nTotal: 6,550\n",
      ["Syria 3410 2018", "Afghanistan 2022 2018", "Iraq 1118 2018", "total 6550 2018"]
    ],
    [
      "en dashes and peoples",
      "Victims of trafficking identified in 2017:\nNigerian – 61\nRomanian – 44\nChinese – 20\n",
      ["Nigeria 61 2017", "Romania 44 2017", "China 20 2017"]
    ],
    [
      "bars",
      "Deportations carried out in 2016:\nMexico | 2,310\nCuba | 1,875\nHaiti | 1,002\nOthers | 310\n",
      ["Mexico 2310 2016", "Cuba 1875 2016", "Haiti 1002 2016", "Others 310 2016"]
    ],
    [
      "equals signs",
      "Work permits issued in 2015:\nIndia = 4,100\nNepal = 3,220\nPhilippines = 2,950\n",
      ["India 4100 2015", "Nepal 3220 2015", "Philippines 2950 2015"]
    ],
    [
      "em dashes",
      "Refugees resettled in 2014:\nSomalia — 510\nEritrea — 330\nSudan — 120\n",
      ["Somalia 510 2014", "Eritrea 330 2014", "Sudan 120 2014"]
    ],
    [
      "a heading with no colon over dashed rows",
      "Removals by nationality, 2013\nAlbania -- 72\nKosovo -- 40\nSerbia -- 31\n",
      ["Albania 72 2013", "Kosovo 40 2013", "Serbia 31 2013"]
    ],
    [
      "colons with no space",
      "Removals in 2012:\nPakistan:1,020\nIndia:990\nBangladesh:45\n",
      ["Pakistan 1020 2012", "India 990 2012", "Bangladesh 45 2012"]
    ],
    [
      "mixed spacing around the dashes",
      "Asylum seekers registered in 2011:\nEritrea--310\nEthiopia  --  122\nSomalia --98\n",
      ["Eritrea 310 2011", "Ethiopia 122 2011", "Somalia 98 2011"]
    ],
    [
      "a multi-word country and a closing total",
      "Returns from abroad in 2010:\nUnited States -- 3,001\nSouth Africa -- 1,220\nUnited Kingdom -- 402\nTotal -- 4,623\n",
      ["United States 3001 2010", "South Africa 1220 2010", "United Kingdom 402 2010", "total 4623 2010"]
    ]
  ])("reads %s", (_, text, expected) => {
    expect(rows(text)).toEqual(expected);
  });

  it.each([
    [
      "a sentence ending in a colon above the rows",
      "The ministry said that returns rose sharply in the year that ended, as follows:\nHonduras -- 1,204\nGuatemala -- 988\nEl Salvador -- 455\n"
    ],
    ["labels that are no countries", "Returns in 2019:\nBy air -- 1,204\nBy land -- 988\nBy sea -- 455\n"],
    ["a contact block", "Contact us:\nPhone: 5281100\nFax: 5281101\nOffice: 12\n"],
    ["dates", "Published in 2019:\nJanuary -- 21\nFebruary -- 3\nMarch -- 14\n"]
  ])("reads nothing from %s", (_, text) => {
    expect(rows(text)).toEqual([]);
  });
});

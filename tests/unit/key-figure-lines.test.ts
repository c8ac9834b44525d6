import {describe, expect, it} from "vitest";
import {headingBreaks} from "../../loaders/general/split-sentences.js";
import {flatten} from "../../loaders/text/flatten.js";

/** The first words of each sentence a blank line opens in `raw`. */
const opened = (raw: string) => {
  const flat = flatten(raw);
  return headingBreaks(raw, flat.offsets, flat.text).map((k) => flat.text.slice(k, k + 7));
};

const LONG =
  "259,145 Central African refugees registered by UNHCR in rural areas in the East, Adamaoua and North regions, of which 158,418 arrived since December 2013";

describe("a factsheet's key figures, one a line under a short heading or another figure's line, each open a sentence", () => {
  it.each([
    [`Publication date\n\n${LONG}`, ["259,145"]],
    [
      `${LONG}\n\n85,463 Nigerian refugees in the Far North region (of which 62,033 have been registered at Minawao camp)`,
      ["85,463 "]
    ],
    [`Key figures\n\n12,400 refugees hosted in the camps of the East region`, ["12,400 "]],
    [`UNHCR Cameroon Factsheet\n\n1,098 new asylum seekers arrived from the Central African Republic`, ["1,098 n"]],
    [`Sources\n\n191,908 Internally Displaced Persons in the Far North region`, ["191,908"]],
    [`HIGHLIGHTS\n\n3,119 movements observed in the Obock region during the month of May`, ["3,119 m"]],
    [`${LONG}\n\n191,908 Internally Displaced Persons in the Far North region (sources: DTM by IOM)`, ["191,908"]],
    [`Population of concern\n\n57,144 Malian refugees in Mbera camp`, ["57,144 "]],
    [`Funding\n\n20.1 million USD required for the operation in 2018`, ["20.1 mi"]],
    [
      "107,781 Migrant arrivals from the Horn of Africa into Yemen from January to September\n\n89,546 Migrants returning to Ethiopia and Somalia from the Kingdom of Saudi Arabia from January to September",
      ["89,546 "]
    ]
  ])("%j", (raw, expected) => expect(opened(raw)).toEqual(expected));

  it.each([
    // A sentence wrapped before its number, after a word that needs one.
    "Departures increased by 4.7% from\n\n282,764 to 296,083.",
    // A long line of prose above, not a heading nor a figure's line.
    "The government reported that the number of refugees who arrived during the year continued to rise steadily\n\n1,204 of them were children.",
    // A line ending on a comma goes on.
    "In the East region,\n\n12,400 refugees were hosted."
  ])("leaves %j whole", (raw) => expect(opened(raw)).toEqual([]));
});

import {describe, expect, it} from "vitest";
import {extractStatements} from "../../loaders/general/extract-statements.js";
import {parsePeriodLabel} from "../../loaders/periods/parse-period.js";

/** "value@period indicator" of the observations, and "value reason" of the candidates, of one 2019 sentence. */
function read(text: string) {
  const r = extractStatements(text, [{number: "", start: 0, end: text.length}], {
    reportingPeriod: parsePeriodLabel("2019"),
    documentDate: "2020",
    claimed: []
  });
  return {
    observations: r.observations.map((o) => `${o.value}@${o.period.label} ${o.indicator}`),
    candidates: r.candidates.map((c) => `${c.value} ${c.reason}`)
  };
}

describe("'monthly' or 'daily' naming how often a source is published, not a rate", () => {
  it.each([
    "In 2019, 7,254 asylum applications were received according to monthly statistical data.",
    "In 2019, 7,254 asylum applications were received according to monthly statistics of the service.",
    "In 2019, 7,254 migrants were deported according to the monthly report of the police.",
    "In 2019, 7,254 migrants were deported as the monthly bulletin of the ministry shows.",
    "In 2019, 7,254 migrants were deported according to monthly figures.",
    "In 2019, 7,254 migrants were deported as the monthly release of the agency says.",
    "In 2019, 7,254 migrants were deported according to the daily briefing of the ministry.",
    "In 2019, 7,254 migrants were deported as the daily newspaper of the capital reported.",
    "The number of asylum applications in 2019 was 7,254 according to monthly statistical data.",
    "The number of deportations in 2019 was 7,254 according to the monthly report.",
    "In 2019, 7,254 migrants were deported according to the monthly update of the police."
  ])("%s", (text) => {
    const r = read(text);
    expect(r.observations.map((o) => o.split(" ")[0])).toEqual(["7254@2019"]);
    expect(r.candidates).toEqual([]);
  });

  it.each([
    ["About 70 migrants are deported monthly.", "a rate with no period"],
    ["In 2019, 70 migrants were deported daily.", "a rate, not a count of its period"],
    ["In 2019, 70 migrants were deported monthly, the daily newspaper reported.", "a rate, not a count of its period"]
  ])("still holds a count at a rate as a candidate: %s", (text, reason) => {
    const r = read(text);
    expect(r.observations).toEqual([]);
    expect(r.candidates).toEqual([`70 ${reason}`]);
  });
});

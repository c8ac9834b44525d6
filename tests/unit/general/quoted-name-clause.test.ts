import {describe, expect, it} from "vitest";
import {extractDocument} from "../../../loaders/extract-document.js";
import {meta} from "../../helpers.js";

const read = (text: string, date = "2022-03-15") =>
  extractDocument(`${text}\n`, meta({date, kind: "press_item", state: "GTM"}), {tables: [], sentences: []})
    .observations;
const span = (text: string, value: number, date?: string) => {
  const row = read(text, date).find((o) => o.value === value);
  return row ? [row.period_start, row.period_end] : null;
};

describe("a short quoted name set off by commas", () => {
  it("leaves the period after it to the count before it", () => {
    expect(
      span("Officials said some 74 smugglers, locally called “polleros,” were caught between 2012 and 2014.", 74)
    ).toEqual(["2012-01-01", "2014-12-31"]);
    expect(
      span("More than 260 smugglers, known as “coyotes,” were arrested in the country between 2015 and 2019.", 260)
    ).toEqual(["2015-01-01", "2019-12-31"]);
    expect(span('Police said 93 smugglers, nicknamed "pateros," were detained in 2018.', 93)).toEqual([
      "2018-01-01",
      "2018-12-31"
    ]);
    expect(
      span("Authorities say 1,140 traffickers, dubbed “snakeheads,” were convicted between 2010 and 2016.", 1140)
    ).toEqual(["2010-01-01", "2016-12-31"]);
  });

  it("reads rewordings with other names, numbers and periods", () => {
    const cases: [string, number, string, string][] = [
      ["Some 58 smugglers, called “guides,” were arrested during 2017.", 58, "2017-01-01", "2017-12-31"],
      ["About 412 smugglers, known locally as “passeurs,” were detained in 2013.", 412, "2013-01-01", "2013-12-31"],
      ["Over 37 smugglers, known as “polleros,” were arrested between 2019 and 2021.", 37, "2019-01-01", "2021-12-31"],
      ["The agency said 205 smugglers, also called “coyotes,” were caught in 2016.", 205, "2016-01-01", "2016-12-31"],
      ["At least 81 smugglers, dubbed “guías,” were detained between 2011 and 2012.", 81, "2011-01-01", "2012-12-31"],
      ["Nearly 640 smugglers, known as 'bajadores,' were arrested in 2020.", 640, "2020-01-01", "2020-12-31"],
      ["In all, 19 smugglers, referred to as “cruzadores,” were detained in 2015.", 19, "2015-01-01", "2015-12-31"],
      ['Some 3,305 smugglers, called "mules," were arrested between 2008 and 2010.', 3305, "2008-01-01", "2010-12-31"]
    ];
    for (const [text, value, start, end] of cases) expect(span(text, value), text).toEqual([start, end]);
  });

  it("still ends the clause at a quotation closing", () => {
    // The figure inside the quotation speaks of its own period, not of the one the reporter adds after it.
    const rows = read(
      "“In 2019 we arrested 4,410 smugglers at the northern border and many more since then,” the minister said, adding that in 2021 the figure fell."
    );
    const row = rows.find((o) => o.value === 4410);
    expect(row?.period_start).toBe("2019-01-01");
  });
});

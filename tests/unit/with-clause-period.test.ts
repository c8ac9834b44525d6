import {describe, expect, it} from "vitest";
import {rows} from "./read-paragraph.js";

const read = (text: string) => rows(text, "2012", "2012-12-31");

describe("a period after a later count opening its own clause is that count's, not the one before", () => {
  it.each([
    [
      "The number of refugees stood at 50,227, with 6,000 new arrivals recorded in December.",
      "50227@2012-12-31 refugees_hosted []"
    ],
    [
      "The number of refugees in the camps stood at 148,000, with 9,000 arrivals in December.",
      "148000@2012-12-31 refugees_hosted []"
    ],
    [
      "The number of foreign residents stood at 61,200, with 4,100 permits issued in December.",
      "61200@2012-12-31 foreigners_resident []"
    ],
    ["Deportations totalled 1,240, with 310 in December.", "1240@2012 deportations []"],
    [
      "The number of asylum applications was 9,600, with 2,100 lodged in the fourth quarter.",
      "9600@2012 asylum_applications []"
    ],
    [
      "The number of refugees in the camps stood at 15,231, while 620 arrived in November.",
      "15231@2012-12-31 refugees_hosted []"
    ],
    ["Work permits issued totalled 5,900, with 700 issued in March.", "5900@2012 work_permits_issued []"],
    [
      "The number of trafficking investigations was 44, with 12 opened in December.",
      "44@2012 trafficking_investigations []"
    ],
    ["Deportations totalled 4,050, whereas 900 were recorded in December.", "4050@2012 deportations []"],
    ["The number of detained migrants stood at 2,240, with 510 detained in October.", "2240@2012 detained_migrants []"]
  ])("%s", (text, expected) => {
    expect(read(text)).toContainEqual(expected);
  });

  it("gives the later count its own period", () => {
    expect(read("Deportations totalled 1,240, with 310 in December.")).toContainEqual("310@2012-12 deportations []");
  });

  it("keeps a shared period after counts joined by 'and'", () => {
    expect(read("1,200 and 1,400 work permits were issued in March.")).toContainEqual(
      "1200@2012-03 work_permits_issued []"
    );
  });
});

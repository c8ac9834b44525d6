import {describe, expect, it} from "vitest";
import {extractDocument} from "../../loaders/extract-document.js";
import type {DocumentMeta} from "../../loaders/types.js";

/** "value indicator period" of one sentence of a release on `reporting`, dated only by its year. */
function read(text: string, reporting = "2019-09"): string[] {
  const meta = {
    file: "x.txt",
    doc_id: "x",
    title: "Operational update",
    date: "2019",
    language: "en",
    kind: "agency_release",
    reporting_period: reporting,
    state: "SSD"
  } as DocumentMeta;
  return extractDocument(`${text}\n`, meta, {tables: [], sentences: []}).observations.map(
    (o) => `${o.value} ${o.indicator} ${o.period_label}`
  );
}

describe("a monthly release's undated stock stands on the last day of its month", () => {
  it.each([
    ["There are 299,162 refugees in South Sudan.", "299162 refugees_hosted 2019-09-30"],
    ["The camp hosts 12,000 refugees.", "12000 refugees_hosted 2019-09-30"],
    ["There are 1.46 million IDPs in South Sudan.", "1460000 idps_present 2019-09-30"],
    ["South Sudan is host to 300,000 refugees.", "300000 refugees_hosted 2019-09-30"],
    ["Some 4,500 asylum seekers remain in the country.", "4500 protection_claimants_remaining 2019-09-30"],
    ["The number of foreign workers stood at 12,000.", "12000 foreign_workers_present 2019-09-30"]
  ])("%s", (text, row) => {
    expect(read(text)).toContain(row);
  });

  it("ends a stock on February's last day, in a leap year too", () => {
    expect(read("There are 5,000 refugees in the country.", "2020-02")).toContain("5000 refugees_hosted 2020-02-29");
  });

  it("leaves a flow in its month and a stock of a yearly report in its year", () => {
    expect(read("In September, 3,000 refugees arrived.")).toEqual(["3000 border_crossings 2019-09"]);
    expect(read("There are 299,162 refugees in South Sudan.", "2019")).toEqual(["299162 refugees_hosted 2019"]);
  });
});

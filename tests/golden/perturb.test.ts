/** Change numbers in a copy of the main seed: the extracted values must follow, never stay put. */
import {readFileSync} from "node:fs";
import {join} from "node:path";
import {describe, expect, it} from "vitest";
import {extractDocument} from "../../loaders/extract-document.js";
import {readSeed} from "../../loaders/seeds/read-seeds.js";
import {SPECS} from "../../loaders/specs/index.js";
import {values} from "../helpers.js";

const seed = readSeed(join(import.meta.dirname, "../../seeds"), "003_c140a606e429b773.txt");
const run = (text: string) => extractDocument(text, seed.meta, SPECS).observations;

/** Replaces one exact occurrence (it must exist exactly once, so the test cannot pass vacuously). */
function replaceOnce(text: string, from: string, to: string): string {
  const at = text.indexOf(from);
  expect(at, `"${from}" must occur in the seed`).toBeGreaterThanOrEqual(0);
  expect(text.indexOf(from, at + 1), `"${from}" must occur once`).toBe(-1);
  return text.slice(0, at) + to + text.slice(at + from.length);
}

describe("perturbed seed", () => {
  const base = run(seed.text);

  it.each([
    [
      "a table cell",
      "Turkey  63 304 67 880 79 512",
      "Turkey  63 304 67 880 79 513",
      {indicator: "remittances_received", period_label: "2018", country: "Turkey"},
      79512,
      79513
    ],
    [
      "a dot-thousands table",
      "107.172 103.741 53.303",
      "107.172 103.741 53.999",
      {indicator: "calls_received", period_label: "2019H1"},
      53303,
      53999
    ],
    [
      "a sentence",
      "2429 in 2017",
      "2500 in 2017",
      {indicator: "marriages_with_foreigners", period_label: "2017"},
      2429,
      2500
    ],
    [
      "a comma-grouped figure",
      "29,661",
      "30,112",
      {indicator: "work_permits_issued", period_label: "2016-2018+2019H1"},
      29661,
      30112
    ],
    [
      "a money amount",
      "88.300.00 manats in 2013",
      "88.900.00 manats in 2013",
      {indicator: "ngo_funding_migration", period_label: "2013"},
      88300,
      88900
    ],
    [
      "a victims breakdown",
      "66 of the \n\nvictims are women",
      "65 of the \n\nvictims are women",
      {indicator: "trafficking_victims", period_label: "2017", sex: "female", age_group: "adult"},
      66,
      65
    ]
  ] as const)("follows a change in %s", (_, from, to, key, before, after) => {
    expect(values(base, key)).toEqual([before]);
    expect(values(run(replaceOnce(seed.text, from, to)), key)).toEqual([after]);
  });

  it("follows changed years", () => {
    const changed = run(seed.text.replace(/2780 in 2013, 3411 in 2014/, "2780 in 2011, 3411 in 2012"));
    expect(values(changed, {indicator: "marriages_with_foreigners", period_label: "2011"})).toEqual([2780]);
    expect(values(changed, {indicator: "marriages_with_foreigners", period_label: "2013"})).toEqual([]);
  });

  it("turns a perturbed total into a failed check", () => {
    const text = replaceOnce(seed.text, "Total 564 194", "Total 564 994");
    const checks = extractDocument(text, seed.meta, SPECS).checks;
    expect(checks.find((c) => c.description.includes("Remittances") && c.description.includes("2016"))?.status).toBe(
      "fail"
    );
  });

  it("keeps the seed itself unchanged on disk", () => {
    expect(readFileSync(seed.path, "utf8")).toBe(seed.text);
  });
});

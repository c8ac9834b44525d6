import {readFileSync} from "node:fs";
import {join} from "node:path";
import {describe, expect, it} from "vitest";
import {extractDocument} from "../../loaders/extract-document.js";
import {SPECS} from "../../loaders/specs/index.js";
import {extract} from "../helpers.js";
import {SEEDS} from "../seed-dir.js";

const MAIN = "003_c140a606e429b773";
const main = readFileSync(join(SEEDS, `${MAIN}.txt`), "utf8");
const mainMeta = JSON.parse(readFileSync(join(SEEDS, `${MAIN}.meta.json`), "utf8"));

describe("derived checks", () => {
  it("sums yearly figures that tile a stated multi-year total", () => {
    const text =
      "61. NGO projects on the problems of migrants were funded. Thus, 2 projects in the amount of 10.000.00 manats in 2020, 3 projects in the amount of 5.500.00 manats in the first half of 2021 were funded. In total, 5 projects in the amount of 15.500.00 manats were funded by the Council during the years of 2020–2021.";
    const checks = extract(text).checks;
    expect(checks.map((c) => [c.description.split(":")[0], c.status, c.expected, c.actual])).toEqual([
      ["ngo_projects_funded_migration 2020-2021", "pass", 5, 5],
      ["ngo_funding_migration 2020-2021", "pass", 15500, 15500]
    ]);
    const broken = extract(text.replace("In total, 5 projects", "In total, 6 projects")).checks;
    expect(broken[0]).toMatchObject({status: "fail", expected: 6, actual: 5});
  });

  it("checks that a part stated alone does not exceed its total", () => {
    const text =
      "240. In 2022, 13 persons (2 men, 11 women) (12 criminal cases, 14 from previous years) were involved in criminal liability.";
    const subset = extract(text).checks.find((c) => c.kind === "subset")!;
    expect(subset).toMatchObject({status: "fail", expected: 12, actual: 14});
  });

  it("links each check to the observations it tested", () => {
    const text =
      "109. A total of 10 foreigners and stateless persons were placed in the State Migration Service’s Detention Center for Illegal Migrants in 2020. Of these, 4 were placed in the Detention Centers voluntarily and 5 mandatorily.";
    const {observations, checks} = extract(text);
    expect(checks).toHaveLength(1);
    expect(checks[0]).toMatchObject({status: "fail", expected: 10, actual: 9});
    expect(new Set(checks[0].obs_ids)).toEqual(new Set(observations.map((o) => o.obs_id)));
  });

  it("fails every figure whose period lies far outside the document's date and reporting period", () => {
    // Without its first paragraph, no paragraph can be numbered: periods are read across paragraphs.
    const fromParagraph2 = main.slice(main.search(/^\s*2\.\s/m));
    const r = extractDocument(fromParagraph2, mainMeta, SPECS);
    expect(r.paragraphs.numbered).toBe(0);
    const absurd = r.observations.filter((o) => o.period_start < "2003-01-01" || o.period_end > "2020-12-31");
    expect(absurd.length).toBeGreaterThan(0);
    expect(absurd.map((o) => `${o.indicator} ${o.period_start}..${o.period_end}`)).toContain(
      "persons_readmitted 1999-05-21..2030-12-31"
    );
    const failed = r.checks.filter((c) => c.kind === "period_range");
    expect(failed.every((c) => c.status === "fail")).toBe(true);
    expect(new Set(failed.flatMap((c) => c.obs_ids))).toEqual(new Set(absurd.map((o) => o.obs_id)));
    expect(failed.find((c) => c.description.startsWith("persons_readmitted"))!.detail).toBe(
      "1999-05-21..2030-12-31 is not within 2003-01-01..2020-12-31 (the document is dated 2019, reporting on 2013-2018+2019H1)"
    );
    // The whole report: every period within its time, so no such check.
    expect(extractDocument(main, mainMeta, SPECS).checks.filter((c) => c.kind === "period_range")).toEqual([]);
  });

  it("measures a document's time from its date when it states no reporting period", () => {
    const text =
      "1. The report.\n2. The number of registered marriages between citizens of the Republic and foreigners was 1904 in 2009, 2611 in 2021 and 2700 in 2025.";
    const failed = extract(text, {date: "2023-10-10"}).checks.filter((c) => c.kind === "period_range");
    expect(failed.map((c) => c.detail)).toEqual([
      "2009-01-01..2009-12-31 is not within 2013-10-10..2024-10-10 (the document is dated 2023-10-10)",
      "2025-01-01..2025-12-31 is not within 2013-10-10..2024-10-10 (the document is dated 2023-10-10)"
    ]);
  });
});

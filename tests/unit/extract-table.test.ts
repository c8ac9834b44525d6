import {readFileSync} from "node:fs";
import {describe, expect, it} from "vitest";
import {extractTable} from "../../loaders/tables/extract-table.js";
import type {ExtractionError} from "../../loaders/extracted.js";
import {CMW_TABLES} from "../../loaders/specs/cmw-tables.js";
import {extract, values} from "../helpers.js";

const spec = (id: string) => CMW_TABLES.find((t) => t.id === id)!;
const next = readFileSync(new URL("../fixtures/cmw-next-report.txt", import.meta.url), "utf8");

describe("extractTable", () => {
  it("reads a remittances table with new years and countries, across a repeated header, fixing splits by the Total row", () => {
    const r = extractTable(next, spec("remittances-by-country"));
    const v = (country: string | null, year: string) =>
      r.observations.filter((o) => o.country === country && o.period.label === year).map((o) => o.value);
    expect(v("Russian Federation", "2020")).toEqual([512004]);
    expect(v("Germany", "2022")).toEqual([52010]);
    expect(v("Other countries", "2021")).toEqual([160000]);
    expect(v(null, "2022")).toEqual([946425]);
    expect(r.observations).toHaveLength(15);
    expect(r.checks.filter((c) => c.status !== "pass")).toEqual([]);
    expect(r.checks.filter((c) => c.kind === "sum")).toHaveLength(3);
  });

  it("fixes an ambiguous detention row by its equal age and sex marginals", () => {
    const r = extractTable(next, spec("detention-placements"));
    const row2022 = r.observations.filter((o) => o.period.label === "2022").map((o) => o.value);
    expect(row2022).toEqual([41, 388, 1012, 14, 10, 302, 1163]);
    expect(r.observations.find((o) => o.period.label === "2023H1")!.period.partial).toBe(true);
    expect(r.checks.filter((c) => c.kind === "equal_marginals").map((c) => c.status)).toEqual(["pass", "pass", "pass"]);
  });

  it("records a failed check, not a guess, when marginals cannot agree", () => {
    const text = next.replace("2022 41 388 1 012 14 10 302 1 163", "2022 41 388 1 012 14 10 302 1 164");
    const r = extractTable(text, spec("detention-placements"));
    const failed = r.checks.filter((c) => c.status === "fail");
    expect(failed.map((c) => c.kind)).toContain("equal_marginals");
  });

  it("reports a table whose rows sum to a different Total", () => {
    const text = next.replace("Germany 41 120 44 900 52 010", "Germany 41 120 44 900 52 090");
    const r = extractTable(text, spec("remittances-by-country"));
    expect(r.checks.some((c) => c.kind === "sum" && c.status === "fail" && c.description.includes("2022"))).toBe(true);
  });

  it("reads a cell holding two numbers", () => {
    const text = ` Data on foreigners and stateless persons staying and residing within the territory of \n\nthe country for the period of 2020–2021 \n\n 2020 2021 \n\nRefugee status 2 (with family \n\nmembers 5) \n\n7 (with family \n\nmembers 9) \n\n  Reply to paragraph 2 \n`;
    const r = extractTable(text, spec("stays-and-residence"));
    expect(r.observations.map((o) => [o.indicator, o.period.label, o.value])).toEqual([
      ["refugee_status_granted", "2020", 2],
      ["refugee_status_granted_incl_family_members", "2020", 5],
      ["refugee_status_granted", "2021", 7],
      ["refugee_status_granted_incl_family_members", "2021", 9]
    ]);
  });

  it.each([
    ["border-violations", "forged_document_crossings_detained", "2023H1", 120],
    ["call-centre-calls", "calls_received", "2022", 110055],
    ["stays-and-residence", "foreigners_arrived", "2022", 2410987],
    ["stays-and-residence", "permanent_residence_permits", "2023H1", 1455],
    ["stays-and-residence", "refugee_status_granted_incl_family_members", "2021", 11]
  ])("reads table %s of a later report: %s %s", (id, indicator, period, value) => {
    const r = extractTable(next, spec(id));
    expect(
      r.observations.filter((o) => o.indicator === indicator && o.period.label === period).map((o) => o.value)
    ).toEqual([value]);
  });

  it("refuses a table that ends before its Total row, at the line where it ends", () => {
    const cut = next.slice(0, next.indexOf("Germany 41 120 44 900") + "Germany 41 120 44 900".length);
    expect(() => extractTable(cut, spec("remittances-by-country"))).toThrow(
      /table "remittances-by-country" ends before its Total row/
    );
    try {
      extractTable(cut, spec("remittances-by-country"));
    } catch (e) {
      expect(cut.slice(0, (e as ExtractionError).offset).split("\n").length).toBe(cut.split("\n").length);
    }
    // A heading where the Total row should be: the table stops there, without it.
    const noTotal = next.replace(/^Total .*$/m, "Reply to paragraph 9 of the list of issues");
    expect(() => extractTable(noTotal, spec("remittances-by-country"))).toThrow(
      /table "remittances-by-country" ends before its Total row, after row "Other countries"/
    );
  });

  it("finds nothing where the caption is absent", () => {
    expect(
      extractTable("Countries 2016 2017 2018\nTurkey 1 2 3\n", spec("remittances-by-country")).observations
    ).toEqual([]);
  });

  it("keeps every table cell's quote and number at their offsets in the source", () => {
    const r = extract(next);
    for (const o of r.observations) {
      expect(o.quote).toBe(next.slice(o.char_start, o.char_end));
      expect(o.value_start).toBeGreaterThanOrEqual(o.char_start);
      expect(o.value_end).toBeLessThanOrEqual(o.char_end);
    }
    expect(
      values(r.observations, {indicator: "remittances_received", period_label: "2021", country: "Germany"})
    ).toEqual([44900]);
  });
});

import {describe, expect, it} from "vitest";
import {addSourceChecks, mergeSources, sourcesDifferChecks} from "../../loaders/checks/merge-sources.js";
import {valueTolerance} from "../../loaders/registry/source-ranking.js";
import type {DocumentMeta} from "../../loaders/types.js";
import {extract, meta} from "../helpers.js";

/** A document read by the real extractor, as extractSeeds returns it. */
function document(text: string, overrides: Partial<DocumentMeta>) {
  const m = meta({date: "2021", ...overrides});
  return {meta: m, ...extract(text, m)};
}

const victims = (n: number, year = 2019) => `In ${year}, ${n} victims of trafficking were identified.`;

describe("series points across documents", () => {
  it("makes one point with two sources, and no check, of two documents stating the same value", () => {
    const a = document(victims(57), {doc_id: "report", kind: "periodic_report"});
    const b = document(victims(57), {doc_id: "press", kind: "press_item", date: "2022"});
    const points = mergeSources([b, a]);
    expect(points).toHaveLength(1);
    const [point] = points;
    // The state's own report ranks above the press item, although the press item is more recent.
    expect(point.sources.map((o) => [o.doc_id, o.value])).toEqual([
      ["report", 57],
      ["press", 57]
    ]);
    expect(point.point_id).toBe(a.observations[0].obs_id);
    expect(point.choice).toMatch(/report, the state's own report \(periodic_report\), ranks above a press item/);
    expect(sourcesDifferChecks(points)).toEqual([]);
  });

  it("records a sources_differ warning with both values, documents, locators and observations", () => {
    const a = document(`1. The report covers 2019.\n\n2. ${victims(57)}`, {doc_id: "report", kind: "periodic_report"});
    const b = document(`1. ${victims(63)}`, {doc_id: "press", kind: "press_item"});
    const checks = sourcesDifferChecks(mergeSources([a, b]));
    expect(checks).toHaveLength(1);
    expect(checks[0]).toMatchObject({
      check_id: "report:s0001",
      doc_id: "report",
      kind: "sources_differ",
      status: "warn",
      locator: "2",
      expected: 57,
      actual: 63,
      tolerance: 0,
      detail: "57 persons (report, 2) vs 63 persons (press, 1)"
    });
    expect(checks[0].description).toMatch(/^trafficking_victims_identified 2019: total stated differently by 2/);
    // Its observations are both statements, so the quality page shows both quotes.
    expect(checks[0].obs_ids).toEqual([a.observations[0].obs_id, b.observations[0].obs_id]);
    expect([a, b].map((d) => d.observations[0].quote)).toEqual([victims(57), victims(63)]);
    // The check joins the headline document's own checks.
    addSourceChecks([a, b]);
    expect(a.checks.map((c) => c.kind)).toContain("sources_differ");
    expect(b.checks.map((c) => c.kind)).not.toContain("sources_differ");
  });

  it("prefers the most recent document among documents of one kind", () => {
    const old = document(victims(57), {doc_id: "old", kind: "press_item", date: "2020-03-01"});
    const recent = document(victims(63), {doc_id: "recent", kind: "press_item", date: "2021-05-01"});
    const [point] = mergeSources([old, recent]);
    expect(point.sources.map((o) => o.doc_id)).toEqual(["recent", "old"]);
    expect(point.choice).toBe(
      "Chosen from 2 documents: recent, a press item (press_item) like old, is the more recent (2021-05-01)."
    );
  });

  it("keeps points of different periods, breakdowns or states apart", () => {
    const a = document(victims(57), {doc_id: "a"});
    const otherYear = document(victims(63, 2018), {doc_id: "b"});
    const women = document("In 2019, 63 women were identified as victims of trafficking.", {doc_id: "c"});
    const otherState = document(victims(63), {doc_id: "d", state: "KAZ"});
    const points = mergeSources([a, otherYear, women, otherState]);
    expect(points.every((p) => p.sources.length === 1)).toBe(true);
    expect(points.length).toBeGreaterThanOrEqual(4);
    expect(sourcesDifferChecks(points)).toEqual([]);
  });

  it("counts a figure restated within one document once, from its first statement", () => {
    const a = document(`1. ${victims(57)}\n\n2. ${victims(58)}`, {doc_id: "a"});
    const [point] = mergeSources([a]);
    expect(point.sources.map((o) => o.value)).toEqual([57]);
    expect(point.choice).toBe("The only document that states this figure.");
  });

  it("allows sums of money their rounding and counts none", () => {
    expect(valueTolerance("persons", 57, 58)).toBe(0);
    expect(valueTolerance("USD", 1_200_000, 1_203_000)).toBe(6015);
    expect(valueTolerance("thousand USD", 100, 100.4)).toBeCloseTo(0.502);
    const text = (amount: string) => `Remittances of USD ${amount} were received in 2019.`;
    const within = [text("1,200,000"), text("1,203,000")].map((t, i) => document(t, {doc_id: `m${i}`}));
    expect(sourcesDifferChecks(mergeSources(within))).toEqual([]);
    const beyond = [text("1,200,000"), text("1,260,000")].map((t, i) => document(t, {doc_id: `m${i}`}));
    expect(sourcesDifferChecks(mergeSources(beyond))).toHaveLength(1);
  });
});

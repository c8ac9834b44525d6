import {describe, expect, it} from "vitest";
import {evaluate, sumMetrics, thresholdFailures, type ExtractedDocument} from "../../loaders/eval/evaluate.js";
import {formatReport} from "../../loaders/eval/format-report.js";
import {countMismatches} from "../../loaders/eval/diagnose-mismatch.js";
import {parseGold, type GoldRecord} from "../../loaders/eval/read-gold.js";
import type {Observation} from "../../loaders/types.js";
import {goldRecord, observation as obs} from "../helpers.js";

const gold = goldRecord;

const doc = (doc_id: string, observations: Observation[]): ExtractedDocument => ({
  meta: {doc_id, title: `Report ${doc_id}`},
  observations
});

/** One valid gold line as a statistician would write it. */
const line = (o: Record<string, unknown> = {}) =>
  JSON.stringify({
    id: "g1",
    doc: "doc_a",
    family: "trafficking",
    indicator: "victims",
    period: "2018",
    period_start: "2018-01-01",
    period_end: "2018-12-31",
    breakdown: {sex: "women"},
    value: 66,
    unit: "persons",
    quote: "66 of the victims are women",
    tier: "core",
    ...o
  });

describe("reading gold files", () => {
  it("reads valid lines, skipping blank ones, and remembers where each came from", () => {
    const {records, errors} = parseGold(
      `\ufeff${line()}\n\n${line({id: "g2", breakdown: undefined, period_start: null, period_end: null})}\r\n`,
      "a.gold.jsonl"
    );
    expect(errors).toEqual([]);
    expect(records.map((r) => [r.id, r.line, r.file])).toEqual([
      ["g1", 1, "a.gold.jsonl"],
      ["g2", 3, "a.gold.jsonl"]
    ]);
    expect(records[0].breakdown).toEqual({sex: "women"});
    expect(records[1].breakdown).toEqual({});
  });

  it("accepts a statistic with no period at all, and matches it only to rows without one", () => {
    const {records, errors} = parseGold(line({period: null, period_start: null, period_end: null}), "x.gold.jsonl");
    expect(errors).toEqual([]);
    expect(evaluate([doc("doc_a", [obs({value: 66, sex: "female"})])], records).overall.core_matched).toBe(0);
    expect(parseGold(line({period: null}), "x.gold.jsonl").errors).toHaveLength(1);
  });

  it("names file and line for malformed JSON", () => {
    const {records, errors} = parseGold(`${line()}\n{"id": "g2",\n`, "dir/x.gold.jsonl");
    expect(records).toHaveLength(1);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^dir\/x\.gold\.jsonl:2: malformed JSON/);
  });

  it("names file, line and field for a missing required field", () => {
    const {records, errors} = parseGold(
      `${line()}\n${line({id: "g2", quote: undefined, tier: undefined})}`,
      "x.gold.jsonl"
    );
    expect(records).toHaveLength(1);
    expect(errors).toEqual(['x.gold.jsonl:2: missing required fields "quote", "tier"']);
  });

  it("rejects values that would make matching silently wrong", () => {
    const bad = [
      line({value: "1 079 629"}),
      line({tier: "important"}),
      line({family: "asylum"}),
      line({period_start: "2018"}),
      line({breakdown: {gender: "female"}}),
      line({breakdown: {sex: "children"}}),
      line({period_start: "2019-01-01"}),
      "[1, 2]"
    ];
    const {records, errors} = parseGold(bad.join("\n"), "x.gold.jsonl");
    expect(records).toEqual([]);
    expect(errors.map((e) => e.split(":")[1])).toEqual(["1", "2", "3", "4", "5", "6", "7", "8"]);
    expect(errors[4]).toContain('breakdown key "gender"');
  });

  it("rejects an id used twice in one file", () => {
    const {records, errors} = parseGold(`${line()}\n${line()}`, "x.gold.jsonl");
    expect(records).toHaveLength(1);
    expect(errors).toEqual(['x.gold.jsonl:2: id "g1" is already used on line 1; ids must be unique within a file']);
  });
});

describe("evaluation", () => {
  it("counts a statistic stated twice in the gold once", () => {
    const report = evaluate(
      [doc("doc_a", [obs({value: 66, sex: "female"})])],
      [
        gold({id: "g1", value: 66, breakdown: {sex: "women"}}),
        gold({id: "g2", value: 66, breakdown: {sex: "female"}, tier: "secondary", paragraph: "summary"}),
        gold({id: "g3", value: 5, breakdown: {sex: "men"}})
      ]
    );
    const d = report.documents[0];
    expect(d.metrics).toMatchObject({gold: 2, core: 2, core_matched: 1, core_recall: 0.5, matched: 1, recall: 0.5});
    expect(d.duplicate_gold_lines).toBe(1);
    expect(d.missed_core.map((g) => g.ids)).toEqual([["g3"]]);
  });

  it("counts a missed duplicate once too", () => {
    const report = evaluate([doc("doc_a", [])], [gold({id: "g1"}), gold({id: "g2"})]);
    expect(report.documents[0].metrics).toMatchObject({gold: 1, core: 1, core_matched: 0, core_recall: 0});
    expect(report.documents[0].missed_core[0].ids).toEqual(["g1", "g2"]);
  });

  it("separates core recall from recall over all tiers", () => {
    const report = evaluate(
      [doc("doc_a", [obs({value: 1}), obs({value: 2})])],
      [
        gold({id: "a", value: 1, tier: "core"}),
        gold({id: "b", value: 3, tier: "core"}),
        gold({id: "c", value: 2, tier: "marginal"}),
        gold({id: "d", value: 4, tier: "secondary"})
      ]
    );
    expect(report.overall).toMatchObject({
      gold: 4,
      core: 2,
      core_matched: 1,
      core_recall: 0.5,
      matched: 2,
      recall: 0.5
    });
  });

  it("counts rows that match no gold record of any tier as unexplained", () => {
    const rows = [
      obs({obs_id: "r1", value: 1}),
      obs({obs_id: "r2", value: 2}),
      obs({obs_id: "r3", value: 3, sex: "male"}),
      obs({obs_id: "r4", value: 1, period_start: "2017-01-01", period_end: "2017-12-31", period_label: "2017"})
    ];
    const report = evaluate(
      [doc("doc_a", rows)],
      [
        gold({value: 1}),
        gold({id: "m", value: 2, tier: "marginal"}),
        gold({id: "t", value: 3, breakdown: {sex: "women"}})
      ]
    );
    const d = report.documents[0];
    expect(d.metrics).toMatchObject({extracted: 4, unexplained: 2, unexplained_share: 0.5});
    expect(d.unexplained.map((u) => u.obs_id)).toEqual(["r3", "r4"]);
    expect(d.unexplained[0]).toMatchObject({
      indicator: "victims",
      period_label: "2018",
      breakdown: {sex: "male"},
      value: 3,
      unit: "persons",
      spec_id: "spec"
    });
  });

  it("does not count a restated row as unexplained", () => {
    const first = obs({obs_id: "p10", locator: "10", value: 71, quote: "Of the 71 identified trafficking victims"});
    const again = obs({
      obs_id: "p52",
      locator: "52",
      value: 71,
      quote: "Out of 71 victims of trafficking",
      spec_id: "other-spec"
    });
    const stray = obs({obs_id: "p53", locator: "53", value: 72});
    const report = evaluate([doc("doc_a", [first, again, stray])], [gold({value: 71})]);
    const d = report.documents[0];
    expect(d.metrics).toMatchObject({extracted: 3, unexplained: 1, gold: 1, matched: 1});
    expect(d.unexplained.map((u) => u.obs_id)).toEqual(["p53"]);
  });

  it("reports per family, using the gold's family for gold and the row's for rows", () => {
    const report = evaluate(
      [doc("doc_a", [obs({family: "other", value: 1}), obs({family: "border", value: 9})])],
      [gold({family: "trafficking", value: 1})]
    );
    const fam = Object.fromEntries(report.documents[0].families.map((f) => [f.family, f.metrics]));
    expect(Object.keys(fam)).toEqual(["border", "trafficking", "other"]);
    expect(fam.trafficking).toMatchObject({gold: 1, core_matched: 1, extracted: 0});
    expect(fam.other).toMatchObject({gold: 0, core_recall: null, extracted: 1, unexplained: 0});
    expect(fam.border).toMatchObject({extracted: 1, unexplained: 1, unexplained_share: 1});
  });

  it("passes the breakdown rule through", () => {
    const rows = [obs({value: 66, sex: "female", age_group: "adult"})];
    const records = [gold({value: 66, breakdown: {sex: "women"}})];
    expect(evaluate([doc("doc_a", rows)], records).overall).toMatchObject({core_matched: 1, unexplained: 0});
    const strict = evaluate([doc("doc_a", rows)], records, "strict");
    expect(strict.breakdown_rule).toBe("strict");
    expect(strict.overall).toMatchObject({core_matched: 0, unexplained: 1});
  });

  it("evaluates only documents with gold, matches a doc prefix, and warns about unknown docs", () => {
    const report = evaluate(
      [doc("003_c140a606e429b773", [obs({value: 5})]), doc("004_6cf3", [obs({value: 5})])],
      [gold({doc: "003_c140", value: 5}), gold({doc: "999", file: "g.gold.jsonl", line: 7})]
    );
    expect(report.documents.map((d) => d.doc_id)).toEqual(["003_c140a606e429b773"]);
    expect(report.skipped).toEqual(["004_6cf3"]);
    expect(report.warnings).toEqual([
      'g.gold.jsonl:7: 1 gold record names doc "999", which matches no document of the seed folders; left out'
    ]);
    expect(report.overall).toMatchObject({gold: 1, core_matched: 1, extracted: 1, unexplained: 0});
  });

  it("never lets gold of one document explain rows of another", () => {
    const report = evaluate(
      [doc("a", [obs({value: 5})]), doc("b", [obs({value: 5})])],
      [gold({doc: "a", value: 5}), gold({doc: "b", value: 6})]
    );
    expect(report.documents.map((d) => d.metrics.unexplained)).toEqual([0, 1]);
  });

  it("sums counts, not ratios, for the overall figures", () => {
    const report = evaluate(
      [doc("a", [obs({value: 1})]), doc("b", [])],
      [
        gold({doc: "a", value: 1}),
        gold({doc: "b", id: "x", value: 1}),
        gold({doc: "b", id: "y", value: 2}),
        gold({doc: "b", id: "z", value: 3})
      ]
    );
    expect(report.overall.core_recall).toBe(0.25);
    expect(sumMetrics([])).toMatchObject({gold: 0, core_recall: null, unexplained_share: null});
  });

  it("sums per kind of document, and prints the kinds when there are several", () => {
    const kinded = (doc_id: string, kind: string, observations: Observation[]): ExtractedDocument => ({
      meta: {doc_id, title: doc_id, kind},
      observations
    });
    const report = evaluate(
      [
        kinded("a", "press_item", [obs({doc_id: "a", value: 1}), obs({doc_id: "a", value: 9})]),
        kinded("b", "press_item", [obs({doc_id: "b", value: 2})]),
        kinded("c", "annual_trafficking_chapter", [obs({doc_id: "c", value: 3})])
      ],
      [gold({doc: "a", id: "a1", value: 1}), gold({doc: "b", id: "b1", value: 5}), gold({doc: "c", id: "c1", value: 3})]
    );
    expect(report.documents.map((d) => d.kind)).toEqual(["press_item", "press_item", "annual_trafficking_chapter"]);
    expect(report.kinds).toEqual([
      {
        kind: "annual_trafficking_chapter",
        documents: 1,
        metrics: expect.objectContaining({core: 1, core_matched: 1}),
        mismatches: {missed_core: countMismatches([]), unexplained: countMismatches([])}
      },
      {
        kind: "press_item",
        documents: 2,
        metrics: expect.objectContaining({core: 2, core_matched: 1, unexplained: 2}),
        mismatches: {
          missed_core: countMismatches(["value not found"]),
          unexplained: countMismatches(["value not found", "value not found"])
        }
      }
    ]);
    expect(formatReport(report)).toContain("press_item: missed core 0 other breakdown, 0 other period");
    expect(formatReport(report)).toMatch(/b1 .* 5 persons {2}\(value not found\)/);
    expect(formatReport(report, {quiet: true})).toContain("(press_item, 2 documents)");
    const one = evaluate([kinded("a", "press_item", [])], [gold({doc: "a"})]);
    expect(formatReport(one, {quiet: true})).not.toContain("(press_item, 1 documents)");
  });
});

describe("thresholds", () => {
  const m = (core_recall: number | null, unexplained_share: number | null) => ({
    gold: 1,
    core: 1,
    core_matched: 0,
    core_recall,
    matched: 0,
    recall: 0,
    extracted: 1,
    unexplained: 0,
    unexplained_share
  });

  it("fail below the recall bar or above the unexplained bar only", () => {
    expect(thresholdFailures(m(0.8, 0.2), {minRecall: 0.8, maxUnexplained: 0.2})).toEqual([]);
    expect(thresholdFailures(m(0.79, 0.21), {minRecall: 0.8, maxUnexplained: 0.2})).toHaveLength(2);
    expect(thresholdFailures(m(0.1, 0.9), {})).toEqual([]);
    expect(thresholdFailures(m(null, null), {minRecall: 0.5, maxUnexplained: 0.5})).toEqual([
      "core recall cannot be measured: no core gold records"
    ]);
  });
});

describe("the text report", () => {
  const report = evaluate(
    [doc("doc_a", [obs({value: 1}), obs({value: 2}), obs({value: 3})]), doc("doc_b", [])],
    [gold({id: "hit", value: 1}), gold({id: "miss1", value: 8}), gold({id: "miss2", value: 9})]
  );

  it("shows the table, what was skipped, the missed core records and the unexplained rows", () => {
    const text = formatReport(report);
    expect(text).toMatch(
      /^document\s+family\s+gold\s+core\s+core found\s+core recall\s+recall\s+extracted\s+unexplained\s+unexpl\. share/
    );
    expect(text).toMatch(/doc_a\s+\(all\)\s+3\s+3\s+1\s+33\.3%\s+33\.3%\s+3\s+2\s+66\.7%/);
    expect(text).toContain("Not evaluated (no gold records): doc_b");
    expect(text).toContain("miss1  trafficking_victims  2018  total  8 persons");
    expect(text).toContain("victims  2018  total  3 persons  [spec @ 1]");
  });

  it("prints only the table when quiet, and caps the lists", () => {
    expect(formatReport(report, {quiet: true})).not.toContain("Missed");
    const capped = formatReport(report, {maxList: 1});
    expect(capped).toContain("miss1");
    expect(capped).not.toContain("miss2");
    expect(capped.match(/… and 1 more/g)).toHaveLength(2);
  });
});

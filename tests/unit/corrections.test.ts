import {mkdtempSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {createHash} from "node:crypto";
import {describe, expect, it} from "vitest";
import {parseCorrections} from "../../loaders/corrections/read-corrections.js";
import {extractSeeds} from "../../loaders/run-loaders.js";
import {extract} from "../helpers.js";

const TEXT =
  "In 2018, the government identified 57 trafficking victims (63 in 2017). Mobile groups screened 395 individuals for trafficking indicators. Until the child of a person was 14, three transgender victims were sheltered. About 40% of them were in the capital.\n";

describe("parseCorrections", () => {
  it("reads each action with its line, skipping blank and comment lines", () => {
    const {corrections, errors} = parseCorrections(
      [
        `{"action": "reject", "value": 63, "quote": "63 in 2017", "note": "a restatement"}`,
        ``,
        `// kept for review`,
        `{"action": "relabel", "value": 57, "quote": "identified 57", "set": {"period": "2018H1", "sex": "female"}}`
      ].join("\n")
    );
    expect(errors).toEqual([]);
    expect(corrections.map((c) => [c.line, c.action])).toEqual([
      [1, "reject"],
      [4, "relabel"]
    ]);
    expect(corrections[1].set.period?.label).toBe("2018H1");
  });

  it.each([
    [`{"action": "delete", "value": 1, "quote": "abc"}`, /"action" must be one of/],
    [`{"action": "reject", "value": "57", "quote": "abc"}`, /"value" must be the number/],
    [`{"action": "reject", "value": 57}`, /"quote" must be a piece/],
    [`{"action": "relabel", "value": 57, "quote": "abc"}`, /a relabel needs "set"/],
    [
      `{"action": "relabel", "value": 57, "quote": "abc", "set": {"period": "last year"}}`,
      /"set.period" must be a period label/
    ],
    [`{"action": "relabel", "value": 57, "quote": "abc", "set": {"obs_id": "x"}}`, /cannot change "obs_id"/],
    [`{"action": "reject", "value": 57, "quote": "abc", "why": "x"}`, /unknown field "why"/],
    [`{"action": "reject", "value": 57, "quote": "abc",}`, /not JSON/]
  ])("refuses %s", (line, message) => {
    const {errors} = parseCorrections(`\n${line}\n`);
    expect(errors).toHaveLength(1);
    expect(errors[0].line).toBe(2);
    expect(errors[0].message).toMatch(message);
  });
});

describe("applying corrections", () => {
  const read = (lines: string[]) =>
    extract(
      TEXT,
      {reporting_period: "2018", language: "en"},
      {corrections: parseCorrections(lines.join("\n")).corrections}
    );
  const values = (r: ReturnType<typeof read>) =>
    r.observations.map((o) => `${o.value}@${o.period_label}:${o.indicator}:${o.sex ?? ""}:${o.spec_id}`);

  it("rejects a reading, relabels one and accepts a candidate", () => {
    const before = extract(TEXT, {reporting_period: "2018", language: "en"});
    expect(before.observations.map((o) => o.value)).toContain(63);
    const after = read([
      `{"action": "reject", "value": 63, "quote": "63 in 2017"}`,
      `{"action": "relabel", "value": 57, "quote": "identified 57", "set": {"sex": "female"}}`,
      `{"action": "relabel", "value": 3, "quote": "three transgender", "set": {"category": "transgender"}}`,
      `{"action": "accept", "value": 40, "quote": "40% of them", "set": {"indicator": "child_victims_share", "family": "trafficking", "unit": "percent"}}`
    ]);
    expect(values(after)).not.toContain(expect.stringMatching(/^63@/));
    expect(values(after)).toContain("57@2018:trafficking_victims_identified:female:correction:2");
    expect(after.observations.find((o) => o.value === 3)).toMatchObject({
      category: "transgender",
      spec_id: "correction:3"
    });
    expect(values(after)).toContain("40@2018:child_victims_share::correction:4");
    expect(after.candidates.map((c) => c.value)).not.toContain(40);
    expect(after.corrections.map((c) => c.line)).toEqual([1, 2, 3, 4]);
  });

  it("fails with the line of a correction that matches nothing, or several statements", () => {
    expect(() => read([`{"action": "reject", "value": 64, "quote": "63 in 2017"}`])).toThrow(/matches no reading/);
    expect(() =>
      read([`{"action": "reject", "value": 57, "quote": "57"}`, `{"action": "reject", "value": 999, "quote": "none"}`])
    ).toThrow(expect.objectContaining({line: 2}));
  });

  it("names the corrections file and line when the loaders run", async () => {
    const dir = mkdtempSync(join(tmpdir(), "migstat-corrections-"));
    const bytes = Buffer.from(TEXT);
    writeFileSync(join(dir, "r.txt"), bytes);
    writeFileSync(
      join(dir, "r.meta.json"),
      JSON.stringify({
        doc_id: "r",
        file: "r.txt",
        title: "R",
        un_symbol: null,
        publisher: "P",
        date: "2019",
        language: "en",
        kind: "annual_trafficking_chapter",
        reporting_period: "2018",
        sha256: createHash("sha256").update(bytes).digest("hex"),
        size_bytes: bytes.length
      })
    );
    writeFileSync(
      join(dir, "r.corrections.jsonl"),
      `{"action": "reject", "value": 63, "quote": "63 in 2017"}\n{"action": "reject", "value": 1, "quote": "no such text"}\n`
    );
    await expect(extractSeeds({seeds: dir})).rejects.toThrow(
      /r\.corrections\.jsonl:2: reject of 1 "no such text" matches no reading/
    );
    writeFileSync(join(dir, "r.corrections.jsonl"), `{"action": "reject", "value": 63, "quote": "63 in 2017"}\n`);
    const [result] = await extractSeeds({seeds: dir});
    expect(result.observations.map((o) => o.value)).not.toContain(63);
  });
});

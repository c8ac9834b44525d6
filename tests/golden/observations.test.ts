/**
 * Golden extractions per seed. A mismatch writes `<doc>.<kind>-changed.json` beside the expected
 * file for review; `npm run golden:accept` promotes reviewed files. CI never regenerates them.
 */
import {existsSync, readFileSync, rmSync, writeFileSync} from "node:fs";
import {join} from "node:path";
import {describe, expect, it} from "vitest";
import {extractDocument} from "../../loaders/extract-document.js";
import {listSeedFiles, readSeed} from "../../loaders/seeds/read-seeds.js";
import {SPECS} from "../../loaders/specs/index.js";

const SEEDS = join(import.meta.dirname, "../../seeds");
// The development corpus: real reports no spec was written for, read by the general statement reader alone.
const REAL = join(import.meta.dirname, "../fixtures/real");
const EXPECTED = join(import.meta.dirname, "expected");
const files = listSeedFiles(SEEDS);

function compare(docId: string, kind: string, actual: unknown, dir = EXPECTED): void {
  const expectedPath = join(dir, `${docId}.${kind}.json`);
  const changedPath = join(dir, `${docId}.${kind}-changed.json`);
  const text = JSON.stringify(actual, null, 1) + "\n";
  const expected = existsSync(expectedPath) ? readFileSync(expectedPath, "utf8") : null;
  if (expected === text) {
    rmSync(changedPath, {force: true});
    return;
  }
  writeFileSync(changedPath, text);
  expect(
    expected === null ? `(no golden file ${expectedPath})` : JSON.parse(expected),
    `golden mismatch: review ${changedPath}`
  ).toEqual(actual);
}

describe("golden extractions", () => {
  it("covers every seed", () => {
    expect(files.length).toBeGreaterThanOrEqual(5);
  });

  for (const file of files) {
    describe(file, () => {
      const seed = readSeed(SEEDS, file);
      const r = extractDocument(seed.text, seed.meta, SPECS);

      it("matches the expected observations", () => {
        compare(
          seed.meta.doc_id,
          "observations",
          r.observations.map((o) => ({
            obs_id: o.obs_id,
            locator: o.locator,
            family: o.family,
            indicator: o.indicator,
            period: o.period_label,
            partial: o.partial,
            country: o.country,
            citizenship: o.citizenship,
            sex: o.sex,
            age_group: o.age_group,
            category: o.category,
            value: o.value,
            unit: o.unit,
            approx: o.approx,
            number: seed.text.slice(o.value_start, o.value_end)
          }))
        );
      });

      it("matches the expected checks", () => {
        compare(
          seed.meta.doc_id,
          "checks",
          r.checks.map((c) => ({
            status: c.status,
            kind: c.kind,
            description: c.description,
            expected: c.expected,
            actual: c.actual,
            observations: c.obs_ids.length
          }))
        );
      });

      it("quotes every number exactly where the seed states it", () => {
        for (const o of r.observations) {
          expect(seed.text.slice(o.char_start, o.char_end)).toBe(o.quote);
          expect(o.char_start <= o.value_start && o.value_end <= o.char_end).toBe(true);
        }
      });
    });
  }
});

describe("golden extractions of the development corpus", () => {
  const real = listSeedFiles(REAL);
  it("covers at least eight real documents", () => {
    expect(real.length).toBeGreaterThanOrEqual(8);
  });

  for (const file of real) {
    it(`${file}: matches the expected observations and candidates`, () => {
      const doc = readSeed(REAL, file);
      const r = extractDocument(doc.text, doc.meta, SPECS);
      const number = (start: number, end: number) => doc.text.slice(start, end);
      compare(
        doc.meta.doc_id,
        "observations",
        {
          observations: r.observations.map((o) => ({
            indicator: o.indicator,
            family: o.family,
            period: o.period_label,
            country: o.country,
            citizenship: o.citizenship,
            sex: o.sex,
            age_group: o.age_group,
            category: o.category,
            value: o.value,
            unit: o.unit,
            approx: o.approx,
            number: number(o.value_start, o.value_end),
            rule: o.spec_id,
            confidence: o.confidence
          })),
          candidates: r.candidates.map((c) => ({
            indicator: c.indicator,
            period: c.period_label,
            value: c.value,
            number: number(c.value_start, c.value_end),
            reason: c.reason
          }))
        },
        join(EXPECTED, "real")
      );
    });
  }
});

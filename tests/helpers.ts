/** Shared test helpers: run the extraction on a text and look observations up by meaning. */
import {spawn} from "node:child_process";
import {extractDocument, type DocumentExtraction, type ExtractOptions} from "../loaders/extract-document.js";
import {SPECS} from "../loaders/specs/index.js";
import type {DocumentMeta, Observation} from "../loaders/types.js";
import type {GoldRecord} from "../loaders/eval/read-gold.js";

export function meta(overrides: Partial<DocumentMeta> = {}): DocumentMeta {
  return {
    doc_id: "test",
    file: "test.txt",
    title: "Test report",
    un_symbol: null,
    publisher: "Test",
    date: "2023",
    language: "en",
    kind: "periodic_report",
    sha256: "0".repeat(64),
    size_bytes: 0,
    ...overrides
  };
}

export function extract(
  text: string,
  overrides: Partial<DocumentMeta> = {},
  options: ExtractOptions = {}
): DocumentExtraction {
  return extractDocument(text, meta(overrides), SPECS, options);
}

type Key = Partial<
  Pick<
    Observation,
    "indicator" | "unit" | "period_label" | "country" | "citizenship" | "sex" | "age_group" | "category" | "locator"
  >
>;

/** The values of observations matching every given field (breakdowns default to null = total). */
export function values(observations: Observation[], key: Key): number[] {
  const want = {country: null, citizenship: null, sex: null, age_group: null, category: null, ...key};
  return observations
    .filter((o) => Object.entries(want).every(([k, v]) => o[k as keyof Observation] === v))
    .map((o) => o.value);
}

/** An observation as the extractor would write it: a 2018 total of 100 persons unless told otherwise. */
export function observation(o: Partial<Observation> = {}): Observation {
  return {
    obs_id: "o",
    doc_id: "doc_a",
    family: "trafficking",
    indicator: "victims",
    period_label: "2018",
    period_start: "2018-01-01",
    period_end: "2018-12-31",
    partial: false,
    country: null,
    citizenship: null,
    sex: null,
    age_group: null,
    category: null,
    value: 100,
    unit: "persons",
    approx: null,
    locator: "1",
    page: null,
    char_start: 0,
    char_end: 10,
    quote: "q",
    value_start: 0,
    value_end: 3,
    spec_id: "spec",
    confidence: 1,
    ...o
  };
}

/**
 * A long command without blocking the test process: a worker blocked for a minute misses vitest's own
 * messages and fails the run with "Timeout calling onTaskUpdate".
 */
export function runAsync(
  command: string,
  args: string[],
  options: {cwd?: string; env?: NodeJS.ProcessEnv} = {}
): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: options.cwd ?? process.cwd(),
      env: {...process.env, npm_config_update_notifier: "false", ...options.env}
    });
    let output = "";
    child.stdout.on("data", (d) => (output += d));
    child.stderr.on("data", (d) => (output += d));
    child.on("error", reject);
    child.on("close", (status) =>
      status === 0
        ? resolve(output)
        : reject(new Error(`${command} ${args.join(" ")} failed (exit ${status}):\n${output}`))
    );
  });
}

/** A core gold record of 100 persons in 2018, as a statistician would write one; override what a test needs. */
export function goldRecord(g: Partial<GoldRecord> = {}): GoldRecord {
  return {
    id: "g",
    doc: "doc_a",
    family: "trafficking",
    indicator: "trafficking_victims",
    period: "2018",
    period_start: "2018-01-01",
    period_end: "2018-12-31",
    breakdown: {},
    value: 100,
    unit: "persons",
    quote: "q",
    tier: "core",
    file: "t.gold.jsonl",
    line: 1,
    ...g
  };
}

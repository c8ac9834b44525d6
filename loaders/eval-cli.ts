/**
 * npm run eval -- --seeds DIR --gold FILE|DIR [--json] [--quiet] [--max-list N] [--min-recall X] [--max-unexplained Y]
 *   [--breakdown-rule gold-keys|strict]
 * Extracts the seed documents in memory (no database is written) and compares the rows with hand-checked
 * gold records. Exit codes: 0 done, 1 bad input, 2 bad arguments, 3 below the --min-recall/--max-unexplained bar.
 */
import {existsSync} from "node:fs";
import {resolve} from "node:path";
import {parseArgs} from "node:util";
import {extractSeeds} from "./run-loaders.js";
import {evaluate, thresholdFailures, type EvalReport} from "./eval/evaluate.js";
import {formatReport} from "./eval/format-report.js";
import {readGoldFiles} from "./eval/read-gold.js";
import {BREAKDOWN_RULE, type BreakdownRule} from "./eval/match-gold.js";
import type {DocumentResult} from "./db/write-database.js";

const USAGE = `usage: npm run eval -- [--seeds DIR]... --gold FILE|DIR... [options]
  --seeds DIR            seed folder (.txt/.pdf with .meta.json); repeatable; default seeds
  --gold FILE|DIR        gold JSON Lines file, or a folder of *.gold.jsonl; repeatable; required
  --json                 print a machine-readable report instead of the text one
  --quiet                print only the summary table
  --max-list N           list at most N missed records and N unexplained rows per document
  --min-recall X         exit 3 if the overall core recall is below X (0..1)
  --max-unexplained Y    exit 3 if the overall unexplained share is above Y (0..1)
  --breakdown-rule R     gold-keys (default: the keys the gold record sets must agree; keys only
                         the row sets are ignored) or strict (keys set on either side must agree)
`;

const OPTIONS = {
  seeds: {type: "string", multiple: true},
  gold: {type: "string", multiple: true},
  json: {type: "boolean"},
  quiet: {type: "boolean"},
  "max-list": {type: "string"},
  "min-recall": {type: "string"},
  "max-unexplained": {type: "string"},
  "breakdown-rule": {type: "string"},
  help: {type: "boolean", short: "h"}
} as const;

/** Bad arguments exit 2, like the loaders CLI, so CI can tell a typo from bad gold. */
function usageError(message: string): never {
  process.stderr.write(`eval: ${message}\n${USAGE}`);
  process.exit(2);
}

function inputError(messages: string | string[]): never {
  for (const m of [messages].flat()) process.stderr.write(`eval: ${m}\n`);
  process.exit(1);
}

function fraction(name: string, text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const x = Number(text);
  if (text.trim() === "" || !Number.isFinite(x) || x < 0 || x > 1)
    usageError(`--${name} must be a number from 0 to 1, not "${text}"`);
  return x;
}

function readArgs() {
  let parsed;
  try {
    parsed = parseArgs({args: process.argv.slice(2), options: OPTIONS, strict: true, allowPositionals: false});
  } catch (e) {
    // node's messages suggest "--" tricks; name the option and the valid ones instead.
    const err = e as Error & {code?: string};
    const option = /'([^']+)'/.exec(err.message)?.[1];
    if (err.code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") usageError(`unknown option ${option}`);
    if (err.code === "ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL")
      usageError(`unexpected argument ${option}; every value follows its option (--seeds DIR, --gold FILE)`);
    usageError(err.message);
  }
  const v = parsed.values;
  if (v.help) {
    process.stdout.write(USAGE);
    process.exit(0);
  }
  if (!v.gold?.length) usageError("--gold FILE|DIR is required");
  let maxList: number | undefined;
  if (v["max-list"] !== undefined) {
    maxList = Number(v["max-list"]);
    if (!Number.isInteger(maxList) || maxList < 0)
      usageError(`--max-list must be a whole number, not "${v["max-list"]}"`);
  }
  const rule = v["breakdown-rule"] ?? BREAKDOWN_RULE;
  if (rule !== "strict" && rule !== "gold-keys")
    usageError(`--breakdown-rule must be strict or gold-keys, not "${rule}"`);
  return {
    rule: rule as BreakdownRule,
    // The same folder named twice (seeds, ./seeds) is read once rather than reported as clashing doc_ids.
    seeds: v.seeds?.length ? [...new Map(v.seeds.map((d) => [resolve(d), d])).values()] : ["seeds"],
    gold: v.gold,
    json: v.json ?? false,
    quiet: v.quiet ?? false,
    maxList,
    thresholds: {
      minRecall: fraction("min-recall", v["min-recall"]),
      maxUnexplained: fraction("max-unexplained", v["max-unexplained"])
    }
  };
}

/** Caps the JSON lists like the text ones, so --max-list means the same in both. */
function capLists(report: EvalReport, max: number | undefined): EvalReport {
  if (max === undefined) return report;
  return {
    ...report,
    documents: report.documents.map((d) => ({
      ...d,
      missed_core: d.missed_core.slice(0, max),
      unexplained: d.unexplained.slice(0, max)
    }))
  };
}

const args = readArgs();
const started = performance.now();

for (const p of [...args.seeds, ...args.gold]) if (!existsSync(p)) inputError(`${p}: no such file or folder`);
const gold = readGoldFiles(args.gold);
if (gold.errors.length > 0)
  inputError([
    ...gold.errors,
    `${gold.errors.length} error${gold.errors.length === 1 ? "" : "s"} in the gold files; nothing evaluated`
  ]);
if (gold.records.length === 0)
  inputError(
    `no gold records in ${gold.files.length === 0 ? `${args.gold.join(", ")} (no *.gold.jsonl files)` : gold.files.join(", ")}`
  );

const documents: DocumentResult[] = [];
const seenIn = new Map<string, string>();
for (const dir of args.seeds) {
  let results: DocumentResult[];
  try {
    results = await extractSeeds({seeds: dir});
  } catch (e) {
    inputError((e as Error).message);
  }
  for (const r of results) {
    const other = seenIn.get(r.meta.doc_id);
    if (other !== undefined)
      inputError(
        `doc_id ${r.meta.doc_id} is in both ${other} and ${dir}; gold records could not say which one they mean`
      );
    seenIn.set(r.meta.doc_id, dir);
    documents.push(r);
  }
}

const report = evaluate(documents, gold.records, args.rule);
for (const w of report.warnings) process.stderr.write(`eval: warning: ${w}\n`);
if (report.documents.length === 0)
  inputError(`none of the ${documents.length} documents in ${args.seeds.join(", ")} has a gold record`);

const failures = thresholdFailures(report.overall, args.thresholds);
if (args.json) {
  process.stdout.write(
    JSON.stringify(
      {
        seeds: args.seeds,
        gold_files: gold.files,
        thresholds: args.thresholds,
        threshold_failures: failures,
        ...capLists(report, args.maxList)
      },
      null,
      2
    ) + "\n"
  );
} else {
  process.stdout.write(formatReport(report, {quiet: args.quiet, maxList: args.maxList}));
}
if (!args.quiet) {
  const n = (k: number, word: string) => `${k} ${word}${k === 1 ? "" : "s"}`;
  process.stderr.write(
    `eval: ${n(report.documents.length, "document")} evaluated against ${n(gold.records.length, "gold record")} from ${n(gold.files.length, "file")}` +
      `${report.skipped.length > 0 ? `; ${report.skipped.length} without gold skipped (${report.skipped.join(", ")})` : ""}` +
      ` in ${((performance.now() - started) / 1000).toFixed(1)} s\n`
  );
}
if (failures.length > 0) {
  for (const f of failures) process.stderr.write(`eval: FAIL: ${f}\n`);
  process.exit(3);
}

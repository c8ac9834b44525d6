/**
 * npm run refresh -- [--seeds DIR] [--db FILE]
 * Re-extracts every seed and reports what changed against the previous database, publishing the new
 * database, its exports and the report (data/refresh-report.json and .md) as one unit: all are written,
 * then swapped in, the database last. Exit status: 0 nothing changed, 2 something changed, 4 a check
 * newly fails, 6 both; 1 an error, and then nothing was replaced (the database, the exports and the
 * report are as they were, so the next refresh reports the same changes).
 */
import {readArgs} from "./cli-args.js";
import {runRefresh} from "./run-loaders.js";

// A usage error is an error like any other: exit 1, nothing replaced (2 would read as "something changed").
const {seeds, db} = readArgs(
  "refresh",
  "npm run refresh -- [--seeds DIR] [--db FILE]",
  {
    seeds: {type: "string", default: "seeds"},
    db: {type: "string", default: "data/migstat.duckdb"}
  },
  1
) as {seeds: string; db: string};

let outcome;
try {
  outcome = await runRefresh({
    seeds,
    db,
    onProgress: ({index, total, file, stage}) => {
      if (stage === "read") process.stderr.write(`[${index + 1}/${total}] ${file}\n`);
    },
    onWait: (holder, lock) =>
      process.stderr.write(`refresh: waiting for process ${holder || "(starting)"}, which is writing ${db} (${lock})\n`)
  });
} catch (e) {
  process.stderr.write(`refresh: ${(e as Error).message}\n`);
  process.exit(1);
}
// Published: from here on, nothing may turn the run into an error (not even a reader that closed the pipe).
const {report, markdown} = outcome;
process.stdout.on("error", () => {});
process.stdout.write(markdown + "\n", () =>
  process.exit((report.changed ? 2 : 0) | (report.newly_failing > 0 ? 4 : 0))
);

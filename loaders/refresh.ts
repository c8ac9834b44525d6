/**
 * npm run refresh -- [--seeds DIR] [--db FILE]
 * Re-extracts every seed, replaces the database atomically and reports what changed against the
 * previous one (also as data/refresh-report.json and .md). Exit status: 0 nothing changed,
 * 2 something changed, 4 a check newly fails, 6 both, 1 an error (nothing was replaced).
 */
import {mkdirSync, renameSync, writeFileSync} from "node:fs";
import {dirname, join} from "node:path";
import {readArgs} from "./cli-args.js";
import {runLoaders} from "./run-loaders.js";
import {snapshotOfDatabase, snapshotOfResults} from "./diff/snapshot.js";
import {diffSnapshots, formatReport} from "./diff/diff-snapshots.js";


function writeAtomically(path: string, text: string): void {
  const temp = `${path}.tmp-${process.pid}`;
  writeFileSync(temp, text);
  renameSync(temp, path);
}

// A usage error is an error like any other: exit 1, nothing replaced (2 would read as "something changed").
const {seeds, db} = readArgs("refresh", "npm run refresh -- [--seeds DIR] [--db FILE]", {
  seeds: {type: "string", default: "seeds"},
  db: {type: "string", default: "data/migstat.duckdb"},
}, 1) as {seeds: string; db: string};
try {
  const before = await snapshotOfDatabase(db);
  const results = await runLoaders({seeds, db, onProgress: ({index, total, file, stage}) => {
    if (stage === "read") process.stderr.write(`[${index + 1}/${total}] ${file}\n`);
  }});
  const report = diffSnapshots(before, snapshotOfResults(results));
  const dir = dirname(db);
  mkdirSync(dir, {recursive: true});
  writeAtomically(join(dir, "refresh-report.json"), JSON.stringify(report, null, 2) + "\n");
  const markdown = formatReport(report);
  writeAtomically(join(dir, "refresh-report.md"), markdown + "\n");
  process.stdout.write(markdown + "\n");
  process.exit((report.changed ? 2 : 0) | (report.newly_failing > 0 ? 4 : 0));
} catch (e) {
  process.stderr.write(`refresh: ${(e as Error).message}\n`);
  process.exit(1);
}

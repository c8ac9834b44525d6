/**
 * Reads every seed, extracts it and publishes the database with its CSV exports (and, for a refresh,
 * the change report) as one unit; the CLIs and the tests drive this.
 */
import {existsSync, readFileSync, writeFileSync} from "node:fs";
import {parseCorrections, type Correction} from "./corrections/read-corrections.js";
import {CorrectionMismatch} from "./corrections/apply-corrections.js";
import {dirname, join} from "node:path";
import {extractDocument, type SpecSet} from "./extract-document.js";
import {ExtractionError} from "./extracted.js";
import {listSeedFiles, loadSeed, metaName, SeedError} from "./seeds/read-seeds.js";
import {buildDatabase, type DocumentResult} from "./db/write-database.js";
import {addSourceChecks} from "./checks/merge-sources.js";
import {SPECS} from "./specs/index.js";
import {writeExports} from "./db/export-tables.js";
import {
  abandonUnit,
  beginUnit,
  claimDatabase,
  commitUnit,
  recoverAbandoned,
  withDatabaseLock,
  type StepHook
} from "./db/publish.js";
import {snapshotOfDatabase, snapshotOfResults} from "./diff/snapshot.js";
import {diffSnapshots, formatReport, type ChangeReport} from "./diff/diff-snapshots.js";

export interface RunOptions {
  seeds: string;
  db: string;
  specs?: SpecSet;
  /** Where the CSV exports go; defaults to exports/ beside the database. */
  exportsDir?: string;
  onProgress?: (event: {
    index: number;
    total: number;
    file: string;
    stage: "read" | "extracted";
    result?: DocumentResult;
  }) => void;
  /** Told when another run holds the database, before this one waits for it. */
  onWait?: (holder: number, lock: string) => void;
  /** Called at each step of the swap (see publish.ts); the tests stop a run there. */
  onStep?: StepHook;
}

export interface RefreshResult {
  results: DocumentResult[];
  report: ChangeReport;
  markdown: string;
}

const exportsOf = (options: RunOptions) => options.exportsDir ?? join(dirname(options.db), "exports");
/** The refresh report's files, beside the database. */
export const reportFiles = (db: string) => ({
  json: join(dirname(db), "refresh-report.json"),
  md: join(dirname(db), "refresh-report.md")
});

export async function runLoaders(options: RunOptions): Promise<DocumentResult[]> {
  return withDatabaseLock(
    options.db,
    async () => {
      await prepare(options);
      const results = await extractSeeds(options);
      await publish(options, results, {});
      return results;
    },
    options.onWait
  );
}

/** Re-extracts, and publishes the database, the exports and the report of what changed against the database it replaces. */
export async function runRefresh(options: RunOptions): Promise<RefreshResult> {
  return withDatabaseLock(
    options.db,
    async () => {
      await prepare(options);
      const before = await snapshotOfDatabase(options.db);
      const results = await extractSeeds(options);
      const report = diffSnapshots(before, snapshotOfResults(results));
      const markdown = formatReport(report);
      const files = reportFiles(options.db);
      await publish(options, results, {
        [files.json]: JSON.stringify(report, null, 2) + "\n",
        [files.md]: markdown + "\n"
      });
      return {results, report, markdown};
    },
    options.onWait
  );
}

/** Finishes what killed runs left, and refuses a target that cannot be replaced before any work is done. */
async function prepare(options: RunOptions): Promise<void> {
  const files = reportFiles(options.db);
  recoverAbandoned(options.db, [exportsOf(options), files.json, files.md]);
  (await claimDatabase(options.db))?.closeSync();
}

async function publish(options: RunOptions, results: DocumentResult[], files: Record<string, string>): Promise<void> {
  const unit = beginUnit(options.db, [
    {target: exportsOf(options), dir: true},
    ...Object.keys(files).map((target) => ({target, dir: false}))
  ]);
  try {
    await buildDatabase(unit.dbTemp, results);
    await writeExports(unit.dbTemp, unit.items[0].temp);
    for (const item of unit.items.slice(1)) writeFileSync(item.temp, files[item.target]);
  } catch (e) {
    abandonUnit(unit);
    throw e;
  }
  await commitUnit(unit, options.onStep);
}

/** Reads and extracts every seed of a folder without writing anything (the evaluation and the loaders share it). */
/** A seed's corrections file, parsed; a malformed line stops the run with the file and line. */
function readCorrections(dir: string, file: string): {path: string; corrections: Correction[]} | null {
  const path = join(dir, correctionsName(file));
  if (!existsSync(path)) return null;
  const {corrections, errors} = parseCorrections(readFileSync(path, "utf8"));
  if (errors.length > 0) throw new SeedError(path, errors[0].message, errors[0].line);
  return {path, corrections};
}

export const correctionsName = (file: string) => file.replace(/\.(txt|pdf)$/, ".corrections.jsonl");

export async function extractSeeds(options: Omit<RunOptions, "db" | "exportsDir">): Promise<DocumentResult[]> {
  const files = listSeedFiles(options.seeds);
  if (files.length === 0) throw new SeedError(options.seeds, "no .txt seed documents found");
  const results: DocumentResult[] = [];
  // doc_id names the document's observations, checks and reader page, so two sidecars cannot share one.
  const sidecarOf = new Map<string, string>();
  for (const [index, file] of files.entries()) {
    options.onProgress?.({index, total: files.length, file, stage: "read"});
    const seed = await loadSeed(options.seeds, file);
    const sidecar = join(options.seeds, metaName(file));
    const other = sidecarOf.get(seed.meta.doc_id.toLowerCase());
    if (other)
      throw new SeedError(
        sidecar,
        `doc_id "${seed.meta.doc_id}" is already the doc_id of ${other}; each document needs its own`
      );
    sidecarOf.set(seed.meta.doc_id.toLowerCase(), sidecar);
    const corrections = readCorrections(options.seeds, file);
    let extraction;
    try {
      extraction = extractDocument(seed.text, seed.meta, options.specs ?? SPECS, {
        corrections: corrections?.corrections
      });
    } catch (e) {
      if (e instanceof CorrectionMismatch) throw new SeedError(corrections!.path, e.message, e.line);
      const line = e instanceof ExtractionError ? seed.text.slice(0, e.offset).split("\n").length : undefined;
      throw new SeedError(seed.path, (e as Error).message, line);
    }
    const result = {meta: seed.meta, text: seed.text, ...extraction};
    results.push(result);
    options.onProgress?.({index, total: files.length, file, stage: "extracted", result});
  }
  // Documents that state one figure with different values: known only once every document is read.
  return addSourceChecks(results);
}

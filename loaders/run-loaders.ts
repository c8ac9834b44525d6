/** Reads every seed, extracts it and writes the database; the CLI and the tests drive this. */
import {extractDocument, type SpecSet} from "./extract-document.js";
import {ExtractionError} from "./extracted.js";
import {listSeedFiles, loadSeed, metaName, SeedError} from "./seeds/read-seeds.js";
import {writeDatabase, type DocumentResult} from "./db/write-database.js";
import {SPECS} from "./specs/index.js";
import {exportTables} from "./db/export-tables.js";
import {dirname, join} from "node:path";

export interface RunOptions {
  seeds: string;
  db: string;
  specs?: SpecSet;
  /** Where the CSV exports go; defaults to exports/ beside the database. */
  exportsDir?: string;
  onProgress?: (event: {index: number; total: number; file: string; stage: "read" | "extracted"; result?: DocumentResult}) => void;
}

export async function runLoaders(options: RunOptions): Promise<DocumentResult[]> {
  const results = await extractSeeds(options);
  await writeDatabase(options.db, results);
  await exportTables(options.db, options.exportsDir ?? join(dirname(options.db), "exports"));
  return results;
}

/** Reads and extracts every seed of a folder without writing anything (the evaluation and the loaders share it). */
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
    if (other) throw new SeedError(sidecar, `doc_id "${seed.meta.doc_id}" is already the doc_id of ${other}; each document needs its own`);
    sidecarOf.set(seed.meta.doc_id.toLowerCase(), sidecar);
    let extraction;
    try {
      extraction = extractDocument(seed.text, seed.meta, options.specs ?? SPECS);
    } catch (e) {
      const line = e instanceof ExtractionError ? seed.text.slice(0, e.offset).split("\n").length : undefined;
      throw new SeedError(seed.path, (e as Error).message, line);
    }
    const result = {meta: seed.meta, ...extraction};
    results.push(result);
    options.onProgress?.({index, total: files.length, file, stage: "extracted", result});
  }
  return results;
}

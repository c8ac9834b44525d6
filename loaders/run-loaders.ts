/** Reads every seed, extracts it and writes the database; the CLI and the tests drive this. */
import {extractDocument, type SpecSet} from "./extract-document.js";
import {listSeedFiles, readSeed, SeedError} from "./seeds/read-seeds.js";
import {writeDatabase, type DocumentResult} from "./db/write-database.js";
import {SPECS} from "./specs/index.js";

export interface RunOptions {
  seeds: string;
  db: string;
  specs?: SpecSet;
  onProgress?: (event: {index: number; total: number; file: string; stage: "read" | "extracted"; result?: DocumentResult}) => void;
}

export async function runLoaders(options: RunOptions): Promise<DocumentResult[]> {
  const files = listSeedFiles(options.seeds);
  if (files.length === 0) throw new SeedError(options.seeds, "no .txt seed documents found");
  const results: DocumentResult[] = [];
  for (const [index, file] of files.entries()) {
    options.onProgress?.({index, total: files.length, file, stage: "read"});
    const seed = readSeed(options.seeds, file);
    let extraction;
    try {
      extraction = extractDocument(seed.text, seed.meta, options.specs ?? SPECS);
    } catch (e) {
      throw new SeedError(seed.path, `extraction failed: ${(e as Error).message}`);
    }
    const result = {meta: seed.meta, ...extraction};
    results.push(result);
    options.onProgress?.({index, total: files.length, file, stage: "extracted", result});
  }
  await writeDatabase(options.db, results);
  return results;
}

/**
 * CSV exports of the database, ordered by stable keys so that two runs on the same seeds write
 * byte-identical files, by the project's one CSV writer (./csv.ts). They are written into a new folder, which loaders/db/publish.ts puts in
 * place of the old one together with the database.
 */
import {DuckDBInstance} from "@duckdb/node-api";
import {mkdirSync, writeFileSync} from "node:fs";
import {join} from "node:path";
import {queryCsv} from "./csv.js";

export const EXPORTS: Record<string, string> = {
  "documents.csv": "SELECT * FROM documents ORDER BY doc_id",
  "observations.csv": "SELECT * FROM observations ORDER BY doc_id, char_start, value_start, obs_id",
  "checks.csv":
    "SELECT check_id, doc_id, kind, description, locator, expected, actual, tolerance, status, array_to_string(obs_ids, ' ') AS obs_ids, detail FROM checks ORDER BY check_id"
};

/** Writes every export of db into dir, a new folder. */
export async function writeExports(db: string, dir: string): Promise<string[]> {
  mkdirSync(dir, {recursive: true});
  const instance = await DuckDBInstance.create(db, {access_mode: "READ_ONLY"});
  const connection = await instance.connect();
  const written: string[] = [];
  try {
    for (const [file, sql] of Object.entries(EXPORTS)) {
      const target = join(dir, file);
      writeFileSync(target, await queryCsv(connection, sql));
      written.push(target);
    }
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
  return written;
}

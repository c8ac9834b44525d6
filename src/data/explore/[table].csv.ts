// One database table as CSV for the explore page, where DuckDB-WASM reads it (CSV needs no extension).
// The queries are the loaders' own CSV exports, so the browser sees the same rows and columns.
import {DuckDBInstance} from "@duckdb/node-api";
import {mkdtempSync, readFileSync, rmSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {fileURLToPath} from "node:url";
import {parseArgs} from "node:util";
import {EXPORTS} from "../../../loaders/db/export-tables.js";

const database = fileURLToPath(new URL("../../../data/migstat.duckdb", import.meta.url));
const {table} = parseArgs({options: {table: {type: "string"}}}).values;
const query = EXPORTS[`${table}.csv`];
if (!query) throw new Error(`no export for table "${table}"; known: ${Object.keys(EXPORTS).join(", ")}`);

const dir = mkdtempSync(join(tmpdir(), "explore-"));
const instance = await DuckDBInstance.create(database, {access_mode: "READ_ONLY"});
const connection = await instance.connect();
try {
  const file = join(dir, "out.csv");
  await connection.run(`COPY (${query}) TO '${file}' (FORMAT csv, HEADER)`);
  process.stdout.write(readFileSync(file));
} finally {
  connection.closeSync();
  instance.closeSync();
  rmSync(dir, {recursive: true, force: true});
}

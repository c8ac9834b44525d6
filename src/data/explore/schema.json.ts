// Column names and DuckDB types of each table the explore page loads, so the browser reads the CSV
// with the database's own types instead of guessing them.
import {DuckDBInstance} from "@duckdb/node-api";
import {fileURLToPath} from "node:url";
import {EXPORTS} from "../../../loaders/db/export-tables.js";

const database = fileURLToPath(new URL("../../../data/migstat.duckdb", import.meta.url));
const instance = await DuckDBInstance.create(database, {access_mode: "READ_ONLY"});
const connection = await instance.connect();
const schema: Record<string, {name: string; type: string}[]> = {};
try {
  for (const [file, query] of Object.entries(EXPORTS)) {
    const rows = (await connection.runAndReadAll(`DESCRIBE (${query})`)).getRowObjectsJson();
    schema[file.replace(/\.csv$/, "")] = rows.map((r) => ({name: String(r.column_name), type: String(r.column_type)}));
  }
} finally {
  connection.closeSync();
  instance.closeSync();
}
process.stdout.write(JSON.stringify(schema));

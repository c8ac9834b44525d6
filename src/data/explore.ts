// The explore page's files: each table DuckDB-WASM loads, as CSV (CSV needs no extension) with the column
// names and DuckDB types of each (schema.json), so the browser reads them with the database's own types;
// and the default example's result (default.json), shown before DuckDB-WASM has started.
// The tables are the loaders' own CSV exports, so the browser sees the same rows and columns.
import {DuckDBTypeId} from "@duckdb/node-api";
import {EXPORTS} from "../../loaders/db/export-tables.js";
import {EXAMPLES} from "../components/explore-examples.js";
import type {Database} from "./database.js";

// The tables the page loads, `series` first: the database's view with each figure once (a figure restated in a
// later paragraph or by another document appears once), which sums and counts should use; `observations` holds
// every statement.
export const TABLES: Record<string, string> = {
  "series.csv": "SELECT * FROM series ORDER BY doc_id, char_start, value_start, obs_id",
  ...EXPORTS
};

export async function exploreFiles(db: Database): Promise<Record<string, Buffer | string>> {
  const files: Record<string, Buffer | string> = {};
  const schema: Record<string, {name: string; type: string}[]> = {};
  for (const [file, query] of Object.entries(TABLES)) {
    const columns = await db.rows(`DESCRIBE (${query})`);
    schema[file.replace(/\.csv$/, "")] = columns.map((c) => ({name: String(c.column_name), type: String(c.column_type)}));
    files[`explore/${file}`] = await db.csv(query);
  }
  files["explore/schema.json"] = JSON.stringify(schema);
  files["explore/default.json"] = JSON.stringify(await exampleResult(db, EXAMPLES[0].sql));
  return files;
}

// How the page classes a column (explore-results.js does the same for DuckDB-WASM's Arrow types).
function kindOf(typeId: DuckDBTypeId): string {
  switch (typeId) {
    case DuckDBTypeId.TINYINT:
    case DuckDBTypeId.SMALLINT:
    case DuckDBTypeId.INTEGER:
    case DuckDBTypeId.BIGINT:
    case DuckDBTypeId.HUGEINT:
    case DuckDBTypeId.UTINYINT:
    case DuckDBTypeId.USMALLINT:
    case DuckDBTypeId.UINTEGER:
    case DuckDBTypeId.UBIGINT:
    case DuckDBTypeId.UHUGEINT:
    case DuckDBTypeId.FLOAT:
    case DuckDBTypeId.DOUBLE:
    case DuckDBTypeId.DECIMAL:
      return "number";
    case DuckDBTypeId.DATE:
      return "date";
    case DuckDBTypeId.VARCHAR:
    case DuckDBTypeId.ENUM:
      return "text";
    case DuckDBTypeId.BOOLEAN:
      return "boolean";
    default:
      return "other";
  }
}

// A result as the page holds one: {sql, columns: [{name, kind}], rows: [[value, …]]}. Only types the page
// reads the same way from DuckDB-WASM are accepted, so the page never shows a result it would show otherwise.
async function exampleResult(db: Database, sql: string) {
  const {columns, rows} = await db.table(sql);
  const described = columns.map((c) => ({name: c.name, kind: kindOf(c.typeId)}));
  const other = columns.filter((_, i) => described[i].kind === "other");
  if (other.length) throw new Error(`the default example returns columns of types the page cannot show before DuckDB starts: ${other.map((c) => `${c.name} ${c.type}`).join(", ")}`);
  return {sql, columns: described, rows};
}

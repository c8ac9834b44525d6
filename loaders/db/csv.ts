/**
 * A query's result as CSV, written by the project's one CSV writer (src/components/csv.js): DuckDB turns
 * each value into text as its own COPY would ("3340.0", "2019-06-30", "[a, b]"), and the writer quotes
 * the fields and neutralises text cells a spreadsheet would run as formulas. Numeric columns are written
 * as they are, negative numbers included.
 */
import {DuckDBTypeId, type DuckDBConnection} from "@duckdb/node-api";
import {csvText} from "../../src/components/csv.js";

const NUMERIC = new Set<DuckDBTypeId>([
  DuckDBTypeId.TINYINT,
  DuckDBTypeId.SMALLINT,
  DuckDBTypeId.INTEGER,
  DuckDBTypeId.BIGINT,
  DuckDBTypeId.HUGEINT,
  DuckDBTypeId.UTINYINT,
  DuckDBTypeId.USMALLINT,
  DuckDBTypeId.UINTEGER,
  DuckDBTypeId.UBIGINT,
  DuckDBTypeId.UHUGEINT,
  DuckDBTypeId.FLOAT,
  DuckDBTypeId.DOUBLE,
  DuckDBTypeId.DECIMAL
]);

export async function queryCsv(connection: DuckDBConnection, sql: string): Promise<string> {
  const types = (await connection.runAndReadAll(`SELECT * FROM (${sql}) LIMIT 0`)).columnTypes();
  // A projection keeps the order of the query's rows.
  const reader = await connection.runAndReadAll(`SELECT CAST(COLUMNS(*) AS VARCHAR) FROM (${sql})`);
  return csvText(reader.columnNames(), reader.getRows(), {numeric: types.map((t) => NUMERIC.has(t.typeId))});
}

// One read-only connection to data/migstat.duckdb for every data file the pages read (see ../data.zip.ts):
// rows as plain JSON values, a query's column types, and a query written as CSV by the loaders' CSV exporter.
// Values go into a query as parameters ($name), never spliced into its text.
import {
  DuckDBInstance,
  DuckDBTypeId,
  JsonDuckDBValueConverter,
  doubleFromDecimalValue,
  type DuckDBConnection,
  type DuckDBValue,
  type DuckDBValueConverter,
  type Json
} from "@duckdb/node-api";
import {fileURLToPath} from "node:url";
import {queryCsv} from "../../loaders/db/csv.js";

export const DATABASE = fileURLToPath(new URL("../../data/migstat.duckdb", import.meta.url));

export type Row = Record<string, unknown>;
/** A query's parameters: `$name` in the SQL takes the value of `name`. */
export type Parameters = Record<string, DuckDBValue>;

// Pages want numbers and strings: BIGINT and DECIMAL become numbers, DATE and TIMESTAMP text as DuckDB writes it,
// lists arrays (DuckDB's own JSON conversion, except that it keeps big integers and decimals as text).
const pageValue: DuckDBValueConverter<Json> = (value, type, converter) => {
  switch (type.typeId) {
    case DuckDBTypeId.BIGINT:
    case DuckDBTypeId.UBIGINT:
    case DuckDBTypeId.HUGEINT:
    case DuckDBTypeId.UHUGEINT:
      return Number(value);
    case DuckDBTypeId.DECIMAL:
      return doubleFromDecimalValue(value);
    default:
      return JsonDuckDBValueConverter(value, type, converter);
  }
};

export interface Database {
  /** The query's rows as objects of plain JSON values. */
  rows(sql: string, parameters?: Parameters): Promise<Row[]>;
  /** The query's columns with their DuckDB types and type ids, and its rows as arrays of plain values. */
  table(sql: string, parameters?: Parameters): Promise<{columns: {name: string; type: string; typeId: DuckDBTypeId}[]; rows: unknown[][]}>;
  /** The query's result as CSV with a header line, written as the loaders write their exports. */
  csv(sql: string): Promise<Buffer>;
  close(): void;
}

export async function openDatabase(path = DATABASE): Promise<Database> {
  const instance = await DuckDBInstance.create(path, {access_mode: "READ_ONLY"});
  const connection: DuckDBConnection = await instance.connect();
  return {
    async rows(sql, parameters) {
      return (await connection.runAndReadAll(sql, parameters)).convertRowObjects(pageValue);
    },
    async table(sql, parameters) {
      const reader = await connection.runAndReadAll(sql, parameters);
      const names = reader.columnNames();
      const types = reader.columnTypes();
      return {
        columns: names.map((name, i) => ({name, type: types[i].toString(), typeId: types[i].typeId})),
        rows: reader.convertRows(pageValue)
      };
    },
    async csv(sql) {
      return Buffer.from(await queryCsv(connection, sql));
    },
    close() {
      connection.closeSync();
      instance.closeSync();
    }
  };
}

import {DuckDBInstance, DuckDBListValue, DuckDBDecimalValue, type DuckDBValue} from "@duckdb/node-api";

/**
 * Runs one read-only query and returns plain JSON rows (BIGINT and DECIMAL become numbers, DATE an ISO string).
 * Values go in as parameters ($1, $2, … or $name), never into the SQL text.
 */
export async function queryRows(
  dbPath: string,
  sql: string,
  params: DuckDBValue[] | Record<string, DuckDBValue> = []
): Promise<Record<string, unknown>[]> {
  const instance = await DuckDBInstance.create(dbPath, {access_mode: "READ_ONLY"});
  const connection = await instance.connect();
  try {
    const reader = await connection.runAndReadAll(sql, params);
    return reader.getRowObjects().map((row) => {
      const out: Record<string, unknown> = {};
      for (const [key, value] of Object.entries(row)) out[key] = toJson(value);
      return out;
    });
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}

// Pages want numbers and strings, not BigInt or DuckDB value objects.
function toJson(value: unknown): unknown {
  if (value === null || typeof value === "string" || typeof value === "number" || typeof value === "boolean")
    return value;
  if (typeof value === "bigint") return Number(value);
  if (value instanceof DuckDBDecimalValue) return value.toDouble();
  if (value instanceof DuckDBListValue) return value.items.map(toJson);
  return String(value);
}

import {DuckDBInstance} from "@duckdb/node-api";

/** Runs one read-only query and returns plain JSON rows (BIGINT and DECIMAL become numbers, DATE an ISO string). */
export async function queryRows(dbPath: string, sql: string): Promise<Record<string, unknown>[]> {
  const instance = await DuckDBInstance.create(dbPath, {access_mode: "READ_ONLY"});
  const connection = await instance.connect();
  try {
    const reader = await connection.runAndReadAll(sql);
    return reader.getRowObjectsJson().map((row) => {
      const out: Record<string, unknown> = {};
      for (const [key, value] of Object.entries(row)) out[key] = normalise(value);
      return out;
    });
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}

// getRowObjectsJson renders BIGINT/HUGEINT/DECIMAL as strings; pages want numbers.
function normalise(value: unknown): unknown {
  if (typeof value === "string" && /^-?\d+(\.\d+)?$/.test(value) && value.length < 16) return Number(value);
  return value;
}

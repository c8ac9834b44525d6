// A query result as plain columns and rows: Arrow values become numbers, strings, ISO dates and arrays,
// and each column is classed as number, date, text or other (which decides table alignment and the chart).
import {csvText} from "./csv.js";

/** @typedef {{columns: {name: string, kind: string}[], rows: unknown[][]}} Result */

// Arrow type ids (apache-arrow's Type enum), as DuckDB-WASM returns them.
const TYPE = {
  Int: 2,
  Float: 3,
  Utf8: 5,
  Bool: 6,
  Decimal: 7,
  Date: 8,
  Timestamp: 10,
  List: 12,
  LargeUtf8: 20,
  Dictionary: -1
};

// type: an Arrow data type (its typeId, and its dictionary for a dictionary type).
/**
 * @param {any} type
 * @returns {string}
 */
function kindOf(type) {
  switch (type.typeId) {
    case TYPE.Int:
    case TYPE.Float:
    case TYPE.Decimal:
      return "number";
    case TYPE.Date:
    case TYPE.Timestamp:
      return "date";
    case TYPE.Utf8:
    case TYPE.LargeUtf8:
      return "text";
    case TYPE.Bool:
      return "boolean";
    case TYPE.Dictionary:
      return kindOf(type.dictionary);
    default:
      return "other";
  }
}

/**
 * @param {unknown} value
 * @param {any} type
 */
function isoDate(value, type) {
  const date = value instanceof Date ? value : new Date(Number(value));
  if (Number.isNaN(date.getTime())) return String(value);
  const iso = date.toISOString();
  return type.typeId === TYPE.Date ? iso.slice(0, 10) : iso.replace(".000Z", "Z");
}

/**
 * @param {any} value
 * @param {string} kind
 * @param {any} type
 */
function plain(value, kind, type) {
  if (value == null) return null;
  if (typeof value === "bigint") return Number(value);
  if (kind === "date") return isoDate(value, type);
  if (kind === "number") return Number(value);
  if (value?.toArray) return Array.from(value.toArray(), (v) => (typeof v === "bigint" ? Number(v) : v));
  if (value?.toJSON && typeof value === "object") return value.toJSON();
  return value;
}

/**
 * @param {any} table an Arrow table
 * @returns {Result}
 */
export function fromArrow(table) {
  const fields = table.schema.fields;
  const columns = fields.map((f) => ({name: f.name, kind: kindOf(f.type)}));
  const vectors = fields.map((_, i) => table.getChildAt(i));
  const rows = [];
  for (let r = 0; r < table.numRows; r++) {
    rows.push(columns.map((c, i) => plain(vectors[i].get(r), c.kind, fields[i].type)));
  }
  return {columns, rows};
}

// Rows as arrays in column order, by the project's one CSV writer (./csv.js) with CRLF line ends: fields with
// commas, quotes or line breaks are quoted; null is an empty field; arrays and objects are written as JSON;
// text a spreadsheet would run as a formula is neutralised, numbers in numeric columns are not.
/** @param {Result} result */
export function toCSV({columns, rows}) {
  return csvText(
    columns.map((c) => c.name),
    rows,
    {numeric: columns.map((c) => c.kind === "number"), eol: "\r\n"}
  );
}

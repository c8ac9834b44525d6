// The project's one CSV writer, for every CSV it makes: the loaders' exports (data/exports/), the explore
// page's tables, each chart's CSV (dist/exports/) and the browser's downloads. RFC 4180 fields: a field
// with a comma, a double quote or a line break is quoted, an empty string is "" and null is empty.
//
// A text cell that a spreadsheet would run as a formula (it starts with =, +, -, @, a tab or a carriage
// return) gets a leading single quote, which spreadsheets show as text. Numbers, negative ones included,
// are written as they are: a cell is a number when its value is one, or when its column is declared
// numeric. The quote can be taken off again: a text that already starts with quotes before such a
// character gets one more, so `restoreText` (and `restoreTextSql`, for DuckDB) remove exactly one.

const FORMULA = /^'*[=+\-@\t\r]/;
const NEUTRALISED = /^'+[=+\-@\t\r]/;

/** @param {string} text */
export function neutralise(text) {
  return FORMULA.test(text) ? `'${text}` : text;
}

/** @param {string} text */
export function restoreText(text) {
  return NEUTRALISED.test(text) ? text.slice(1) : text;
}

// `restoreText` as a DuckDB expression over a VARCHAR column or expression.
/** @param {string} expression */
export function restoreTextSql(expression) {
  return `regexp_replace(${expression}, '^''(''*[=+\\-@\\t\\r])', '\\1')`;
}

// One field. Objects (lists) are written as JSON.
/**
 * @param {unknown} value
 * @param {{numeric?: boolean}} [options]
 */
export function csvField(value, {numeric = false} = {}) {
  if (value == null) return "";
  const number = numeric || typeof value === "number" || typeof value === "bigint";
  const text = typeof value === "object" ? JSON.stringify(value) : String(value);
  const safe = number ? text : neutralise(text);
  return safe === "" || /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

// A header and rows of values in column order; numeric[i] declares column i numeric (its text, such as
// DuckDB's "-3.5", is then written as it is).
/**
 * @param {string[]} header
 * @param {unknown[][]} rows
 * @param {{numeric?: boolean[], eol?: string}} [options]
 */
export function csvText(header, rows, {numeric = [], eol = "\n"} = {}) {
  const lines = [header.map((name) => csvField(name)).join(",")];
  for (const row of rows) lines.push(row.map((value, i) => csvField(value, {numeric: numeric[i] === true})).join(","));
  return lines.join(eol) + eol;
}

// DuckDB SQL that creates table `name` from a CSV file this writer made, with the column types given as
// [{name, type}], its text columns restored (the explore page loads its tables so). DuckDB reads an empty
// field as NULL and "" as an empty string.
/**
 * @param {string} name
 * @param {string} file
 * @param {{name: string, type: string}[]} columns
 */
export function csvTableSql(name, file, columns) {
  const id = (/** @type {unknown} */ n) => `"${String(n).replaceAll('"', '""')}"`;
  const str = (/** @type {unknown} */ s) => `'${String(s).replaceAll("'", "''")}'`;
  const types = columns.map((c) => `${str(c.name)}: ${str(c.type)}`).join(", ");
  const select = columns
    .map((c) => (c.type === "VARCHAR" ? `${restoreTextSql(id(c.name))} AS ${id(c.name)}` : id(c.name)))
    .join(", ");
  return `CREATE OR REPLACE TABLE ${id(name)} AS SELECT ${select} FROM read_csv(${str(file)},
    header = true, delim = ',', quote = '"', escape = '"', allow_quoted_nulls = false, columns = {${types}})`;
}

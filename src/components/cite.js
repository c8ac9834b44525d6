// How a chart is cited: a version of its rows (a content hash of their values and provenance) and a
// citation naming the source documents and places. Functions with no DOM and no Node API, so the page and
// the build-time exports (scripts/export-charts.mjs) compute the same version from the same rows; the hash
// is asynchronous, as Web Crypto is.
import {documentShort, locatorText, paragraphList} from "./specs/source.js";

/** @typedef {Record<string, any>} Row */

// Which document a row comes from, and the figure with its period, breakdown and place in it: the columns the
// version, the table and the CSV share.
/** @type {string[]} */
export const DOCUMENT_FIELDS = ["obs_id", "doc_id", "un_symbol", "title"];
/** @type {string[]} */
export const FIGURE_FIELDS = [
  "family",
  "indicator",
  "period_label",
  "period_start",
  "period_end",
  "partial",
  "country",
  "citizenship",
  "sex",
  "age_group",
  "category",
  "value",
  "unit",
  "approx",
  "locator",
  "page",
  "quote"
];

// The fields of a row that the version covers: the figure, its period and breakdown, and where it was
// stated. Fields a page derives (shares, totals), check counts and document metadata beyond its title and
// symbol are left out, so they never change the version.
/** @type {string[]} */
export const VERSION_FIELDS = [...DOCUMENT_FIELDS, ...FIGURE_FIELDS];

const NUMERIC = new Set(["value", "page"]);

/**
 * @param {string} field
 * @param {unknown} value
 */
function canonicalValue(field, value) {
  if (value === undefined || value === null || value === "") return null;
  if (field === "partial") return Boolean(value);
  if (NUMERIC.has(field)) {
    const n = Number(value);
    return Number.isFinite(n) ? n : String(value);
  }
  return String(value);
}

// Code-unit order, the same in every runtime (localeCompare is not).
/** @type {(a: Row, b: Row) => number} */
const byObsId = (a, b) => (a.obs_id < b.obs_id ? -1 : a.obs_id > b.obs_id ? 1 : 0);

// The rows as canonical JSON: one object per row with the version fields in a fixed order, sorted by obs_id.
/** @param {Row[]} rows */
export function canonicalRows(rows) {
  const canonical = rows.map((row) =>
    Object.fromEntries(VERSION_FIELDS.map((field) => [field, canonicalValue(field, row[field])]))
  );
  return JSON.stringify(canonical.sort(byObsId));
}

// SHA-256 of a string's UTF-8 bytes, as hex. The platform's Web Crypto where the page may use it (a secure
// context: https, http on 127.0.0.1 or localhost, and Node); elsewhere, as in a page embedded over plain
// http, @noble/hashes, bundled into ../lib/vendor/hashes.js by scripts/bundle-vendor.mjs and loaded only then.
// Both are SHA-256 (FIPS 180-4), so the digest is the same in every runtime.
/** @param {string} text */
export async function sha256Hex(text) {
  const bytes = new TextEncoder().encode(String(text));
  const subtle = globalThis.isSecureContext === false ? undefined : globalThis.crypto?.subtle;
  const digest = subtle
    ? new Uint8Array(await subtle.digest("SHA-256", bytes))
    : (await import("../lib/vendor/hashes.js")).sha256(bytes);
  return [...digest].map((byte) => byte.toString(16).padStart(2, "0")).join("");
}

// The version of a chart's rows: the first 12 hex digits of the SHA-256 of their canonical JSON.
/** @param {Row[]} rows */
export async function datasetVersion(rows) {
  return (await sha256Hex(canonicalRows(rows))).slice(0, 12);
}

// The documents behind rows, each with its title, UN symbol, where it was obtained (source_url, accessed;
// null when its sidecar does not say) and the paragraphs, tables and pages cited.
/**
 * @param {Row[]} rows
 * @returns {{doc_id: string, title: string | null, un_symbol: string | null, source_url: string | null, accessed: string | null, short: string, places: string[]}[]}
 */
export function citedDocuments(rows) {
  const byDocument = new Map();
  for (const row of [...rows].sort(byObsId)) {
    if (!byDocument.has(row.doc_id)) {
      byDocument.set(row.doc_id, {
        doc_id: row.doc_id,
        title: row.title ?? null,
        un_symbol: row.un_symbol ?? null,
        source_url: row.source_url ?? null,
        accessed: row.accessed ?? null,
        short: documentShort(row),
        paragraphs: [],
        tables: new Set(),
        other: new Set(),
        pages: new Set()
      });
    }
    const entry = byDocument.get(row.doc_id);
    const locator = String(row.locator ?? "");
    if (/^\d+$/.test(locator)) entry.paragraphs.push(Number(locator));
    else if (locator.startsWith("table:")) entry.tables.add(locatorText(locator));
    else if (locator) entry.other.add(locator);
    if (row.page != null) entry.pages.add(Number(row.page));
  }
  return [...byDocument.values()]
    .sort((a, b) => (a.short < b.short ? -1 : a.short > b.short ? 1 : 0))
    .map(({paragraphs: numbers, tables, other, pages, ...document}) => {
      const pageList = [...pages].sort((a, b) => a - b);
      const places = [...(numbers.length ? [paragraphList(numbers)] : []), ...[...tables].sort(), ...[...other].sort()];
      if (pageList.length) places.push(`${pageList.length === 1 ? "p." : "pp."} ${pageList.join(", ")}`);
      return {...document, places};
    });
}

// Where a document can be found, as a citation states it: ", available at <url> (accessed <date>)", or
// nothing when its source is not known; an access date without an address says nothing and is left out.
/** @param {{source_url?: string | null, accessed?: string | null}} document */
export function availableAt({source_url, accessed}) {
  if (!source_url) return "";
  return `, available at ${source_url}${accessed ? ` (accessed ${accessed})` : ""}`;
}

// The citation of one document (a row of sources.json): publisher, title and symbol, date and, when known,
// where it was obtained and when, e.g. "Government of …. Third periodic report … (CMW/C/AZE/3), 2019, available at …".
/** @param {Row} d */
export function documentCitation(d) {
  const title = `${d.title ?? d.doc_id}${d.un_symbol ? ` (${d.un_symbol})` : ""}`;
  return `${d.publisher ? `${d.publisher}. ` : ""}${title}${d.date ? `, ${d.date}` : ""}${availableAt(d)}.`;
}

// Text as a BibTeX field value: the characters TeX reads as commands escaped, so a title prints as written.
const TEX_SPECIAL = {
  "\\": "\\textbackslash{}",
  "{": "\\{",
  "}": "\\}",
  "&": "\\&",
  "%": "\\%",
  $: "\\$",
  "#": "\\#",
  _: "\\_",
  "~": "\\textasciitilde{}",
  "^": "\\textasciicircum{}"
};
/** @param {unknown} text */
const texText = (text) => String(text).replace(/[\\{}&%$#_~^]/g, (c) => TEX_SPECIAL[c]);

// One document as a BibTeX @misc entry (biblatex reads url and urldate): publisher as a corporate author,
// title, UN symbol, year, and its address and access date when its sidecar gives them.
/** @param {Row} d */
export function documentBibtex(d) {
  const fields = [
    ["author", d.publisher ? `{${texText(d.publisher)}}` : null],
    ["title", `{${texText(d.title ?? d.doc_id)}}`],
    ["number", d.un_symbol ? texText(d.un_symbol) : null],
    ["year", /^\d{4}/.exec(String(d.date ?? ""))?.[0] ?? null],
    ["url", d.source_url ? String(d.source_url).replace(/[{}]/g, encodeURIComponent) : null],
    ["urldate", d.source_url && d.accessed ? d.accessed : null]
  ].filter(([, value]) => value);
  return `@misc{${d.doc_id},\n${fields.map(([name, value]) => `  ${name} = {${value}}`).join(",\n")}\n}`;
}

/**
 * The citation of a chart: its source documents by title and UN symbol with the paragraphs and tables
 * the figures come from and, when known, the address they were obtained from and when, then the chart, the
 * dataset version and, when given, where it can be seen.
 * chart: {id, title}; options: {version (await datasetVersion(rows)), url}.
 * @param {{id: string, title: string}} chart
 * @param {Row[]} rows
 * @param {{version?: string, url?: string}} [options]
 */
export function citation(chart, rows, {version, url} = {}) {
  if (typeof version !== "string")
    throw new TypeError(`citation of ${chart.id}: the dataset version is required (await datasetVersion(rows))`);
  const documents = citedDocuments(rows).map((d) => {
    const name = d.title ? `${d.title}${d.un_symbol ? ` (${d.un_symbol})` : ""}` : d.short;
    return `${name}${d.places.length ? `, ${d.places.join("; ")}` : ""}${availableAt(d)}`;
  });
  const figures = `${rows.length} ${rows.length === 1 ? "figure" : "figures"}`;
  return [
    `${documents.length ? documents.join(". ") : "No source document"}.`,
    `Chart “${chart.title}” (${chart.id}), migstat, dataset version ${version}, ${figures}.`,
    url ? `${url}` : null
  ]
    .filter(Boolean)
    .join(" ");
}

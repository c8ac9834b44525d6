// How a chart is cited: a version of its rows (a content hash of their values and provenance) and a
// citation naming the source documents and places. Pure functions with no DOM and no Node API, so the
// page and the build-time exports (scripts/export-charts.mjs) compute the same version from the same rows.
import {documentShort, locatorText, paragraphList} from "./specs/source.js";

// The fields of a row that the version covers: the figure, its period and breakdown, and where it was
// stated. Fields a page derives (shares, totals), check counts and document metadata beyond its title and
// symbol are left out, so they never change the version.
export const VERSION_FIELDS = [
  "obs_id",
  "doc_id",
  "un_symbol",
  "title",
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

const NUMERIC = new Set(["value", "page"]);

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
const byObsId = (a, b) => (a.obs_id < b.obs_id ? -1 : a.obs_id > b.obs_id ? 1 : 0);

// The rows as canonical JSON: one object per row with the version fields in a fixed order, sorted by obs_id.
export function canonicalRows(rows) {
  const canonical = rows.map((row) => Object.fromEntries(VERSION_FIELDS.map((field) => [field, canonicalValue(field, row[field])])));
  return JSON.stringify(canonical.sort(byObsId));
}

// SHA-256 (FIPS 180-4) of a string's UTF-8 bytes, as hex. Written out so that it runs synchronously and
// the same way everywhere, including pages embedded over plain http where crypto.subtle is missing.
const K = new Uint32Array([
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5, 0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3,
  0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
  0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967, 0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13,
  0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85, 0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
  0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3, 0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208,
  0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2
]);

export function sha256Hex(text) {
  const bytes = new TextEncoder().encode(String(text));
  // Padding: a 1 bit, zeros, then the length in bits as a 64-bit big-endian number.
  const blocks = Math.ceil((bytes.length + 9) / 64);
  const message = new Uint8Array(blocks * 64);
  message.set(bytes);
  message[bytes.length] = 0x80;
  const view = new DataView(message.buffer);
  const bits = bytes.length * 8;
  view.setUint32(message.length - 8, Math.floor(bits / 2 ** 32));
  view.setUint32(message.length - 4, bits >>> 0);
  const hash = new Uint32Array([0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19]);
  const w = new Uint32Array(64);
  const rotr = (x, n) => (x >>> n) | (x << (32 - n));
  for (let offset = 0; offset < message.length; offset += 64) {
    for (let i = 0; i < 16; i++) w[i] = view.getUint32(offset + i * 4);
    for (let i = 16; i < 64; i++) {
      const s0 = rotr(w[i - 15], 7) ^ rotr(w[i - 15], 18) ^ (w[i - 15] >>> 3);
      const s1 = rotr(w[i - 2], 17) ^ rotr(w[i - 2], 19) ^ (w[i - 2] >>> 10);
      w[i] = w[i - 16] + s0 + w[i - 7] + s1;
    }
    let [a, b, c, d, e, f, g, h] = hash;
    for (let i = 0; i < 64; i++) {
      const t1 = (h + (rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)) + ((e & f) ^ (~e & g)) + K[i] + w[i]) >>> 0;
      const t2 = ((rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)) + ((a & b) ^ (a & c) ^ (b & c))) >>> 0;
      [h, g, f, e, d, c, b, a] = [g, f, e, (d + t1) >>> 0, c, b, a, (t1 + t2) >>> 0];
    }
    [a, b, c, d, e, f, g, h].forEach((v, i) => (hash[i] = (hash[i] + v) >>> 0));
  }
  return [...hash].map((v) => v.toString(16).padStart(8, "0")).join("");
}

// The version of a chart's rows: the first 12 hex digits of the SHA-256 of their canonical JSON.
export function datasetVersion(rows) {
  return sha256Hex(canonicalRows(rows)).slice(0, 12);
}

// The documents behind rows, each with its title, UN symbol and the paragraphs, tables and pages cited.
export function citedDocuments(rows) {
  const byDocument = new Map();
  for (const row of [...rows].sort(byObsId)) {
    if (!byDocument.has(row.doc_id)) {
      byDocument.set(row.doc_id, {doc_id: row.doc_id, title: row.title ?? null, un_symbol: row.un_symbol ?? null, short: documentShort(row), paragraphs: [], tables: new Set(), other: new Set(), pages: new Set()});
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

/**
 * The citation of a chart: its source documents by title and UN symbol with the paragraphs and tables
 * the figures come from, then the chart, the dataset version and, when given, where it can be seen.
 * chart: {id, title}; options: {version (computed when omitted), url}.
 */
export function citation(chart, rows, {version = datasetVersion(rows), url} = {}) {
  const documents = citedDocuments(rows).map((d) => {
    const name = d.title ? `${d.title}${d.un_symbol ? ` (${d.un_symbol})` : ""}` : d.short;
    return `${name}${d.places.length ? `, ${d.places.join("; ")}` : ""}`;
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

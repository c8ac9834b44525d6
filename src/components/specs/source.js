// Provenance in words: where a figure was stated, how its value reads, and the source line of a chart.

/** @typedef {Record<string, any>} Row */

const number = new Intl.NumberFormat("en", {maximumFractionDigits: 2});

/** @param {unknown} value */
export function formatNumber(value) {
  return value == null || Number.isNaN(Number(value)) ? "—" : number.format(Number(value));
}

// Qualifiers in a Latin script read as written ("about 3"); others, such as Arabic "نحو", as "approx.".
/** @param {string | null | undefined} approx */
function approxText(approx) {
  if (!approx) return "";
  return /^[\x20-\x7e]+$/.test(approx) ? `${approx} ` : "approx. ";
}

// "about 3 persons", "1,079,629 thousand USD".
/**
 * @param {Row} row
 * @param {unknown} [value]
 */
export function formatValue(row, value = row.value) {
  const unit = row.unit ? ` ${Number(value) === 1 ? singularUnit(String(row.unit)) : row.unit}` : "";
  return `${approxText(row.approx)}${formatNumber(value)}${unit}`;
}

// Units are plural count nouns ("persons", "facilities"); one of them reads in the singular, and a unit of
// several words or a currency code is left as it is.
/** @param {string} unit */
export function singularUnit(unit) {
  if (!/^[a-z]+s$/.test(unit)) return unit;
  if (unit === "persons") return "person";
  return unit.endsWith("ies") ? `${unit.slice(0, -3)}y` : unit.slice(0, -1);
}

// "238" → "paragraph 238"; "table:remittances-by-country" → "table “remittances by country”".
/** @param {unknown} locator */
export function locatorText(locator) {
  const s = String(locator ?? "");
  if (s.startsWith("table:")) return `table “${s.slice(6).replaceAll("-", " ")}”`;
  return /^\d+$/.test(s) ? `paragraph ${s}` : s || "unknown location";
}

// A document's short name: its UN symbol, else its kind and year ("Common core document, 2023"),
// else its title cut to a few words.
/** @param {Row} row */
export function documentShort(row) {
  if (row.un_symbol) return String(row.un_symbol);
  if (row.kind) {
    const kind = String(row.kind).replaceAll("_", " ");
    return `${kind.charAt(0).toUpperCase()}${kind.slice(1)}${row.date ? `, ${String(row.date).slice(0, 4)}` : ""}`;
  }
  const title = String(row.title ?? "untitled document");
  return title.length > 48 ? `${title.slice(0, 46).trimEnd()}…` : title;
}

// "paras. 238–240" from paragraph numbers, merging consecutive ones into ranges.
/** @param {number[]} numbers */
export function paragraphList(numbers) {
  const sorted = [...new Set(numbers)].sort((a, b) => a - b);
  /** @type {[number, number][]} */
  const ranges = [];
  for (const n of sorted) {
    const last = ranges.at(-1);
    if (last && n === last[1] + 1) last[1] = n;
    else ranges.push([n, n]);
  }
  const text = ranges.map(([a, b]) => (a === b ? `${a}` : `${a}–${b}`)).join(", ");
  return `${sorted.length === 1 ? "para." : "paras."} ${text}`;
}

// "Source: CMW/C/AZE/3, paras. 238–240; table “detention placements”." for the rows of a chart.
/** @param {Row[]} rows */
export function sourceLine(rows) {
  const byDocument = new Map();
  for (const row of rows) {
    const key = documentShort(row);
    if (!byDocument.has(key)) byDocument.set(key, {paragraphs: [], tables: new Set(), other: new Set()});
    const entry = byDocument.get(key);
    const locator = String(row.locator ?? "");
    if (/^\d+$/.test(locator)) entry.paragraphs.push(Number(locator));
    else if (locator.startsWith("table:")) entry.tables.add(locatorText(locator));
    else if (locator) entry.other.add(locator);
  }
  if (!byDocument.size) return "Source: no figures stated.";
  const parts = [...byDocument].map(([document, {paragraphs, tables, other}]) => {
    const places = [...(paragraphs.length ? [paragraphList(paragraphs)] : []), ...tables, ...other];
    return places.length ? `${document}, ${places.join("; ")}` : document;
  });
  return `Source: ${parts.join(" · ")}.`;
}

// Splits text at spaces into lines of at most `width` pixels, estimating a character at `charWidth` pixels; however
// narrow the width, a line may hold `fewest` characters.
/**
 * @param {unknown} text
 * @param {number} width
 * @param {number} [charWidth]
 * @param {number} [fewest]
 * @returns {string[]}
 */
export function wrapText(text, width, charWidth = 6.5, fewest = 12) {
  const limit = Math.max(fewest, Math.floor(width / charWidth));
  const lines = [];
  let line = "";
  for (const word of String(text).split(/\s+/)) {
    if (line && (line + " " + word).length > limit) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  return lines;
}

// Tooltip fields for renderers that use Vega-Lite's own tooltips (the page uses its own handler).
export const TOOLTIP = [
  {field: "period", title: "Period"},
  {field: "breakdown", title: "Breakdown"},
  {field: "plotted_text", title: "Value"},
  {field: "document", title: "Document"},
  {field: "locator_text", title: "Location"},
  {field: "quote", title: "Quote"}
];

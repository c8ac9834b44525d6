// What a period label means and how to show it. Labels come from the database:
// "2017" (a year), "2019H1" (the first half of a year: partial), "2018/2019" (an academic year),
// "2019-06-30" (a stock on a date), "2013-2018+2019H1" or "2014-09-01..2019-06-30" (one total over a span).

/** @typedef {Record<string, any>} Row */

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/**
 * @param {unknown} label
 * @returns {"year" | "half" | "academic" | "stock" | "span"}
 */
export function periodKind(label) {
  const s = String(label ?? "");
  if (/^\d{4}$/.test(s)) return "year";
  if (/^\d{4}H[12]$/.test(s)) return "half";
  if (/^\d{4}\/\d{4}$/.test(s)) return "academic";
  if (/^\d{4}-\d{2}-\d{2}$/.test(s)) return "stock";
  return "span";
}

// Flows over one year, half-year or academic year can share a time axis; spans and stocks cannot.
/** @param {Row} row */
export function isFlow(row) {
  const kind = periodKind(row.period_label);
  return kind === "year" || kind === "half" || kind === "academic";
}

/** @param {Row} row */
export function isPartial(row) {
  return row.partial === true || periodKind(row.period_label) === "half";
}

/** @param {string} iso */
function formatDate(iso) {
  const [y, m, d] = String(iso).split("-").map(Number);
  return `${d} ${MONTHS[m - 1]} ${y}`;
}

// "2019H1" → "2019 H1 (partial)", "2013-2018+2019H1" → "2013–2018 + 2019 H1", "2019-06-30" → "as of 30 Jun 2019".
/** @param {unknown} label */
export function periodText(label) {
  const s = String(label ?? "");
  switch (periodKind(s)) {
    case "year":
    case "academic":
      return s;
    case "half":
      return `${s.slice(0, 4)} ${s.slice(4)} (partial)`;
    case "stock":
      return `as of ${formatDate(s)}`;
    default: {
      if (s.includes("..")) return s.split("..").map(formatDate).join(" – ");
      return s
        .split("+")
        .map((part) => part.replace(/^(\d{4})-(\d{4})$/, "$1–$2").replace(/^(\d{4})(H[12])$/, "$1 $2"))
        .join(" + ");
    }
  }
}

// A short form for crowded axes: "2017" → "’17", "2019H1" → "’19 H1 (partial)", "2016/2017" → "16/17".
/** @param {unknown} label */
export function periodShort(label) {
  const s = String(label ?? "");
  switch (periodKind(s)) {
    case "year":
      return `’${s.slice(2)}`;
    case "half":
      return `’${s.slice(2, 4)} ${s.slice(4)} (partial)`;
    case "academic":
      return `${s.slice(2, 4)}/${s.slice(7, 9)}`;
    default:
      return periodText(s);
  }
}

// Months covered by a period, from its start and end dates.
/** @param {Row} row */
export function periodMonths(row) {
  if (!row.period_start || !row.period_end) return undefined;
  const [y0, m0] = String(row.period_start).split("-").map(Number);
  const [y1, m1] = String(row.period_end).split("-").map(Number);
  return (y1 - y0) * 12 + (m1 - m0) + 1;
}

// The factor that turns a partial-year value into a yearly estimate (2 for a half year), or 1.
/** @param {Row} row */
export function annualFactor(row) {
  if (!isPartial(row)) return 1;
  const months = periodMonths(row);
  return months && months < 12 ? 12 / months : 1;
}

// Orders periods by start date, then by end date, then by label.
/**
 * @param {Row} a
 * @param {Row} b
 */
export function comparePeriods(a, b) {
  return (
    String(a.period_start ?? "").localeCompare(String(b.period_start ?? "")) ||
    String(a.period_end ?? "").localeCompare(String(b.period_end ?? "")) ||
    String(a.period_label).localeCompare(String(b.period_label))
  );
}

// Distinct period labels of rows, in time order.
/**
 * @param {Row[]} rows
 * @returns {string[]}
 */
export function orderedPeriods(rows) {
  const first = new Map();
  for (const row of [...rows].sort(comparePeriods)) if (!first.has(row.period_label)) first.set(row.period_label, row);
  return [...first.keys()];
}

// The span a chart's rows cover, from their periods' bounds: one period in its own words ("2018",
// "1 Sep 2014 – 30 Jun 2019"), whole years as "2014–2019", else the first and last days.
/**
 * @param {Row[]} rows
 * @returns {string}
 */
export function spanText(rows) {
  const labels = orderedPeriods(rows);
  if (labels.length === 0) return "";
  if (labels.length === 1) return periodText(labels[0]).replace(/ \(partial\)$/, "");
  const starts = rows.map((r) => String(r.period_start ?? "")).filter(Boolean);
  const ends = rows.map((r) => String(r.period_end ?? "")).filter(Boolean);
  if (starts.length < rows.length || ends.length < rows.length)
    return `${periodText(labels[0])} – ${periodText(labels.at(-1))}`;
  const start = starts.reduce((a, b) => (b < a ? b : a)).slice(0, 10);
  const end = ends.reduce((a, b) => (b > a ? b : a)).slice(0, 10);
  if (start.endsWith("-01-01") && end.endsWith("-12-31"))
    return start.slice(0, 4) === end.slice(0, 4) ? start.slice(0, 4) : `${start.slice(0, 4)}–${end.slice(0, 4)}`;
  return `${formatDate(start)} – ${formatDate(end)}`;
}

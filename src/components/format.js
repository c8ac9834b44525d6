// Formatting shared by the page components; every function accepts whatever the database returned.

const count = new Intl.NumberFormat("en");

/** @param {unknown} value */
export function formatCount(value) {
  return value == null ? "—" : count.format(Number(value));
}

/** @param {unknown} bytes */
export function formatBytes(bytes) {
  if (bytes == null) return "—";
  const n = Number(bytes);
  if (n < 1000) return `${count.format(n)} B`;
  if (n < 1e6) return `${(n / 1e3).toFixed(1)} kB`;
  return `${(n / 1e6).toFixed(1)} MB`;
}

// "periodic_report" → "Periodic report"
/** @param {unknown} kind */
export function formatKind(kind) {
  if (!kind) return "—";
  const words = String(kind).replaceAll("_", " ");
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/**
 * @param {unknown} sha256
 * @param {number} [length]
 */
export function shortHash(sha256, length = 12) {
  return sha256 ? String(sha256).slice(0, length) : "—";
}

// A short name for a document: its UN symbol when it has one, otherwise its kind and date.
/** @param {Record<string, any>} row */
export function documentLabel(row) {
  return row.un_symbol ? String(row.un_symbol) : `${formatKind(row.kind)} (${row.date ?? "undated"})`;
}

// The states documents report on (a sidecar's `state`, ISO 3166-1 alpha-3) and their names, as data; a code this
// list does not know is shown as the code. Pure: no DOM, importable from Node.

/** @type {{code: string, name: string}[]} */
export const STATES = [
  {code: "ARM", name: "Armenia"},
  {code: "AZE", name: "Azerbaijan"},
  {code: "BGD", name: "Bangladesh"},
  {code: "BIH", name: "Bosnia and Herzegovina"},
  {code: "EGY", name: "Egypt"},
  {code: "GBR", name: "United Kingdom"},
  {code: "GEO", name: "Georgia"},
  {code: "KAZ", name: "Kazakhstan"},
  {code: "KGZ", name: "Kyrgyzstan"},
  {code: "MDA", name: "Republic of Moldova"},
  {code: "NOR", name: "Norway"},
  {code: "ROU", name: "Romania"},
  {code: "SGP", name: "Singapore"},
  {code: "TJK", name: "Tajikistan"},
  {code: "UKR", name: "Ukraine"}
];

const NAMES = new Map(STATES.map((s) => [s.code, s.name]));

/** @param {unknown} code */
export const stateName = (code) => (code == null || code === "" ? "" : (NAMES.get(String(code)) ?? String(code)));

// The distinct states of rows (documents or observations), by name; rows that name none are left out.
/** @param {Record<string, any>[]} rows */
export function statesOf(rows) {
  const codes = [...new Set(rows.map((r) => r.state).filter((s) => s != null && s !== ""))].map(String);
  return codes.sort((a, b) => stateName(a).localeCompare(stateName(b), "en"));
}

// The state most rows name (the first by name among equals): the one a page shows until the reader chooses.
/** @param {Record<string, any>[]} rows */
export function mainState(rows) {
  /** @type {Map<string, number>} */
  const counts = new Map();
  for (const row of rows) {
    const code = row.state == null ? "" : String(row.state);
    if (code) counts.set(code, (counts.get(code) ?? 0) + 1);
  }
  /** @type {string | undefined} */
  let best;
  for (const code of statesOf(rows))
    if (best === undefined || (counts.get(code) ?? 0) > (counts.get(best) ?? 0)) best = code;
  return best;
}

// The rows of one state; "" (every state) keeps them all.
/**
 * @template {Record<string, any>} R
 * @param {R[]} rows
 * @param {string | null | undefined} state
 * @returns {R[]}
 */
export const inState = (rows, state) => (state ? rows.filter((r) => String(r.state ?? "") === state) : rows);

// A chart's title naming the state it is narrowed to: "Trafficking victims — Azerbaijan".
/**
 * @param {string} title
 * @param {string | null | undefined} state
 */
export const stateTitle = (title, state) => (state ? `${title} — ${stateName(state)}` : title);

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

// The choice of the documents whose sidecar names no state: they are shown on their own, never with a state's.
export const NO_STATE = "none";

const NAMES = new Map(STATES.map((s) => [s.code, s.name]));
NAMES.set(NO_STATE, "No state given");

/** @param {unknown} code */
export const stateName = (code) => (code == null || code === "" ? "" : (NAMES.get(String(code)) ?? String(code)));

/** @param {Record<string, any>} row */
const stateOf = (row) => (row.state == null || row.state === "" ? NO_STATE : String(row.state));

// The distinct states of rows (documents or observations), by name, then NO_STATE when some rows name none and
// others name one; rows that all name none have no states.
/** @param {Record<string, any>[]} rows */
export function statesOf(rows) {
  const codes = [...new Set(rows.map(stateOf))];
  if (codes.length === 1 && codes[0] === NO_STATE) return [];
  const named = codes.filter((c) => c !== NO_STATE).sort((a, b) => stateName(a).localeCompare(stateName(b), "en"));
  return codes.includes(NO_STATE) ? [...named, NO_STATE] : named;
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
  for (const code of statesOf(rows).filter((c) => c !== NO_STATE))
    if (best === undefined || (counts.get(code) ?? 0) > (counts.get(best) ?? 0)) best = code;
  return best;
}

// The rows of one state (NO_STATE: those that name none); "" (every state) keeps them all.
/**
 * @template {Record<string, any>} R
 * @param {R[]} rows
 * @param {string | null | undefined} state
 * @returns {R[]}
 */
export const inState = (rows, state) => (state ? rows.filter((r) => stateOf(r) === state) : rows);

// A chart's title naming the state it is narrowed to: "Trafficking victims — Azerbaijan".
/**
 * @param {string} title
 * @param {string | null | undefined} state
 */
export const stateTitle = (title, state) => (state ? `${title} — ${stateName(state)}` : title);

// The id of a chart's files and embed page for one state: the chart's id and the state's code ("" keeps the id).
/**
 * @param {string} id
 * @param {string | null | undefined} state
 */
export const stateChartId = (id, state) => (state ? `${id}--${state.toLowerCase()}` : id);

/**
 * A chart builder whose title (and so its table caption, CSV and citation) names the chosen state, and whose
 * `exportId` names the files and embed page of that state's figures; the builder as it is when every state is
 * shown.
 * @template {Function & {id: string, title: string}} B
 * @param {B} build
 * @param {string | null | undefined} state
 * @returns {B & {state?: string, exportId?: string}}
 */
export function forState(build, state) {
  if (!state) return build;
  const title = stateTitle(build.title, state);
  const wrapped = (/** @type {any[]} */ ...args) => {
    const spec = build(...args);
    const text = spec.title;
    if (typeof text === "string") return {...spec, title: stateTitle(text, state)};
    // A title block's lines (wrapped to the chart's width): the state's name ends its last line.
    if (text && typeof text === "object" && Array.isArray(text.text) && text.text.length)
      return {...spec, title: {...text, text: [...text.text.slice(0, -1), stateTitle(text.text.at(-1), state)]}};
    return spec;
  };
  return Object.assign(wrapped, build, {title, state, exportId: stateChartId(build.id, state)});
}

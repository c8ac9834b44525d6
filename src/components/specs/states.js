// The states documents report on (a sidecar's `state`, ISO 3166-1 alpha-3, and Kosovo's XKX) and their names, as
// data shared by the pages and the loaders; a code this list does not know is shown as the code. Pure: no DOM,
// importable from Node.

/** @type {{code: string, name: string}[]} */
export const STATES = [
  {code: "AFG", name: "Afghanistan"},
  {code: "ALB", name: "Albania"},
  {code: "DZA", name: "Algeria"},
  {code: "AND", name: "Andorra"},
  {code: "AGO", name: "Angola"},
  {code: "ATG", name: "Antigua and Barbuda"},
  {code: "ARG", name: "Argentina"},
  {code: "ARM", name: "Armenia"},
  {code: "AUS", name: "Australia"},
  {code: "AUT", name: "Austria"},
  {code: "AZE", name: "Azerbaijan"},
  {code: "BHS", name: "Bahamas"},
  {code: "BHR", name: "Bahrain"},
  {code: "BGD", name: "Bangladesh"},
  {code: "BRB", name: "Barbados"},
  {code: "BLR", name: "Belarus"},
  {code: "BEL", name: "Belgium"},
  {code: "BLZ", name: "Belize"},
  {code: "BEN", name: "Benin"},
  {code: "BTN", name: "Bhutan"},
  {code: "BOL", name: "Bolivia"},
  {code: "BIH", name: "Bosnia and Herzegovina"},
  {code: "BWA", name: "Botswana"},
  {code: "BRA", name: "Brazil"},
  {code: "BRN", name: "Brunei"},
  {code: "BGR", name: "Bulgaria"},
  {code: "BFA", name: "Burkina Faso"},
  {code: "BDI", name: "Burundi"},
  {code: "CPV", name: "Cabo Verde"},
  {code: "KHM", name: "Cambodia"},
  {code: "CMR", name: "Cameroon"},
  {code: "CAN", name: "Canada"},
  {code: "CAF", name: "Central African Republic"},
  {code: "TCD", name: "Chad"},
  {code: "CHL", name: "Chile"},
  {code: "CHN", name: "China"},
  {code: "COL", name: "Colombia"},
  {code: "COM", name: "Comoros"},
  {code: "COG", name: "Congo"},
  {code: "CRI", name: "Costa Rica"},
  {code: "HRV", name: "Croatia"},
  {code: "CUB", name: "Cuba"},
  {code: "CYP", name: "Cyprus"},
  {code: "CZE", name: "Czechia"},
  {code: "CIV", name: "Côte d'Ivoire"},
  {code: "COD", name: "Democratic Republic of the Congo"},
  {code: "DNK", name: "Denmark"},
  {code: "DJI", name: "Djibouti"},
  {code: "DMA", name: "Dominica"},
  {code: "DOM", name: "Dominican Republic"},
  {code: "ECU", name: "Ecuador"},
  {code: "EGY", name: "Egypt"},
  {code: "SLV", name: "El Salvador"},
  {code: "GNQ", name: "Equatorial Guinea"},
  {code: "ERI", name: "Eritrea"},
  {code: "EST", name: "Estonia"},
  {code: "SWZ", name: "Eswatini"},
  {code: "ETH", name: "Ethiopia"},
  {code: "FJI", name: "Fiji"},
  {code: "FIN", name: "Finland"},
  {code: "FRA", name: "France"},
  {code: "GAB", name: "Gabon"},
  {code: "GMB", name: "Gambia"},
  {code: "GEO", name: "Georgia"},
  {code: "DEU", name: "Germany"},
  {code: "GHA", name: "Ghana"},
  {code: "GRC", name: "Greece"},
  {code: "GRD", name: "Grenada"},
  {code: "GTM", name: "Guatemala"},
  {code: "GIN", name: "Guinea"},
  {code: "GNB", name: "Guinea-Bissau"},
  {code: "GUY", name: "Guyana"},
  {code: "HTI", name: "Haiti"},
  {code: "VAT", name: "Holy See"},
  {code: "HND", name: "Honduras"},
  {code: "HKG", name: "Hong Kong"},
  {code: "HUN", name: "Hungary"},
  {code: "ISL", name: "Iceland"},
  {code: "IND", name: "India"},
  {code: "IDN", name: "Indonesia"},
  {code: "IRN", name: "Iran"},
  {code: "IRQ", name: "Iraq"},
  {code: "IRL", name: "Ireland"},
  {code: "ISR", name: "Israel"},
  {code: "ITA", name: "Italy"},
  {code: "JAM", name: "Jamaica"},
  {code: "JPN", name: "Japan"},
  {code: "JOR", name: "Jordan"},
  {code: "KAZ", name: "Kazakhstan"},
  {code: "KEN", name: "Kenya"},
  {code: "KIR", name: "Kiribati"},
  {code: "XKX", name: "Kosovo"},
  {code: "KWT", name: "Kuwait"},
  {code: "KGZ", name: "Kyrgyzstan"},
  {code: "LAO", name: "Laos"},
  {code: "LVA", name: "Latvia"},
  {code: "LBN", name: "Lebanon"},
  {code: "LSO", name: "Lesotho"},
  {code: "LBR", name: "Liberia"},
  {code: "LBY", name: "Libya"},
  {code: "LIE", name: "Liechtenstein"},
  {code: "LTU", name: "Lithuania"},
  {code: "LUX", name: "Luxembourg"},
  {code: "MAC", name: "Macau"},
  {code: "MDG", name: "Madagascar"},
  {code: "MWI", name: "Malawi"},
  {code: "MYS", name: "Malaysia"},
  {code: "MDV", name: "Maldives"},
  {code: "MLI", name: "Mali"},
  {code: "MLT", name: "Malta"},
  {code: "MHL", name: "Marshall Islands"},
  {code: "MRT", name: "Mauritania"},
  {code: "MUS", name: "Mauritius"},
  {code: "MEX", name: "Mexico"},
  {code: "FSM", name: "Micronesia"},
  {code: "MCO", name: "Monaco"},
  {code: "MNG", name: "Mongolia"},
  {code: "MNE", name: "Montenegro"},
  {code: "MAR", name: "Morocco"},
  {code: "MOZ", name: "Mozambique"},
  {code: "MMR", name: "Myanmar"},
  {code: "NAM", name: "Namibia"},
  {code: "NRU", name: "Nauru"},
  {code: "NPL", name: "Nepal"},
  {code: "NLD", name: "Netherlands"},
  {code: "NZL", name: "New Zealand"},
  {code: "NIC", name: "Nicaragua"},
  {code: "NER", name: "Niger"},
  {code: "NGA", name: "Nigeria"},
  {code: "PRK", name: "North Korea"},
  {code: "MKD", name: "North Macedonia"},
  {code: "NOR", name: "Norway"},
  {code: "OMN", name: "Oman"},
  {code: "PAK", name: "Pakistan"},
  {code: "PLW", name: "Palau"},
  {code: "PSE", name: "Palestine"},
  {code: "PAN", name: "Panama"},
  {code: "PNG", name: "Papua New Guinea"},
  {code: "PRY", name: "Paraguay"},
  {code: "PER", name: "Peru"},
  {code: "PHL", name: "Philippines"},
  {code: "POL", name: "Poland"},
  {code: "PRT", name: "Portugal"},
  {code: "PRI", name: "Puerto Rico"},
  {code: "QAT", name: "Qatar"},
  {code: "MDA", name: "Republic of Moldova"},
  {code: "ROU", name: "Romania"},
  {code: "RUS", name: "Russia"},
  {code: "RWA", name: "Rwanda"},
  {code: "KNA", name: "Saint Kitts and Nevis"},
  {code: "LCA", name: "Saint Lucia"},
  {code: "VCT", name: "Saint Vincent and the Grenadines"},
  {code: "WSM", name: "Samoa"},
  {code: "SMR", name: "San Marino"},
  {code: "STP", name: "Sao Tome and Principe"},
  {code: "SAU", name: "Saudi Arabia"},
  {code: "SEN", name: "Senegal"},
  {code: "SRB", name: "Serbia"},
  {code: "SYC", name: "Seychelles"},
  {code: "SLE", name: "Sierra Leone"},
  {code: "SGP", name: "Singapore"},
  {code: "SVK", name: "Slovakia"},
  {code: "SVN", name: "Slovenia"},
  {code: "SLB", name: "Solomon Islands"},
  {code: "SOM", name: "Somalia"},
  {code: "ZAF", name: "South Africa"},
  {code: "KOR", name: "South Korea"},
  {code: "SSD", name: "South Sudan"},
  {code: "ESP", name: "Spain"},
  {code: "LKA", name: "Sri Lanka"},
  {code: "SDN", name: "Sudan"},
  {code: "SUR", name: "Suriname"},
  {code: "SWE", name: "Sweden"},
  {code: "CHE", name: "Switzerland"},
  {code: "SYR", name: "Syria"},
  {code: "TWN", name: "Taiwan"},
  {code: "TJK", name: "Tajikistan"},
  {code: "TZA", name: "Tanzania"},
  {code: "THA", name: "Thailand"},
  {code: "TLS", name: "Timor-Leste"},
  {code: "TGO", name: "Togo"},
  {code: "TON", name: "Tonga"},
  {code: "TTO", name: "Trinidad and Tobago"},
  {code: "TUN", name: "Tunisia"},
  {code: "TUR", name: "Turkey"},
  {code: "TKM", name: "Turkmenistan"},
  {code: "TUV", name: "Tuvalu"},
  {code: "UGA", name: "Uganda"},
  {code: "UKR", name: "Ukraine"},
  {code: "ARE", name: "United Arab Emirates"},
  {code: "GBR", name: "United Kingdom"},
  {code: "USA", name: "United States"},
  {code: "URY", name: "Uruguay"},
  {code: "UZB", name: "Uzbekistan"},
  {code: "VUT", name: "Vanuatu"},
  {code: "VEN", name: "Venezuela"},
  {code: "VNM", name: "Vietnam"},
  {code: "YEM", name: "Yemen"},
  {code: "ZMB", name: "Zambia"},
  {code: "ZWE", name: "Zimbabwe"}
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

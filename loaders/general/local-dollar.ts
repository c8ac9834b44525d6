/**
 * Which dollar a bare "$" is: a Solomon Islands item's "$215m" is Solomon Islands dollars, a Samoa item's
 * "$53.5 million" tala, a US release's "$2 million" US dollars. The document's state decides, unless the document
 * converts its state's dollars into "$" ("100,000 Singapore dollars ($74,350)"), which makes "$" the US dollar.
 * Other names several states share ("rupees", "pesos", "shillings") are the document's state's in the same way.
 */
import {alternation} from "./alternation.js";
import {BARE_DOLLAR, DOLLAR_CURRENCIES, SHARED_NAMES} from "../vocabulary/dollars.js";

const AMOUNT = String.raw`\d[\d.,]*(?:\s*(?:million|billion|thousand|mln|mn|bn|m|k)\b)?`;
// "(approximately $3.4 million)", "(SGD) ($74,350)": a conversion in brackets right after the local amount.
const CONVERSION = String.raw`(?:\s*\([^()$]{1,12}\))?\s*\(\s*(?:[a-z]+\s+)?\$\s?\d`;

/** The unit a bare "$" stands for in a document of the state with this ISO alpha-3 code. */
export function localDollar(stateCode: string | undefined, text: string): string {
  const own = stateCode ? DOLLAR_CURRENCIES.find((c) => c.states.includes(stateCode.toUpperCase())) : undefined;
  if (!own) return "USD";
  const converted = new RegExp(
    String.raw`(?:(?<![\w$])(?:${alternation(own.before)})\s?${AMOUNT}|${AMOUNT}\s+(?:${alternation(own.after)}))${CONVERSION}`,
    "i"
  );
  return converted.test(text) ? "USD" : own.unit;
}

const SHARED = new Map(SHARED_NAMES.map((n) => [n.name, n]));

/** Rows read with a bare "$" take the dollar of the document's state; rows read in "rupees" or "pesos", its own. */
export function resolveDollars(rows: {unit: string}[], stateCode: string | undefined, text: string): void {
  const code = stateCode?.toUpperCase() ?? "";
  let dollar: string | null = null;
  for (const r of rows) {
    if (r.unit === BARE_DOLLAR) r.unit = dollar ??= localDollar(stateCode, text);
    const shared = SHARED.get(r.unit);
    if (shared) r.unit = shared.states[code] ?? shared.otherwise;
  }
}
